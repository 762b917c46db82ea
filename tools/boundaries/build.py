"""Build the boundary layers that ship with the portal from the published sources.

Reads the raw files described in ../shared/geo/README.md (INEC canton polygons,
the CONALI province layer, INEI province and department polygons, MINAM/INEI
district polygons, INEI/RENIEC codes) and writes, into territories/data/boundaries/:

- ec-provinces.geojson, ec-cantons.geojson, pe-departments.geojson,
  pe-provinces.geojson, pe-districts.geojson: WGS84 lon/lat, coordinates rounded
  to 1e-5 degrees, every geometry valid; properties `code` (EC-0701, PE-1601,
  PE-160101), `name`, `level`, `parent`, `zif`, `label_lon`/`label_lat` (a point
  inside the polygon, where the map puts a marker when a unit has no seat) and
  `source`. Each file also says which units of the portal have no polygon
  (`missing`) and where its data comes from (`attribution`).
- boundaries.topojson: the same layers as one topology (written by mapshaper
  from tools/boundaries/node_modules; skipped with a message when npm has not
  been run there).

How the layers stay consistent:
- Every layer of the finest level is cleaned and simplified as ONE coverage
  (shapely.coverage_clean, then shapely.coverage_simplify), so neighbours keep
  their common edges, across the frontier too.
- The two countries' surveys overlap along the frontier: Peru's polygons are
  clipped by the union of Ecuador's (Ecuador's more detailed INEC line wins), so
  the frontier is drawn once.
- Upper levels are the unions of their simplified parts (an Ecuadorian province
  of its cantons, a ZIF department of its provinces): a point in a canton is
  always in its province.

Run from the repository root: python tools/boundaries/build.py
(--sources DIR for another copy of the sources, --output DIR to write elsewhere).
Needs shapely 2.2+ (pip install ".[geo]"); the portal does not, at run time.
"""

import argparse
import csv
import json
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DEFAULT_SOURCES = REPO / ".." / "shared" / "geo" / "sources"
DEFAULT_OUTPUT = REPO / "territories" / "data" / "boundaries"
DEFAULT_UNITS = REPO / "fixtures" / "20_units.json"
MAPSHAPER = HERE / "node_modules" / ".bin" / "mapshaper"

GRID = 1e-5  # degrees; at 1e-4 Machala's canton crosses itself after simplification
TOLERANCE = 0.005  # degrees (about 550 m): Visvalingam-Whyatt area tolerance
CONTEXT_TOLERANCE = 0.02  # degrees, between the units outside the ZIF
# Units outside the ZIF are kept only where they touch it: the surroundings the
# maps shade the ZIF against (the country outlines draw the rest).
NEIGHBOUR_DISTANCE = 0.05  # degrees

EC_PROVINCES = ("07", "11", "14", "15", "16", "19", "21", "22")
PE_DEPARTMENTS = ("24", "20", "16", "06")
PE_ZIF_PROVINCES = (
    *("2401", "2402", "2403"),
    *("2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008"),
    *("1601", "1602", "1607", "1608", "0608", "0609"),
)
LAYERS = ("ec-provinces", "ec-cantons", "pe-departments", "pe-provinces", "pe-districts")

SOURCES = {
    "inec-cantons": (
        "INEC, división político-administrativa (DPA 2012), cantones; via repository "
        "cxborjas/marco-sostenibilidad-ec at 4ed1ef0c7d6e79b0d630b453c96866b978128cc1"
    ),
    "conali-provinces": (
        "Ministerio de Gobierno (CONALI), Organización Territorial Cantonal 2025-02-20, "
        "CC BY; provinces dissolved by repository fundacionredsa/redsa-observatorio-seguridad-vial "
        "at b44719ce50e075688ecb1ae1e58c23db0150b292"
    ),
    "inei-limits": (
        "INEI limits (via geogpsperu, 2019); repository josedaniel-cb/limites-peru-geojson "
        "at 3a6785ba145250c645cd8080d1c59833d40e9273, MIT"
    ),
    "minam-districts": (
        "MINAM geoserver, INEI district limits (2007); repository juaneladio/peru-geojson "
        "at 3213eeb1bbe537f88dead45a2aadaa276fa9451d, MPL-2.0"
    ),
}
# Names mis-encoded in a source, as INEC writes them.
NAME_FIXES = {"LOGROÐO": "LOGROÑO"}
SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y", "san"}


