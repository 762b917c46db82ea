"""Server-drawn SVG maps: the units' polygons over Natural Earth outlines.

No tile server and no script: the outlines (territories/data/outlines.geojson,
public domain) and the units' boundaries (territories/data/boundaries/, see
tools/boundaries/build.py) ship with the project and are read once per process.
Each unit the portal has is drawn as a link to its page; units outside the ZIF
are drawn in a neutral colour around it.
"""

import json
import math
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from pathlib import Path

from . import boundaries

OUTLINES = Path(__file__).resolve().parent / "data" / "outlines.geojson"
WEST, SOUTH, EAST, NORTH = -81.6, -10.6, -69.4, 1.9
DEFAULT_BOUNDS = (WEST, SOUTH, EAST, NORTH)
MID_LATITUDE = math.radians((SOUTH + NORTH) / 2)
# Vertices are snapped to this grid (in pixels of the map's width). A vertex that
# two neighbours share snaps to the same point in both, so shared edges stay
# shared while the map sheds the detail that its width cannot show.
STEP = 0.5
# A view's shape is kept between these height:width ratios, widening the
# bounds of units that are long and thin.
TALLEST, FLATTEST = 1.15, 0.6
FINE_LAYERS = ("ec-cantons", "pe-provinces")
UPPER_LAYERS = ("ec-provinces", "pe-departments")


@dataclass(frozen=True)
class Projection:
    """Equirectangular, true to scale at the middle latitude of its bounds."""

    width: float
    bounds: tuple = DEFAULT_BOUNDS

    @cached_property
    def mid_latitude(self):
        return math.radians((self.bounds[1] + self.bounds[3]) / 2)

    @cached_property
    def scale(self):
        west, _south, east, _north = self.bounds
        return self.width / ((east - west) * math.cos(self.mid_latitude))

    @cached_property
    def x_scale(self):
        return math.cos(self.mid_latitude) * self.scale

    @property
    def height(self):
        return round((self.bounds[3] - self.bounds[1]) * self.scale, 1)

    def exact(self, lon, lat):
        x = (float(lon) - self.bounds[0]) * self.x_scale
        y = (self.bounds[3] - float(lat)) * self.scale
        return x, y

    def __call__(self, lon, lat):
        x, y = self.exact(lon, lat)
        return round(x, 1), round(y, 1)

    @cached_property
    def grid_level(self):
        """The coarsest level of detail (see `reduced_rings`) whose grid is at most a
        quarter of this map's snapping step, so that the reduction cannot show."""
        wanted = STEP / 4 / max(self.scale, self.x_scale)
        level = 0
        while GRID_DEGREES / 2**level > wanted and level < GRID_LEVELS - 1:
            level += 1
        return level

    def visible(self, bbox):
        """How a box in degrees lies against the map and its margin: "in", "out" or
        "across" (only the last needs clipping)."""
        west, south, east, north = bbox
        x0, x1 = (west - self.bounds[0]) * self.x_scale, (east - self.bounds[0]) * self.x_scale
        y0, y1 = (self.bounds[3] - north) * self.scale, (self.bounds[3] - south) * self.scale
        low_x, low_y = -MARGIN, -MARGIN
        high_x, high_y = self.width + MARGIN, self.height + MARGIN
        if x1 < low_x or x0 > high_x or y1 < low_y or y0 > high_y:
            return "out"
        if x0 >= low_x and x1 <= high_x and y0 >= low_y and y1 <= high_y:
            return "in"
        return "across"


# Levels of detail: the polygons' vertices snapped to a grid of GRID_DEGREES / 2**k
# degrees, once per process and level. A vertex that two neighbours share snaps to
# the same point in both, as on the map's own grid; a map then projects only the
# vertices its scale can show, not every vertex of the layers (the whole ZIF at
# 600 pixels needs a tenth of them).
GRID_DEGREES = 0.04
GRID_LEVELS = 10


def reduce_ring(ring, level):
    """The ring snapped to the level's grid, consecutive repeats dropped, with its box."""
    grid = GRID_DEGREES / 2**level
    points, last = [], None
    for lon, lat in ring:
        point = (round(lon / grid) * grid, round(lat / grid) * grid)
        if point != last:
            points.append(point)
            last = point
    if not points:
        return (), (0.0, 0.0, 0.0, 0.0)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    return tuple(points), (min(lons), min(lats), max(lons), max(lats))


@cache
def reduced_rings(code, level):
    """The unit's rings at a level of detail, each with its box in degrees."""
    unit = boundaries.boundary(code)
    return tuple(reduce_ring(ring, level) for polygon in unit.polygons for ring in polygon)


# Paths are clipped to the map plus this margin (pixels): what lies beyond cannot show.
MARGIN = 8


