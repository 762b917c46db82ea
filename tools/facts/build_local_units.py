"""Write the real districts of the 17 Peruvian ZIF provinces and the parishes of the 8
Ecuadorian ones into the fixtures.

Why: these are hundreds of units of cited values, read from published files; a script
reads them the same way every time, checks them, and cites each value.
It is run by hand when a source changes, never by the portal:

    .venv/bin/python tools/facts/build_local_units.py [--sources ../shared/geo/sources] \
        [--parishes /tmp/dpa_parishes.txt] [--check]

It reads, from the source files described in `../shared/geo/README.md` (standard
library only, no GIS package):

- `pe/cast_ubigeo_distrito.csv` (jmcastagnetto/ubigeo-peru-aumentado, MIT): each
  district's INEI code (column `inei`; the `reniec` codes differ), name (`distrito`),
  capital, CEPLAN surface (`superficie`) and the capital's `latitude`/`longitude`;
- `pe/jua_peru_distrital_simple.geojson` (MINAM limits of 2007, juaneladio/peru-geojson,
  MPL-2.0): the creation law (`DCTO`, `LEY`) and date (`FECHA`), taken only where the
  layer's `IDDIST` is the district's INEI code *and* its `NOMBDIST` is the same name
  (the layer predates Putumayo province, 2014, whose districts it files under Maynas);

and, with `--parishes`, a text file holding what was read of
`provincias_cantones_parroquias.php` (chalosalvador/esfot_ambientesnopropietarios at
the commit of the source `inec-dpa-parish-copy`): the blocks of the 8 ZIF provinces,
exactly as read, one parish a line (`70101 => 'LA PROVIDENCIA',`: the code without
the province's leading zero, the name in upper case with accents). Without
`--parishes`, the parishes already in the fixtures are kept as they are.

It writes, idempotently:

- `fixtures/22_local_units.json`: one `district` per row of the CSV in a ZIF province,
  parent the province, ZIF membership the province's; one `parish` per line of the
  parish file in a ZIF province, parent the canton (`EC-` and the first 4 digits),
  which must be in `20_units.json` (a parish whose canton is not is left out and
  reported);
- `fixtures/61_local_citations.json`: a citation for each value, with its locator (file,
  code, column);
- `fixtures/00_sources.json`: the UBIGEO source's note (now also for districts) and the
  MINAM layer's source (`SOURCES`).

Names: the CSV writes them in upper case without accents. Where the same row's
`capital` is the same name ignoring case and accents, its spelling (with accents) is
taken; otherwise the CSV's name in title case, with no accent added. The citation of
the name quotes the CSV's form. No name is corrected from anywhere else.

Parish names: the file writes them in upper case with accents; they are put in title
case with the same rule (de, del, la, las, los, el, y in lower case except as the first
word; also a word opening a parenthesis, and each part of a hyphenated word, starts
with a capital), keeping every accent the file writes. The citation quotes the file's
form. The file marks no parish urban or rural; the one coded CCCC50 is the cabecera
cantonal (described so).

`--check` writes nothing and exits 1 if the fixtures differ from what it would write.
"""

import argparse
import csv
import datetime
import json
import re
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

