"""The latest changes to the knowledge base, read from the edit history.

Visitors see the record, the fields that changed and when, never who changed them.
"""

from dataclasses import dataclass
from heapq import merge
from itertools import islice

from django.apps import apps

from .audit import PORTAL_APPS


@dataclass
class Change:
    record: object
    label: str
    kind: str
    action: str  # "+" created, "~" changed, "-" deleted
    date: object
    fields: list
    url: str


def _history_models():
    for model in apps.get_models():
        in_portal = model._meta.app_label in PORTAL_APPS
        if in_portal and hasattr(model, "history") and hasattr(model, "get_absolute_url"):
            yield model


def _changed_fields(entry):
    previous = entry.prev_record
    if entry.history_type == "+" or previous is None:
        return []
    try:
        delta = entry.diff_against(previous)
    except Exception:  # an entry whose model changed shape since; its date still counts
        return []
    return [str(entry.instance._meta.get_field(c.field).verbose_name) for c in delta.changes]


def latest_changes(limit=50):
    """The `limit` latest changes over every kind of record (one query per kind)."""
    streams = []
    for model in _history_models():
        entries = model.history.order_by("-history_date")[:limit]
        streams.append((-e.history_date.timestamp(), id(e), e, model) for e in entries)
    changes = []
    for _key, _tie, entry, model in islice(merge(*streams), limit):
        record = entry.instance
        changes.append(
            Change(
                record=record,
                label=str(record),
                kind=str(model._meta.verbose_name),
                action=entry.history_type,
                date=entry.history_date,
                fields=_changed_fields(entry),
                url=record.get_absolute_url() if entry.history_type != "-" else "",
            )
        )
    return changes
