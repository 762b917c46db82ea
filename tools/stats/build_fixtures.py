"""Build the statistics fixtures (fixtures/70–73) from the values checked by hand.

Every value below was read, in the session that wrote this file, in the stored
copy of the page named with it (see docs/research/population.md). Values not
found stay out: the portal counts them as missing. Run from the project root:

    python tools/stats/build_fixtures.py

It checks the sums it can (cantons against their province, provinces against
their department) and stops if one differs, so a typo cannot slip in.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"

SOURCES = [
    {
        "key": "inei-poblacion-censada-departamento-copy",
        "title_es": "Población censada por departamento, censos de 1940 a 2017 (tabla del INEI, "
        "copia en el archivo inei-pob_03.csv de covid-19-peru-data)",
        "title_en": "Census population by department, censuses 1940 to 2017 (INEI table, copy "
        "in the file inei-pob_03.csv of covid-19-peru-data)",
        "kind": "dataset",
        "publisher": "INEI, copia de jmcastagnetto/covid-19-peru-data (GitHub)",
        "url": "https://github.com/jmcastagnetto/covid-19-peru-data/blob/"
        "db184627513952bbbc8d3278698b0f8f0479a385/datos/inei-pob_03.csv",
        "language": "es",
        "is_official": False,
        "note_es": "Copia de una tabla de los censos nacionales del INEI (columnas 1940, 1961, "
        "1972, 1981, 1993, «2007 a/» y 2017; la nota «a/» no viene en la copia). No es la "
        "publicación oficial: se cita como copia.",
        "note_en": "Copy of a table of INEI's national censuses (columns 1940, 1961, 1972, 1981, "
        "1993, “2007 a/” and 2017; the copy lacks footnote “a/”). Not the official publication: "
        "cited as a copy.",
    },
    {
        "key": "citypopulation-ec-loja",
        "title_es": "Loja, provincia del Ecuador: población de los cantones (censos)",
        "title_en": "Loja, province of Ecuador: population of the cantons (censuses)",
        "kind": "web_page",
        "publisher": "City Population (citypopulation.de), compilación de datos del INEC",
        "url": "http://citypopulation.de/en/ecuador/admin/11__loja/",
        "language": "en",
        "is_official": False,
        "note_es": "Compilación secundaria; dice «Source: Instituto Nacional de Estadística y "
        "Censos del Ecuador». Columnas «Census 2010-11-28» y «Census 2022-10-01»; da también "
        "el total del Ecuador en cada censo.",
        "note_en": "Secondary compilation; it says “Source: Instituto Nacional de Estadística y "
        "Censos del Ecuador”. Columns “Census 2010-11-28” and “Census 2022-10-01”; it also "
        "gives Ecuador's total at each census.",
    },
    {
        "key": "citypopulation-pe-cajamarca",
        "title_es": "Perú: región Cajamarca, provincias y distritos (censos)",
        "title_en": "Peru: Cajamarca Region, provinces and districts (censuses)",
        "kind": "web_page",
        "publisher": "City Population (citypopulation.de), compilación de datos del INEI",
        "url": "http://citypopulation.de/php/peru-cajamarca-admin.php?adm1id=0611",
        "language": "en",
        "is_official": False,
        "note_es": "Compilación secundaria. Sus columnas fechan los censos del Perú: "
        "«Census 2007-10-21» y «Census 2017-10-22». La copia leída termina antes de Jaén "
        "y San Ignacio.",
        "note_en": "Secondary compilation. Its columns date Peru's censuses: “Census "
        "2007-10-21” and “Census 2017-10-22”. The copy read ends before Jaén and San Ignacio.",
    },
    {
        "key": "wikipedia-en-provinces-of-ecuador-2010",
        "title_es": "Provinces of Ecuador (versión con la población del censo de 2010)",
        "title_en": "Provinces of Ecuador (revision with the 2010 census population)",
        "kind": "web_page",
        "publisher": "Wikipedia (inglés), copia en IPFS",
        "url": "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/"
        "wiki/Provinces_of_Ecuador.html",
        "language": "en",
        "is_official": False,
        "note_es": "Copia de una versión antigua de la enciclopedia. Su nota fecha el censo el "
        "«2011-11-28», fecha errónea: la compilación de City Population lo fecha el 2010-11-28.",
        "note_en": "Copy of an old revision of the encyclopedia. Its footnote dates the census "
        "“2011-11-28”, a wrong date: City Population's compilation dates it 2010-11-28.",
    },
    {
        "key": "frwiki-el-oro-copy",
        "title_es": "El Oro (copia de la Wikipedia en francés, tabla de cantones)",
        "title_en": "El Oro (copy of the French Wikipedia, table of cantons)",
        "kind": "web_page",
        "publisher": "Wikipedia (francés), copia en nl.frwiki.wiki",
        "url": "https://nl.frwiki.wiki/wiki/El_Oro",
        "language": "es",
        "is_official": False,
        "note_es": "Copia traducida; la misma tabla está en ru.frwiki.wiki. Los 14 cantones "
        "suman 600 659, la población de la provincia en 2010.",
        "note_en": "Translated copy; the same table is on ru.frwiki.wiki. The 14 cantons add up "
        "to 600,659, the province's 2010 population.",
    },
    {
        "key": "frwiki-sucumbios-copy",
        "title_es": "Sucumbíos (copia traducida de la Wikipedia en francés, tabla de cantones)",
        "title_en": "Sucumbíos (translated copy of the French Wikipedia, table of cantons)",
        "kind": "web_page",
        "publisher": "Wikipedia (francés), copia en de.frwiki.wiki",
        "url": "https://de.frwiki.wiki/wiki/Sucumbios",
        "language": "es",
        "is_official": False,
        "note_es": "Tabla «Bevölkerung (2010)» de los 7 cantones (la misma en pt.frwiki.wiki); "
        "suman 176 472, la población de la provincia en 2010.",
        "note_en": "Table “Bevölkerung (2010)” of the 7 cantons (the same on pt.frwiki.wiki); "
        "they add up to 176,472, the province's 2010 population.",
    },
    {
        "key": "ruwiki-orellana-copy",
        "title_es": "Orellana (copia traducida de la Wikipedia en ruso, tabla de cantones)",
        "title_en": "Orellana (translated copy of the Russian Wikipedia, table of cantons)",
        "kind": "web_page",
        "publisher": "Wikipedia (ruso), copia traducida en perceptiofr.com",
        "url": "https://perceptiofr.com/%D0%9E%D1%80%D0%B5%D0%BB%D1%8C%D1%8F%D0%BD%D0%B0_"
        "(%D0%BF%D1%80%D0%BE%D0%B2%D0%B8%D0%BD%D1%86%D0%B8%D1%8F)",
        "language": "es",
        "is_official": False,
        "note_es": "Tabla de los 4 cantones con su población de 2010; suman 136 396, la "
        "población de la provincia en 2010.",
        "note_en": "Table of the 4 cantons with their 2010 population; they add up to 136,396, "
        "the province's 2010 population.",
    },
    {
        "key": "scowiki-el-oro",
        "title_es": "El Oro Province (Wikipedia en escocés)",
        "title_en": "El Oro Province (Scots Wikipedia)",
        "kind": "web_page",
        "publisher": "Wikipedia (escocés)",
        "url": "https://sco.m.wikipedia.org/wiki/El_Oro_Province",
        "language": "en",
        "is_official": False,
        "note_es": "Da otra población de 2010, que no concuerda con las demás fuentes.",
        "note_en": "Gives another 2010 population, which agrees with no other source.",
    },
    {
        "key": "dewiki-provinz-jaen",
        "title_es": "Provinz Jaén (Cajamarca) (Wikipedia en alemán)",
        "title_en": "Provinz Jaén (Cajamarca) (German Wikipedia)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán)",
        "url": "https://de.wikipedia.org./wiki/Provinz_Ja%C3%A9n_(Cajamarca)",
        "language": "es",
        "is_official": False,
        "note_es": "Da la población de los censos de 1993, 2007 y 2017.",
        "note_en": "Gives the population at the censuses of 1993, 2007 and 2017.",
    },
    {
        "key": "dewiki-provinz-san-ignacio",
        "title_es": "Provinz San Ignacio (Wikipedia en alemán, copia)",
        "title_en": "Provinz San Ignacio (German Wikipedia, copy)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán), copia en wikipedia.jakami.de (2023-10)",
        "url": "https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/"
        "Provinz_San_Ignacio",
        "language": "es",
        "is_official": False,
        "note_es": "Da la población de los censos de 1993, 2007 y 2017.",
        "note_en": "Gives the population at the censuses of 1993, 2007 and 2017.",
    },
    {
        "key": "atlas-cajamarca-san-ignacio",
        "title_es": "Atlas Cajamarca: provincia de San Ignacio",
        "title_en": "Atlas Cajamarca: San Ignacio province",
        "kind": "web_page",
        "publisher": "Atlas Cajamarca (atlascajamarca.pe)",
        "url": "http://atlascajamarca.pe/provincial/san_ignacio.html",
        "language": "es",
        "is_official": False,
        "note_es": "Da la población de la provincia en el censo de 2007 («INEI 2007»).",
        "note_en": "Gives the province's population at the 2007 census (“INEI 2007”).",
    },
    {
        "key": "dewiki-provinz-ayabaca",
        "title_es": "Provinz Ayabaca (Wikipedia en alemán, copia)",
        "title_en": "Provinz Ayabaca (German Wikipedia, copy)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán), copia en de.wikiup.org",
        "url": "https://de.wikiup.org/wiki/Provinz_Ayabaca",
        "language": "es",
        "is_official": False,
        "note_es": "Cita a City Population; censos de 1993, 2007 y 2017.",
        "note_en": "Cites City Population; censuses of 1993, 2007 and 2017.",
    },
    {
        "key": "dewiki-provinz-piura",
        "title_es": "Provinz Piura (Wikipedia en alemán, copia)",
        "title_en": "Provinz Piura (German Wikipedia, copy)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán), copia en gpedia.com",
        "url": "https://gpedia.com/de/Provinz%20Piura",
        "language": "es",
        "is_official": False,
        "note_es": "Cita a City Population («PERU: Administrative Division»); censos de 1993, "
        "2007 y 2017.",
        "note_en": "Cites City Population (“PERU: Administrative Division”); censuses of 1993, "
        "2007 and 2017.",
    },
    {
        "key": "dewiki-provinz-sullana",
        "title_es": "Provinz Sullana (Wikipedia en alemán, copia)",
        "title_en": "Provinz Sullana (German Wikipedia, copy)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán), copia en de.wiki.li",
        "url": "https://de.wiki.li/Provinz_Sullana",
        "language": "es",
        "is_official": False,
        "note_es": "Censos de 1993, 2007 y 2017.",
        "note_en": "Censuses of 1993, 2007 and 2017.",
    },
    {
        "key": "dewiki-provinz-zarumilla",
        "title_es": "Provinz Zarumilla (Wikipedia en alemán)",
        "title_en": "Provinz Zarumilla (German Wikipedia)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán)",
        "url": "http://de.wikipedia.org./wiki/Provinz_Zarumilla",
        "language": "es",
        "is_official": False,
        "note_es": "Cita a City Population («Peru: Tumbes Region, Provinces and Districts»).",
        "note_en": "Cites City Population (“Peru: Tumbes Region, Provinces and Districts”).",
    },
    {
        "key": "dewiki-provinz-contralmirante-villar",
        "title_es": "Provinz Contralmirante Villar (Wikipedia en alemán)",
        "title_en": "Provinz Contralmirante Villar (German Wikipedia)",
        "kind": "web_page",
        "publisher": "Wikipedia (alemán)",
        "url": "https://de.m.wikipedia.org/wiki/Provinz_Contralmirante_Villar",
        "language": "es",
        "is_official": False,
        "note_es": "Cita a City Population («Peru: Tumbes Region, Provinces and Districts»).",
        "note_en": "Cites City Population (“Peru: Tumbes Region, Provinces and Districts”).",
    },
    {
        "key": "ruwiki-tumbes-region-copy",
        "title_es": "Tumbes (región): provincias con su población de 2007 (copia traducida de la "
        "Wikipedia en ruso)",
        "title_en": "Tumbes (region): provinces with their 2007 population (translated copy of "
        "the Russian Wikipedia)",
        "kind": "web_page",
        "publisher": "Wikipedia (ruso), copia traducida en perceptionl.com",
        "url": "https://perceptionl.com/%D0%A2%D1%83%D0%BC%D0%B1%D0%B5%D1%81_"
        "%28%D1%80%D0%B5%D0%B3%D0%B8%D0%BE%D0%BD%29",
        "language": "es",
        "is_official": False,
        "note_es": "Tabla de las 3 provincias con su población de 2007; suman 200 306, la "
        "población del departamento en 2007 según la tabla del INEI.",
        "note_en": "Table of the 3 provinces with their 2007 population; they add up to "
        "200,306, the department's 2007 population in the INEI table.",
    },
]

INEI_TABLE = "inei-poblacion-censada-departamento-copy"
EC_2010 = "wikipedia-en-provinces-of-ecuador-2010"
EC_2022 = "wikipedia-en-provinces-of-ecuador"  # already in fixtures/00_sources.json
LOJA = "citypopulation-ec-loja"

CENSUSES = [
    # slug, country, name_es, name_en, agency, date, precision, source, locator, quote, note
    (
        "ec-2010",
        "EC",
        "Censo de Población y Vivienda 2010 (INEC)",
        "Population and Housing Census 2010 (INEC)",
        "INEC",
        "2010-11-28",
        "day",
        LOJA,
        "encabezado de columna",
        "Population Census 2010-11-28",
        ("", ""),
    ),
    (
        "ec-2022",
        "EC",
        "Censo de Población y Vivienda 2022 (INEC)",
        "Population and Housing Census 2022 (INEC)",
        "INEC",
        "2022-01-01",
        "year",
        LOJA,
        "encabezado de columna",
        "Population Census 2022-10-01",
        (
            "Se guarda solo el año: las copias leídas fechan el censo el 2022-10-01 y no se leyó "
            "la fecha en una publicación del INEC.",
            "Only the year is kept: the copies read date the census 2022-10-01 and the date was "
            "not read in an INEC publication.",
        ),
    ),
    (
        "pe-2007",
        "PE",
        "Censos Nacionales 2007: XI de Población y VI de Vivienda (INEI)",
        "National Censuses 2007: 11th Population and 6th Housing Census (INEI)",
        "INEI",
        "2007-10-21",
        "day",
        "citypopulation-pe-cajamarca",
        "encabezado de columna",
        "Population Census 2007-10-21",
        ("", ""),
    ),
    (
        "pe-2017",
        "PE",
        "Censos Nacionales 2017: XII de Población, VII de Vivienda y III de Comunidades "
        "Indígenas (INEI)",
        "National Censuses 2017: 12th Population, 7th Housing and 3rd Indigenous Communities "
        "Census (INEI)",
        "INEI",
        "2017-10-22",
        "day",
        "citypopulation-pe-cajamarca",
        "encabezado de columna",
        "Population Census 2017-10-22",
        ("", ""),
    ),
]

# (unit code or None for the country, country, census, value, source, locator, quote)
OBSERVATIONS = [
    # Peru, national and departments: the INEI table (copy).
    (None, "PE", "pe-2007", 27412157, INEI_TABLE, "fila «Total», columna «2007 a/»", "27 412 157"),
    (None, "PE", "pe-2017", 29381884, INEI_TABLE, "fila «Total», columna 2017", "29 381 884"),
    (
        "PE-06",
        "PE",
        "pe-2007",
        1387809,
        INEI_TABLE,
        "fila «Cajamarca 1/», columna «2007 a/»",
        "1 387 809",
    ),
    (
        "PE-06",
        "PE",
        "pe-2017",
        1341012,
        INEI_TABLE,
        "fila «Cajamarca 1/», columna 2017",
        "1 341 012",
    ),
    (
        "PE-16",
        "PE",
        "pe-2007",
        891732,
        INEI_TABLE,
        "fila «Loreto 1/», columna «2007 a/»",
        "891 732",
    ),
    ("PE-16", "PE", "pe-2017", 883510, INEI_TABLE, "fila «Loreto 1/», columna 2017", "883 510"),
    ("PE-20", "PE", "pe-2007", 1676315, INEI_TABLE, "fila «Piura», columna «2007 a/»", "1 676 315"),
    ("PE-20", "PE", "pe-2017", 1856809, INEI_TABLE, "fila «Piura», columna 2017", "1 856 809"),
    ("PE-24", "PE", "pe-2007", 200306, INEI_TABLE, "fila «Tumbes», columna «2007 a/»", "200 306"),
    ("PE-24", "PE", "pe-2017", 224863, INEI_TABLE, "fila «Tumbes», columna 2017", "224 863"),
    # Peru, provinces: copies of encyclopedias citing the censuses.
    (
        "PE-0608",
        "PE",
        "pe-2017",
        197834,
        "dewiki-provinz-jaen",
        "introducción",
        "Beim Zensus 2017 lebten 197.834 Menschen in der Provinz.",
    ),
    (
        "PE-0608",
        "PE",
        "pe-2007",
        183634,
        "dewiki-provinz-jaen",
        "introducción",
        "Im Jahr 1993 lag die Einwohnerzahl bei 170.261, im Jahr 2007 bei 183.634.",
    ),
    (
        "PE-0609",
        "PE",
        "pe-2017",
        141474,
        "dewiki-provinz-san-ignacio",
        "introducción",
        "Beim Zensus 2017 lebten 141.474 Menschen in der Provinz.",
    ),
    (
        "PE-0609",
        "PE",
        "pe-2007",
        131239,
        "atlas-cajamarca-san-ignacio",
        "Población",
        "una población de 131,239 habitantes (INEI 2007)",
    ),
    (
        "PE-2001",
        "PE",
        "pe-2017",
        799321,
        "dewiki-provinz-piura",
        "introducción",
        "Beim Zensus 2017 lebten 799.321 Menschen in der Provinz.",
    ),
    (
        "PE-2001",
        "PE",
        "pe-2007",
        665991,
        "dewiki-provinz-piura",
        "introducción",
        "im Jahr 2007 bei 665.991",
    ),
    (
        "PE-2002",
        "PE",
        "pe-2017",
        119287,
        "dewiki-provinz-ayabaca",
        "introducción",
        "Beim Zensus 2017 lag die Einwohnerzahl bei 119.287.",
    ),
    (
        "PE-2002",
        "PE",
        "pe-2007",
        138403,
        "dewiki-provinz-ayabaca",
        "introducción",
        "im Jahr 2007 bei 138.403",
    ),
    (
        "PE-2006",
        "PE",
        "pe-2017",
        311454,
        "dewiki-provinz-sullana",
        "introducción",
        "Beim Zensus 2017 lebten 311.454 Menschen in der Provinz.",
    ),
    (
        "PE-2006",
        "PE",
        "pe-2007",
        287680,
        "dewiki-provinz-sullana",
        "introducción",
        "im Jahr 2007 bei 287.680",
    ),
    (
        "PE-2401",
        "PE",
        "pe-2007",
        142338,
        "ruwiki-tumbes-region-copy",
        "tabla de provincias",
        "Tumbes _ Tumbes _ 142 338",
    ),
    (
        "PE-2402",
        "PE",
        "pe-2017",
        21057,
        "dewiki-provinz-contralmirante-villar",
        "introducción",
        "Beim Zensus 2017 betrug die Einwohnerzahl 21.057.",
    ),
    (
        "PE-2402",
        "PE",
        "pe-2007",
        16914,
        "dewiki-provinz-contralmirante-villar",
        "introducción",
        "im Jahr 2007 bei 16.914",
    ),
    (
        "PE-2403",
        "PE",
        "pe-2017",
        48844,
        "dewiki-provinz-zarumilla",
        "introducción",
        "Beim Zensus 2017 lebten 48.844 Menschen in der Provinz.",
    ),
    (
        "PE-2403",
        "PE",
        "pe-2007",
        41054,
        "dewiki-provinz-zarumilla",
        "introducción",
        "im Jahr 2007 bei 41.054",
    ),
    # Ecuador, national totals.
    (
        None,
        "EC",
        "ec-2010",
        14483499,
        LOJA,
        "fila «Ecuador, Republic», columna 2010-11-28",
        "14,483,499",
    ),
    (
        None,
        "EC",
        "ec-2022",
        16938986,
        LOJA,
        "fila «Ecuador, Republic», columna 2022-10-01",
        "16,938,986",
    ),
]

EC_PROVINCES = {
    # code: (2010, 2022) — the 2010 column of the old revision, the 2022 column of the new one
    "EC-07": (600659, 714592, "El Oro"),
    "EC-11": (448966, 485421, "Loja"),
    "EC-14": (147940, 192508, "Morona Santiago"),
    "EC-15": (103697, 131675, "Napo"),
    "EC-16": (83933, 111915, "Pastaza"),
    "EC-19": (91376, 110973, "Zamora-Chinchipe"),
    "EC-21": (176472, 199014, "Sucumbíos"),
    "EC-22": (136396, 182166, "Orellana"),
}
for code, (v2010, v2022, name) in EC_PROVINCES.items():
    OBSERVATIONS.append(
        (
            code,
            "EC",
            "ec-2010",
            v2010,
            EC_2010,
            f"tabla de provincias, fila «{name}», columna Population",
            f"{v2010:,}",
        )
    )
    OBSERVATIONS.append(
        (
            code,
            "EC",
            "ec-2022",
            v2022,
            EC_2022,
            f"tabla «List», fila «{name.replace('-', ' ')}», columna «Population (2022 census)»",
            f"{v2022:,}",
        )
    )

LOJA_CANTONS = {
    # code: (name on the page, 2010, 2022)
    "EC-1101": ("Loja", 214855, 250028),
    "EC-1102": ("Calvas", 28185, 26042),
    "EC-1103": ("Catamayo", 30638, 35240),
    "EC-1104": ("Celica", 14468, 14379),
    "EC-1105": ("Chaguarpamba", 7161, 6857),
    "EC-1106": ("Espíndola", 14799, 14119),
    "EC-1107": ("Gonzanamá", 12716, 12247),
    "EC-1108": ("Macará", 19018, 18215),
    "EC-1109": ("Paltas", 23801, 22841),
    "EC-1110": ("Puyango", 15513, 16257),
    "EC-1111": ("Saraguro", 30183, 29111),
    "EC-1112": ("Sozoranga", 7465, 6970),
    "EC-1113": ("Zapotillo", 12312, 14571),
    "EC-1114": ("Pindal", 8645, 10409),
    "EC-1115": ("Quilanga", 4337, 3971),
    "EC-1116": ("Olmedo", 4870, 4164),
}
for code, (name, v2010, v2022) in LOJA_CANTONS.items():
    for census, value in (("ec-2010", v2010), ("ec-2022", v2022)):
        column = "Census 2010-11-28" if census == "ec-2010" else "Census 2022-10-01"
        OBSERVATIONS.append(
            (code, "EC", census, value, LOJA, f"fila «{name}», columna «{column}»", f"{value:,}")
        )

EL_ORO_CANTONS_2010 = {
    "EC-0701": ("Machala", 245972),
    "EC-0702": ("Arenillas", 26844),
    "EC-0703": ("Atahualpa", 5833),
    "EC-0704": ("Balsa's", 6861),
    "EC-0705": ("Chilla", 2484),
    "EC-0706": ("El Guabo", 50009),
    "EC-0707": ("Huaquillas", 48285),
    "EC-0708": ("Marcabelí", 5450),
    "EC-0709": ("Pasaje", 72806),
    "EC-0710": ("Piña's", 25988),
    "EC-0711": ("Portovelo", 12200),
    "EC-0712": ("Santa Rosa", 69036),
    "EC-0713": ("Zaruma", 24097),
    "EC-0714": ("Las Lajas", 4794),
}
for code, (name, value) in EL_ORO_CANTONS_2010.items():
    OBSERVATIONS.append(
        (
            code,
            "EC",
            "ec-2010",
            value,
            "frwiki-el-oro-copy",
            f"tabla de cantones, fila «{name}», columna «Bevolking (2010)»",
            f"{value:,}".replace(",", "."),
        )
    )

SUCUMBIOS_CANTONS_2010 = {
    "EC-2101": ("Lago Agrio", 91744, "91 744"),
    "EC-2102": ("Gonzalo Pizarro", 8599, "8 599"),
    "EC-2103": ("Putumayo", 10174, "10 174"),
    "EC-2104": ("Shushufindi", 44328, "44,328"),
    "EC-2105": ("Sucumbíos", 3390, "3 390"),
    "EC-2106": ("Cascales", 11104, "11 104"),
    "EC-2107": ("Cuyabeno", 7133, "7,133"),
}
for code, (name, value, shown) in SUCUMBIOS_CANTONS_2010.items():
    OBSERVATIONS.append(
        (
            code,
            "EC",
            "ec-2010",
            value,
            "frwiki-sucumbios-copy",
            f"tabla de cantones, fila «{name}», columna «Bevölkerung (2010)»",
            shown,
        )
    )

ORELLANA_CANTONS_2010 = {
    "EC-2201": ("Francisco de Orellana (Orellana)", 72795, "72 795"),
    "EC-2202": ("Aguarico (Aguarico)", 4847, "4 847"),
    "EC-2203": ("La Joya de los Sachas", 37591, "37 591"),
    "EC-2204": ("Lorette (Loreto)", 21163, "21 163"),
}
for code, (name, value, shown) in ORELLANA_CANTONS_2010.items():
    OBSERVATIONS.append(
        (
            code,
            "EC",
            "ec-2010",
            value,
            "ruwiki-orellana-copy",
            f"tabla de cantones, fila «{name}», columna «Population, personnes (2010)»",
            shown,
        )
    )

# Competing values: (unit, census, other value, source, locator, quote, reason_es, reason_en)
COMPETING = [
    (
        "EC-07",
        "ec-2010",
        588546,
        "scowiki-el-oro",
        "ficha, «Population (2010)»",
        "Population (2010) • Total 588,546",
        "Concuerda con la suma de los 14 cantones (600 659) y con las demás copias; el 588 546 "
        "de la Wikipedia en escocés no concuerda con ninguna.",
        "It agrees with the sum of the 14 cantons (600,659) and with the other copies; the "
        "Scots Wikipedia's 588,546 agrees with none.",
    ),
]

STATED = [
    {
        "key": "border-region-peru-population",
        "zone": ["border-region-peru"],
        "indicator": ["population"],
        "value": "3389380",
        "approximate": True,
        "source": ["planbinacional-pe-region-fronteriza"],
        "locator": "Ámbito de la Región Fronteriza",
        "quote": "La Región Fronteriza en el sector peruano, abarca una superficie total de "
        "280,323.28 Km2, que representa el 22% del territorio nacional, cuya población (urbana "
        "y rural) estimada es de 3’389,380 habitantes.",
        "note_es": "La página no dice a qué año ni censo se refiere la estimación, e incluye "
        "partes de Cajamarca, Amazonas y Loreto que no están entre los miembros listados de la "
        "zona (solo Tumbes y Piura).",
        "note_en": "The page does not say which year or census the estimate refers to, and it "
        "includes parts of Cajamarca, Amazonas and Loreto that are not among the zone's listed "
        "members (only Tumbes and Piura).",
    }
]

INDICATORS = [
    {
        "slug": "population",
        "name_es": "Población censada",
        "name_en": "Census population",
        "unit_of_measure_es": "habitantes",
        "unit_of_measure_en": "inhabitants",
        "definition_es": "Personas contadas por el censo nacional de población en la unidad, "
        "tal como la oficina nacional de estadística la publica (INEC en el Ecuador, INEI en el "
        "Perú). Los dos países censan en fechas distintas.",
        "definition_en": "People counted by the national population census in the unit, as the "
        "national statistics office publishes it (INEC in Ecuador, INEI in Peru). The two "
        "countries count at different dates.",
        "formula": "",
        "decimals": 0,
        "order": 1,
    },
    {
        "slug": "density",
        "name_es": "Densidad de población",
        "name_en": "Population density",
        "unit_of_measure_es": "hab./km²",
        "unit_of_measure_en": "inhabitants/km²",
        "definition_es": "Población censada dividida por la superficie de la unidad que tiene "
        "el portal (con su fuente en la página de la unidad). La calcula el portal.",
        "definition_en": "Census population divided by the unit's area as the portal holds it "
        "(its source is on the unit's page). Computed by the portal.",
        "formula": "density",
        "decimals": 1,
        "order": 2,
    },
    {
        "slug": "national-share",
        "name_es": "Parte de la población nacional",
        "name_en": "Share of the national population",
        "unit_of_measure_es": "%",
        "unit_of_measure_en": "%",
        "definition_es": "Población censada de la unidad dividida por la del país en el mismo "
        "censo, por cien. La calcula el portal.",
        "definition_en": "The unit's census population divided by the country's at the same "
        "census, times a hundred. Computed by the portal.",
        "formula": "national_share",
        "decimals": 2,
        "order": 3,
    },
    {
        "slug": "change",
        "name_es": "Variación intercensal de la población",
        "name_en": "Population change between censuses",
        "unit_of_measure_es": "%",
        "unit_of_measure_en": "%",
        "definition_es": "Variación de la población censada desde el censo anterior del mismo "
        "país, en por ciento de la población anterior (Ecuador 2010–2022, Perú 2007–2017: "
        "periodos de distinta duración). La calcula el portal.",
        "definition_en": "Change of the census population since the same country's previous "
        "census, in per cent of the earlier population (Ecuador 2010–2022, Peru 2007–2017: "
        "periods of different length). Computed by the portal.",
        "formula": "change",
        "decimals": 1,
        "order": 4,
    },
]

NATIONAL_SOURCES = [
    (
        "population",
        "EC",
        LOJA,
        "Censos del INEC, leídos en compilaciones que nombran al INEC como fuente; no se leyó "
        "una tabla del INEC.",
        "INEC's censuses, read in compilations that name INEC as their source; no INEC table "
        "was read.",
    ),
    (
        "population",
        "PE",
        INEI_TABLE,
        "Censos del INEI; la tabla departamental se leyó en una copia.",
        "INEI's censuses; the departmental table was read in a copy.",
    ),
]


def observation_key(unit, country, census):
    place = (unit or country).lower()
    return f"{place}-population-{census}"


def check_sums():
    values = {(o[0], o[2]): o[3] for o in OBSERVATIONS}
    problems = []
    for census in ("ec-2010", "ec-2022"):
        total = sum(values[(code, census)] for code in LOJA_CANTONS)
        if total != values[("EC-11", census)]:
            problems.append(
                f"Loja {census}: cantons {total} ≠ province {values[('EC-11', census)]}"
            )
    total = sum(v for _n, v in EL_ORO_CANTONS_2010.values())
    if total != values[("EC-07", "ec-2010")]:
        problems.append(f"El Oro 2010: cantons {total}")
    for province, cantons in (
        ("EC-21", SUCUMBIOS_CANTONS_2010),
        ("EC-22", ORELLANA_CANTONS_2010),
    ):
        total = sum(v for _n, v, _s in cantons.values())
        if total != values[(province, "ec-2010")]:
            problems.append(f"{province} 2010: cantons {total}")
    tumbes = sum(values[(c, "pe-2007")] for c in ("PE-2401", "PE-2402", "PE-2403"))
    if tumbes != values[("PE-24", "pe-2007")]:
        problems.append(f"Tumbes 2007: provinces {tumbes}")
    if problems:
        raise SystemExit("\n".join(problems))


def build():
    check_sums()
    sources = [
        {
            "model": "zif_portal.source",
            "fields": {**s, "published_on": None, "published_precision": "day"},
        }
        for s in SOURCES
    ]
    indicators = [{"model": "indicators.indicator", "fields": i} for i in INDICATORS]
    national = [
        {
            "model": "indicators.nationalsource",
            "fields": {
                "indicator": [ind],
                "country": [country],
                "source": [source],
                "note_es": note_es,
                "note_en": note_en,
            },
        }
        for ind, country, source, note_es, note_en in NATIONAL_SOURCES
    ]
    censuses, census_citations = [], []
    for (
        slug,
        country,
        name_es,
        name_en,
        agency,
        day,
        precision,
        source,
        loc,
        quote,
        notes,
    ) in CENSUSES:
        censuses.append(
            {
                "model": "indicators.census",
                "fields": {
                    "slug": slug,
                    "country": [country],
                    "name_es": name_es,
                    "name_en": name_en,
                    "agency": agency,
                    "reference_date": day,
                    "reference_precision": precision,
                    "note_es": notes[0],
                    "note_en": notes[1],
                    "sources": [[source]],
                },
            }
        )
        census_citations.append(
            {
                "model": "zif_portal.citation",
                "fields": {
                    "content_type": ["indicators", "census"],
                    "record": [slug],
                    "field": "reference_date",
                    "source": [source],
                    "locator": loc,
                    "quote": quote,
                },
            }
        )
    dates = {c[0]: (c[5], c[6]) for c in CENSUSES}
    observations, citations = [], []
    for unit, country, census, value, source, locator, quote in OBSERVATIONS:
        key = observation_key(unit, country, census)
        day, precision = dates[census]
        observations.append(
            {
                "model": "indicators.observation",
                "fields": {
                    "key": key,
                    "indicator": ["population"],
                    "country": [country],
                    "unit": [unit] if unit else None,
                    "census": [census],
                    "reference_date": day,
                    "reference_precision": precision,
                    "value": str(value),
                    "method_note_es": "",
                    "method_note_en": "",
                    "comparability_note_es": "",
                    "comparability_note_en": "",
                    "sources": [[source]],
                },
            }
        )
        preferred = next((c for c in COMPETING if (c[0], c[1]) == (unit, census)), None)
        citation = {
            "content_type": ["indicators", "observation"],
            "record": [key],
            "field": "value",
            "source": [source],
            "locator": locator,
            "quote": quote,
        }
        if preferred:
            citation.update(
                {"preferred": True, "reason_es": preferred[6], "reason_en": preferred[7]}
            )
        citations.append({"model": "zif_portal.citation", "fields": citation})
    for unit, census, other, source, locator, quote, _es, _en in COMPETING:
        key = observation_key(unit, unit[:2], census)
        citations.append(
            {
                "model": "zif_portal.citation",
                "fields": {
                    "content_type": ["indicators", "observation"],
                    "record": [key],
                    "field": "value",
                    "source": [source],
                    "locator": locator,
                    "quote": quote,
                    "value": str(other),
                },
            }
        )
    stated = [{"model": "indicators.statedvalue", "fields": s} for s in STATED]
    write("70_indicators.json", sources + indicators + national + censuses)
    write("71_observations.json", observations + stated)
    write("72_observation_citations.json", census_citations + citations)
    print(f"{len(observations)} observations, {len(citations)} citations")


def write(name, records):
    text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    (FIXTURES / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build()
