"""The rows of the territory list and the units within a unit, drawn by string
formatting.

A list page shows 50 units; through the template engine each row cost about 0.07 ms
(a dozen variables resolved, a filter, two addresses reversed, two choice labels),
a third of the list's rendering at cache miss (profiled in process at 10,000 units).
Here a row is one `zif_portal.markup.html` call, and a unit's address is the detail view's
address with its code put in; its choice labels come from
zif_portal.models.ChoiceLabels, read once per field.
"""

from django import template
from django.utils.translation import gettext as _

from zif_portal.markup import html, html_join
from zif_portal.reversing import keyed

register = template.Library()

ROW = (
    '<tr><td><code>{}</code></td><td><a href="{}">{}</a></td><td>{}</td>'
    "<td>{}</td><td>{}</td><td>{}</td></tr>"
)


def _row(unit, address):
    parent = unit.parent
    return html(
        ROW,
        unit.code,
        address(unit.code),
        unit.name,
        unit.get_level_display(),
        html('<a href="{}">{}</a>', address(parent.code), parent.name)
        if parent
        else unit.country.name,
        unit.seat or "—",
        unit.get_zif_membership_display(),
    )


@register.simple_tag
def unit_rows(units):
    """The <tr> of each unit (with its country and parent read already): its code,
    link, level, the unit it is part of (or its country), seat and ZIF membership."""
    address = keyed("territories:unit-detail", "code")
    return html_join("\n", "{}", ((_row(unit, address),) for unit in units))


CHILD = '<li><a href="{}">{}</a> <small><code>{}</code>{}</small></li>'


@register.simple_tag
def unit_children(children):
    """The <li> of each unit within a unit's page: its link, code and, when the
    sources date it, when it was created."""
    address = keyed("territories:unit-detail", "code")
    return html_join(
        "",
        CHILD,
        (
            (
                address(child.code),
                child.name,
                child.code,
                html(" · {}", _("created %(date)s") % {"date": child.established_display})
                if child.established_on
                else "",
            )
            for child in children
        ),
    )
