"""The filter forms of the list pages, drawn without the template engine.

Django renders a select through a template, and each of its options through another
(an include per option): the project list's thirteen filters cost about 12 ms of a
45 ms page, more than its SQL. The options of a record filter (mechanism, agreement,
programme, value chain) were also a query per page, for lists that change only
with the data. `light_filter_form` draws each select with `zif_portal.markup.html` — the same
markup, attributes and selected option as Django's template — and keeps the option
lists of a filter set, with their markup, per process, language and data version.
Its text, number and date inputs are drawn the same way: through the template
engine, each was two templates (the input and its attributes).
"""

from functools import cache

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from zif_portal.markup import html

from .cache import memo_per_version


class LightWidget:
    """A widget of a filter form drawn by string formatting."""


class LightSelectMixin(LightWidget):
    """A single select rendered by string formatting. Its value comes from the widget's
    own `format_value` (a BooleanWidget's "true"), so a select stays what it was. Each
    option's markup, plain and selected, is written once per list of options
    (`option_markup`, which light_filter_form sets)."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = self.format_value(value)
        chosen = chosen[0] if chosen else ""
        seen = False
        options = []
        for option_value, plain, selected in self.option_markup:
            chose = not seen and option_value == chosen
            seen = seen or chose
            options.append(selected if chose else plain)
        return html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            mark_safe("".join(options)),  # noqa: S308 - each option is escaped by zif_portal.markup.html
        )


class LightInputMixin(LightWidget):
    """A text, number or date input rendered by string formatting, with the value and
    attributes Django's input template gives it."""

    def render(self, name, value, attrs=None, renderer=None):
        value = self.format_value(value)
        return html(
            '<input type="{}" name="{}"{}{}>',
            self.input_type,
            name,
            html(' value="{}"', value) if value is not None else "",
            flatatt(self.build_attrs(self.attrs, attrs)),
        )


# The inputs whose template is Django's input template and nothing more.
PLAIN_INPUTS = (forms.TextInput, forms.NumberInput, forms.DateInput)


def _option_markup(choices):
    return tuple(
        (
            value,
            html('<option value="{}">{}</option>', value, label),
            html('<option value="{}" selected>{}</option>', value, label),
        )
        for value, label in choices
    )


@cache
def light_class(widget_class):
    mixin = LightInputMixin if issubclass(widget_class, PLAIN_INPUTS) else LightSelectMixin
    return type(f"Light{widget_class.__name__}", (mixin, widget_class), {})


def _lightens(widget):
    return (
        isinstance(widget, forms.Select)
        and not widget.allow_multiple_selected
        and not isinstance(widget, LightWidget)
    )


def _plain_input(widget):
    return type(widget) in PLAIN_INPUTS


def light_filter_form(filterset):
    """Swap each single select and each plain input of the filter set's form for its
    light twin, the selects' options read once per language and data version."""
    form = filterset.form
    kind = f"{type(filterset).__module__}.{type(filterset).__qualname__}"
    for name, field in form.fields.items():
        widget = field.widget
        if _plain_input(widget):
            widget.__class__ = light_class(type(widget))
            continue
        if not _lightens(widget):
            continue
        options = memo_per_version(
            "filter-choices",
            (kind, name, get_language()),
            lambda choices=widget.choices: _options(choices),
        )
        if options is None:
            continue  # option groups: Django draws those
        widget.__class__ = light_class(type(widget))
        widget.choices, widget.option_markup = options
    return form


def _options(choices):
    flat = _flat_choices(choices)
    return None if flat is None else (flat, _option_markup(flat))


def _flat_choices(choices):
    flat = []
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            return None
        flat.append((str(value), str(label)))
    return flat
