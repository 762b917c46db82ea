"""A map's units, drawn by string formatting.

A map holds a hundred or more units, and through the template engine each cost a
score of variable lookups: about 8 ms of a project list's map. Here each unit is one
`format_html` call, with the markup the map template had: a link (or a group) with
the unit's accessible name, its path, and its marker.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

NOTHING = mark_safe("")


def _name(shape):
    name = f"{shape.name} ({shape.detail})"
    return f"{name}: {shape.label}" if shape.label else name


def _fill(shape, map_id):
    if shape.fill == "missing":
        return format_html(' fill="url(#{}-missing)"', map_id)
    if shape.fill:
        return format_html(' fill="{}"', shape.fill)
    return NOTHING


def _marker(shape):
    marker = shape.marker
    if not marker:
        return NOTHING
    return format_html(
        '<circle cx="{}" cy="{}" r="4" class="marker marker-{} marker-{}"/>',
        marker["x"],
        marker["y"],
        marker["kind"],
        shape.country,
    )


def _shape(shape, map_id):
    name = _name(shape)
    path = format_html(
        '<path d="{}" class="unit unit-{} unit-{}{}"{}/>{}',
        mark_safe(shape.d),  # numbers and path commands only; escaping it cost most
        shape.role,
        shape.country,
        mark_safe(" unit-focus") if shape.focus else NOTHING,
        _fill(shape, map_id),
        _marker(shape),
    )
    if shape.href:
        return format_html(
            '<a href="{}" aria-label="{}"><title>{}</title>{}</a>', shape.href, name, name, path
        )
    return format_html("<g><title>{}</title>{}</g>", name, path)


@register.simple_tag
def map_shapes(drawn_map, map_id):
    """Every unit of a map from `territories.map.draw_map`, in its drawing order."""
    return format_html_join("\n  ", "{}", ((_shape(s, map_id),) for s in drawn_map["shapes"]))
