"""Writes that span several records: the CSV export and the all-or-nothing CSV import."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from territories.models import AdministrativeUnit
from zif_portal.cache import one_version_bump
from zif_portal.models import Source

from .models import Programme, Project, ValueChain

CSV_COLUMNS = [
    "slug",
    "programme",
    "title_es",
    "title_en",
    "description_es",
    "description_en",
    "executing_entity",
    "entity_type",
    "territories",
    "value_chains",
    "status",
    "start_date",
    "end_date",
    "amount",
    "currency",
    "funded_by_binational_fund",
    "sources",
]
LIST_SEPARATOR = ";"
MAX_IMPORT_ROWS = 5000


def export_projects_csv(projects, stream):
    """Write the projects as CSV with the import's columns, so an export can be re-imported."""
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    for project in projects:
        writer.writerow(
            [
                project.slug,
                project.programme.slug if project.programme_id else "",
                project.title_es,
                project.title_en,
                project.description_es or "",
                project.description_en or "",
                project.executing_entity,
                project.entity_type,
                LIST_SEPARATOR.join(t.code for t in project.territory_list),
                LIST_SEPARATOR.join(v.slug for v in project.value_chain_list),
                project.status,
                project.start_date.isoformat() if project.start_date else "",
                project.end_date.isoformat() if project.end_date else "",
                "" if project.amount is None else str(project.amount),
                project.currency,
                "true" if project.funded_by_binational_fund else "false",
                LIST_SEPARATOR.join(s.key for s in project.sources.all()),
            ]
        )


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


class ImportRolledBack(Exception):  # noqa: N818 - control flow, not an error to report
    """Raised inside the transaction to undo a checked import."""


def _split(value):
    return [item.strip() for item in (value or "").split(LIST_SEPARATOR) if item.strip()]


def _related(model, lookup, keys, row_errors, column):
    found = {getattr(obj, lookup): obj for obj in model.objects.filter(**{f"{lookup}__in": keys})}
    missing = [key for key in keys if key not in found]
    if missing:
        row_errors.append((column, _("unknown: %(keys)s") % {"keys": ", ".join(missing)}))
    return [found[key] for key in keys if key in found]


def _parse_bool(value, row_errors):
    text = (value or "").strip().lower()
    if text in ("", "false", "0", "no"):
        return False
    if text in ("true", "1", "yes"):
        return True
    row_errors.append(("funded_by_binational_fund", _("use true or false")))
    return False


def _build(row, row_errors):
    programme = None
    programme_slug = (row.get("programme") or "").strip()
    try:
        # Empty: no source assigns the project to a programme.
        programme = Programme.objects.get(slug=programme_slug) if programme_slug else None
    except ObjectDoesNotExist:
        row_errors.append(
            ("programme", _("unknown programme “%(slug)s”") % {"slug": row.get("programme")})
        )
    slug = (row.get("slug") or "").strip()
    project = Project.objects.filter(slug=slug).first() or Project(slug=slug)
    project.programme = programme
    for name in (
        "title_es",
        "title_en",
        "description_es",
        "description_en",
        "executing_entity",
        "entity_type",
        "status",
        "currency",
    ):
        setattr(project, name, (row.get(name) or "").strip())
    project.start_date = (row.get("start_date") or "").strip() or None
    project.end_date = (row.get("end_date") or "").strip() or None
    project.amount = (row.get("amount") or "").strip() or None
    project.funded_by_binational_fund = _parse_bool(
        row.get("funded_by_binational_fund"), row_errors
    )
    territories = _related(
        AdministrativeUnit, "code", _split(row.get("territories")), row_errors, "territories"
    )
    chains = _related(
        ValueChain, "slug", _split(row.get("value_chains")), row_errors, "value_chains"
    )
    sources = _related(Source, "key", _split(row.get("sources")), row_errors, "sources")
    if not territories:
        row_errors.append(("territories", _("at least one territory code is required")))
    if not sources:
        row_errors.append(("sources", _("at least one source key is required")))
    try:
        project.full_clean(exclude=["programme"] if programme is None and programme_slug else None)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            row_errors.append((name, " ".join(messages)))
    return project, territories, chains, sources


def import_projects_csv(*, stream, dry_run=False):
    """Check every row, then save them all in one transaction; any error saves nothing.

    Errors name the row (the header is row 1) and the column.
    """
    result = ImportResult()
    try:
        text = stream.read()
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append((0, "", _("The file is not UTF-8 text.")))
        return result
    reader = csv.DictReader(io.StringIO(text))
    missing = [
        c
        for c in (
            "slug",
            "programme",
            "title_es",
            "title_en",
            "executing_entity",
            "entity_type",
            "territories",
            "status",
            "sources",
        )
        if c not in (reader.fieldnames or [])
    ]
    if missing:
        result.errors.append(
            (1, "", _("Missing columns: %(names)s") % {"names": ", ".join(missing)})
        )
        return result
    try:
        with transaction.atomic(), one_version_bump():
            seen = set()
            for number, row in enumerate(reader, start=2):
                if number - 1 > MAX_IMPORT_ROWS:
                    result.errors.append(
                        (number, "", _("Too many rows (at most %(n)d).") % {"n": MAX_IMPORT_ROWS})
                    )
                    break
                row_errors = []
                slug = (row.get("slug") or "").strip()
                if slug in seen:
                    row_errors.append(("slug", _("repeated in the file")))
                seen.add(slug)
                project, territories, chains, sources = _build(row, row_errors)
                if row_errors:
                    result.errors.extend(
                        (number, column, message) for column, message in row_errors
                    )
                    continue
                created = project.pk is None
                project.touch()
                project.save()
                project.territories.set(territories)
                project.value_chains.set(chains)
                project.sources.set(sources)
                result.created += created
                result.updated += not created
            if result.errors or dry_run:
                raise ImportRolledBack
    except ImportRolledBack:
        if result.errors:
            result.created = result.updated = 0
    return result