@dataclass
class Unit:
    code: str
    name: str
    level: str
    parent: str | None
    source: str
    geometry: object
    properties: dict = field(default_factory=dict)


class Progress:
    """Progress lines on a terminal only, so that builds in scripts stay quiet."""

    def __init__(self, stream=sys.stdout):
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, message):
        if self.enabled:
            print(message, file=self.stream, flush=True)


def read_features(path):
    if not path.exists():
        return []
    return json.loads(path.read_text("utf-8"))["features"]


def polygonal(geometry):
    """A valid polygonal geometry: make_valid may give lines or points along with polygons."""
    geometry = shapely.make_valid(geometry)
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [
        part
        for part in shapely.get_parts(geometry)
        if part.geom_type in ("Polygon", "MultiPolygon")
    ]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def title_name(raw):
    """Source names are upper case: 'DATEM DEL MARAÑON' → 'Datem del Marañon'."""
    raw = NAME_FIXES.get(raw, raw)
    words = raw.lower().split()
    return " ".join(
        word if i and word in SMALL_WORDS - {"san"} else word.capitalize()
        for i, word in enumerate(words)
    )


def plain(text):
    """For matching names across sources: no accents, no case."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text.upper()) if unicodedata.category(c) != "Mn"
    )


def portal_units(path):
    """The portal's own units (code → fields), from its fixtures, for names and the ZIF flag."""
    if not path or not Path(path).exists():
        return {}
    records = json.loads(Path(path).read_text("utf-8"))
    return {
        r["fields"]["code"]: r["fields"]
        for r in records
        if r["model"] == "territories.administrativeunit"
    }


def ecuador_cantons(sources):
    units = []
    for path in sorted((sources / "ec").glob("*_cantones.geojson")):
        for feature in read_features(path):
            p = feature["properties"]
            if p["DPA_PROVIN"] not in EC_PROVINCES:
                continue
            units.append(
                Unit(
                    code=f"EC-{p['DPA_CANTON']}",
                    name=title_name(p["DPA_DESCAN"]),
                    level="canton",
                    parent=f"EC-{p['DPA_PROVIN']}",
                    source="inec-cantons",
                    geometry=polygonal(shape(feature["geometry"])),
                )
            )
    return units


def ecuador_other_provinces(sources):
    """The provinces outside the ZIF, for context, from CONALI's 2025 layer."""
    units = []
    for feature in read_features(sources / "ec" / "conali_2025_provincias_redsa.geojson"):
        p = feature["properties"]
        geometry = polygonal(shape(feature["geometry"]))
        if p["DPA_PROVIN"] in EC_PROVINCES:
            continue
        units.append(
            Unit(
                f"EC-{p['DPA_PROVIN']}",
                title_name(p["DPA_DESPRO"]),
                "province",
                None,
                "conali-provinces",
                geometry,
            )
        )
    return units


def peru_provinces(sources):
    """Every province of the four ZIF departments, from INEI's limits."""
    units = []
    for feature in read_features(sources / "pe" / "jdcb_LIM_PROVINCIAL_PERU_MIN.json"):
        p = feature["properties"]
        if p["CCDD"] not in PE_DEPARTMENTS:
            continue
        units.append(
            Unit(
                f"PE-{p['IDPROV']}",
                title_name(p["NOMBPROV"]),
                "province",
                f"PE-{p['CCDD']}",
                "inei-limits",
                polygonal(shape(feature["geometry"])),
            )
        )
    return units


def peru_other_departments(sources):
    units = []
    for feature in read_features(sources / "pe" / "jdcb_LIM_DEPARTAMENTAL_PERU_MIN.json"):
        p = feature["properties"]
        geometry = polygonal(shape(feature["geometry"]))
        if p["CCDD"] in PE_DEPARTMENTS:
            continue
        units.append(
            Unit(
                f"PE-{p['CCDD']}",
                title_name(p["NOMBDEP"]),
                "department",
                None,
                "inei-limits",
                geometry,
            )
        )
    return units


def neighbours_of(zone, units):
    near = zone.buffer(NEIGHBOUR_DISTANCE)
    return [unit for unit in units if unit.geometry.intersects(near)]


