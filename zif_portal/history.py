"""Edit history for every record: who changed what and when, restorable in the admin.

Models are registered from each app's ready(), after django-modeltranslation has
added the `_es`/`_en` columns, so the history keeps both languages.
"""

from contextlib import contextmanager
from functools import cache

from django.db.models import OuterRef, Subquery
from simple_history import register
from simple_history.models import HistoricalRecords

_records = {}


class _TrackedRecords(HistoricalRecords):
    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        _records[sender] = self


def track(model, *, m2m_fields=()):
    register(model, m2m_fields=list(m2m_fields), records_class=_TrackedRecords)


@contextmanager
def created_with_links(instance):
    """Save a new record and set its links inside the block, and record the creation
    once at the end, links included: simple_history would otherwise write one
    version for the save and one more for each set of links."""
    instance.skip_history_when_saving = True
    try:
        yield
    finally:
        del instance.skip_history_when_saving
    records = _records.get(type(instance))
    if records is not None:
        records.create_historical_record(instance, "+")


@cache
def history_model(model):
    """The model of `model`'s versions, or None if it keeps none. Looked up once:
    simple_history's `.history` builds a new manager class at each access, a tenth of a
    millisecond."""
    history = getattr(model, "history", None)
    return None if history is None else history.model


def version_dates(model, pk):
    """The dates of a record's versions, the latest first (`pk` may be an OuterRef)."""
    return (
        history_model(model)
        .objects.filter(id=pk)
        .order_by("-history_date")
        .values_list("history_date", flat=True)
    )


def with_last_changed(queryset):
    """The date of each record's latest version, in the record's own query."""
    latest = version_dates(queryset.model, OuterRef("pk"))
    return queryset.annotate(last_changed_at=Subquery(latest[:1]))
