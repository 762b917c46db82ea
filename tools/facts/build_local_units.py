"""Write the real districts of the 17 Peruvian ZIF provinces into the fixtures.

Why: these are over a hundred units of seven cited values each, read from two
published files; a script reads them the same way every time, checks them, and cites
each value. It is run by hand when a source changes, never by the portal:

    .venv/bin/python tools/facts/build_local_units.py [--sources ../shared/geo/sources] [--check]

It reads, from the source files described in `../shared/geo/README.md` (standard
library only, no GIS package):

- `pe/cast_ubigeo_distrito.csv` (jmcastagnetto/ubigeo-peru-aumentado, MIT): each
  district's INEI code (column `inei`; the `reniec` codes differ), name (`distrito`),
  capital, CEPLAN surface (`superficie`) and the capital's `latitude`/`longitude`;
- `pe/jua_peru_distrital_simple.geojson` (MINAM limits of 2007, juaneladio/peru-geojson,
  MPL-2.0): the creation law (`DCTO`, `LEY`) and date (`FECHA`), taken only where the
  layer's `IDDIST` is the district's INEI code *and* its `NOMBDIST` is the same name
  (the layer predates Putumayo province, 2014, whose districts it files under Maynas);

and writes, idempotently:

- `fixtures/22_local_units.json`: one `district` per row of the CSV in a ZIF province,
  parent the province, ZIF membership the province's;
- `fixtures/61_local_citations.json`: a citation for each value, with its locator (file,
  code, column);
- `fixtures/00_sources.json`: the UBIGEO source's note (now also for districts) and the
  MINAM layer's source (`SOURCES`).

Names: the CSV writes them in upper case without accents. Where the same row's
`capital` is the same name ignoring case and accents, its spelling (with accents) is
taken; otherwise the CSV's name in title case, with no accent added. The citation of
the name quotes the CSV's form. No name is corrected from anywhere else.

`--check` writes nothing and exits 1 if the fixtures differ from what it would write.
"""

import argparse
import csv
import datetime
import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
UNIT = ["territories", "administrativeunit"]

UBIGEO = "ubigeo-peru-aumentado"
MINAM = "minam-limites-distritales-2007"
UBIGEO_COMMIT = "a783fa66effb16fa8f3321b49a3d5e71cab15a5c"
MINAM_COMMIT = "3213eeb1bbe537f88dead45a2aadaa276fa9451d"
# Local copies (../shared/geo/sources/pe/) and the files' names in their repositories.
UBIGEO_FILE = ("cast_ubigeo_distrito.csv", "ubigeo_distrito.csv")
MINAM_FILE = ("jua_peru_distrital_simple.geojson", "peru_distrital_simple.geojson")

PE_ZIF_PROVINCES = (
    "2401",
    "2402",
    "2403",
    "2001",
    "2002",
    "2003",
    "2004",
    "2005",
    "2006",
    "2007",
    "2008",
    "1601",
    "1602",
    "1607",
    "1608",
    "0608",
    "0609",
)
# Codes the CSV still lists under Maynas with no values: the districts that went to
# Putumayo province in 2014 under new codes (the same names, with their values, there).
SUPERSEDED = {"160109": "160801", "160114": "160803"}

UNITS_FILE = "22_local_units"
CITATIONS_FILE = "61_local_citations"