def subtract(units, other):
    """Clip every unit by `other` (a geometry): the frontier is drawn by `other`'s side."""
    for unit in units:
        unit.geometry = polygonal(unit.geometry.difference(other))
    return [unit for unit in units if not unit.geometry.is_empty]


def clean_and_simplify(units, tolerance, *, simplify_boundary=True, clean=True):
    """One coverage: overlaps removed and shared edges made identical, then simplified
    together so that neighbours keep their common edges, then rounded to the grid."""
    geometries = [unit.geometry for unit in units]
    cleaned = (
        shapely.coverage_clean(geometries, merge_strategy="longest_border") if clean else geometries
    )
    simplified = shapely.coverage_simplify(cleaned, tolerance, simplify_boundary=simplify_boundary)
    for unit, geometry in zip(units, simplified, strict=True):
        # Rounding is per vertex, so a vertex shared by two neighbours stays shared.
        unit.geometry = polygonal(shapely.set_precision(geometry, GRID))
    return [unit for unit in units if not unit.geometry.is_empty]


def dissolve(parts, *, code, name, level, source):
    return Unit(
        code,
        name,
        level,
        None,
        source,
        polygonal(shapely.set_precision(shapely.union_all([p.geometry for p in parts]), GRID)),
    )


def ubigeo_districts(sources):
    """Today's INEI district codes and names, per province code (for districts that
    the older polygon layer still files under another province)."""
    path = sources / "pe" / "cast_ubigeo_distrito.csv"
    if not path.exists():
        return {}
    by_province = {}
    with path.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            code = row["inei"]
            by_province.setdefault(code[:4], {})[plain(row["distrito"])] = code
    return by_province


def peru_districts(sources, provinces, progress):
    """The districts of the ZIF provinces, clipped to today's province polygons.

    The MINAM layer is of 2007: it predates Putumayo province (2014), whose districts
    it files under Maynas (1601). Each district goes to the province that holds its
    interior point, and takes today's code by name there; districts created since
    (and absent from the layer) are reported missing by the caller."""
    today = ubigeo_districts(sources)
    zif = {p.code[3:]: p for p in provinces if p.code[3:] in PE_ZIF_PROVINCES}
    by_province = {code: [] for code in zif}
    without_shape = set()
    for feature in read_features(sources / "pe" / "jua_peru_distrital_simple.geojson"):
        p = feature["properties"]
        if feature["geometry"] is None:  # a few records of the layer have no shape
            without_shape.add(p["IDDIST"])
            continue
        geometry = polygonal(shape(feature["geometry"]))
        # The province it overlaps most: the two surveys' lines differ near the edges.
        overlaps = {
            c: u.geometry.intersection(geometry).area
            for c, u in zif.items()
            if u.geometry.intersects(geometry)
        }
        province = max(overlaps, key=overlaps.get, default=None)
        if province is None or overlaps[province] < geometry.area / 2:
            continue
        code = p["IDDIST"]
        if code[:4] != province:
            moved = today.get(province, {}).get(plain(p["NOMBDIST"]))
            progress(f"  district {code} {p['NOMBDIST']} is in {province} today: {moved}")
            if moved is None:
                continue
            code = moved
        clipped = polygonal(geometry.intersection(zif[province].geometry))
        if clipped.is_empty:
            continue
        by_province[province].append(
            Unit(
                f"PE-{code}",
                title_name(p["NOMBDIST"]),
                "district",
                f"PE-{province}",
                "minam-districts",
                clipped,
                {"law": " ".join(x for x in (p.get("DCTO"), p.get("LEY")) if x) or None},
            )
        )
    districts = []
    for units in by_province.values():
        if units:
            # The province's outline is already simplified: keep it, simplify inside only.
            districts += clean_and_simplify(units, TOLERANCE, simplify_boundary=False)
    # The code list still carries the codes of districts that moved to Putumayo: a
    # district shipped under its new code is not missing under its old one.
    shipped = {u.code[3:] for units in by_province.values() for u in units}
    shipped_names = {(u.code[3:5], plain(u.name)) for units in by_province.values() for u in units}
    missing = [
        {
            "code": f"PE-{code}",
            "name": title_name(name),
            "reason": "listed in the 2007 district limits without a polygon"
            if code in without_shape
            else "not in the 2007 district limits (created later); its land lies in "
            "the polygons of older districts",
        }
        for province in by_province
        for name, code in sorted(today.get(province, {}).items(), key=lambda kv: kv[1])
        if code not in shipped and not code.endswith("00") and (code[:2], name) not in shipped_names
    ]
    return districts, missing


