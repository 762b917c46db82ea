"""Maps of the places a value chain or a list of projects is in, on both sides.

The polygons are drawn by territories.map.draw_map; a parish or district that the
layers do not draw is shown by the nearest unit above it that they do."""

from territories import boundaries
from territories.map import DEFAULT_BOUNDS, bounds_of, draw_map
from territories.models import AdministrativeUnit

MAP_WIDTH = 600


def drawable(code):
    """The code itself if a layer draws it, else its nearest drawn ancestor (codes are
    hierarchical: EC-110850 → EC-1108 → EC-11)."""
    while code and boundaries.boundary(code) is None:
        head, digits = code[:3], code[3:]
        if len(digits) <= 2:
            return None
        code = head + digits[:-2]
    return code


def places_map(codes, units=None):
    """The units shaded (with the units inside them), each marked; None with no place.

    `units` (code → unit) are the units that get a link and their names; by default
    every unit of the ZIF above the local level (one query). A page that has read
    its units already passes them, and the others are drawn from the layers alone."""
    places = {c for c in (drawable(code) for code in codes) if c}
    if not places:
        return None
    if units is None:
        units = {
            unit.code: unit
            for unit in AdministrativeUnit.objects.in_zif()
            .above_local_level()
            .select_related("country")
            .order_by("code")
        }
    inside = set(units) | {
        b.code for name in ("ec-cantons", "pe-provinces") for b in boundaries.layer(name)
    }
    shaded = {code for code in inside if any(code.startswith(place) for place in places)}
    shaded |= places
    return draw_map(
        units,
        width=MAP_WIDTH,
        bounds=bounds_of(places) if places else DEFAULT_BOUNDS,
        shaded=shaded,
        marked=places,
        expected=[p for p in places if p in units],
    )
