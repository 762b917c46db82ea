from django import template

register = template.Library()


@register.simple_tag
def last_changed(record):
    """When the record last changed, from its edit history (one query)."""
    history = getattr(record, "history", None)
    if history is None:
        return None
    return history.order_by("-history_date").values_list("history_date", flat=True).first()