def build(sources, *, units_path=DEFAULT_UNITS, progress=None):
    """Layer name → list of Unit, and the portal's units that have no polygon."""
    progress = progress or Progress()
    portal = portal_units(units_path)
    progress("reading Ecuador's cantons and provinces")
    cantons = ecuador_cantons(sources)
    ec_others = ecuador_other_provinces(sources)
    progress("reading Peru's provinces and departments")
    pe_provinces = peru_provinces(sources)
    pe_others = peru_other_departments(sources)

    zif = shapely.union_all(
        [u.geometry for u in cantons]
        + [u.geometry for u in pe_provinces if u.code[3:] in PE_ZIF_PROVINCES]
    )
    ec_others = neighbours_of(zif, ec_others)
    pe_others = neighbours_of(zif, pe_others)

    # Ecuador's cantons draw the frontier; Ecuador's own context provinces give way to them.
    ecuador = shapely.union_all([u.geometry for u in cantons])
    ec_others = subtract(ec_others, ecuador)
    ecuador = shapely.union_all([ecuador, *(u.geometry for u in ec_others)])
    pe_provinces = subtract(pe_provinces, ecuador)
    pe_others = subtract(pe_others, ecuador)
    pe_others = subtract(pe_others, shapely.union_all([u.geometry for u in pe_provinces]))

    progress(f"cleaning and simplifying {len(cantons) + len(pe_provinces)} units as one coverage")
    finest = clean_and_simplify([*cantons, *ec_others, *pe_provinces, *pe_others], TOLERANCE)
    cantons = [u for u in finest if u.level == "canton"]
    ec_others = [u for u in finest if u.code in {o.code for o in ec_others}]
    pe_provinces = [u for u in finest if u.code[:3] == "PE-" and u.level == "province"]
    pe_others = [u for u in finest if u.level == "department"]
    # The surroundings are simplified further, among themselves only: the edges they
    # share with the ZIF and the outer edge stay as they are, so they still match.
    clean_and_simplify(
        [*ec_others, *pe_others, *(u for u in pe_provinces if u.code[3:] not in PE_ZIF_PROVINCES)],
        CONTEXT_TOLERANCE,
        simplify_boundary=False,
        clean=False,  # already a clean coverage: snapping now could move the shared edges
    )

    ec_provinces = [
        dissolve(
            [c for c in cantons if c.parent == f"EC-{code}"],
            code=f"EC-{code}",
            name=next(title_name_of(c.parent, portal) for c in cantons if c.parent == f"EC-{code}"),
            level="province",
            source="inec-cantons",
        )
        for code in EC_PROVINCES
        if any(c.parent == f"EC-{code}" for c in cantons)
    ]
    pe_departments = [
        dissolve(
            [p for p in pe_provinces if p.parent == f"PE-{code}"],
            code=f"PE-{code}",
            name=title_name_of(f"PE-{code}", portal),
            level="department",
            source="inei-limits",
        )
        for code in PE_DEPARTMENTS
        if any(p.parent == f"PE-{code}" for p in pe_provinces)
    ]
    progress("reading Peru's districts")
    districts, missing_districts = peru_districts(sources, pe_provinces, progress)

    layers = {
        "ec-provinces": sorted([*ec_provinces, *ec_others], key=lambda u: u.code),
        "ec-cantons": sorted(cantons, key=lambda u: u.code),
        "pe-departments": sorted([*pe_departments, *pe_others], key=lambda u: u.code),
        "pe-provinces": sorted(pe_provinces, key=lambda u: u.code),
        "pe-districts": sorted(districts, key=lambda u: u.code),
    }
    for units in layers.values():
        for unit in units:
            finish(unit, portal)
    return layers, missing_units(layers, portal) + missing_districts


def title_name_of(code, portal):
    """The portal's official spelling where it has the unit, else the code."""
    return portal.get(code, {}).get("name") or code


