"""Open-data export: the whole knowledge base as one JSON file that `load_zif`
loads back, a CSV per kind of record, the units' seats as GeoJSON, and a
manifest with the licence, a citation line, the date and checksums."""

import csv
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F
from django.db.models.functions import Length
from django.utils import timezone

from .citations import CSV_COLUMNS as CITATION_COLUMNS
from .citations import citation_rows, id_to_fixture_record

LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CITATION = (
    "ZIF Portal — knowledge base of the Ecuador–Peru Border Integration Zone, "
    "data of {date}. Licence CC BY 4.0; the sources named on each record keep their own terms."
)

# Load order: everything a record refers to comes before it.
EXPORT_MODELS = [
    "zif_portal.Source",
    "territories.Country",
    "territories.AdministrativeUnit",
    "territories.UnitOrigin",
    "territories.Zone",
    "territories.ZoneMember",
    "territories.StatedFigure",
    "governance.LegalInstrument",
    "governance.CoordinationMechanism",
    "governance.Person",
    "governance.Office",
    "governance.Meeting",
    "governance.Participation",
    "governance.ActionPlan",
    "governance.ThematicAxis",
    "governance.Commitment",
    "governance.CommitmentStatusChange",
    "governance.FulfilmentReport",
    "plan.Plan",
    "plan.PlanPhase",
    "plan.Programme",
    "plan.Fund",
    "plan.ValueChain",
    "plan.ValueChainTerritory",
    "plan.Project",
    "plan.ProjectTerritory",
    "plan.ProjectStatusReport",
    "plan.ProjectAmount",
    "plan.PlanFigure",
    "indicators.Indicator",
    "indicators.NationalSource",
    "indicators.Census",
    "indicators.Observation",
    "indicators.StatedValue",
    "zif_portal.Citation",
]


def _queryset(label):
    """Records that refer to others of their own kind come after those: parents first."""
    queryset = apps.get_model(label)._default_manager.all()
    if label == "territories.AdministrativeUnit":
        return queryset.order_by(Length("code"), "code")
    if label == "governance.LegalInstrument":
        return queryset.order_by(F("published_in").asc(nulls_first=True), "date", "slug")
    if label == "governance.CoordinationMechanism":
        return queryset.order_by(F("parent").asc(nulls_first=True), "order", "slug")
    return queryset.order_by("pk")


# Timestamps kept by the database itself, not part of the records' content.
VOLATILE_FIELDS = {"created_at", "updated_at"}


def records():
    """Every record in load order, in fixture form (natural keys, both languages)."""
    out = []
    for label in EXPORT_MODELS:
        model = apps.get_model(label)
        fields = [
            f.name
            for f in model._meta.get_fields()
            if getattr(f, "concrete", False)
            and not f.auto_created
            and f.name not in VOLATILE_FIELDS
            and not getattr(f, "primary_key", False)
        ]
        translated_bases = {
            f.name.rsplit("_", 1)[0] for f in model._meta.fields if f.name.endswith(("_es", "_en"))
        }
        fields = [name for name in fields if name not in translated_bases]
        data = serializers.serialize(
            "python",
            _queryset(label),
            fields=fields,
            use_natural_foreign_keys=True,
            use_natural_primary_keys=True,
        )
        for item in data:
            item.pop("pk", None)
        if label == "zif_portal.Citation":
            data = id_to_fixture_record(data)
        out.extend(data)
    return out


def knowledge_base_json():
    return json.dumps(records(), cls=DjangoJSONEncoder, ensure_ascii=False, indent=1) + "\n"


@dataclass(frozen=True)
class CsvKind:
    slug: str
    label: str
    model: str
    columns: tuple
    rows: object = None  # a function giving the rows, where columns are not plain fields


