from django import template

from indicators.tables import format_value

register = template.Library()


@register.filter
def stat(value, indicator):
    """A value at its indicator's decimals, grouped as the language writes numbers."""
    return format_value(value, indicator)


@register.filter
def cell(row, key):
    return row.cells.get(key)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)