def finish(unit, portal):
    """Official name, ZIF flag and a point inside; a geometry that is not valid stops the build."""
    fields = portal.get(unit.code)
    if fields:
        unit.name = fields["name"]
    # A district is in the ZIF with its province (the portal does not list districts).
    member = fields or (portal.get(unit.parent) if unit.level == "district" else None)
    if not unit.geometry.is_valid:
        raise SystemExit(
            f"{unit.code}: invalid geometry ({shapely.is_valid_reason(unit.geometry)})"
        )
    inside = unit.geometry.representative_point()
    unit.properties = {
        "code": unit.code,
        "name": unit.name,
        "level": unit.level,
        "parent": unit.parent,
        "zif": bool(member and member["zif_membership"] in ("full", "partial")),
        "label_lon": round(inside.x, 5),
        "label_lat": round(inside.y, 5),
        "source": unit.source,
        **{k: v for k, v in unit.properties.items() if v},
    }


def missing_units(layers, portal):
    """The portal's ZIF units above local level that no source gives a polygon for."""
    shipped = {unit.code for units in layers.values() for unit in units}
    return [
        {
            "code": code,
            "name": fields["name"],
            "reason": "no polygon in any source: its land is still drawn inside the unit "
            "it was created from",
        }
        for code, fields in sorted(portal.items())
        if code not in shipped
        and fields["level"] in ("province", "canton", "department")
        and fields["zif_membership"] in ("full", "partial")
    ]


def feature_collection(name, units, missing):
    level_of = {"ec-provinces": "province", "ec-cantons": "canton", "pe-departments": "department"}
    level_of |= {"pe-provinces": "province", "pe-districts": "district"}
    prefix = name[:2].upper() + "-"
    return {
        "type": "FeatureCollection",
        "name": name,
        "attribution": sorted({SOURCES[u.source] for u in units}),
        "missing": [
            m
            for m in missing
            if m["code"].startswith(prefix) and level_for(m["code"]) == level_of[name]
        ],
        "features": [
            {"type": "Feature", "properties": u.properties, "geometry": mapping(u.geometry)}
            for u in units
        ],
    }


def level_for(code):
    country, digits = code.split("-")
    levels = {
        "EC": {2: "province", 4: "canton", 6: "parish"},
        "PE": {2: "department", 4: "province", 6: "district"},
    }
    return levels[country][len(digits)]


def round_coordinates(value):
    if isinstance(value, float):
        return round(value, 5)
    if isinstance(value, list | tuple):
        return [round_coordinates(v) for v in value]
    return value


def write_layers(layers, missing, output, progress):
    output.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in LAYERS:
        collection = feature_collection(name, layers[name], missing)
        for feature in collection["features"]:
            geometry = feature["geometry"]
            geometry["coordinates"] = round_coordinates(geometry["coordinates"])
        path = output / f"{name}.geojson"
        path.write_text(
            json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8"
        )
        progress(f"{path.relative_to(output.parent)}: {len(collection['features'])} units")
        paths.append(path)
    return paths


def write_topojson(paths, output, progress):
    """One TopoJSON with every layer, by mapshaper (installed with npm ci beside this file)."""
    if not MAPSHAPER.exists() or shutil.which("node") is None:
        print(
            "TopoJSON skipped: run `npm ci` in tools/boundaries (needs Node) to write it.",
            file=sys.stderr,
        )
        return None
    target = output / "boundaries.topojson"
    command = [
        str(MAPSHAPER),
        "-i",
        *map(str, paths),
        "combine-files",
        "-o",
        "format=topojson",
        str(target),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)
    progress(f"{target.relative_to(output.parent)}: {target.stat().st_size} bytes")
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--units", type=Path, default=DEFAULT_UNITS, help="the portal's units")
    parser.add_argument("--no-topojson", action="store_true", help="write GeoJSON only")
    args = parser.parse_args(argv)
    progress = Progress()
    layers, missing = build(args.sources.resolve(), units_path=args.units, progress=progress)
    paths = write_layers(layers, missing, args.output, progress)
    if not args.no_topojson:
        write_topojson(paths, args.output, progress)
    for unit in missing:
        if level_for(unit["code"]) != "district":
            print(f"no polygon: {unit['code']} {unit['name']}", file=sys.stderr)


if __name__ == "__main__":
    main()