SOURCES = {
    UBIGEO: {
        "title_es": "Equivalencia de códigos UBIGEO RENIEC e INEI (aumentado): "
        "departamentos, provincias y distritos",
        "title_en": "RENIEC and INEI UBIGEO code equivalence (augmented): departments, "
        "provinces and districts",
        "note_es": "Códigos UBIGEO vigentes; superficies de CEPLAN y coordenadas de la "
        "capital distrital recopiladas por el autor. No es una publicación oficial. Los "
        "distritos de las 17 provincias de la ZIF (código INEI, nombre, capital, "
        "superficie, latitud y longitud de la capital) se tomaron de ubigeo_distrito.csv "
        f"en el commit {UBIGEO_COMMIT}; el archivo escribe los nombres en mayúsculas y sin "
        "tildes. Los códigos INEI y RENIEC difieren: se usa el del INEI.",
        "note_en": "Current UBIGEO codes; CEPLAN surfaces and coordinates of the capital "
        "district compiled by the author. Not an official publication. The districts of "
        "the 17 ZIF provinces (INEI code, name, capital, surface, capital's latitude and "
        f"longitude) were taken from ubigeo_distrito.csv at commit {UBIGEO_COMMIT}; the "
        "file writes names in upper case without accents. INEI and RENIEC codes differ: "
        "INEI's is used.",
    },
    MINAM: {
        "key": MINAM,
        "title_es": "Límites distritales del Perú (MINAM, límites del INEI de 2007), con la "
        "norma y la fecha de creación (peru-geojson)",
        "title_en": "District limits of Peru (MINAM, INEI limits of 2007), with the "
        "creating norm and its date (peru-geojson)",
        "kind": "dataset",
        "publisher": "juaneladio/peru-geojson (geoservidor del MINAM)",
        "published_on": None,
        "published_precision": "day",
        "url": f"https://github.com/juaneladio/peru-geojson/blob/{MINAM_COMMIT}/{MINAM_FILE[1]}",
        "language": "es",
        "is_official": False,
        "note_es": "Capa de distritos del geoservidor del MINAM (límites del INEI de 2007), "
        "licencia MPL-2.0. Da por distrito IDDIST, NOMBDIST y la norma de creación (DCTO, "
        "LEY, FECHA en día/mes/año). Es anterior a la provincia de Putumayo (2014): sus "
        "distritos figuran bajo Maynas con códigos 1601. Solo se tomó la norma de un "
        "distrito cuyo IDDIST es su código INEI actual y cuyo nombre coincide.",
        "note_en": "District layer of MINAM's geoserver (INEI limits of 2007), MPL-2.0 "
        "licence. It gives per district IDDIST, NOMBDIST and the creating norm (DCTO, LEY, "
        "FECHA as day/month/year). It predates Putumayo province (2014): its districts "
        "are filed under Maynas with 1601 codes. A district's norm was taken only where "
        "IDDIST is its current INEI code and the name matches.",
    },
}

MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# How the layer's DCTO reads in each language.
NORMS = {"LEY": ("Ley", "Law"), "DEC.": ("Decreto", "Decree"), "L.R.": ("L.R.", "L.R.")}
INDEPENDENCE = {"EPOCA INDEP.", "EPOC.INDEP.", "EPOC.INDEP"}
SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y"}


