"""A map's units, drawn by string formatting.

A map holds a hundred or more units, and through the template engine each cost a
score of variable lookups: about 8 ms of a project list's map. Here each unit is one
`zif_portal.markup.html` call, with the markup the map template had: a link (or a group) with
the unit's accessible name, its path, and its marker.
"""

from functools import lru_cache

from django import template
from django.utils.safestring import mark_safe

from zif_portal.markup import html, html_join

register = template.Library()

NOTHING = mark_safe("")


def _name(name, detail, label):
    name = f"{name} ({detail})"
    return f"{name}: {label}" if label else name


def _fill(fill, map_id):
    if fill == "missing":
        return html(' fill="url(#{}-missing)"', map_id)
    if fill:
        return html(' fill="{}"', fill)
    return NOTHING


def _marker(marker, country):
    if not marker:
        return NOTHING
    x, y, kind = marker
    return html(
        '<circle cx="{}" cy="{}" r="4" class="marker marker-{} marker-{}"/>', x, y, kind, country
    )


def _key(shape):
    marker = shape.marker
    return (
        shape.name,
        shape.d,
        shape.role,
        shape.country,
        shape.href,
        shape.focus,
        (marker["x"], marker["y"], marker["kind"]) if marker else None,
        shape.detail,
        shape.fill,
        shape.label,
    )


# The same unit is drawn the same way on many maps of a frame (a province's projects,
# the pages of a list): its markup is kept, bounded, rather than escaped anew.
@lru_cache(maxsize=16384)
def _shape(key, map_id):
    name, d, role, country, href, focus, marker, detail, fill, label = key
    name = _name(name, detail, label)
    path = html(
        '<path d="{}" class="unit unit-{} unit-{}{}"{}/>{}',
        mark_safe(d),  # numbers and path commands only; escaping it cost most
        role,
        country,
        mark_safe(" unit-focus") if focus else NOTHING,
        _fill(fill, map_id),
        _marker(marker, country),
    )
    if href:
        return html('<a href="{}" aria-label="{}"><title>{}</title>{}</a>', href, name, name, path)
    return html("<g><title>{}</title>{}</g>", name, path)


@register.simple_tag
def map_shapes(drawn_map, map_id):
    """Every unit of a map from `territories.map.draw_map`, in its drawing order."""
    return html_join("\n  ", "{}", ((_shape(_key(s), map_id),) for s in drawn_map["shapes"]))
