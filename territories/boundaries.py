"""The boundary layers that ship with the portal, and which units contain a point.

The layers (territories/data/boundaries/*.geojson) are written by
tools/boundaries/build.py. They are read once per process and kept in memory:
no request reads geometry from the database, and no GIS library is needed at run
time — the point lookup is a ray-casting test over the polygons, prefiltered by
a grid of bounding boxes.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent / "data" / "boundaries"
LAYERS = ("ec-provinces", "ec-cantons", "pe-departments", "pe-provinces", "pe-districts")
TOPOJSON = "boundaries.topojson"
CELL = 1.0  # degrees: the lookup grid's cell size


@dataclass(frozen=True)
class Boundary:
    code: str
    name: str
    level: str
    parent: str | None
    zif: bool
    label: tuple  # (lon, lat), a point inside the unit
    layer: str
    polygons: tuple  # of polygons, each a tuple of rings (outer first), each of (lon, lat)
    bbox: tuple  # (west, south, east, north)
    geometry: dict  # as in the file, for GeoJSON answers

    @property
    def depth(self):
        return len(self.code)


def _polygons(geometry):
    rings = geometry["coordinates"]
    polygons = [rings] if geometry["type"] == "Polygon" else rings
    return tuple(tuple(tuple(map(tuple, ring)) for ring in polygon) for polygon in polygons)


def _bbox(polygons):
    xs = [x for polygon in polygons for x, _y in polygon[0]]
    ys = [y for polygon in polygons for _x, y in polygon[0]]
    return (min(xs), min(ys), max(xs), max(ys))


@cache
def layer_file(name):
    return json.loads((DIRECTORY / f"{name}.geojson").read_text("utf-8"))


@cache
def layer(name):
    units = []
    for feature in layer_file(name)["features"]:
        p = feature["properties"]
        polygons = _polygons(feature["geometry"])
        units.append(
            Boundary(
                code=p["code"],
                name=p["name"],
                level=p["level"],
                parent=p["parent"],
                zif=p["zif"],
                label=(p["label_lon"], p["label_lat"]),
                layer=name,
                polygons=polygons,
                bbox=_bbox(polygons),
                geometry=feature["geometry"],
            )
        )
    return tuple(units)


@cache
def by_code():
    return {unit.code: unit for name in LAYERS for unit in layer(name)}


def boundary(code):
    return by_code().get(code)


@cache
def missing():
    """Code → reason, for the portal's units that no source gives a polygon for."""
    return {m["code"]: m["reason"] for name in LAYERS for m in layer_file(name)["missing"]}


def attribution():
    return sorted({line for name in LAYERS for line in layer_file(name)["attribution"]})


def _ring_contains(ring, x, y):
    """Ray casting: a horizontal ray from the point crosses the ring an odd number of times."""
    inside = False
    x1, y1 = ring[-1]
    for x2, y2 in ring:
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
        x1, y1 = x2, y2
    return inside


def polygon_contains(polygon, x, y):
    outer, *holes = polygon
    return _ring_contains(outer, x, y) and not any(_ring_contains(h, x, y) for h in holes)


def unit_contains(unit, lon, lat):
    west, south, east, north = unit.bbox
    if not (west <= lon <= east and south <= lat <= north):
        return False
    return any(polygon_contains(polygon, lon, lat) for polygon in unit.polygons)


def _cell(lon, lat):
    return (math.floor(lon / CELL), math.floor(lat / CELL))


@cache
def _grid():
    """Grid cell → the units whose bounding box meets it, built once."""
    grid = {}
    for unit in by_code().values():
        west, south, east, north = unit.bbox
        (x0, y0), (x1, y1) = _cell(west, south), _cell(east, north)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                grid.setdefault((x, y), []).append(unit)
    return grid


def containing(lat, lon):
    """Codes of the units whose polygon contains the point, deepest level first."""
    candidates = _grid().get(_cell(lon, lat), ())
    found = [unit for unit in candidates if unit_contains(unit, lon, lat)]
    return [unit.code for unit in sorted(found, key=lambda u: (-u.depth, u.code))]