# Ecuador: the parishes of the 8 ZIF provinces, from the INEC DPA copy.
DPA = "inec-dpa-parish-copy"
DPA_COMMIT = "35bfeb25473fa1d3a5109f79fdb56355a18a49e0"
DPA_FILE = "provincias_cantones_parroquias.php"
EC_ZIF_PROVINCES = ("07", "11", "14", "15", "16", "19", "21", "22")
SEAT_SUFFIX = "50"  # CCCC50: the cabecera cantonal
PROVINCE_LINE = re.compile(r"^  (\d+) => $")
CANTON_LINE = re.compile(r"^      (\d+) => $")
PARISH_LINE = re.compile(r"^          (\d+) => '(.*)',$")

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
    DPA: {
        "note_es": "Segunda copia de la DPA usada para cotejar códigos y cabeceras "
        "cantonales. Las parroquias de las 8 provincias de la ZIF (código, nombre y "
        f"cantón) se tomaron de {DPA_FILE} en el commit {DPA_COMMIT}; el archivo escribe "
        "los códigos sin el cero inicial de la provincia y los nombres en mayúsculas y "
        "con tildes, y no distingue parroquias urbanas y rurales.",
        "note_en": "Second copy of the DPA used to check codes and cantonal seats. The "
        "parishes of the 8 ZIF provinces (code, name and canton) were taken from "
        f"{DPA_FILE} at commit {DPA_COMMIT}; the file writes codes without the "
        "province's leading zero and names in upper case with accents, and does not "
        "tell urban from rural parishes.",
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


def parish_name(raw):
    """'LAS LAJAS (CAB. EN LA VICTORIA)' → 'Las Lajas (Cab. En la Victoria)'; every
    accent the file writes is kept."""
    words = []
    for i, word in enumerate(raw.lower().split()):
        if i and word in SMALL_WORDS:
            words.append(word)
            continue
        parts = []
        for part in word.split("-"):
            lead = len(part) - len(part.lstrip("("))
            parts.append(part[:lead] + part[lead:].capitalize())
        words.append("-".join(parts))
    return " ".join(words)


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


def read_parishes(path):
    """[(code of 6 digits, name as written)] of the ZIF provinces in the parish file."""
    parishes, province, canton = [], None, None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if match := PROVINCE_LINE.match(line):
            province, canton = f"{int(match[1]):02d}", None
        elif match := CANTON_LINE.match(line):
            canton = f"{int(match[1]):04d}"
            if canton[:2] != province:
                raise SystemExit(f"{path}:{number}: canton {canton} under province {province}")
        elif match := PARISH_LINE.match(line):
            code = f"{int(match[1]):06d}"
            if canton is None or code[:4] != canton:
                raise SystemExit(f"{path}:{number}: parish {code} under canton {canton}")
            if province in EC_ZIF_PROVINCES:
                parishes.append((code, match[2]))
        elif "=>" in line and not any(
            f"'{key}'" in line for key in ("provincia", "canton", "cantones", "parroquias")
        ):
            raise SystemExit(f"{path}:{number}: unexpected line {line!r}")
    codes = [code for code, _ in parishes]
    if len(set(codes)) != len(codes):
        raise SystemExit(f"{path}: a parish code twice")
    if not parishes:
        raise SystemExit(f"{path}: no parish of the ZIF provinces")
    return parishes


def build_parishes(path, cantons, report):
    """The parishes' fixtures and their citations."""
    units, citations = [], []
    for code, raw in sorted(read_parishes(path)):
        canton = cantons.get(f"EC-{code[:4]}")
        if canton is None:
            report["without_canton"].append(f"{code} {raw}")
            continue
        locator = f"{DPA_FILE}, código {int(code)}"
        seat = code.endswith(SEAT_SUFFIX)
        units.append(
            {
                "model": "territories.administrativeunit",
                "fields": {
                    "code": f"EC-{code}",
                    "country": ["EC"],
                    "level": "parish",
                    "parent": [canton["code"]],
                    "iso_code": None,
                    "name": parish_name(raw),
                    "seat": "",
                    "area_km2": None,
                    "seat_latitude": None,
                    "seat_longitude": None,
                    "natural_region": "",
                    "zif_membership": "full",
                    "zif_basis_es": f"Parroquia del cantón {canton['name']}, que forma parte "
                    "de la ZIF con todos sus cantones.",
                    "zif_basis_en": f"Parish of {canton['name']} canton, which is part of the "
                    "ZIF with all its cantons.",
                    "established_on": None,
                    "established_precision": "day",
                    "establishment_basis_es": "",
                    "establishment_basis_en": "",
                    "description_es": "Cabecera cantonal" if seat else "",
                    "description_en": "Seat of the canton" if seat else "",
                    "sources": [[DPA]],
                },
            }
        )
        record = f"EC-{code}"
        cite(citations, record, "code", DPA, locator)
        cite(citations, record, "name", DPA, locator, raw)
        cite(citations, record, "parent", DPA, f"{locator}, bajo el cantón {int(code[:4])}")
        province = f"EC-{code[:2]}"
        per_province = report["parishes_per_province"]
        per_province[province] = per_province.get(province, 0) + 1
        report["seats"] += seat
        report["cantons_with_parishes"].add(canton["code"])
    return units, citations


def kept_parishes():
    """The parishes (and their citations) already in the fixtures, kept as they are."""
    units, citations = [], []
    if (FIXTURES / f"{UNITS_FILE}.json").exists():
        old = json.loads((FIXTURES / f"{UNITS_FILE}.json").read_text(encoding="utf-8"))
        units = [u for u in old if u["fields"]["code"].startswith("EC-")]
    if (FIXTURES / f"{CITATIONS_FILE}.json").exists():
        old = json.loads((FIXTURES / f"{CITATIONS_FILE}.json").read_text(encoding="utf-8"))
        citations = [c for c in old if c["fields"]["record"][0].startswith("EC-")]
    return units, citations


def cite(citations, code, field, source, locator, quote=""):
    record = code if code[:3] in ("EC-", "PE-") else f"PE-{code}"
    fields = {
        "content_type": UNIT,
        "record": [record],
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
    parser.add_argument(
        "--parishes",
        type=Path,
        default=None,
        help=f"the text read of {DPA_FILE} (without it, the parishes in the fixtures are kept)",
    )
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
        "parishes_per_province": {},
        "seats": 0,
        "cantons_with_parishes": set(),
        "without_canton": [],
    }
    districts, citations = build(args.sources, provinces, report)
    cantons = {
        u["fields"]["code"]: u["fields"]
        for u in units
        if u["fields"]["country"] == ["EC"]
        and u["fields"]["level"] == "canton"
        and u["fields"]["code"][3:5] in EC_ZIF_PROVINCES
    }
    if args.parishes:
        parishes, parish_citations = build_parishes(args.parishes, cantons, report)
    else:
        parishes, parish_citations = kept_parishes()
        print(f"parishes kept from the fixtures (no --parishes): {len(parishes)}")
    local_units = districts + parishes
    citations += parish_citations
    sources = json.loads((FIXTURES / "00_sources.json").read_text(encoding="utf-8"))
    for key, fields in SOURCES.items():
        found = [s for s in sources if s["fields"]["key"] == key]
        if found:
            found[0]["fields"].update(fields)
        else:
            sources.append({"model": "zif_portal.source", "fields": fields})
    outputs = {
        "00_sources": dumped(sources),
        UNITS_FILE: dumped(local_units),
        CITATIONS_FILE: dumped(citations),
    }
    print(f"districts: {len(districts)}; parishes: {len(parishes)}; citations: {len(citations)}")
    for code, count in sorted(report["per_province"].items()):
        print(f"  {code} {provinces[code]['name']}: {count}")
    print(f"with a norm: {report['with_norm']} (with a full date: {report['with_date']})")
    print("without a norm:", *report["without_norm"], sep="\n  ")
    print("same IDDIST, another name (not taken):", *report["norm_name_differs"], sep="\n  ")
    if args.parishes:
        print(f"parishes: {len(parishes)} (cabeceras cantonales: {report['seats']})")
        for code, count in sorted(report["parishes_per_province"].items()):
            print(f"  {code}: {count}")
        empty = sorted(set(cantons) - report["cantons_with_parishes"])
        print("ZIF cantons without a parish:", *empty or ["none"])
        print(
            "parishes whose canton is not a unit (left out):", *report["without_canton"] or ["none"]
        )
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
