"""The filter forms of the list pages, drawn without the template engine.

Django renders a select through a template, and each of its options through another
(an include per option): the project list's thirteen filters cost about 12 ms of a
45 ms page, more than its SQL. The options of a record filter (mechanism, agreement,
programme, value chain) were also a query per page, for lists that change only
with the data. `light_filter_form` draws each select with `format_html` — the same
markup, attributes and selected option as Django's template — and keeps the option
lists of a filter set per process, language and data version.
"""

from functools import cache

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .cache import memo_per_version

SELECTED = mark_safe(" selected")


class LightSelectMixin:
    """A single select rendered by string formatting. Its value comes from the widget's
    own `format_value` (a BooleanWidget's "true"), so a select stays what it was."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = self.format_value(value)
        chosen = chosen[0] if chosen else ""
        seen = False
        options = []
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            selected = not seen and option_value == chosen
            seen = seen or selected
            options.append((option_value, SELECTED if selected else "", label))
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            format_html_join("", '<option value="{}"{}>{}</option>', options),
        )


@cache
def light_class(widget_class):
    return type(f"Light{widget_class.__name__}", (LightSelectMixin, widget_class), {})


def _lightens(widget):
    return (
        isinstance(widget, forms.Select)
        and not widget.allow_multiple_selected
        and not isinstance(widget, LightSelectMixin)
    )


def light_filter_form(filterset):
    """Swap each single select of the filter set's form for its light twin, with its
    options read once per language and data version."""
    form = filterset.form
    kind = f"{type(filterset).__module__}.{type(filterset).__qualname__}"
    for name, field in form.fields.items():
        widget = field.widget
        if not _lightens(widget):
            continue
        choices = memo_per_version(
            "filter-choices",
            (kind, name, get_language()),
            lambda choices=widget.choices: _flat_choices(choices),
        )
        if choices is None:
            continue  # option groups: Django draws those
        widget.__class__ = light_class(type(widget))
        widget.choices = choices
    return form


def _flat_choices(choices):
    flat = []
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            return None
        flat.append((str(value), str(label)))
    return flat
