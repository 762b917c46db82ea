"""Loading the knowledge base from the JSON fixtures in `fixtures/`.

Files load in the order of their names (`00_sources.json` before
`10_countries.json` …), which is their dependency order. Everything happens in
one transaction: one bad record and nothing is loaded, and the error names the
file, the record and the field. Records equal to what the database already
holds are not saved again, so a second run changes nothing.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, transaction

from .cache import one_version_bump
from .citations import fixture_record_to_id
from .history import created_with_links
from .natural_keys import remembered_natural_keys

FIXTURES_DIR = settings.BASE_DIR / "fixtures"


class FixtureError(Exception):
    """A fixture that cannot be loaded, with where and why."""


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    files: list = field(default_factory=list)


def fixture_files(directory=None):
    directory = Path(directory or FIXTURES_DIR)
    return sorted(directory.glob("*.json"))


def load_fixtures(*, directory=None, dry_run=False, progress=None):
    """Load every fixture of `directory`; raise FixtureError and load nothing on a bad one."""
    report = LoadReport()
    files = fixture_files(directory)
    if not files:
        raise FixtureError(f"No fixture (*.json) found in {directory or FIXTURES_DIR}.")
    with transaction.atomic(), remembered_natural_keys():
        _ensure_content_types()
        with one_version_bump():
            for number, path in enumerate(files, 1):
                if progress:
                    progress(f"{path.name} ({number}/{len(files)})")
                _load_file(path, report)
                report.files.append(path.name)
        if dry_run:
            transaction.set_rollback(True)
    return report


def _ensure_content_types():
    """Citations name the kind of record they cite by content type: make sure every
    model has one in this database (a database emptied without `flush` has none), and
    forget ids remembered from another."""
    from django.apps import apps
    from django.contrib.contenttypes.management import create_contenttypes
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)


def _describe(path, index, record):
    fields = record.get("fields", {}) if isinstance(record, dict) else {}
    key = next(
        (fields[name] for name in ("code", "key", "slug", "record") if name in fields),
        record.get("pk") if isinstance(record, dict) else None,
    )
    model = record.get("model", "?") if isinstance(record, dict) else "?"
    if "field" in fields:
        key = f"{key}, field {fields['field']}"
    return f"{path.name}, record {index + 1} ({model} {key})"


def _load_file(path, report):
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FixtureError(f"{path.name}: not valid UTF-8 JSON: {exc}") from exc
    if not isinstance(records, list):
        raise FixtureError(f"{path.name}: a fixture is a JSON list of records.")
    pending_deferred = []
    for index, record in enumerate(records):
        where = _describe(path, index, record)
        try:
            record = fixture_record_to_id(record)
        except (ValueError, ObjectDoesNotExist, TypeError) as exc:
            raise FixtureError(f"{where}: cited record: {exc}") from exc
        try:
            (deserialized,) = serializers.deserialize(
                "python", [record], handle_forward_references=True
            )
        except DeserializationError as exc:
            raise FixtureError(f"{where}: {exc}") from exc
        except Exception as exc:  # the python deserializer raises bare errors on bad shapes
            raise FixtureError(f"{where}: malformed record: {exc!r}") from exc
        try:
            _save(deserialized, report)
        except ValidationError as exc:
            raise FixtureError(f"{where}: {_format_validation_error(exc)}") from exc
        except DatabaseError as exc:
            raise FixtureError(f"{where}: refused by the database: {exc}") from exc
        if deserialized.deferred_fields:
            pending_deferred.append((where, deserialized))
    for where, deserialized in pending_deferred:
        try:
            deserialized.save_deferred_fields()
        except (DeserializationError, Exception) as exc:
            raise FixtureError(f"{where}: unresolved reference: {exc}") from exc


def _format_validation_error(exc):
    if hasattr(exc, "message_dict"):
        return "; ".join(
            f"field '{name}': {' '.join(messages)}" for name, messages in exc.message_dict.items()
        )
    return " ".join(exc.messages)


def _concrete_values(instance):
    return {
        f.attname: getattr(instance, f.attname)
        for f in instance._meta.concrete_fields
        if not f.primary_key
    }


def _save(deserialized, report):
    instance = deserialized.object
    model = type(instance)
    existing = None
    if instance.pk is not None:
        existing = model._default_manager.filter(pk=instance.pk).first()
        # A record found by its natural key is an update: let unique checks skip itself.
        instance._state.adding = existing is None
    # Check constraints are left to the database, which enforces them on save and
    # whose refusal names the constraint: validating them here costs a query each.
    instance.full_clean(validate_constraints=False)
    m2m = deserialized.m2m_data or {}
    if existing is not None and _concrete_values(existing) == _concrete_values(instance):
        same_m2m = all(
            {str(pk) for pk in getattr(existing, name).values_list("pk", flat=True)}
            == {str(pk) for pk in values}
            for name, values in m2m.items()
        )
        if same_m2m:
            report.unchanged += 1
            return
    if existing is None:
        with created_with_links(instance):
            _save_with_links(instance, m2m)
        report.created += 1
    else:
        _save_with_links(instance, m2m)
        report.updated += 1


def _save_with_links(instance, m2m):
    instance.save()
    for name, values in m2m.items():
        getattr(instance, name).set(values)