def fold(text):
    """Upper case, no accents: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).upper().split())


def title_name(raw):
    """'CANOAS DE PUNTA SAL' → 'Canoas de Punta Sal'; no accent is added."""
    words = raw.lower().split()
    return " ".join(
        word if i and word in SMALL_WORDS else word.capitalize() for i, word in enumerate(words)
    )


def district_name(row):
    """The capital's spelling where it is the same name, else the CSV's in title case."""
    if fold(row["capital"]) == fold(row["distrito"]):
        return row["capital"].strip()
    return title_name(row["distrito"])


def coordinate(value):
    return f"{Decimal(value).quantize(Decimal('0.000001')):f}"


def read_districts(sources_dir):
    """{code: CSV row} of the districts of the ZIF provinces, superseded codes left out."""
    rows = {}
    path = sources_dir / "pe" / UBIGEO_FILE[0]
    with path.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            code = row["inei"]
            if len(code) != 6 or code[:4] not in PE_ZIF_PROVINCES or code.endswith("00"):
                continue
            rows[code] = row
    for old, new in SUPERSEDED.items():
        row = rows.pop(old, None)
        if row is None:
            continue
        if row["capital"] != "NA" or fold(row["distrito"]) != fold(rows[new]["distrito"]):
            raise SystemExit(f"{old} has values or another name: is it still superseded?")
    for code, row in rows.items():
        for column in ("distrito", "capital", "superficie", "latitude", "longitude"):
            if row[column].strip() in ("", "NA"):
                raise SystemExit(f"{UBIGEO_FILE[0]}, inei {code}: no {column}")
    return rows


def read_norms(sources_dir):
    """{IDDIST: properties} of the MINAM layer."""
    data = json.loads((sources_dir / "pe" / MINAM_FILE[0]).read_text(encoding="utf-8"))
    norms = {}
    for feature in data["features"]:
        props = feature["properties"]
        if props["IDDIST"] in norms:
            raise SystemExit(f"{MINAM_FILE[0]}: IDDIST {props['IDDIST']} twice")
        norms[props["IDDIST"]] = props
    return norms


def parse_date(text):
    """'28/12/1943' → date. The layer writes day/month/year (first part up to 31,
    second never above 12); anything else is not a date."""
    try:
        return datetime.datetime.strptime(text, "%d/%m/%Y").date()
    except (TypeError, ValueError):
        return None


def establishment(props):
    """(date or None, basis_es, basis_en) from the layer's DCTO, LEY and FECHA."""
    norm, number, when = props["DCTO"], props["LEY"], props["FECHA"]
    if when in INDEPENDENCE and norm == "-" and number == "-":
        return (
            None,
            "De la época de la Independencia, según la capa del MINAM (sin norma ni fecha)",
            "From the period of Independence, according to MINAM's layer (no norm or date)",
        )
    day = parse_date(when)
    if norm not in NORMS or day is None or not number or number == "-":
        raise SystemExit(f"IDDIST {props['IDDIST']}: unexpected norm {norm!r} {number!r} {when!r}")
    norm_es, norm_en = NORMS[norm]
    if number == "S/N":
        name_es, name_en = f"{norm_es} s/n", f"{norm_en} without number"
    else:
        name_es, name_en = f"{norm_es} N° {number}", f"{norm_en} No. {number}"
    return (
        day,
        f"{name_es} ({day.day} de {MONTHS_ES[day.month - 1]} de {day.year})",
        f"{name_en} ({day.day} {MONTHS_EN[day.month - 1]} {day.year})",
    )


def cite(citations, code, field, source, locator, quote=""):
    fields = {
        "content_type": UNIT,
        "record": [f"PE-{code}"],
        "field": field,
        "source": [source],
        "locator": locator,
    }
    if quote:
        fields["quote"] = quote
    citations.append({"model": "zif_portal.citation", "fields": fields})


