"""schema.org descriptions of record pages (JSON-LD), for search engines and citation
tools. Each kind of record is described from its own attributes; this module
imports no app, so the apps' dependency direction holds."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

SCHEMA = "https://schema.org"
# The characters that could end the <script> element or open a comment inside it.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _absolute(request, path):
    return request.build_absolute_uri(path) if path else None


def _place(record, request):
    data = {"@type": "AdministrativeArea", "identifier": record.code}
    if record.parent_id:
        data["containedInPlace"] = {
            "@type": "AdministrativeArea",
            "name": record.parent.name,
            "url": _absolute(request, record.parent.get_absolute_url()),
        }
    if record.seat_latitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(record.seat_latitude),
            "longitude": float(record.seat_longitude),
        }
    if record.area_km2 is not None:
        data["additionalProperty"] = {
            "@type": "PropertyValue",
            "name": "area",
            "value": float(record.area_km2),
            "unitCode": "KMK",
        }
    return data


def _zone(record, request):
    return {"@type": "Place", "description": record.description or None}


def _mechanism(record, request):
    data = {"@type": "GovernmentOrganization", "description": record.functions or None}
    if record.parent_id:
        data["parentOrganization"] = {
            "@type": "GovernmentOrganization",
            "name": record.parent.name,
            "url": _absolute(request, record.parent.get_absolute_url()),
        }
    return data


def _meeting(record, request):
    data = {"@type": "Event", "startDate": record.date_iso or None}
    if record.city:
        data["location"] = {
            "@type": "Place",
            "name": record.city,
            "address": {"@type": "PostalAddress", "addressCountry": record.country_id},
        }
    data["organizer"] = {"@type": "GovernmentOrganization", "name": record.mechanism.name}
    return data


def _instrument(record, request):
    return {
        "@type": "Legislation",
        "legislationIdentifier": record.number or None,
        "legislationDate": record.date_iso or None,
    }


def _project(record, request):
    return {"@type": "Project", "description": record.description or None}


def _person(record, request):
    return {"@type": "Person", "nationality": record.country_id or None}


def _source(record, request):
    return {
        "@type": "CreativeWork",
        "publisher": record.publisher or None,
        "datePublished": record.published_iso,
        "inLanguage": record.language,
        "sameAs": record.url or None,
    }


DESCRIBERS = {
    "territories.AdministrativeUnit": _place,
    "territories.Zone": _zone,
    "governance.CoordinationMechanism": _mechanism,
    "governance.Meeting": _meeting,
    "governance.LegalInstrument": _instrument,
    "governance.Person": _person,
    "plan.Project": _project,
    "zif_portal.Source": _source,
}


def describe(record, request):
    """The record as a schema.org item, or None for kinds it does not describe."""
    describer = DESCRIBERS.get(record._meta.label)
    if describer is None:
        return None
    data = {
        "@context": SCHEMA,
        "name": str(getattr(record, "name", None) or getattr(record, "title", None) or record),
        "url": _absolute(request, record.get_absolute_url()),
        **describer(record, request),
    }
    return {key: value for key, value in data.items() if value is not None}


def dataset(request, *, name, description, files, licence_url, modified):
    """The open data as a schema.org Dataset, with one DataDownload per file."""
    return {
        "@context": SCHEMA,
        "@type": "Dataset",
        "name": name,
        "description": description,
        "url": _absolute(request, request.path),
        "license": licence_url,
        "dateModified": modified,
        "spatialCoverage": {"@type": "Place", "name": "Ecuador–Peru Border Integration Zone"},
        "distribution": [
            {
                "@type": "DataDownload",
                "contentUrl": _absolute(request, file["url"]),
                "encodingFormat": file["media_type"],
                "name": file["name"],
            }
            for file in files
        ],
    }


def script(data):
    """A <script type="application/ld+json"> element: data, never executed."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
