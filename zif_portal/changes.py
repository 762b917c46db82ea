"""The latest changes to the knowledge base, from the edit history.

Each historical record the history writes also writes a ChangeEntry: the
record's name and address in both languages and the fields that changed, worked
out once at write time. The page and the feed then read one table with one
query. Visitors see the record, the fields that changed and when, never who
changed them.
"""

import threading

from django.apps import apps
from django.utils import translation
from simple_history.signals import post_create_historical_record

from .audit import PORTAL_APPS
from .cache import in_batch, on_batch_end
from .models import ChangeEntry


def _listed(model):
    return model._meta.app_label in PORTAL_APPS and hasattr(model, "get_absolute_url")


def _changed_fields(history_instance):
    previous = history_instance.prev_record
    if previous is None:
        return []
    try:
        delta = history_instance.diff_against(previous)
    except Exception:  # an entry whose model changed shape since: its date still counts
        return []
    return [c.field for c in delta.changes]


_pending = threading.local()


def _batch():
    if not hasattr(_pending, "entries"):
        _pending.entries, _pending.created = [], set()
    return _pending


def record_change(sender, instance, history_instance, **kwargs):
    model = type(instance)
    if not _listed(model):
        return
    action = history_instance.history_type
    key = (model._meta.label, str(instance.pk))
    if in_batch():
        batch = _batch()
        # A record created in this batch (a load, an import) shows as created, not
        # also as changed by the links set right after it.
        if action == "~" and key in batch.created:
            return
        if action == "+":
            batch.created.add(key)
    texts = {}
    for language in ("es", "en"):
        with translation.override(language):
            texts[f"label_{language}"] = str(instance)[:300]
            texts[f"url_{language}"] = instance.get_absolute_url() if action != "-" else ""
    entry = ChangeEntry(
        model=key[0],
        object_id=key[1],
        action=action,
        date=history_instance.history_date,
        fields=_changed_fields(history_instance) if action == "~" else [],
        label=texts["label_es"],
        url=texts["url_es"],
        **texts,
    )
    if in_batch():
        _batch().entries.append(entry)
    else:
        entry.save()


def _write_batch():
    batch = _batch()
    ChangeEntry.objects.bulk_create(batch.entries)
    batch.entries, batch.created = [], set()


def connect_signals():
    post_create_historical_record.connect(record_change, dispatch_uid="zif-change-entry")
    on_batch_end(_write_batch)


class Change:
    """A ChangeEntry as shown: its kind and field names in the visitor's language."""

    def __init__(self, entry):
        self.entry = entry
        self.label, self.url, self.action, self.date = (
            entry.label,
            entry.url,
            entry.action,
            entry.date,
        )

    @property
    def _model(self):
        try:
            return apps.get_model(self.entry.model)
        except LookupError:
            return None

    @property
    def kind(self):
        model = self._model
        return str(model._meta.verbose_name) if model else self.entry.model

    @property
    def fields(self):
        model = self._model
        names = []
        for name in self.entry.fields:
            try:
                names.append(str(model._meta.get_field(name).verbose_name))
            except Exception:  # a field since removed: show its name
                names.append(name)
        return names


def latest_changes(limit=50, *, model=None, object_id=None):
    """The `limit` latest changes over every kind of record, or of one record, in one
    query."""
    entries = ChangeEntry.objects.all()
    if model is not None:
        entries = entries.filter(model=model, object_id=str(object_id))
    return [Change(entry) for entry in entries[:limit]]
