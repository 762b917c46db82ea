"""Numbers as people read them in the active language (133 464 / 133,464)."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


def _places(value):
    value = Decimal(value)
    return 0 if value == value.to_integral_value() else 2


@register.filter
def figure(value):
    if value is None or value == "":
        return ""
    return number_format(value, _places(value), use_l10n=True, force_grouping=True)


@register.filter
def signed_figure(value):
    if value is None:
        return ""
    text = figure(abs(value))
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text
