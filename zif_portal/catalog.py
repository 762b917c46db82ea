"""The DCAT-AP catalogue of the open data, for the data portals that harvest it
(CKAN's DCAT harvester, as datosabiertos.gob.ec and Peru's open-data portal run):
`/data/catalog.jsonld`, and the same graph in Turtle, `/data/catalog.ttl`.

One dataset, the knowledge base, with one distribution per download, each with its
licence, media type, size, SHA-256 checksum and modification date.
"""

import json
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from . import export

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "spdx": "http://spdx.org/rdf/terms#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
EU = "http://publications.europa.eu/resource/authority"
FILE_TYPES = {  # EU file-type authority table
    "application/json": "JSON",
    "application/geo+json": "GEOJSON",
    "application/topo+json": "TOPOJSON",
    "text/csv": "CSV",
}
SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"


def _texts(es, en):
    return [{"@value": es, "@language": "es"}, {"@value": en, "@language": "en"}]


def _date(value):
    return {"@value": value.isoformat(), "@type": "xsd:date"}


def _media_type(name):
    from .downloads import CONTENT_TYPES

    return CONTENT_TYPES.get(name, "text/csv")


def _temporal_start():
    """The earliest day a record of the knowledge base is dated."""
    from django.apps import apps
    from django.db.models import DateField, Min

    earliest = []
    for model in apps.get_models():
        if model._meta.app_label not in ("territories", "governance", "plan"):
            continue
        if model.__name__.startswith("Historical"):
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, DateField) and not field.auto_now and not field.auto_now_add:
                value = model._default_manager.aggregate(first=Min(field.name))["first"]
                if value:
                    # A DateTimeField is a DateField too: compare days with days.
                    earliest.append(value.date() if isinstance(value, datetime) else value)
    return min(earliest) if earliest else None


def catalog(base_url):
    """The catalogue as a JSON-LD document; `base_url` is the portal's address."""
    from .cache import data_changed_at

    files = export.all_files()
    manifest = export.manifest(files)
    modified = data_changed_at() or timezone.now()
    today = timezone.localdate()
    publisher = {
        "@id": f"{base_url}/#publisher",
        "@type": "foaf:Agent",
        "foaf:name": "ZIF Portal",
        "foaf:homepage": {"@id": f"{base_url}/"},
    }
    licence = {"@id": export.LICENCE_URL}
    distributions = []
    for name, meta in manifest["files"].items():
        url = base_url + reverse("data-file", kwargs={"name": name})
        media_type = _media_type(name)
        distributions.append(
            {
                "@id": url,
                "@type": "dcat:Distribution",
                "dct:title": name,
                "dcat:accessURL": {"@id": url},
                "dcat:downloadURL": {"@id": url},
                "dcat:mediaType": {
                    "@id": f"https://www.iana.org/assignments/media-types/{media_type}"
                },
                "dct:format": {"@id": f"{EU}/file-type/{FILE_TYPES.get(media_type, 'CSV')}"},
                "dct:license": licence,
                "dct:rights": export.LICENCE,
                "dcat:byteSize": {"@value": str(meta["bytes"]), "@type": "xsd:nonNegativeInteger"},
                "spdx:checksum": {
                    "@type": "spdx:Checksum",
                    "spdx:algorithm": {"@id": SHA256},
                    "spdx:checksumValue": {"@value": meta["sha256"], "@type": "xsd:hexBinary"},
                },
                "dct:modified": _date(modified.date()),
            }
        )
    temporal = {"@type": "dct:PeriodOfTime", "dcat:endDate": _date(today)}
    start = _temporal_start()
    if start:
        temporal["dcat:startDate"] = _date(start)
    dataset = {
        "@id": f"{base_url}/data/#knowledge-base",
        "@type": "dcat:Dataset",
        "dct:identifier": f"{base_url}/data/#knowledge-base",
        "dct:title": _texts(
            "Base de conocimiento de la Zona de Integración Fronteriza Ecuador–Perú",
            "Knowledge base of the Ecuador–Peru Border Integration Zone",
        ),
        "dct:description": _texts(
            "Territorios, zonas, mecanismos de coordinación, reuniones, instrumentos y el Plan "
            "Binacional de la ZIF Ecuador–Perú, cada dato con su fuente.",
            "Territories, zones, coordination mechanisms, meetings, legal instruments and the "
            "Binational Plan of the Ecuador–Peru ZIF, every value with its source.",
        ),
        "dcat:keyword": _texts("frontera", "border")
        + _texts("integración fronteriza", "border integration")
        + _texts("división político-administrativa", "administrative divisions"),
        "dct:language": [
            {"@id": f"{EU}/language/SPA"},
            {"@id": f"{EU}/language/ENG"},
        ],
        "dct:spatial": [{"@id": f"{EU}/country/ECU"}, {"@id": f"{EU}/country/PER"}],
        "dct:temporal": temporal,
        "dct:publisher": publisher,
        "dct:license": licence,
        "dct:modified": _date(modified.date()),
        "dcat:landingPage": {"@id": base_url + reverse("zif_portal:data")},
        "dcat:distribution": distributions,
    }
    contact = settings.ZIF_CONTACT_EMAIL
    if contact:
        dataset["dcat:contactPoint"] = {
            "@type": "vcard:Organization",
            "vcard:fn": "ZIF Portal",
            "vcard:hasEmail": {"@id": f"mailto:{contact}"},
        }
    return {
        "@context": CONTEXT,
        "@id": f"{base_url}/data/catalog.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": _texts("Datos abiertos del Portal ZIF", "ZIF Portal open data"),
        "dct:description": _texts(
            "Catálogo DCAT-AP de las descargas del Portal ZIF.",
            "DCAT-AP catalogue of the ZIF Portal's downloads.",
        ),
        "dct:publisher": publisher,
        "dct:license": licence,
        "dct:modified": _date(modified.date()),
        "foaf:homepage": {"@id": f"{base_url}/"},
        "dcat:dataset": [dataset],
    }


def catalog_jsonld(base_url):
    return json.dumps(catalog(base_url), ensure_ascii=False, indent=1) + "\n"


def catalog_turtle(base_url):
    """The same graph in Turtle (rdflib reads the JSON-LD, whose context is inline, so
    nothing is fetched)."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=catalog_jsonld(base_url), format="json-ld")
    for prefix, namespace in CONTEXT.items():
        graph.bind(prefix, namespace)
    return graph.serialize(format="turtle")
