"""Extract the outlines of Ecuador, Peru and their neighbours from Natural Earth.

Natural Earth is in the public domain; the TopoJSON comes from the npm package
world-atlas (installed here with `npm ci`). The result, a small GeoJSON file,
ships with the portal at territories/data/outlines.geojson so that the map
needs no network and no npm at run time. Run: python tools/map/extract_outlines.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "node_modules" / "world-atlas" / "countries-50m.json"
TARGET = HERE.parents[1] / "territories" / "data" / "outlines.geojson"
# ISO 3166-1 numeric codes: the two countries, and neighbours drawn in grey for context.
COUNTRIES = {"218": "EC", "604": "PE"}
NEIGHBOURS = {"170": "CO", "076": "BR", "068": "BO", "152": "CL"}
BOUNDS = (-82.5, -19.0, -68.0, 2.5)  # lon/lat window around the ZIF


def decode_arcs(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(
                (round(x * scale[0] + translate[0], 4), round(y * scale[1] + translate[1], 4))
            )
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry, arcs):
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]
    return []


def inside(polygon):
    west, south, east, north = BOUNDS
    return any(west <= x <= east and south <= y <= north for x, y in polygon[0])


def main():
    topology = json.loads(SOURCE.read_text("utf-8"))
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = str(geometry.get("id", "")).zfill(3)
        role = "zif-country" if code in COUNTRIES else "neighbour" if code in NEIGHBOURS else None
        if role is None:
            continue
        shapes = [p for p in polygons(geometry, arcs) if inside(p)]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso": COUNTRIES.get(code) or NEIGHBOURS[code],
                    "role": role,
                    "name": geometry["properties"]["name"],
                },
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "source": "Natural Earth 1:50m countries (public domain), npm world-atlas 2.0.2",
                "features": features,
            },
            separators=(",", ":"),
        )
        + "\n",
        "utf-8",
    )
    print(f"{TARGET}: {TARGET.stat().st_size} bytes, {len(features)} countries")


if __name__ == "__main__":
    main()
