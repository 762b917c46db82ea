from django import template

from zif_portal.history import history_model, version_dates

register = template.Library()


@register.simple_tag
def last_changed(record):
    """When the record last changed, from its edit history: annotated on the record by
    `with_last_changed()`, or one query."""
    if hasattr(record, "last_changed_at"):
        return record.last_changed_at
    if history_model(type(record)) is None:
        return None
    # Kept on the record: a page that lists its sources twice asks once.
    record.last_changed_at = version_dates(type(record), record.pk).first()
    return record.last_changed_at
