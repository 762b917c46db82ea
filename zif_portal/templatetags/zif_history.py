from django import template

from zif_portal.history import history_model

register = template.Library()


@register.simple_tag
def last_changed(record):
    """When the record last changed, from its edit history: annotated on the record by
    `with_last_changed()`, or one query."""
    if hasattr(record, "last_changed_at"):
        return record.last_changed_at
    versions = history_model(type(record))
    if versions is None:
        return None
    # Kept on the record: a page that lists its sources twice asks once.
    record.last_changed_at = (
        versions.objects.filter(id=record.pk)
        .order_by("-history_date")
        .values_list("history_date", flat=True)
        .first()
    )
    return record.last_changed_at