def build(sources_dir, provinces, report):
    """The districts' fixtures and their citations."""
    rows = read_districts(sources_dir)
    norms = read_norms(sources_dir)
    units, citations = [], []
    for code, row in sorted(rows.items()):
        province = provinces[f"PE-{code[:4]}"]
        locator = f"{UBIGEO_FILE[1]}, inei {code}"
        props = norms.get(code)
        if props and fold(props["NOMBDIST"]) != fold(row["distrito"]):
            report["norm_name_differs"].append(f"{code}: {props['NOMBDIST']} / {row['distrito']}")
            props = None
        day, basis_es, basis_en = establishment(props) if props else (None, "", "")
        sources = [[UBIGEO]] + ([[MINAM]] if props else [])
        name = district_name(row)
        units.append(
            {
                "model": "territories.administrativeunit",
                "fields": {
                    "code": f"PE-{code}",
                    "country": ["PE"],
                    "level": "district",
                    "parent": [province["code"]],
                    "iso_code": None,
                    "name": name,
                    "seat": row["capital"].strip(),
                    "area_km2": f"{Decimal(row['superficie']).quantize(Decimal('0.01')):f}",
                    "seat_latitude": coordinate(row["latitude"]),
                    "seat_longitude": coordinate(row["longitude"]),
                    "natural_region": "",
                    "zif_membership": province["zif_membership"],
                    "zif_basis_es": f"Distrito de la provincia de {province['name']} "
                    f"({province['code']}), que forma parte de la ZIF.",
                    "zif_basis_en": f"District of {province['name']} province "
                    f"({province['code']}), which is part of the ZIF.",
                    "established_on": day.isoformat() if day else None,
                    "established_precision": "day",
                    "establishment_basis_es": basis_es,
                    "establishment_basis_en": basis_en,
                    "description_es": "",
                    "description_en": "",
                    "sources": sources,
                },
            }
        )
        cite(citations, code, "code", UBIGEO, f"{locator}, columna inei")
        cite(citations, code, "name", UBIGEO, f"{locator}, columna distrito", row["distrito"])
        cite(citations, code, "parent", UBIGEO, f"{locator}, columna provincia")
        cite(citations, code, "seat", UBIGEO, f"{locator}, columna capital")
        cite(citations, code, "area_km2", UBIGEO, f"{locator}, columna superficie (CEPLAN)")
        for field, column in (("seat_latitude", "latitude"), ("seat_longitude", "longitude")):
            cite(citations, code, field, UBIGEO, f"{locator}, columna {column}")
        if props:
            raw = f"DCTO {props['DCTO']}, LEY {props['LEY']}, FECHA {props['FECHA']}"
            where = f"{MINAM_FILE[1]}, IDDIST {code} ({props['NOMBDIST']}), campos DCTO, LEY, FECHA"
            cite(citations, code, "establishment_basis", MINAM, where, raw)
            if day:
                cite(citations, code, "established_on", MINAM, where, raw)
            report["with_norm"] += 1
            report["with_date"] += bool(day)
        else:
            report["without_norm"].append(f"PE-{code} {name}")
        per_province = report["per_province"]
        per_province[province["code"]] = per_province.get(province["code"], 0) + 1
    return units, citations


def dumped(data):
    return json.dumps(data, indent=1, ensure_ascii=False)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "geo" / "sources")
    parser.add_argument("--check", action="store_true", help="exit 1 if the fixtures would change")
    args = parser.parse_args(argv)
    units = json.loads((FIXTURES / "20_units.json").read_text(encoding="utf-8"))
    provinces = {
        u["fields"]["code"]: u["fields"]
        for u in units
        if u["fields"]["code"][3:] in PE_ZIF_PROVINCES and u["fields"]["country"] == ["PE"]
    }
    if len(provinces) != len(PE_ZIF_PROVINCES):
        raise SystemExit(f"20_units.json has {len(provinces)} of the 17 ZIF provinces")
    report = {
        "per_province": {},
        "with_norm": 0,
        "with_date": 0,
        "without_norm": [],
        "norm_name_differs": [],
    }
    districts, citations = build(args.sources, provinces, report)
    sources = json.loads((FIXTURES / "00_sources.json").read_text(encoding="utf-8"))
    for key, fields in SOURCES.items():
        found = [s for s in sources if s["fields"]["key"] == key]
        if found:
            found[0]["fields"].update(fields)
        else:
            sources.append({"model": "zif_portal.source", "fields": fields})
    outputs = {
        "00_sources": dumped(sources),
        UNITS_FILE: dumped(districts),
        CITATIONS_FILE: dumped(citations),
    }
    print(f"districts: {len(districts)}; citations: {len(citations)}")
    for code, count in sorted(report["per_province"].items()):
        print(f"  {code} {provinces[code]['name']}: {count}")
    print(f"with a norm: {report['with_norm']} (with a full date: {report['with_date']})")
    print("without a norm:", *report["without_norm"], sep="\n  ")
    print("same IDDIST, another name (not taken):", *report["norm_name_differs"], sep="\n  ")
    changed = [
        name
        for name, text in outputs.items()
        if not (FIXTURES / f"{name}.json").exists()
        or (FIXTURES / f"{name}.json").read_text(encoding="utf-8") != text
    ]
    if args.check:
        print("would change:" if changed else "up to date", *changed)
        return 1 if changed else 0
    for name in changed:
        (FIXTURES / f"{name}.json").write_text(outputs[name], encoding="utf-8")
    print("written:", *changed or ["nothing"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
