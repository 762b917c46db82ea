"""How the maps stay cheap to draw: vertices reduced to what a map's scale can show,
frames that repeat, and a bounded cache of drawn paths."""

import math
import re

import pytest

from plan.maps import frame_of
from territories import boundaries
from territories.map import (
    DEFAULT_BOUNDS,
    GRID_DEGREES,
    STEP,
    Projection,
    _ring_path,
    bounds_of,
    draw_map,
    reduce_ring,
    reduced_rings,
    unit_path,
)


def points(path):
    """The absolute vertices (in map pixels) of SVG path data as unit_path writes it."""
    found = []
    for ring in re.findall(r"M([^l]+)l([^z]*)z", path):
        x, y = (float(n) for n in ring[0].split())
        found.append((x, y))
        numbers = [float(n) for n in re.findall(r"-?\d*\.?\d+", ring[1])]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            found.append((x, y))
    return found


def full_detail(code, projection):
    """The path from every vertex of the layer, as the maps drew it before reduction."""
    unit = boundaries.boundary(code)
    return "".join(
        _ring_path(ring, (-180, -90, 180, 90), projection)
        for polygon in unit.polygons
        for ring in polygon
    )


@pytest.mark.parametrize(
    ("width", "frame"),
    [(600, None), (320, "EC-11"), (600, "PE-0608"), (320, "EC-0701")],
)
def test_reduced_vertices_draw_within_a_step_of_every_vertex(width, frame):
    bounds = bounds_of([frame]) if frame else DEFAULT_BOUNDS
    projection = Projection(width, bounds)
    grid = GRID_DEGREES / 2**projection.grid_level
    assert grid * max(projection.scale, projection.x_scale) <= STEP / 4
    codes = [frame] if frame else ["EC-11", "PE-20", "EC-19"]
    for code in codes:
        reduced, full = points(unit_path(code, projection)), points(full_detail(code, projection))
        assert reduced and abs(len(reduced) - len(full)) <= 0.02 * len(full)
        for x, y in reduced:
            nearest = min(math.hypot(x - fx, y - fy) for fx, fy in full)
            assert nearest <= 2 * STEP, (code, x, y, nearest)


def test_a_vertex_two_neighbours_share_stays_shared():
    """Two of Loja's cantons share an edge: reduced, its points are still shared."""
    cantons = [b for b in boundaries.layer("ec-cantons") if b.parent == "EC-11"]
    first, second, shared = next(
        (a, b, set(a.polygons[0][0]) & set(b.polygons[0][0]))
        for a in cantons
        for b in cantons
        if a.code < b.code and len(set(a.polygons[0][0]) & set(b.polygons[0][0])) > 2
    )
    level = 3
    grid = GRID_DEGREES / 2**level
    reduced_first = set(reduce_ring(first.polygons[0][0], level)[0])
    reduced_second = set(reduce_ring(second.polygons[0][0], level)[0])
    for lon, lat in shared:
        point = (round(lon / grid) * grid, round(lat / grid) * grid)
        assert point in reduced_first and point in reduced_second


def test_a_coarse_map_projects_fewer_vertices_than_the_layer_has():
    whole = Projection(600, DEFAULT_BOUNDS)
    code = "EC-11"
    layer_vertices = sum(len(r) for p in boundaries.boundary(code).polygons for r in p)
    reduced_vertices = sum(len(ring) for ring, _box in reduced_rings(code, whole.grid_level))
    assert reduced_vertices < 0.8 * layer_vertices


def test_the_cache_of_drawn_paths_is_bounded():
    # A project's places can make a frame nobody asked for before: the cache must not
    # grow with every one of them for the life of the process.
    assert unit_path.cache_info().maxsize is not None


def test_a_project_map_frames_its_province_or_the_whole_zif():
    assert frame_of({"EC-1101"}) == bounds_of(["EC-11"])
    assert frame_of({"EC-1101", "EC-1103"}) == frame_of({"EC-11"})
    # Places in two provinces (here across the border): the ZIF's own frame, so that
    # the frames stay as few as the provinces and the paths drawn in them are reused.
    assert frame_of({"EC-1101", "PE-2001"}) == DEFAULT_BOUNDS
    assert frame_of({"EC-1101", "EC-0701"}) == DEFAULT_BOUNDS


def test_a_places_map_draws_cantons_only_where_its_places_are():
    from plan.maps import places_map
    from territories.map import FINE_LAYERS

    fine = {b.code for name in FINE_LAYERS for b in boundaries.layer(name)}
    canton = next(code for code in sorted(fine) if code.startswith("EC-11"))
    picture = places_map({canton}, units={})
    drawn = {shape.code for shape in picture["shapes"]}
    assert drawn & fine == {canton}
    assert "EC-11" in drawn and "PE-20" in drawn  # its province and the neighbours'
    # The full map of the same frame draws every canton in view.
    full = draw_map({}, bounds=frame_of({canton}), shaded={canton})
    assert len({shape.code for shape in full["shapes"]} & fine) > 10


def test_the_frames_drawn_at_start_hold_the_paths_of_every_places_map():
    from plan.maps import draw_place_frames, places_map

    unit_path.cache_clear()
    assert draw_place_frames() == len(
        {DEFAULT_BOUNDS} | {frame_of({code[:5]}) for code in boundaries.by_code()}
    )
    drawn = unit_path.cache_info().misses
    assert drawn > 500
    codes = sorted(boundaries.by_code())
    # Every unit alone, and places on both sides of the border (the ZIF's frame).
    for code in codes:
        places_map({code}, units={})
    places_map({codes[0], codes[-1]}, units={})
    assert unit_path.cache_info().misses == drawn
