"""Maps of the places a value chain or a list of projects is in, on both sides.

The polygons are drawn by territories.map.draw_map; a parish or district that the
layers do not draw is shown by the nearest unit above it that they do."""

from django.utils.translation import get_language

from territories import boundaries
from territories.map import DEFAULT_BOUNDS, bounds_of, draw_map
from territories.map_views import zif_units
from zif_portal.cache import memo_per_version

from .models import TOP_LEVEL_CODE_LENGTH

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


def frame_of(places):
    """The frame of the one province or department the places are in, else the whole
    ZIF. The frames are then few (one per province or department, and the ZIF's), so
    each unit's path in a frame is drawn once per process and then reused by every
    project there: framed around each set of provinces, a project was often the first
    to ask for its frame, and drawing it was two thirds of its page's time (36 of 55
    ms, profiled over 40 project pages at 100,000 projects). Places on both sides of
    the border are seen together on the ZIF's map, as on its own page."""
    tops = {code[:TOP_LEVEL_CODE_LENGTH] for code in places}
    if len(tops) == 1 and boundaries.boundary(next(iter(tops))):
        return bounds_of(tops)
    return DEFAULT_BOUNDS


def draw_place_frames():
    """Every frame a places map can have (each province's or department's, and the
    ZIF's), drawn with every unit in view, to fill the path cache
    (territories.map.unit_path) before the first visitor: a project whose frame and
    places nobody had asked for spent a millisecond or more clipping their rings.
    From the layers alone, no query; called once at start (zif_portal.wsgi), as
    territories.map_views.draw_small_frames. Returns how many frames it drew."""
    tops = {code[:TOP_LEVEL_CODE_LENGTH] for code in boundaries.by_code()}
    frames = {DEFAULT_BOUNDS} | {frame_of({top}) for top in tops}
    for bounds in frames:
        draw_map({}, width=MAP_WIDTH, bounds=bounds)
    return len(frames)


def places_map(codes, units=None):
    """The units shaded (with the units inside them), each marked; None with no place.
    Around them, the provinces and departments only, not their cantons: a project's
    frame is often one nobody drew before, and the cantons in view were most of its
    paths (180 of a project page's 190 KB, and most of its time).

    `units` (code → unit) are the units that get a link and their names; by default
    every unit of the ZIF above the local level (one query). A page that has read
    its units already passes them, and the others are drawn from the layers alone."""
    places = {c for c in (drawable(code) for code in codes) if c}
    if not places:
        return None
    if units is None:
        units = zif_units()
    inside = set(units) | {
        b.code for name in ("ec-cantons", "pe-provinces") for b in boundaries.layer(name)
    }
    shaded = {code for code in inside if any(code.startswith(place) for place in places)}
    shaded |= places
    return draw_map(
        units,
        width=MAP_WIDTH,
        bounds=frame_of(places),
        shaded=shaded,
        marked=places,
        expected=[p for p in places if p in units],
        fine="shaded",
    )


def chain_map(chain, units):
    """A value chain's places, kept per language and data version: a chain's page is
    asked for again and again, and its map is the same each time."""
    return memo_per_version(
        "map:chain", (get_language(), chain.slug), lambda: places_map(units, units=units)
    )