CSV_KINDS = [
    CsvKind(
        "sources",
        "Sources",
        "zif_portal.Source",
        (
            "key",
            "title_es",
            "title_en",
            "kind",
            "publisher",
            "published_on",
            "url",
            "language",
            "is_official",
        ),
    ),
    CsvKind(
        "territories",
        "Territories",
        "territories.AdministrativeUnit",
        (
            "code",
            "name",
            "level",
            "country_id",
            "parent_id",
            "iso_code",
            "seat",
            "area_km2",
            "seat_latitude",
            "seat_longitude",
            "zif_membership",
            "established_on",
            "established_precision",
        ),
    ),
    CsvKind("zones", "Zones", "territories.Zone", ("slug", "name_es", "name_en", "country_id")),
    CsvKind(
        "stated-figures",
        "Stated figures",
        "territories.StatedFigure",
        ("key", "kind", "counted_level", "value", "approximate", "as_of", "quote"),
    ),
    CsvKind(
        "legal-instruments",
        "Legal instruments",
        "governance.LegalInstrument",
        ("slug", "kind", "number", "title_es", "title_en", "date", "date_precision", "place"),
    ),
    CsvKind(
        "mechanisms",
        "Coordination mechanisms",
        "governance.CoordinationMechanism",
        (
            "slug",
            "name_es",
            "name_en",
            "kind",
            "level",
            "chair_es",
            "chair_en",
            "ecuador_unit_id",
            "peru_unit_id",
        ),
    ),
    CsvKind(
        "meetings",
        "Meetings",
        "governance.Meeting",
        ("slug", "ordinal", "title_es", "title_en", "date", "date_precision", "city", "country_id"),
    ),
    CsvKind("people", "People", "governance.Person", ("slug", "name", "country_id")),
    CsvKind(
        "programmes",
        "Programmes",
        "plan.Programme",
        ("slug", "letter", "name_es", "name_en", "scope", "subject"),
    ),
    CsvKind("value-chains", "Value chains", "plan.ValueChain", ("slug", "name_es", "name_en")),
    CsvKind(
        "projects",
        "Projects",
        "plan.Project",
        (
            "slug",
            "title_es",
            "title_en",
            "executing_entity",
            "entity_type",
            "status",
            "start_date",
            "end_date",
            "amount",
            "currency",
            "funded_by_binational_fund",
        ),
    ),
    CsvKind(
        "citations",
        "Citations: which source gives which value",
        "zif_portal.Citation",
        CITATION_COLUMNS,
        rows=citation_rows,
    ),
]
CSV_BY_SLUG = {kind.slug: kind for kind in CSV_KINDS}


def csv_text(kind):
    model = apps.get_model(kind.model)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(kind.columns)
    rows = (
        kind.rows()
        if kind.rows
        else model._default_manager.order_by(kind.columns[0]).values_list(*kind.columns)
    )
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue()


def seats_geojson():
    from territories.models import AdministrativeUnit

    features = []
    units = AdministrativeUnit.objects.filter(seat_latitude__isnull=False).order_by("code")
    for unit in units.values(
        "code",
        "name",
        "level",
        "country_id",
        "seat",
        "zif_membership",
        "seat_latitude",
        "seat_longitude",
    ):
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(unit["seat_longitude"]), float(unit["seat_latitude"])],
                },
                "properties": {
                    k: unit[k]
                    for k in ("code", "name", "level", "country_id", "seat", "zif_membership")
                },
            }
        )
    return (
        json.dumps(
            {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
        )
        + "\n"
    )


@dataclass(frozen=True)
class ExtraFile:
    """A file an app adds to the open data (territories: its boundary layers), with
    the terms of its own sources where they are not the portal's licence."""

    name: str
    label: str
    content_type: str
    get_text: Callable
    licence: str = ""
    attribution: tuple = ()


_extra_files: dict[str, ExtraFile] = {}


def register_file(*, name, label, content_type, get_text, licence="", attribution=()):
    """Apps above zif_portal offer their files here, as they register home sections."""
    _extra_files[name] = ExtraFile(name, label, content_type, get_text, licence, attribution)


def extra_file(name):
    return _extra_files.get(name)


def extra_files():
    return list(_extra_files.values())


def all_files():
    """File name → text, for the download page and export_zif."""
    files = {"zif.json": knowledge_base_json(), "seats.geojson": seats_geojson()}
    for kind in CSV_KINDS:
        files[f"csv/{kind.slug}.csv"] = csv_text(kind)
    for extra in _extra_files.values():
        files[extra.name] = extra.get_text()
    return files


def checksum(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest(files):
    date = timezone.localdate().isoformat()
    return {
        "title": "ZIF Portal open data",
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "citation": CITATION.format(date=date),
        "date": date,
        "files": {name: _file_entry(name, text) for name, text in files.items()},
    }


def _file_entry(name, text):
    entry = {"sha256": checksum(text), "bytes": len(text.encode("utf-8"))}
    extra = _extra_files.get(name)
    if extra and extra.licence:
        entry["licence"] = str(extra.licence)
    if extra and extra.attribution:
        entry["attribution"] = list(extra.attribution)
    return entry