def clip_ring(points, width, height):
    """Sutherland–Hodgman: the ring cut to the rectangle around the map. Rings of
    neighbours are cut along the same lines, so the cut does not open gaps between them."""
    low_x, low_y, high_x, high_y = -MARGIN, -MARGIN, width + MARGIN, height + MARGIN
    edges = (
        (lambda p: p[0] >= low_x, lambda a, b: _cross_x(a, b, low_x)),
        (lambda p: p[0] <= high_x, lambda a, b: _cross_x(a, b, high_x)),
        (lambda p: p[1] >= low_y, lambda a, b: _cross_y(a, b, low_y)),
        (lambda p: p[1] <= high_y, lambda a, b: _cross_y(a, b, high_y)),
    )
    for inside, cross in edges:
        if not points:
            break
        kept, previous = [], points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    kept.append(cross(previous, point))
                kept.append(point)
            elif inside(previous):
                kept.append(cross(previous, point))
            previous = point
        points = kept
    return points


def _cross_x(a, b, x):
    return (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def _cross_y(a, b, y):
    return (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


@cache
def _outlines():
    return json.loads(OUTLINES.read_text("utf-8"))


@cache
def _reduced_outlines(level):
    return tuple(
        tuple(
            reduce_ring(ring, level)
            for polygon in feature["geometry"]["coordinates"]
            for ring in polygon
        )
        for feature in _outlines()["features"]
    )


@lru_cache(maxsize=512)
def outline_paths(projection):
    """SVG path data per country, simplified to what shows at this scale."""
    paths = []
    for feature, rings in zip(
        _outlines()["features"], _reduced_outlines(projection.grid_level), strict=True
    ):
        parts = []
        for ring, bbox in rings:
            if projection.visible(bbox) != "out":
                points, last = [], None
                clipped = clip_ring(
                    [projection.exact(lon, lat) for lon, lat in ring],
                    projection.width,
                    projection.height,
                )
                for x, y in clipped:
                    point = (round(x, 1), round(y, 1))
                    if last is None or abs(point[0] - last[0]) + abs(point[1] - last[1]) >= 1.2:
                        points.append(point)
                        last = point
                if len(points) >= 3:
                    parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z")
        paths.append(
            {
                "iso": feature["properties"]["iso"],
                "role": feature["properties"]["role"],
                "name": feature["properties"]["name"],
                "d": "".join(parts),
            }
        )
    return paths


def _number(steps):
    """A multiple of STEP, as short as SVG allows (".5", "-1", "12.5")."""
    text = f"{steps * STEP:g}"
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def _ring_path(ring, bbox, projection):
    where = projection.visible(bbox)
    if where == "out":
        return ""
    west, north = projection.bounds[0], projection.bounds[3]
    # In steps of the snapping grid straight away: one multiplication per coordinate.
    kx, ky = projection.x_scale / STEP, projection.scale / STEP
    if where == "in":
        snapped_points = [
            (round((lon - west) * kx), round((north - lat) * ky)) for lon, lat in ring
        ]
    else:
        clipped = clip_ring(
            [((lon - west) * kx * STEP, (north - lat) * ky * STEP) for lon, lat in ring],
            projection.width,
            projection.height,
        )
        snapped_points = [(round(x / STEP), round(y / STEP)) for x, y in clipped]
    points, last = [], None
    for snapped in snapped_points:
        if snapped != last:
            points.append(snapped)
            last = snapped
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()  # "z" closes the ring
    if len(points) < 3:
        return ""
    (x0, y0), deltas = points[0], []
    for (px, py), (x, y) in pairwise(points):
        dy = _number(y - py)
        deltas.append(_number(x - px) + ("" if dy.startswith("-") else " ") + dy)
    return f"M{_number(x0)} {_number(y0)}l" + " ".join(deltas) + "z"


# Bounded: a page may ask for a frame nobody asked for before (a project's places).
@lru_cache(maxsize=8192)
def unit_path(code, projection):
    """The unit's polygons as SVG path data in relative coordinates."""
    return "".join(
        _ring_path(ring, bbox, projection)
        for ring, bbox in reduced_rings(code, projection.grid_level)
    )


def bounds_of(codes, *, margin=0.06):
    """Bounds around the units' polygons, padded, kept within a readable shape."""
    boxes = [boundaries.boundary(code).bbox for code in codes if boundaries.boundary(code)]
    if not boxes:
        return DEFAULT_BOUNDS
    west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
    east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
    pad = max(east - west, north - south, 0.2) * margin
    west, south, east, north = west - pad, south - pad, east + pad, north + pad
    cos = math.cos(math.radians((south + north) / 2))
    ratio = (north - south) / ((east - west) * cos)
    if ratio > TALLEST:
        grow = ((north - south) / (TALLEST * cos) - (east - west)) / 2
        west, east = west - grow, east + grow
    elif ratio < FLATTEST:
        grow = (FLATTEST * (east - west) * cos - (north - south)) / 2
        south, north = south - grow, north + grow
    return (round(west, 3), round(south, 3), round(east, 3), round(north, 3))


def _in_view(unit, bounds):
    west, south, east, north = unit.bbox
    return west < bounds[2] and east > bounds[0] and south < bounds[3] and north > bounds[1]


@dataclass
class Drawn:
    """One unit on the map: its path, how it is shown, and where it links."""

    code: str
    name: str
    d: str
    role: str  # "out" (outside the shaded area), "fill" or "outline"
    country: str
    href: str | None
    focus: bool
    marker: dict | None
    detail: str  # level and code, for its accessible name
    fill: str = ""  # a choropleth's colour, or "missing"
    label: str = ""  # a choropleth's value, for its accessible name


def _marker(unit, code, projection):
    """At the seat where a source gives its coordinates, else at a point inside the unit."""
    if unit is not None and unit.seat_latitude is not None and unit.seat_longitude is not None:
        x, y = projection(unit.seat_longitude, unit.seat_latitude)
        return {"x": x, "y": y, "kind": "seat"}
    boundary = boundaries.boundary(code)
    if boundary is None:
        return None
    x, y = projection(*boundary.label)
    return {"x": x, "y": y, "kind": "inside"}


def draw_map(
    units,
    *,
    width=600,
    bounds=DEFAULT_BOUNDS,
    shaded=None,
    focus=(),
    marked=(),
    expected=(),
    districts_of=None,
    classes=None,
    layers=None,
    fine="all",
):
    """Everything the map template needs.

    `units`: code → AdministrativeUnit, the units that get a link and their names;
    `shaded`: the codes drawn in their country's colour (default: the ZIF's units);
    `focus`: codes outlined as the subject of the map; `marked`: codes that get a
    marker; `expected`: codes that should be on the map, listed when no source
    draws them; `districts_of`: a Peruvian province whose districts are drawn.

    A choropleth: `classes` maps code → (colour, label), the colour "missing" for
    a unit without a value (drawn hatched); `layers` limits the layers drawn
    (e.g. only the provinces and departments). `fine="shaded"` draws the cantons and
    Peruvian provinces only where they are shaded, the rest by their province or
    department: a map of a few places then weighs a fifth of the full one.
    """
    projection = Projection(width, bounds)
    if shaded is None:
        # The portal's own units by their membership; the others (the layers'
        # neighbours, districts) by the flag the build gave them.
        shaded = {code for code, unit in units.items() if unit.zif_membership != "outside"}
        shaded |= {code for code, b in boundaries.by_code().items() if b.zif and code not in units}
    focus, marked = set(focus), set(marked)
    chosen = [
        (name, unit)
        for name in (*UPPER_LAYERS, *FINE_LAYERS)
        if layers is None or name in layers
        for unit in boundaries.layer(name)
        if _in_view(unit, bounds)
        and (fine == "all" or name not in FINE_LAYERS or unit.code in shaded)
    ]
    if districts_of:
        chosen += [
            ("pe-districts", d)
            for d in boundaries.layer("pe-districts")
            if d.parent == districts_of
        ]
    outside, fills, outlines = [], [], []
    for layer, boundary in chosen:
        is_shaded = boundary.code in shaded or (
            boundary.level == "district" and boundary.parent in shaded
        )
        upper = layer in UPPER_LAYERS or boundary.code == districts_of
        role = "out" if not is_shaded else "outline" if upper else "fill"
        if not is_shaded and upper and boundary.code in units:
            role = "outline"  # a department only partly in the ZIF: its line, not a fill
        unit = units.get(boundary.code)
        drawn = Drawn(
            code=boundary.code,
            name=unit.name if unit else boundary.name,
            d=unit_path(boundary.code, projection),
            role=role,
            country=boundary.code[:2].lower(),
            href=unit.get_absolute_url() if unit else None,
            focus=boundary.code in focus,
            marker=_marker(unit, boundary.code, projection) if boundary.code in marked else None,
            detail=f"{unit.get_level_display() if unit else boundary.level}, {boundary.code}",
        )
        if not drawn.d:
            continue
        if classes is not None and boundary.code in classes:
            drawn.role = "choro"
            drawn.fill, drawn.label = classes[boundary.code]
            fills.append(drawn)
            continue
        {"out": outside, "fill": fills, "outline": outlines}[role].append(drawn)
    # The subject of the map last, so that its outline is drawn over its neighbours'.
    outlines.sort(key=lambda d: d.focus)
    fills.sort(key=lambda d: d.focus)
    drawn_codes = {d.code for d in (*outside, *fills, *outlines)}
    without = [
        {"unit": units[code], "marker": _marker(units[code], code, projection)}
        for code in sorted(expected)
        if code in units and code not in drawn_codes
    ]
    for i, item in enumerate(without):
        item["y"] = round(projection.height - 10 - 16 * (len(without) - 1 - i), 1)
    markers = [d.marker["kind"] for d in (*fills, *outlines) if d.marker]
    return {
        "width": width,
        "height": projection.height,
        "outlines": outline_paths(projection),
        "shapes": [*outside, *fills, *outlines],
        "without_boundary": without,
        "legend": {
            "outside": bool(outside),
            "countries": {d.country for d in fills} | {d.country for d in outlines},
            "outline": bool(outlines),
            "focus": any(d.focus for d in (*fills, *outlines)),
            "seat": "seat" in markers,
            "inside": "inside" in markers,
            "districts": bool(districts_of),
            "missing": any(d.fill == "missing" for d in fills),
        },
        "choropleth": classes is not None,
    }
