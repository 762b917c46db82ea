"""Server-drawn SVG maps: Natural Earth outlines and the units' seats.

No tile server and no script: the outlines ship with the project
(territories/data/outlines.geojson, public domain) and the seats come from the
fixtures. Units without official seat coordinates are listed beside the map.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

OUTLINES = Path(__file__).resolve().parent / "data" / "outlines.geojson"
WEST, SOUTH, EAST, NORTH = -81.6, -10.6, -69.4, 1.9
MID_LATITUDE = math.radians((SOUTH + NORTH) / 2)


@dataclass
class Projection:
    width: float

    @property
    def scale(self):
        return self.width / ((EAST - WEST) * math.cos(MID_LATITUDE))

    @property
    def height(self):
        return round((NORTH - SOUTH) * self.scale, 1)

    def __call__(self, lon, lat):
        x = (float(lon) - WEST) * math.cos(MID_LATITUDE) * self.scale
        y = (NORTH - float(lat)) * self.scale
        return round(x, 1), round(y, 1)


@cache
def _outlines():
    return json.loads(OUTLINES.read_text("utf-8"))


@cache
def outline_paths(width):
    """SVG path data per country, simplified to what shows at this width."""
    project = Projection(width)
    paths = []
    for feature in _outlines()["features"]:
        parts = []
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                points, last = [], None
                for lon, lat in ring:
                    point = project(lon, lat)
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


def map_context(units, *, width=600, highlight=()):
    """Everything a map template needs: outlines, located dots, unlocated units."""
    project = Projection(width)
    highlight = set(highlight)
    located, unlocated = [], []
    for unit in units:
        if unit.seat_latitude is not None and unit.seat_longitude is not None:
            x, y = project(unit.seat_longitude, unit.seat_latitude)
            located.append(
                {
                    "unit": unit,
                    "x": x,
                    "y": y,
                    "r": 5 if unit.parent_id is None else 3.5,
                    "highlight": unit.code in highlight,
                }
            )
        else:
            unlocated.append(unit)
    return {
        "width": width,
        "height": Projection(width).height,
        "outlines": outline_paths(width),
        "located": located,
        "unlocated": unlocated,
        "highlight_countries": {u.country_id for u in units if u.code in highlight},
    }
