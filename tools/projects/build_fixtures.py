# ruff: noqa: E501, C408 - a data file: the sources' sentences are kept whole.
"""Build the project, fund and value-chain fixtures from the checked facts below.

Run: .venv/bin/python tools/projects/build_fixtures.py  (writes fixtures/51_*, 52_*, 54_*, 55_*)

Every value here was read in the stored copy of its source with the search tool
(corpus `pages`); docs/research/projects.md lists what was checked and dropped.
Spanish names are the sources'; English names are the portal's translation
(`title_language` "es") unless the source gives both.
"""

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
BRASILIA = "acta-presidencial-brasilia-1998"
PROGRAMME_A = "binational-social-productive-infrastructure"
REPORT_2015 = "plan-binacional-informe-2015"

# ---------------------------------------------------------------- sources
SOURCES = [
    # key, title_es, title_en, kind, publisher, date, precision, url, official, note_es, note_en
    (
        "americaeconomia-ejes-viales-2012",
        "Ecuador y Perú invierten US$368,24M en 2.716 km de ejes viales compartidos",
        "Ecuador and Peru invest US$368.24M in 2,716 km of shared road axes",
        "news",
        "AméricaEconomía",
        "2012-03-01",
        "day",
        "https://www.americaeconomia.com/negocios-industrias/ecuador-y-peru-invierten-us36824m-en-2716-km-de-ejes-viales-compartidos",
        False,
        "",
        "",
    ),
    (
        "gestion-eje-vial-5-2017",
        "Ecuador espera impulso a proyecto del Eje Vial 5 tras acuerdo con Perú (EFE)",
        "Ecuador expects a push for the Road Axis 5 project after the agreement with Peru (EFE)",
        "news",
        "Gestión (EFE)",
        "2017-10-01",
        "month",
        "https://gestion.pe/economia/ecuador-espera-impulso-proyecto-eje-vial-5-acuerdo-peru-221552",
        False,
        "La página no muestra su fecha. Inferencia: octubre de 2017, porque dice que los presidentes acordaron «el pasado día 20» en Trujillo (XI Gabinete Binacional, 20 de octubre de 2017).",
        "The page does not show its date. Inference: October 2017, as it says the presidents agreed in Trujillo “on the 20th” (11th Binational Cabinet, 20 October 2017).",
    ),
    (
        "paisenvivo-quinto-gabinete-2012",
        "Quinto Gabinete Binacional en Chiclayo (El Telégrafo)",
        "Fifth Binational Cabinet in Chiclayo (El Telégrafo)",
        "news",
        "País en Vivo (El Telégrafo)",
        None,
        "day",
        "https://paisenvivo.com/?p=13312",
        False,
        "Reproduce una nota de El Telégrafo; la página no muestra su fecha (el V Gabinete se celebró en Chiclayo el 29 de febrero de 2012).",
        "Reprints an El Telégrafo piece; the page does not show its date (the 5th Cabinet met in Chiclayo on 29 February 2012).",
    ),
    (
        "elcomercio-puente-de-la-paz-2010",
        "El flamante puente internacional que lleva al Perú está subutilizado",
        "The brand-new international bridge to Peru is under-used",
        "news",
        "El Comercio (Ecuador)",
        "2010-04-12",
        "day",
        "http://www.elcomercio.com/actualidad/flamante-puente-internacional-lleva-al-1.html",
        False,
        "",
        "",
    ),
    (
        "libardobuitrago-ruta-spondylus-2009",
        "Se consolida la amistad entre el Perú y Ecuador (blog)",
        "Friendship between Peru and Ecuador is consolidated (blog)",
        "web_page",
        "Blog de Libardo Buitrago",
        "2009-10-21",
        "day",
        "http://libardobuitrago.blogspot.com/2009/10/se-consolida-la-amistad-entre-el-peru-y.html",
        False,
        "Blog que reproduce una nota de prensa peruana; no es una fuente oficial.",
        "A blog reprinting a Peruvian press article; not an official source.",
    ),
    (
        "elcomercio-lalamor-listo",
        "El puente fronterizo con Perú está listo en Lalamor, pero faltan las vías",
        "The border bridge with Peru is ready at Lalamor, but the roads are missing",
        "news",
        "El Comercio (Ecuador)",
        None,
        "day",
        "http://www.elcomercio.com/actualidad/puente-fronterizo-peru-listo-lalamor.html",
        False,
        "La copia leída no muestra la fecha del artículo.",
        "The copy read does not show the article's date.",
    ),
    (
        "elcomercio-lalamor-300-familias",
        "300 familias esperan un puente fronterizo",
        "300 families wait for a border bridge",
        "news",
        "El Comercio (Ecuador)",
        None,
        "day",
        "https://www.elcomercio.com/actualidad/300-familias-esperan-puente-fronterizo.html",
        False,
        "La copia leída no muestra la fecha del artículo.",
        "The copy read does not show the article's date.",
    ),
    (
        "eluniverso-cuarto-eje-2018",
        "Cuarto eje vial, un sueño inconcluso en el Oriente",
        "The fourth road axis, an unfinished dream in the East",
        "news",
        "El Universo",
        "2018-10-28",
        "day",
        "https://www.eluniverso.com/noticias/2018/10/28/nota/7019393/cuarto-eje-vial-sueno-inconcluso-oriente",
        False,
        "",
        "",
    ),
    (
        "elproductor-iv-eje-2022",
        "IV Eje Vial significa desarrollo, pero los gobiernos lo olvidan",
        "The 4th Road Axis means development, but governments forget it",
        "news",
        "El Productor",
        "2022-08-01",
        "month",
        "https://elproductor.com/2022/08/iv-eje-vial-significa-desarrollo-pero-los-gobiernos-lo-olvidan/",
        False,
        "Fecha: el mes de la dirección de la página.",
        "Date: the month in the page's address.",
    ),
    (
        "zonadigital-iv-eje-licitacion-2025",
        "Gobierno Nacional inicia millonaria licitación en el IV Eje Vial Zumba – La Balsa",
        "The national government opens a tender for the 4th Road Axis Zumba – La Balsa",
        "news",
        "Zona Digital",
        "2025-09-03",
        "day",
        "https://zonadigital.ec/2025/09/03/gobierno-nacional-inicia-millonaria-licitacion-en-el-iv-eje-vial-zumba-la-balsa",
        False,
        "",
        "",
    ),
    (
        "eloriente-iv-eje-licitacion",
        "Ecuador impulsa la integración vial con Perú",
        "Ecuador pushes road integration with Peru",
        "news",
        "El Oriente",
        None,
        "day",
        "https://www.eloriente.com/articulo/ecuador-impulsa-la-integracion-vial-con-peru/52612",
        False,
        "La copia leída no muestra la fecha.",
        "The copy read does not show the date.",
    ),
    (
        "mtop-xvi-comision-vecindad-2024",
        "El MTOP participa en la XVI Comisión de Vecindad Peruano-Ecuatoriana (Boletín N° 142)",
        "The MTOP takes part in the 16th Peru–Ecuador Neighbourhood Commission (Bulletin No. 142)",
        "web_page",
        "Ministerio de Transporte y Obras Públicas del Ecuador",
        "2024-06-21",
        "day",
        "https://obraspublicas.gob.ec/el-mtop-participa-en-la-xvi-comision-de-vecindad-peruano-ecuatoriana",
        True,
        "",
        "",
    ),
    (
        "eluniverso-la-balsa-2003",
        "Preparativos para la inauguración del Puente Binacional de Integración en La Balsa",
        "Preparations for the opening of the Binational Integration Bridge at La Balsa",
        "news",
        "El Universo",
        "2003-03-08",
        "day",
        "https://www.eluniverso.com/2003/03/08/0001/8/AE275DBF021D477DBB2ACC86934816A4.html",
        False,
        "Título descriptivo del portal: la copia leída no muestra el titular.",
        "Descriptive title by the portal: the copy read does not show the headline.",
    ),
    (
        "paisenvivo-puente-macara",
        "Puente Internacional Macará permitirá agilitar traslado fronterizo entre Ecuador y Perú",
        "The Macará International Bridge will speed up border crossings between Ecuador and Peru",
        "news",
        "País en Vivo",
        None,
        "day",
        "https://paisenvivo.com/puente-internacional-macar-permitir-agilitar-traslado-fronterizo-entre-ecuador-y-per",
        False,
        "La copia leída no muestra la fecha; informa un avance físico del 16,20 %.",
        "The copy read does not show the date; it reports 16.20 % physical progress.",
    ),
    (
        "andina-puente-macara-2010",
        "En agosto se iniciará construcción del nuevo puente internacional Macará (Andina, copia en blog)",
        "Construction of the new Macará international bridge to start in August (Andina, blog copy)",
        "news",
        "Andina (copia en el blog Peruanisto)",
        "2010-04-19",
        "day",
        "http://peruanisto-masperu.blogspot.com/2010/04/en-agosto-se-iniciara-construccion-de.html",
        False,
        "Nota de la agencia estatal Andina (Lima, 19 de abril) reproducida en un blog.",
        "An item of the state news agency Andina (Lima, 19 April) reprinted on a blog.",
    ),
    (
        "wikipedia-es-puente-macara",
        "Puente Internacional Macará (Wikipedia en español)",
        "Macará International Bridge (Spanish Wikipedia)",
        "web_page",
        "Wikipedia",
        None,
        "day",
        "https://es.wikipedia.org/wiki/Puente_Internacional_Macar%C3%A1",
        False,
        "Enciclopedia colaborativa; usada solo para la fecha y las medidas del puente.",
        "A collaborative encyclopaedia; used only for the bridge's year and size.",
    ),
    (
        "radiociudad-cebaf-macara-2023",
        "Ecuador y Perú inauguran segundo Centro Binacional Fronterizo",
        "Ecuador and Peru open their second Binational Border Centre",
        "news",
        "Radio Ciudad (medio público de Quito)",
        "2023-06-15",
        "day",
        "https://radiociudad.gob.ec/2023/06/15/ecuador-y-peru-inauguran-segundo-centro-binacional-fronterizo/",
        True,
        "",
        "",
    ),
    (
        "prensalatina-cebaf-macara-2023",
        "Ecuador y Perú inauguran Centro Binacional de Atención Fronteriza",
        "Ecuador and Peru open a Binational Border Service Centre",
        "news",
        "Prensa Latina",
        "2023-06-14",
        "day",
        "https://archivo.prensa-latina.cu/2023/06/14/ecuador-y-peru-inauguran-centro-binacional-de-atencion-fronteriza",
        False,
        "",
        "",
    ),
    (
        "mtop-cebaf-macara-viabilidad",
        "Informe de viabilidad «Construcción del Centro Binacional de Atención en Frontera – CEBAF – Macará» (copia)",
        "Feasibility report “Construction of the CEBAF Macará Binational Border Service Centre” (copy)",
        "document",
        "Ministerio de Transporte y Obras Públicas, Subsecretaría Zonal 7 (copia en doczz)",
        None,
        "day",
        "https://es.doczz.net/doc/356220/centro-binacional-de-atencion---ministerio-de-transporte-...",
        True,
        "Informe del MTOP leído en una copia de terceros; no muestra su propia fecha (da el inicio de obra en septiembre de 2014).",
        "An MTOP report read in a third-party copy; it does not show its own date (it gives the start of works as September 2014).",
    ),
    (
        "cronica-reapertura-frontera-2022",
        "Reapertura de la frontera sur",
        "Reopening of the southern border",
        "news",
        "Crónica de la Tarde (Loja)",
        "2022-03-07",
        "day",
        "https://cronica.com.ec/2022/03/07/reapertura-de-la-frontera-sur/",
        False,
        "Columna de opinión.",
        "An opinion column.",
    ),
    (
        "emol-reapertura-frontera-2022",
        "Ecuador reabre su frontera terrestre con Perú tras casi dos años",
        "Ecuador reopens its land border with Peru after almost two years",
        "news",
        "Emol",
        "2022-02-18",
        "day",
        "http://emol.com/noticias/Internacional/2022/02/18/1047188/ecuador-apertura-frontera-peru-economia.html",
        False,
        "",
        "",
    ),
    (
        "swissinfo-paso-unico-2025",
        "Ecuador informa a Perú que solo mantendrá un paso fronterizo bilateral por seguridad (EFE)",
        "Ecuador tells Peru it will keep only one bilateral border crossing, for security (EFE)",
        "news",
        "SWI swissinfo.ch (EFE)",
        "2025-12-24",
        "day",
        "https://www.swissinfo.ch/spa/ecuador-informa-a-per%C3%BA-que-solo-mantendr%C3%A1-un-paso-fronterizo-bilateral-por-seguridad/90688957",
        False,
        "",
        "",
    ),
    (
        "planbinacional-pe-piica",
        "Programas de Inversión Inter Cuencas Amazónicas",
        "Amazon Inter-Basin Investment Programmes",
        "web_page",
        "Plan Binacional – Capítulo Perú",
        None,
        "day",
        "https://planbinacional.org.pe/programas-de-inversion-inter-cuencas-amazonicas",
        True,
        "La página no muestra su fecha.",
        "The page does not show its date.",
    ),
    (
        "americaeconomia-fondo-binacional-2012",
        "Reunión Perú-Ecuador posibilita nuevas metas para reducir pobreza",
        "Peru–Ecuador meeting opens new targets to reduce poverty",
        "news",
        "AméricaEconomía (citando a El Peruano)",
        "2012-02-01",
        "month",
        "https://americaeconomia.com/economia-mercados/finanzas/reunion-peru-ecuador-posibilita-nuevas-metas-para-reducir-pobreza",
        False,
        "Cita al director ejecutivo del Capítulo Perú en el diario oficial El Peruano. Fecha inferida: febrero de 2012, antes de la V Reunión «prevista para este 29 de febrero».",
        "Quotes the executive director of the Peruvian chapter in the official daily El Peruano. Inferred date: February 2012, before the 5th meeting “planned for this 29 February”.",
    ),
    (
        "elcomercio-cafe-arabigo-2018",
        "El café arábigo del sur del Ecuador se exporta (reportaje sobre Palanda)",
        "Arabica coffee from southern Ecuador is exported (report on Palanda)",
        "news",
        "El Comercio (Ecuador)",
        "2018-07-01",
        "month",
        "https://www.elcomercio.com/actualidad/cafe-arabigo-sur-ecuador-exportacion.html",
        False,
        "Título descriptivo del portal; la copia fecha la página en julio de 2018.",
        "Descriptive title by the portal; the copy dates the page July 2018.",
    ),
    (
        "larepublica-cafe-cajamarca-2021",
        "Cajamarca registra 240 millones de dólares en exportación de café",
        "Cajamarca records 240 million dollars of coffee exports",
        "news",
        "La República",
        "2021-09-07",
        "day",
        "https://larepublica.pe/amp/sociedad/2021/09/07/cajamarca-registra-240-millones-de-dolares-en-exportacion-de-cafe-lrnd",
        False,
        "Cifras de la Gerencia Regional de Desarrollo Económico de Cajamarca.",
        "Figures of the Cajamarca Regional Economic Development Office.",
    ),
    (
        "gorecajamarca-cafe-2023",
        "Cajamarca reportó US$ 500 millones en exportaciones de café",
        "Cajamarca reported US$500 million of coffee exports",
        "web_page",
        "Gobierno Regional de Cajamarca",
        "2023-03-30",
        "day",
        "https://www.regioncajamarca.gob.pe/portal/noticias/det/6001",
        True,
        "",
        "",
    ),
    (
        "lahora-cuarto-eje-2019",
        "(Zamora) Ciudadanos exigen al Estado que culmine el Cuarto Eje Vial (La Hora)",
        "(Zamora) Citizens demand that the State finish the Fourth Road Axis (La Hora)",
        "news",
        "Ecuador Inmediato (La Hora)",
        "2019-04-01",
        "month",
        "http://www.ecuadorinmediato.com/index.php?module=Noticias&func=news_user_view&id=2818853002&umt=la_hora_28zamora29_ciudadanos_exigen_al_estado_que_culmine_el_cuarto_eje_vial",
        False,
        "Fecha: abril de 2019, según la copia.",
        "Date: April 2019, per the copy.",
    ),
]

# ---------------------------------------------------------------- projects
# Each project: dict. territories: [(code)], reports: [(key, status, date, precision, event_es, event_en, source, quote)]
# amounts: [(key, kind, amount, currency, approx, as_of, precision, party, source, quote, note_es, note_en)]
# cites: [(field, source, quote, value, preferred, reason_es, reason_en)]
PROJECTS = []


def project(slug, title_es, title_en, **kw):
    kw.update(slug=slug, title_es=title_es, title_en=title_en)
    PROJECTS.append(kw)


AE = "americaeconomia-ejes-viales-2012"
AE_QUOTE_DONE = "Ecuador y Perú tienen concluidos tres de los cinco proyectos viales binacionales."
GESTION_5 = (
    "El Acuerdo de Paz de Brasilia de 1998 establecía cinco ejes viales entre los dos países"
)
R15 = "d. Ejes de Interconexión Vial Binacional"

for number, slug, es, en, territories, km_quote, done in [
    (
        1,
        "eje-vial-1-guayaquil-piura",
        "Eje Vial Binacional N.º 1 Guayaquil–Piura",
        "Binational Road Axis No. 1 Guayaquil–Piura",
        ["PE-2001"],
        "El eje vial N.-1 es el Guayaquil-Piura, que cuenta con una longitud de 538 kilómetros.",
        True,
    ),
    (
        2,
        "eje-vial-2-arenillas-sullana",
        "Eje Vial Binacional N.º 2 Arenillas–Sullana",
        "Binational Road Axis No. 2 Arenillas–Sullana",
        ["EC-0702", "PE-2006"],
        "El eje número dos se compone de 244 km del lado de Ecuador y se ubica entre Arenillas y Sullana.",
        True,
    ),
    (
        3,
        "eje-vial-3-loja-sullana",
        "Eje Vial Binacional N.º 3 Loja–Sullana",
        "Binational Road Axis No. 3 Loja–Sullana",
        ["EC-1101", "PE-2006"],
        "El tercer eje ya concluido es el Loja-Sullana, con un total de 319 km.",
        True,
    ),
    (
        4,
        "eje-vial-4-loja-la-balsa",
        "Eje Vial Binacional N.º 4 Loja–La Balsa",
        "Binational Road Axis No. 4 Loja–La Balsa",
        ["EC-1101", "EC-19", "PE-06"],
        "Los ejes que aún están por completarse son Loja (Ecuador)-La Balsa (Perú), con un total de 690 km y Méndez-Saramiriza (385 km).",
        False,
    ),
    (
        5,
        "eje-vial-5-mendez-saramiriza",
        "Eje Vial Binacional N.º 5 Méndez–Saramiriza",
        "Binational Road Axis No. 5 Méndez–Saramiriza",
        ["EC-140550"],
        "Los ejes que aún están por completarse son Loja (Ecuador)-La Balsa (Perú), con un total de 690 km y Méndez-Saramiriza (385 km).",
        False,
    ),
]:
    report_quote = AE_QUOTE_DONE if done else km_quote
    project(
        slug,
        es,
        en,
        kind="road_axis",
        sector="transport",
        programme=PROGRAMME_A,
        agreement=BRASILIA,
        part_order=number,
        description_es=f"Uno de los cinco ejes viales binacionales de los Acuerdos de Paz de Brasilia (1998). {km_quote.split(', ')[-1] if number != 1 else 'Longitud: 538 km.'}".replace(
            "..", "."
        ),
        description_en=f"One of the five binational road axes of the 1998 Brasilia peace agreements. Length as the source gives it: {['538 km', '244 km (Ecuadorian side, per the source)', '319 km', '690 km', '385 km'][number - 1]}.",
        territories=territories,
        reports=[
            (
                f"{slug}-2012",
                "completed" if done else "in_progress",
                "2012-03-01",
                "day",
                "concluido" if done else "por completarse",
                "completed" if done else "still to be completed",
                AE,
                report_quote,
            )
        ],
        cites=[
            ("title", AE, km_quote),
            ("programme", REPORT_2015, R15),
            ("agreement", "gestion-eje-vial-5-2017", GESTION_5),
            ("territories", AE, km_quote),
        ],
        sources=[AE, REPORT_2015, "gestion-eje-vial-5-2017"],
    )

# The description sentence for axes 2–5 above uses the source's phrase; axis 1 its length.

# Axis 1 parts
project(
    "puente-de-la-paz-variante-internacional",
    "Variante internacional y Puente Internacional de la Paz (Huaquillas–Aguas Verdes)",
    "International bypass and International Peace Bridge (Huaquillas–Aguas Verdes)",
    kind="bridge",
    sector="transport",
    parent="eje-vial-1-guayaquil-piura",
    part_order=1,
    agreement=BRASILIA,
    funders_es="Comunidad Europea (donación) y gobiernos del Ecuador y del Perú (contraparte)",
    funders_en="European Community (grant) and the governments of Ecuador and Peru (counterpart)",
    description_es="Puente de 80 m de longitud, a tres kilómetros al este del centro de Huaquillas, parte del Eje Vial Guayaquil–Piura; el tramo inaugurado en 2009 comprende la variante internacional de 11,5 km y sus puentes (copia en blog de prensa peruana).",
    description_en="An 80 m bridge three kilometres east of the centre of Huaquillas, part of the Guayaquil–Piura road axis; the section opened in 2009 comprises the 11.5 km international bypass and its bridges (per a blog copy of Peruvian press).",
    territories=["EC-0707"],
    status="completed",
    status_on=("2009-10-22", "day"),
    end=("2009-10-22", "day"),
    reports=[
        (
            "puente-de-la-paz-2009",
            "completed",
            "2009-10-22",
            "day",
            "abierto oficialmente",
            "officially opened",
            "elcomercio-puente-de-la-paz-2010",
            "El nuevo puente binacional, bautizado como De la Paz, se abrió oficialmente el pasado 22 de octubre. Los presidentes de ambas naciones no lo inauguraron porque una protesta, contraria a la obra, lo impidió.",
        )
    ],
    amounts=[
        (
            "puente-de-la-paz-ue-eur",
            "grant",
            "51000000",
            "EUR",
            False,
            "2010-04-12",
            "day",
            "Comunidad Europea",
            "elcomercio-puente-de-la-paz-2010",
            "La carretera se financió con un aporte de 51 millones de euros (USD 68 millones) de la Comunidad Europea y una contraparte de 15,7 millones de euros (USD 20,9 millones) de los gobiernos ecuatoriano y peruano.",
            "",
            "",
        ),
        (
            "puente-de-la-paz-ue-usd",
            "grant",
            "68000000",
            "USD",
            False,
            "2010-04-12",
            "day",
            "Comunidad Europea",
            "elcomercio-puente-de-la-paz-2010",
            "La carretera se financió con un aporte de 51 millones de euros (USD 68 millones) de la Comunidad Europea",
            "Conversión que da la misma fuente.",
            "The same source's conversion.",
        ),
        (
            "puente-de-la-paz-contraparte-eur",
            "counterpart",
            "15700000",
            "EUR",
            False,
            "2010-04-12",
            "day",
            "Gobiernos del Ecuador y del Perú",
            "elcomercio-puente-de-la-paz-2010",
            "una contraparte de 15,7 millones de euros (USD 20,9 millones) de los gobiernos ecuatoriano y peruano",
            "",
            "",
        ),
        (
            "puente-de-la-paz-ue-usd-blog",
            "grant",
            "67500000",
            "USD",
            False,
            "2009-10-21",
            "day",
            "Unión Europea",
            "libardobuitrago-ruta-spondylus-2009",
            "una hermosa carretera construida con una donación de la Unión Europea (US$67,5 millones), más las contrapartidas de los gobiernos peruano (US$19,52 millones) y ecuatoriano (US$18,84 millones) respectivamente.",
            "Otra cifra de la donación, de otra fuente.",
            "Another figure for the grant, from another source.",
        ),
        (
            "puente-de-la-paz-peru-usd-blog",
            "counterpart",
            "19520000",
            "USD",
            False,
            "2009-10-21",
            "day",
            "Gobierno del Perú",
            "libardobuitrago-ruta-spondylus-2009",
            "más las contrapartidas de los gobiernos peruano (US$19,52 millones) y ecuatoriano (US$18,84 millones)",
            "",
            "",
        ),
        (
            "puente-de-la-paz-ecuador-usd-blog",
            "counterpart",
            "18840000",
            "USD",
            False,
            "2009-10-21",
            "day",
            "Gobierno del Ecuador",
            "libardobuitrago-ruta-spondylus-2009",
            "más las contrapartidas de los gobiernos peruano (US$19,52 millones) y ecuatoriano (US$18,84 millones)",
            "",
            "",
        ),
    ],
    cites=[
        (
            "parent",
            "elcomercio-puente-de-la-paz-2010",
            "El puente De la Paz   es parte del Eje Vial Guayaquil-Piura, de 538 km.",
        ),
        (
            "territories",
            "elcomercio-puente-de-la-paz-2010",
            "Ubicado a tres kilómetros al este del centro  de Huaquillas",
        ),
        (
            "funders",
            "elcomercio-puente-de-la-paz-2010",
            "La carretera se financió con un aporte de 51 millones de euros (USD 68 millones) de la Comunidad Europea  y una contraparte de 15,7 millones de euros (USD 20,9 millones) de los gobiernos ecuatoriano y peruano.",
        ),
        (
            "end_date",
            "elcomercio-puente-de-la-paz-2010",
            "se abrió oficialmente el pasado 22 de octubre",
            None,
            False,
            "",
            "",
            "Año inferido: el artículo es del 12 de abril de 2010 y dice que el puente «se abrió hace seis meses».",
            "Year inferred: the article is of 12 April 2010 and says the bridge “opened six months ago”.",
        ),
        (
            "status",
            "elcomercio-puente-de-la-paz-2010",
            "se abrió oficialmente el pasado 22 de octubre",
        ),
    ],
    sources=["elcomercio-puente-de-la-paz-2010", "libardobuitrago-ruta-spondylus-2009"],
)

project(
    "cebaf-huaquillas-aguas-verdes",
    "Centro Binacional de Atención en Frontera (CEBAF) Huaquillas – Aguas Verdes",
    "Huaquillas – Aguas Verdes Binational Border Service Centre (CEBAF)",
    kind="border_centre",
    sector="border_crossing",
    programme=PROGRAMME_A,
    parent="eje-vial-1-guayaquil-piura",
    part_order=2,
    agreement=BRASILIA,
    executing_entity="Ministerio de Transporte y Obras Públicas (reacondicionamiento, 2022)",
    entity_type="public",
    description_es="Centro de control integrado en Huaquillas (El Oro), usado para la reapertura de la frontera en febrero de 2022 y, desde el 24 de diciembre de 2025, único paso fronterizo autorizado por el Ecuador con el Perú.",
    description_en="The integrated control centre at Huaquillas (El Oro), used for the reopening of the border in February 2022 and, from 24 December 2025, the only border crossing with Peru that Ecuador authorises.",
    territories=["EC-0707"],
    status="completed",
    status_on=("2025-12-24", "day"),
    reports=[
        (
            "cebaf-huaquillas-2022",
            "completed",
            "2022-02-18",
            "day",
            "reacondicionado; sede de la reapertura de la frontera",
            "refurbished; the border reopened there",
            "emol-reapertura-frontera-2022",
            "En este sentido, el Ministerio de Transporte y Obras Públicas trabajó en el reacondicionamiento del Cebaf Huaquillas, con el fin de dar un servicio de calidad a la ciudadanía.",
        ),
        (
            "cebaf-huaquillas-2025",
            "completed",
            "2025-12-24",
            "day",
            "único paso fronterizo autorizado",
            "the only authorised border crossing",
            "swissinfo-paso-unico-2025",
            "«En la fecha, el Gobierno del Ecuador ha comunicado al Perú su decisión de mantener el Centro de Atención Binacional Fronterizo ubicado en Huaquillas como único paso fronterizo autorizado entre Perú y ese país», señaló la nota oficial.",
        ),
    ],
    cites=[
        ("programme", REPORT_2015, "e. Centros Binacionales de Atención en Frontera (CEBAF)"),
        (
            "parent",
            "libardobuitrago-ruta-spondylus-2009",
            "la nueva ruta tendrá un centro binacional de atención en frontera que permitirá realiz",
        ),
        (
            "agreement",
            "cronica-reapertura-frontera-2022",
            "La construcción de los CEBAF fue un compromiso asumido por Ecuador y Perú en el marco de los Acuerdos de Paz, luego de establecer la prioridad de cinco ejes viales binacionales, sobre los cuáles se debía implementar esos centros.",
        ),
        (
            "executing_entity",
            "emol-reapertura-frontera-2022",
            "el Ministerio de Transporte y Obras Públicas trabajó en el reacondicionamiento del Cebaf Huaquillas",
        ),
        (
            "territories",
            "emol-reapertura-frontera-2022",
            "La ceremonia se realizó en el Centro Binacional de Atención en Frontera (Cebaf), en la provincia ecuatoriana de El Oro, fronteriza con Perú.",
        ),
        (
            "status",
            "swissinfo-paso-unico-2025",
            "mantener el Centro de Atención Binacional Fronterizo ubicado en Huaquillas como único paso fronterizo autorizado",
        ),
    ],
    sources=["emol-reapertura-frontera-2022", "swissinfo-paso-unico-2025", REPORT_2015],
)

# Axis 2 part
project(
    "puente-internacional-lalamor",
    "Puente Internacional Lalamor (Lalamor – Alamor)",
    "Lalamor International Bridge (Lalamor – Alamor)",
    kind="bridge",
    sector="transport",
    parent="eje-vial-2-arenillas-sullana",
    part_order=1,
    executing_entity="Eduardo Jalil (contratista)",
    entity_type="private",
    description_es="Puente de 175 m por 6,10 m, de hormigón, vigas de acero y carpeta asfáltica, entre Lalamor (Ecuador) y Alamor (Perú). El Comercio lo dio por terminado «hace dos semanas» en un artículo cuya fecha no muestra la copia leída.",
    description_en="A 175 m by 6.10 m bridge of concrete, steel girders and asphalt between Lalamor (Ecuador) and Alamor (Peru). El Comercio reported it finished “two weeks ago” in an article whose date the copy read does not show.",
    territories=[],
    amounts=[
        (
            "lalamor-costo-2-5",
            "cost",
            "2500000",
            "USD",
            False,
            None,
            "day",
            "",
            "elcomercio-lalamor-listo",
            "La obra, que  costó USD 2,5 millones, es de hormigón,  vigas de acero y   carpeta asfáltica.",
            "",
            "",
        ),
        (
            "lalamor-inversion-2-53",
            "cost",
            "2530000",
            "USD",
            False,
            None,
            "day",
            "",
            "elcomercio-lalamor-300-familias",
            "La construcción del puente representó una inversión de USD 2,53 millones y se prevé que concluirá en febrero próximo.",
            "Cifra dada con la obra al 70 %.",
            "Figure given with the works at 70 %.",
        ),
    ],
    cites=[
        (
            "parent",
            "elcomercio-lalamor-listo",
            "que  es parte del Eje Vial 2 de Integración Fronteriza con Perú. La vía empieza en Arenillas (Ecuador) y llegará hasta Sullana (Perú).",
        ),
        (
            "executing_entity",
            "elcomercio-lalamor-listo",
            "se define un contrato complementario con el contratista Eduardo Jalil, para mejorar el acceso desde Ecuador",
        ),
    ],
    sources=["elcomercio-lalamor-listo", "elcomercio-lalamor-300-familias"],
)

# Axis 3 parts
project(
    "puente-internacional-macara",
    "Puente Internacional Macará (Macará – La Tina)",
    "Macará International Bridge (Macará – La Tina)",
    kind="bridge",
    sector="transport",
    parent="eje-vial-3-loja-sullana",
    part_order=1,
    executing_entity="Hazama Corporation (constructora)",
    entity_type="private",
    funders_es="Agencia de Cooperación Internacional del Japón (JICA)",
    funders_en="Japan International Cooperation Agency (JICA)",
    description_es="Puente de 110 m de longitud y 14,5 m de ancho sobre el río Macará, entre Macará (Loja) y La Tina (Piura); inaugurado en 2011 según Wikipedia.",
    description_en="A bridge 110 m long and 14.5 m wide over the Macará river, between Macará (Loja) and La Tina (Piura); opened in 2011 according to Wikipedia.",
    territories=["EC-110850", "PE-20"],
    status="completed",
    status_on=("2011-01-01", "year"),
    end=("2011-01-01", "year"),
    reports=[
        (
            "puente-macara-2011",
            "completed",
            "2011-01-01",
            "year",
            "inaugurado",
            "opened",
            "wikipedia-es-puente-macara",
            "Fue inaugurado en el 2011, dentro de la misma área del puente, une las localidades de Macará de la provincia de Loja al suroeste ecuatoriano, y La Tina del departamento de Piura en el norte peruano.",
        )
    ],
    amounts=[
        (
            "puente-macara-jica-usd",
            "grant",
            "13984522.58",
            "USD",
            False,
            None,
            "day",
            "JICA",
            "paisenvivo-puente-macara",
            "Este proyecto es financiado por la Agencia de Cooperación Internacional del Japón por un monto de $13’984.522,58 (1’147.500.000,00 yenes japoneses).",
            "",
            "",
        ),
        (
            "puente-macara-jica-jpy",
            "grant",
            "1147500000",
            "JPY",
            False,
            None,
            "day",
            "JICA",
            "paisenvivo-puente-macara",
            "por un monto de $13’984.522,58 (1’147.500.000,00 yenes japoneses)",
            "",
            "",
        ),
        (
            "puente-macara-donacion-peru-jpy",
            "grant",
            "800000000",
            "JPY",
            False,
            "2010-04-19",
            "day",
            "Gobierno del Japón (al Perú)",
            "andina-puente-macara-2010",
            "que donó a Perú 800 millones de yenes (nueve millones de dólares) para la construcción del puente. La misma suma recibirá Ecuador para cubrir el costo total del proyecto.",
            "La donación al Perú; según la misma nota, el Ecuador recibiría la misma suma.",
            "The grant to Peru; the same item says Ecuador would receive the same sum.",
        ),
    ],
    cites=[
        (
            "parent",
            "mtop-xvi-comision-vecindad-2024",
            "mantenimientos de los puentes localizados en los ejes viales 2 y 3 en Huaquillas y Macará",
        ),
        (
            "executing_entity",
            "paisenvivo-puente-macara",
            "El Puente Internacional Macará de 110 metros de longitud, que se construye a nivel de pavimento rígido, a cargo de la Compañía Hazama Corporation",
        ),
        (
            "funders",
            "paisenvivo-puente-macara",
            "Este proyecto es financiado por la Agencia de Cooperación Internacional del Japón",
        ),
        (
            "territories",
            "paisenvivo-puente-macara",
            "El Puente Internacional conecta a Ecuador (Macará) y Perú (Tina)",
        ),
        ("status", "wikipedia-es-puente-macara", "Fue inaugurado en el 2011"),
        ("end_date", "wikipedia-es-puente-macara", "Fue inaugurado en el 2011"),
    ],
    sources=["paisenvivo-puente-macara", "wikipedia-es-puente-macara", "andina-puente-macara-2010"],
)

CEBAF_M_QUOTE = "Ecuador y Perú inauguran este miércoles 14 de junio 2023 su segundo Centro Binacional de Atención Fronteriza (Cebaf), que permitirá el tránsito migratorio entre la provincia ecuatoriana de Loja y la región peruana de Piura."
project(
    "cebaf-macara-la-tina",
    "Centro Binacional de Atención en Frontera (CEBAF) Macará – La Tina",
    "Macará – La Tina Binational Border Service Centre (CEBAF)",
    kind="border_centre",
    sector="border_crossing",
    programme=PROGRAMME_A,
    parent="eje-vial-3-loja-sullana",
    part_order=2,
    agreement=BRASILIA,
    executing_entity="Ministerio de Transporte y Obras Públicas (MTOP), Subsecretaría Zonal 7",
    entity_type="public",
    description_es="Edificio de 7.000 m² en 11 hectáreas en Macará (Loja), para el control integrado de personas, equipajes, mercancías y vehículos entre Loja y Piura. Inaugurado por los presidentes Guillermo Lasso y Dina Boluarte el 14 de junio de 2023; su construcción empezó en 2014 y estuvo paralizada un largo tiempo.",
    description_en="A 7,000 m² building on 11 hectares at Macará (Loja) for the integrated control of people, luggage, goods and vehicles between Loja and Piura. Opened by presidents Guillermo Lasso and Dina Boluarte on 14 June 2023; its construction began in 2014 and stood still for a long time.",
    territories=["EC-110850", "PE-20"],
    status="completed",
    status_on=("2023-06-14", "day"),
    start=("2014-09-01", "month"),
    end=("2023-06-14", "day"),
    amount=("16652941.43", "USD", "2014-09-01", "month"),
    reports=[
        (
            "cebaf-macara-2022",
            "in_progress",
            "2022-03-07",
            "day",
            "aún no operativo",
            "not yet in operation",
            "cronica-reapertura-frontera-2022",
            "De momento seguirá utilizándose el puente internacional “antiguo” porque el CEBAF aún no está operativo por falta de implementación de muebles y equipos para el eficiente cumplimiento de sus objetivos.",
        ),
        (
            "cebaf-macara-2023",
            "completed",
            "2023-06-14",
            "day",
            "inaugurado por los presidentes Lasso y Boluarte",
            "opened by presidents Lasso and Boluarte",
            "radiociudad-cebaf-macara-2023",
            CEBAF_M_QUOTE,
        ),
        (
            "cebaf-macara-2023-pl",
            "completed",
            "2023-06-14",
            "day",
            "inaugurado en Macará",
            "opened at Macará",
            "prensalatina-cebaf-macara-2023",
            "A la ceremonia, que tuvo lugar en la ciudad de Macará, en la provincia ecuatoriana de Loja, asistieron el presidente Guillermo Lasso y su homóloga peruana, Dina Boluarte.",
        ),
        (
            "cebaf-macara-2024",
            "completed",
            "2024-06-21",
            "day",
            "inaugurado e iniciadas sus operaciones en 2023",
            "opened and in operation since 2023",
            "mtop-xvi-comision-vecindad-2024",
            "la inauguración e inicio de operaciones del Centro Binacional de Atención (CEBAF) realizada en el 2023",
        ),
    ],
    amounts=[
        (
            "cebaf-macara-mtop-total",
            "budget",
            "16652941.43",
            "USD",
            False,
            "2014-09-01",
            "month",
            "MTOP",
            "mtop-cebaf-macara-viabilidad",
            "El Monto Total para la ejecución del proyecto Centro Binacional de atención en Fronteras CEBAF es de Diez y seis millones seis cientos cincuenta y dos mil novecientos cuarenta y uno con 43/100 Dólares Americanos (16´652.941,43 US $)",
            "Monto total del informe de viabilidad del MTOP (edificio, vías, fiscalización, reajuste e IVA). Fecha: el inicio de obra que da el informe (septiembre de 2014), pues el informe no muestra la suya.",
            "Total of the MTOP feasibility report (building, roads, supervision, price adjustment and VAT). Date: the start of works the report gives (September 2014), as the report shows no date of its own.",
        ),
        (
            "cebaf-macara-lasso-2023",
            "cost",
            "15000000",
            "USD",
            True,
            "2023-06-14",
            "day",
            "Gobierno del Ecuador",
            "radiociudad-cebaf-macara-2023",
            "«Esta infraestructura de 7.000 metros cuadrados de construcción, en once hectáreas, en la que invertimos cerca de 15’000.000 de dólares, fue concebida por Ecuador de acuerdo a los parámetros de la normativa Andina», explicó.",
            "Palabras del presidente Lasso en la inauguración.",
            "President Lasso's words at the opening.",
        ),
        (
            "cebaf-macara-boluarte-2023",
            "cost",
            "18000000",
            "USD",
            True,
            "2023-06-14",
            "day",
            "",
            "prensalatina-cebaf-macara-2023",
            "Esta infraestructura tiene un costo superior a los 18 millones de dólares y servirá para el control de personas y mercadería que ingrese y salga desde Ecuador al Perú y viceversa, detalló Boluarte.",
            "«Superior a»: una cota inferior, en palabras de la presidenta Boluarte.",
            "“More than”: a lower bound, in President Boluarte's words.",
        ),
    ],
    cites=[
        ("programme", REPORT_2015, "e. Centros Binacionales de Atención en Frontera (CEBAF)"),
        (
            "parent",
            "mtop-xvi-comision-vecindad-2024",
            "mantenimientos de los puentes localizados en los ejes viales 2 y 3 en Huaquillas y Macará",
        ),
        (
            "agreement",
            "cronica-reapertura-frontera-2022",
            "La construcción de los CEBAF fue un compromiso asumido por Ecuador y Perú en el marco de los Acuerdos de Paz, luego de establecer la prioridad de cinco ejes viales binacionales, sobre los cuáles se debía implementar esos centros.",
        ),
        (
            "executing_entity",
            "mtop-cebaf-macara-viabilidad",
            "1.3 Entidad Ejecutora: Ministerio de Transporte y Obras Públicas – MTOP, Subsecretaria Regional 7.",
        ),
        (
            "territories",
            "prensalatina-cebaf-macara-2023",
            "A la ceremonia, que tuvo lugar en la ciudad de Macará, en la provincia ecuatoriana de Loja",
        ),
        ("territories", "radiociudad-cebaf-macara-2023", CEBAF_M_QUOTE),
        ("status", "radiociudad-cebaf-macara-2023", CEBAF_M_QUOTE),
        ("status_reported_on", "radiociudad-cebaf-macara-2023", CEBAF_M_QUOTE),
        ("end_date", "radiociudad-cebaf-macara-2023", CEBAF_M_QUOTE),
        (
            "start_date",
            "mtop-cebaf-macara-viabilidad",
            "Para la culminación de la obra se requiere de 6 meses: Inicio septiembre de 2014-y fecha de terminación: febrero de 2015",
        ),
        (
            "start_date",
            "prensalatina-cebaf-macara-2023",
            "La construcción del Cebaf comenzó en 2014 durante la gestión del expresidente Rafael Correa (2007-2017) pero la obra estuvo paralizada un largo tiempo.",
        ),
        (
            "amount",
            "mtop-cebaf-macara-viabilidad",
            "(16´652.941,43 US $)",
            None,
            True,
            "Es el presupuesto total, al centavo, del informe de viabilidad del propio ministerio ejecutor; las otras cifras son redondeos dichos en discursos de la inauguración.",
            "It is the total budget, to the cent, of the executing ministry's own feasibility report; the other figures are rounded amounts said in the opening speeches.",
        ),
        (
            "amount",
            "radiociudad-cebaf-macara-2023",
            "en la que invertimos cerca de 15’000.000 de dólares",
            "15000000",
        ),
        (
            "amount",
            "prensalatina-cebaf-macara-2023",
            "Esta infraestructura tiene un costo superior a los 18 millones de dólares",
            "18000000",
        ),
        ("currency", "mtop-cebaf-macara-viabilidad", "(16´652.941,43 US $)"),
        (
            "amount_as_of",
            "mtop-cebaf-macara-viabilidad",
            "Inicio septiembre de 2014",
            None,
            False,
            "",
            "",
            "El informe no muestra su fecha; se toma la del inicio de obra que da.",
            "The report shows no date; the start of works it gives is used.",
        ),
    ],
    sources=[
        "radiociudad-cebaf-macara-2023",
        "prensalatina-cebaf-macara-2023",
        "mtop-cebaf-macara-viabilidad",
        REPORT_2015,
    ],
)

# Axis 4 parts
project(
    "eje-4-tramo-vilcabamba-bellavista",
    "Eje Vial N.º 4: tramo Vilcabamba – Bellavista",
    "Road Axis No. 4: Vilcabamba – Bellavista section",
    kind="road_section",
    sector="transport",
    parent="eje-vial-4-loja-la-balsa",
    part_order=1,
    description_es="Primer tramo ecuatoriano del cuarto eje vial, de 101,79 km, por Yangana, Valladolid, Palanda y Bellavista.",
    description_en="The first Ecuadorian section of the fourth road axis, 101.79 km long, through Yangana, Valladolid and Palanda to Bellavista.",
    territories=["EC-110161", "EC-110162", "EC-190853", "EC-190850"],
    status="in_progress",
    status_on=("2018-10-28", "day"),
    reports=[
        (
            "eje-4-vilcabamba-2018",
            "in_progress",
            "2018-10-28",
            "day",
            "inconcluso",
            "unfinished",
            "eluniverso-cuarto-eje-2018",
            "Saliendo de Vilcabamba a Yangana, en los primeros 20 km, dos puentes asoman con estructuras inconclusas, les faltan barandas.",
        )
    ],
    cites=[
        (
            "parent",
            "eluniverso-cuarto-eje-2018",
            "Desde aquí se denomina el primer tramo del cuarto eje vial, que va hasta Bellavista (en Zamora Chinchipe) sumando 101,79 km",
        ),
        (
            "territories",
            "eluniverso-cuarto-eje-2018",
            "Esta primera vía sigue a Yangana, Valladolid, Palanda y Bellavista.",
        ),
        ("status", "eluniverso-cuarto-eje-2018", "dos puentes asoman con estructuras inconclusas"),
    ],
    sources=["eluniverso-cuarto-eje-2018"],
)
project(
    "eje-4-tramo-bellavista-zumba-la-balsa",
    "Eje Vial N.º 4: tramo Bellavista – Zumba – La Balsa",
    "Road Axis No. 4: Bellavista – Zumba – La Balsa section",
    kind="road_section",
    sector="transport",
    parent="eje-vial-4-loja-la-balsa",
    part_order=2,
    executing_entity="Ministerio de Infraestructura y Transporte (Ecuador)",
    entity_type="public",
    funders_es="Banco Interamericano de Desarrollo (préstamo)",
    funders_en="Inter-American Development Bank (loan)",
    description_es="Último tramo ecuatoriano del cuarto eje vial, hasta el puente de La Balsa: 53 km (El Universo, 2018), 54 km (MTOP, 2024) o 51,71 km (licitación de 2025). Licitación de diseño, construcción y mantenimiento (FIDIC, Libro Amarillo) iniciada en septiembre de 2025.",
    description_en="The last Ecuadorian section of the fourth road axis, to the La Balsa bridge: 53 km (El Universo, 2018), 54 km (MTOP, 2024) or 51.71 km (2025 tender). A design, build and maintain tender (FIDIC Yellow Book) opened in September 2025.",
    territories=["EC-190250", "EC-1902"],
    status="planned",
    status_on=("2025-09-03", "day"),
    reports=[
        (
            "eje-4-zumba-2018",
            "planned",
            "2018-10-28",
            "day",
            "por construir",
            "still to be built",
            "eluniverso-cuarto-eje-2018",
            "luego continúa en un segundo tramo de Bellavista hasta La Balsa (53 km).",
        ),
        (
            "eje-4-zumba-2024",
            "planned",
            "2024-06-21",
            "day",
            "préstamo del BID en negociación",
            "IDB loan under negotiation",
            "mtop-xvi-comision-vecindad-2024",
            "para esto se está negociando con el Banco Interamericano de Desarrollo- BID un préstamo por USD150 millones, para la construcción de los últimos 54 km",
        ),
        (
            "eje-4-zumba-2025",
            "planned",
            "2025-09-03",
            "day",
            "licitación iniciada",
            "tender opened",
            "zonadigital-iv-eje-licitacion-2025",
            "El Ministerio de Infraestructura y Transporte de Ecuador, con el respaldo financiero del Banco Interamericano de Desarrollo (BID), puso en marcha el proceso de licitación para el diseño, construcción y mantenimiento del tramo Bellavista – Zumba – La Balsa, en la provincia de Zamora Chinchipe.",
        ),
    ],
    amounts=[
        (
            "eje-4-zumba-bid-2024",
            "loan",
            "150000000",
            "USD",
            False,
            "2024-06-21",
            "day",
            "Banco Interamericano de Desarrollo",
            "mtop-xvi-comision-vecindad-2024",
            "se está negociando con el Banco Interamericano de Desarrollo- BID un préstamo por USD150 millones",
            "Préstamo en negociación.",
            "Loan under negotiation.",
        ),
        (
            "eje-4-zumba-inversion-2025",
            "cost",
            "150000000",
            "USD",
            False,
            None,
            "day",
            "Banco Interamericano de Desarrollo (préstamo)",
            "eloriente-iv-eje-licitacion",
            "Este proyecto estratégico contará con una inversión de $ 150 millones, financiados mediante un préstamo gestionado con el Banco Interamericano de Desarrollo (BID).",
            "",
            "",
        ),
    ],
    cites=[
        (
            "parent",
            "eluniverso-cuarto-eje-2018",
            "luego continúa en un segundo tramo de Bellavista hasta La Balsa (53 km).",
        ),
        (
            "executing_entity",
            "zonadigital-iv-eje-licitacion-2025",
            "El Ministerio de Infraestructura y Transporte de Ecuador, con el respaldo financiero del Banco Interamericano de Desarrollo (BID), puso en marcha el proceso de licitación",
        ),
        (
            "funders",
            "eloriente-iv-eje-licitacion",
            "financiados mediante un préstamo gestionado con el Banco Interamericano de Desarrollo (BID)",
        ),
        (
            "territories",
            "eloriente-iv-eje-licitacion",
            "incluyendo 10.800 del cantón Chinchipe y 114.300 de la provincia amazónica",
        ),
        (
            "territories",
            "zonadigital-iv-eje-licitacion-2025",
            "del tramo Bellavista – Zumba – La Balsa, en la provincia de Zamora Chinchipe",
        ),
        (
            "status",
            "zonadigital-iv-eje-licitacion-2025",
            "puso en marcha el proceso de licitación para el diseño, construcción y mantenimiento del tramo Bellavista – Zumba – La Balsa",
        ),
    ],
    sources=[
        "zonadigital-iv-eje-licitacion-2025",
        "mtop-xvi-comision-vecindad-2024",
        "eluniverso-cuarto-eje-2018",
        "eloriente-iv-eje-licitacion",
    ],
)
project(
    "puente-binacional-la-balsa",
    "Puente Binacional de Integración La Balsa (río Canchis)",
    "La Balsa Binational Integration Bridge (Canchis river)",
    kind="bridge",
    sector="transport",
    parent="eje-vial-4-loja-la-balsa",
    part_order=3,
    description_es="Puente sobre el río Canchis en La Balsa, caserío entre Zamora Chinchipe (Ecuador) y Cajamarca (Perú); la delegación del Plan Binacional, capítulo Ecuador, preparó su inauguración por los presidentes Lucio Gutiérrez y Alejandro Toledo.",
    description_en="A bridge over the Canchis river at La Balsa, a hamlet between Zamora Chinchipe (Ecuador) and Cajamarca (Peru); the delegation of the Binational Plan's Ecuadorian chapter prepared its opening by presidents Lucio Gutiérrez and Alejandro Toledo.",
    territories=["EC-19", "PE-06"],
    status="completed",
    status_on=("2003-03-08", "day"),
    end=("2003-03-08", "day"),
    reports=[
        (
            "la-balsa-2003",
            "completed",
            "2003-03-08",
            "day",
            "inauguración por los presidentes Gutiérrez y Toledo",
            "opening by presidents Gutiérrez and Toledo",
            "eluniverso-la-balsa-2003",
            "Los equipos definieron la ubicación de los presidentes, de Ecuador, coronel Lucio Gutiérrez, y de Perú, Alejandro Toledo, para la ceremonia de inauguración del puente",
        )
    ],
    cites=[
        (
            "territories",
            "eluniverso-la-balsa-2003",
            "En La Balsa, un caserío dividido por el río Canchis, ubicado entre Zamora Chinchipe (Ecuador) y Cajamarca (Perú), la gente se preparaba para la fiesta de hoy.",
        ),
        (
            "end_date",
            "eluniverso-la-balsa-2003",
            "la gente se preparaba para la fiesta de hoy",
            None,
            False,
            "",
            "",
            "Inferencia: «hoy» es la fecha del artículo, 8 de marzo de 2003.",
            "Inference: “today” is the article's date, 8 March 2003.",
        ),
        ("status", "eluniverso-la-balsa-2003", "para la ceremonia de inauguración del puente"),
    ],
    sources=["eluniverso-la-balsa-2003"],
)

# Axis reports beyond 2012
AXIS_EXTRA = {
    "eje-vial-4-loja-la-balsa": dict(
        start=("2008-01-01", "year"),
        status="in_progress",
        status_on=("2022-08-01", "month"),
        reports=[
            (
                "eje-vial-4-2018",
                "in_progress",
                "2018-10-28",
                "day",
                "inconcluso del lado ecuatoriano",
                "unfinished on the Ecuadorian side",
                "eluniverso-cuarto-eje-2018",
                "Se trata del denominado cuarto eje vial, obra que del lado ecuatoriano comenzó en el 2008.",
            ),
            (
                "eje-vial-4-2022",
                "in_progress",
                "2022-08-01",
                "month",
                "el lado ecuatoriano sigue sin construirse",
                "the Ecuadorian side still not built",
                "elproductor-iv-eje-2022",
                "24 años pasaron y no se construye la vía.",
            ),
        ],
        cites=[
            (
                "start_date",
                "eluniverso-cuarto-eje-2018",
                "obra que del lado ecuatoriano comenzó en el 2008",
            ),
            (
                "description",
                "elproductor-iv-eje-2022",
                "El compromiso de hace 24 años fue construir el corredor vial de integración binacional de 690 kilómetros en total, de los cuales 154 pertenecen al territorio ecuatoriano y el resto, cerca de 536 kilómetros, a la parte del Perú.",
            ),
            ("status", "elproductor-iv-eje-2022", "24 años pasaron y no se construye la vía."),
        ],
        sources=["eluniverso-cuarto-eje-2018", "elproductor-iv-eje-2022"],
        description_es="Uno de los cinco ejes viales binacionales de los Acuerdos de Paz de Brasilia (1998): 690 km en total, de los cuales 154 en el Ecuador y cerca de 536 en el Perú. Del lado ecuatoriano la obra comenzó en 2008.",
        description_en="One of the five binational road axes of the 1998 Brasilia peace agreements: 690 km in all, 154 in Ecuador and about 536 in Peru. On the Ecuadorian side works began in 2008.",
    ),
    "eje-vial-5-mendez-saramiriza": dict(
        decided_at="binational-cabinet-11",
        status="in_progress",
        status_on=("2017-10-01", "month"),
        reports=[
            (
                "eje-vial-5-2017",
                "in_progress",
                "2017-10-01",
                "month",
                "relanzamiento acordado en Trujillo; tramo ecuatoriano completado",
                "relaunch agreed at Trujillo; Ecuadorian section completed",
                "gestion-eje-vial-5-2017",
                "Para Ecuador, que ya ha completado su tramo de carretera, se trata de un proyecto simbólico por la inalienable relación de su país con el Amazonas",
            )
        ],
        cites=[
            (
                "decided_at",
                "gestion-eje-vial-5-2017",
                "El pasado día 20, los presidente de Ecuador, Lenín Moreno, y Perú, Pedro Pablo Kuczynski, acordaron en Trujillo el relanzamiento del proyecto después de años de abandono",
            ),
            ("status", "gestion-eje-vial-5-2017", "Faltaría hacer el tramo peruano"),
            (
                "status_reported_on",
                "gestion-eje-vial-5-2017",
                "El pasado día 20",
                None,
                False,
                "",
                "",
                "Mes inferido: la página no muestra su fecha; la reunión de Trujillo fue el 20 de octubre de 2017.",
                "Month inferred: the page shows no date; the Trujillo meeting was on 20 October 2017.",
            ),
        ],
        sources=["gestion-eje-vial-5-2017"],
        description_es="Uno de los cinco ejes viales binacionales de los Acuerdos de Paz de Brasilia (1998), de Méndez (Morona Santiago) al Perú: 385 km. En octubre de 2017 el Ecuador había completado su tramo y faltaba el peruano; los presidentes acordaron relanzarlo en Trujillo.",
        description_en="One of the five binational road axes of the 1998 Brasilia peace agreements, from Méndez (Morona Santiago) into Peru: 385 km. In October 2017 Ecuador had finished its section and Peru's was pending; the presidents agreed in Trujillo to relaunch it.",
    ),
}

# Programme A items of the 2015 report and the Peruvian chapter's programme
project(
    "plan-integral-huaquillas-aguas-verdes-canal-zarumilla",
    "Plan Integral para el espacio urbano conformado por las ciudades de Huaquillas y Aguas Verdes y el Canal de Zarumilla",
    "Integrated Plan for the urban space formed by the cities of Huaquillas and Aguas Verdes and the Zarumilla Canal",
    kind="study",
    sector="urban",
    programme=PROGRAMME_A,
    description_es="Primer proyecto que el informe del Plan Binacional a la XIV Comisión de Vecindad (septiembre de 2015) lista bajo el Programa A; la copia leída solo muestra el índice.",
    description_en="The first project that the Binational Plan's report to the 14th Neighbourhood Commission (September 2015) lists under Programme A; the copy read shows only the table of contents.",
    territories=["EC-0707", "PE-240302"],
    cites=[
        (
            "programme",
            REPORT_2015,
            "a. Plan Integral para el espacio urbano conformado por las ciudades de Huaquillas y Aguas Verdes y el Canal de Zarumilla",
        ),
        (
            "territories",
            REPORT_2015,
            "las ciudades de Huaquillas y Aguas Verdes y el Canal de Zarumilla",
        ),
    ],
    sources=[REPORT_2015],
    mechanism="neighbourhood-commission",
)
project(
    "proyecto-binacional-fronterizo-ec-pe-001",
    "Proyecto Binacional Fronterizo Perú / Ecuador EC-PE 001",
    "Peru / Ecuador Binational Border Project EC-PE 001",
    kind="project",
    programme=PROGRAMME_A,
    description_es="Listado bajo el Programa A en el informe de 2015; la copia leída no muestra su contenido.",
    description_en="Listed under Programme A in the 2015 report; the copy read does not show its content.",
    territories=[],
    cites=[
        ("programme", REPORT_2015, "b. Proyecto Binacional Fronterizo Perú / Ecuador EC-PE 001")
    ],
    sources=[REPORT_2015],
    mechanism="neighbourhood-commission",
)
project(
    "cooperacion-socio-sanitaria-fase-ii",
    "Programa de Cooperación Socio Sanitaria, II Fase, en apoyo al Plan Binacional de Desarrollo de la Región Fronteriza",
    "Social and Health Cooperation Programme, Phase II, in support of the Binational Development Plan of the Border Region",
    kind="programme",
    sector="health",
    programme=PROGRAMME_A,
    description_es="Listado bajo el Programa A en el informe de 2015; la copia leída no muestra su contenido.",
    description_en="Listed under Programme A in the 2015 report; the copy read does not show its content.",
    territories=[],
    cites=[
        (
            "programme",
            REPORT_2015,
            "c. Programa de Cooperación Socio Sanitaria, II Fase en apoyo al Plan Binacional de Desarrollo de la Región Fronteriza",
        )
    ],
    sources=[REPORT_2015],
    mechanism="neighbourhood-commission",
)
PIICA_QUOTE = "el Capítulo Perú ha formulado el Programa de Inversión Inter Cuencas Amazónicas 2017-2019 (PIICA-I) a ser ejecutado en un espacio territorial focalizado, bajo un modelo de intervención para el desarrollo e integración de cinco (5) cuencas hidrográficas en el sector medio del río Marañón que comprende a los distritos de El Cenepa, Río Santiago y Nieva (provincia de Condorcanqui), Aramango e Imaza (provincia de Bagua) y Morona y Manseriche (provincia de Datem del Marañón)."
project(
    "piica-i",
    "Programa de Inversión Inter Cuencas Amazónicas 2017-2019 (PIICA-I)",
    "Amazon Inter-Basin Investment Programme 2017–2019 (PIICA-I)",
    kind="programme",
    sector="multisector",
    executing_entity="Plan Binacional – Capítulo Perú",
    entity_type="public",
    description_es="Programa formulado por el Capítulo Perú para cinco cuencas del sector medio del río Marañón, en los distritos de El Cenepa, Río Santiago y Nieva (Condorcanqui), Aramango e Imaza (Bagua), y Morona y Manseriche (Datem del Marañón): unos 37.000 km² y cerca de 115 mil habitantes. Cinco líneas de acción: productiva, conectividad, social, fortalecimiento de capacidades y desarrollo urbano. Los distritos de Amazonas (Condorcanqui, Bagua) no figuran aún entre las unidades del portal.",
    description_en="A programme formulated by the Peruvian chapter for five basins of the middle Marañón, in the districts of El Cenepa, Río Santiago and Nieva (Condorcanqui), Aramango and Imaza (Bagua), and Morona and Manseriche (Datem del Marañón): about 37,000 km² and some 115 thousand inhabitants. Five lines of action: production, connectivity, social, capacity building and urban development. The Amazonas districts (Condorcanqui, Bagua) are not yet among the portal's units.",
    territories=["PE-160704", "PE-160703"],
    start=("2017-01-01", "year"),
    end=("2019-01-01", "year"),
    cites=[
        ("title", "planbinacional-pe-piica", PIICA_QUOTE),
        ("territories", "planbinacional-pe-piica", PIICA_QUOTE),
        ("executing_entity", "planbinacional-pe-piica", PIICA_QUOTE),
        (
            "start_date",
            "planbinacional-pe-piica",
            "Programa de Inversión Inter Cuencas Amazónicas 2017-2019 (PIICA-I)",
        ),
        (
            "end_date",
            "planbinacional-pe-piica",
            "Programa de Inversión Inter Cuencas Amazónicas 2017-2019 (PIICA-I)",
        ),
    ],
    sources=["planbinacional-pe-piica"],
)
FONDO = "americaeconomia-fondo-binacional-2012"
FONDO_QUOTE = "Agregó que en estos once años el fondo relativo a la parte peruana ha articulado una inversión de aproximadamente 52 millones de dólares para ejecutar 493 pequeños proyectos de gran impacto social en las zonas más alejadas de Amazonas, Cajamarca, Tumbes, Piura y Loreto."
project(
    "fondo-binacional-cartera-peruana",
    "Fondo Binacional: cartera peruana de pequeños proyectos (2001–2012, agregado)",
    "Binational Fund: the Peruvian portfolio of small projects (aggregate)",
    kind="portfolio",
    sector="multisector",
    executing_entity="Fondo Binacional para la Paz y el Desarrollo (parte peruana)",
    entity_type="public",
    funded=True,
    description_es="El conjunto de los 493 pequeños proyectos que el fondo de la parte peruana financió en sus primeros once años, según el director ejecutivo del Capítulo Perú (febrero de 2012). No se encontró la lista de los proyectos. Amazonas no figura aún entre las unidades del portal.",
    description_en="The whole of the 493 small projects that the Peruvian side's fund financed in its first eleven years, according to the Peruvian chapter's executive director (February 2012). No list of the projects was found. Amazonas is not yet among the portal's units.",
    territories=["PE-06", "PE-16", "PE-20", "PE-24"],
    amount=("52000000", "USD", "2012-02-01", "month"),
    amounts=[
        (
            "fondo-cartera-peruana-2012",
            "contribution",
            "52000000",
            "USD",
            True,
            "2012-02-01",
            "month",
            "Fondo Binacional (parte peruana)",
            FONDO,
            FONDO_QUOTE,
            "Inversión articulada en once años.",
            "Investment brought together over eleven years.",
        )
    ],
    cites=[
        ("title", FONDO, FONDO_QUOTE),
        ("territories", FONDO, FONDO_QUOTE),
        ("amount", FONDO, FONDO_QUOTE),
        ("currency", FONDO, FONDO_QUOTE),
        (
            "amount_as_of",
            FONDO,
            "La V Reunión Binacional entre Perú y Ecuador prevista para este 29 de febrero",
            None,
            False,
            "",
            "",
            "Mes inferido de la reunión «prevista para este 29 de febrero» (2012).",
            "Month inferred from the meeting “planned for this 29 February” (2012).",
        ),
        ("funded_by_binational_fund", FONDO, FONDO_QUOTE),
    ],
    sources=[FONDO],
)
for slug, extra in AXIS_EXTRA.items():
    target = next(p for p in PROJECTS if p["slug"] == slug)
    for key, value in extra.items():
        if isinstance(value, list):
            target[key] = target.get(key, []) + value
        else:
            target[key] = value

# Descriptions of axes 1–3 (the loop's generic ones)
for p in PROJECTS:
    if p["slug"] in (
        "eje-vial-1-guayaquil-piura",
        "eje-vial-2-arenillas-sullana",
        "eje-vial-3-loja-sullana",
    ):
        length = {
            "eje-vial-1-guayaquil-piura": ("538 km", "538 km"),
            "eje-vial-2-arenillas-sullana": (
                "244 km del lado de Ecuador, según la fuente",
                "244 km on the Ecuadorian side, per the source",
            ),
            "eje-vial-3-loja-sullana": ("319 km", "319 km"),
        }[p["slug"]]
        p["description_es"] = (
            f"Uno de los cinco ejes viales binacionales de los Acuerdos de Paz de Brasilia (1998): {length[0]}. Concluido en marzo de 2012, según el presidente Correa en el V Gabinete Binacional."
        )
        p["description_en"] = (
            f"One of the five binational road axes of the 1998 Brasilia peace agreements: {length[1]}. Completed by March 2012, according to President Correa at the 5th Binational Cabinet."
        )
        p["status"], p["status_on"] = "completed", ("2012-03-01", "day")
    if (
        p["slug"] in ("eje-vial-4-loja-la-balsa", "eje-vial-5-mendez-saramiriza")
        and "status" not in p
    ):
        p["status"] = "in_progress"

# ---------------------------------------------------------------- fund figures
FUND_FIGURES = [
    (
        "fondo-pe-proyectos-2012",
        "projects",
        "Pequeños proyectos ejecutados con el fondo de la parte peruana en once años",
        "Small projects carried out with the Peruvian side's fund over eleven years",
        "493",
        "",
        False,
        FONDO_QUOTE,
    ),
    (
        "fondo-pe-monto-2012",
        "amount",
        "Inversión articulada por el fondo de la parte peruana en once años",
        "Investment brought together by the Peruvian side's fund over eleven years",
        "52000000",
        "USD",
        True,
        FONDO_QUOTE,
    ),
    (
        "fondo-invertido-2012",
        "amount",
        "Inversión total declarada tras once años de funcionamiento del Fondo Binacional",
        "Total investment stated after eleven years of the Binational Fund",
        "3375000000",
        "USD",
        False,
        "El director ejecutivo del Capítulo Perú del Plan Binacional Perú-Ecuador, embajador Vicente Rojas, señaló que luego de once años de funcionamiento del Fondo Binacional para la Paz y el Desarrollo Perú-Ecuador, se han invertido US$3.375 millones.",
    ),
    (
        "fondo-pe-distritos-2012",
        "districts",
        "Distritos fronterizos más pobres identificados por el Capítulo Perú para priorizar obras",
        "Poorest border districts the Peruvian chapter identified to prioritise works",
        "82",
        "",
        False,
        "En este proceso, el Capítulo Perú ha identificado a 82 distritos de las zonas de frontera como las más pobres de la zona de influencia del Plan Binacional, de las cuales 14 tienen índices de pobreza que varían entre 80% y 90%.",
    ),
]

# ---------------------------------------------------------------- value-chain places
CHAIN_PLACES = [
    # chain, unit, role, source, locator, quote
    (
        "coffee",
        "PE-06",
        "produces",
        "gorecajamarca-cafe-2023",
        "",
        "De acuerdo a registros agrícolas, en las provincias de Cajamarca son 74 mil hectáreas destinadas al cultivo de este producto, que implica el trabajo de 42 mil agricultores. Cajamarca representa el 40% de café exportado por Perú.",
    ),
    (
        "coffee",
        "PE-0609",
        "produces",
        "gorecajamarca-cafe-2023",
        "",
        "Cajamarca registra una producción del 20.9%, se observa una especial concentración en San Ignacio con el 12,6%, Jaén 7,3%, Cutervo 0,6%, San Miguel 0,2% y Chota 0,1%.",
    ),
    (
        "coffee",
        "PE-0608",
        "produces",
        "gorecajamarca-cafe-2023",
        "",
        "se observa una especial concentración en San Ignacio con el 12,6%, Jaén 7,3%, Cutervo 0,6%, San Miguel 0,2% y Chota 0,1%.",
    ),
    (
        "coffee",
        "EC-1908",
        "produces",
        "elcomercio-cafe-arabigo-2018",
        "",
        "Este caserío del cantón Palanda es uno de los más productivos de Zamora Chinchipe para cultivar café arábigo.",
    ),
    (
        "coffee",
        "EC-1902",
        "produces",
        "lahora-cuarto-eje-2019",
        "",
        "estos cantones se mantengan en un retraso permanente, pese a ser estos sectores cuna del mejor cacao y café de la provincia.",
    ),
    (
        "coffee",
        "EC-19",
        "produces",
        "elcomercio-cafe-arabigo-2018",
        "",
        "Ese año se juntaron con otras cinco asociaciones de cafetaleros de Zamora Chinchipe, Loja y El Oro.",
    ),
    (
        "coffee",
        "EC-11",
        "produces",
        "elcomercio-cafe-arabigo-2018",
        "",
        "Ese año se juntaron con otras cinco asociaciones de cafetaleros de Zamora Chinchipe, Loja y El Oro.",
    ),
    (
        "coffee",
        "EC-07",
        "produces",
        "elcomercio-cafe-arabigo-2018",
        "",
        "Ese año se juntaron con otras cinco asociaciones de cafetaleros de Zamora Chinchipe, Loja y El Oro.",
    ),
]
CHAIN_FIGURES = [
    # key, chain, unit, kind, label_es, label_en, value, currency, approx, as_of, precision, period, source, quote
    (
        "cafe-cajamarca-hectareas-2023",
        "coffee",
        "PE-06",
        "hectares",
        "Hectáreas de café en las provincias de Cajamarca",
        "Hectares of coffee in the provinces of Cajamarca",
        "74000",
        "",
        True,
        "2023-03-30",
        "day",
        None,
        "gorecajamarca-cafe-2023",
        "en las provincias de Cajamarca son 74 mil hectáreas destinadas al cultivo de este producto, que implica el trabajo de 42 mil agricultores.",
    ),
    (
        "cafe-cajamarca-agricultores-2023",
        "coffee",
        "PE-06",
        "producers",
        "Agricultores de café en Cajamarca",
        "Coffee farmers in Cajamarca",
        "42000",
        "",
        True,
        "2023-03-30",
        "day",
        None,
        "gorecajamarca-cafe-2023",
        "que implica el trabajo de 42 mil agricultores.",
    ),
    (
        "cafe-cajamarca-exportaciones-2022",
        "coffee",
        "PE-06",
        "amount",
        "Exportaciones de café de Cajamarca en 2022 (más de)",
        "Coffee exports of Cajamarca in 2022 (more than)",
        "500000000",
        "USD",
        True,
        "2023-03-30",
        "day",
        (2022, 2022),
        "gorecajamarca-cafe-2023",
        "El café cajamarquino reportó una venta en exportación por más de 500 millones de dólares durante el 2022, lo que significa el doble de venta con respecto al año 2021.",
    ),
    (
        "cafe-cajamarca-hectareas-2021",
        "coffee",
        "PE-06",
        "hectares",
        "Hectáreas de cultivo de café en Cajamarca",
        "Hectares of coffee in Cajamarca",
        "70000",
        "",
        False,
        "2021-09-07",
        "day",
        None,
        "larepublica-cafe-cajamarca-2021",
        "El funcionario remarcó que son 42.000 productores y 70.000 hectáreas de cultivo que involucra esta actividad.",
    ),
    (
        "cafe-cajamarca-exportaciones-2021",
        "coffee",
        "PE-06",
        "amount",
        "Exportaciones de café de Cajamarca a septiembre de 2021 (más de)",
        "Coffee exports of Cajamarca to September 2021 (more than)",
        "240000000",
        "USD",
        True,
        "2021-09-07",
        "day",
        (2021, 2021),
        "larepublica-cafe-cajamarca-2021",
        "informó que la exportación de café a setiembre de 2021 supera los 240 millones de dólares",
    ),
    (
        "cafe-fapecafes-socios-2018",
        "coffee",
        None,
        "producers",
        "Socios de Fapecafes (Zamora Chinchipe, Loja y El Oro)",
        "Members of Fapecafes (Zamora Chinchipe, Loja and El Oro)",
        "1200",
        "",
        False,
        "2018-07-01",
        "month",
        None,
        "elcomercio-cafe-arabigo-2018",
        "Todas forman parte de la Federación Regional de Asociaciones de Pequeños Cafetaleros Ecológicos del Sur del Ecuador (Fapecafes), que aglutina a 1 200 socios.",
    ),
]


def _date(value):
    return value


def build():
    sources = []
    for (
        key,
        t_es,
        t_en,
        kind,
        publisher,
        date,
        precision,
        url,
        official,
        note_es,
        note_en,
    ) in SOURCES:
        sources.append(
            {
                "model": "zif_portal.source",
                "fields": {
                    "key": key,
                    "title_es": t_es,
                    "title_en": t_en,
                    "kind": kind,
                    "publisher": publisher,
                    "published_on": date,
                    "published_precision": precision,
                    "url": url,
                    "language": "es",
                    "is_official": official,
                    "note_es": note_es,
                    "note_en": note_en,
                },
            }
        )
    projects, citations = [], []

    def cite(
        model,
        record,
        field,
        source,
        quote,
        value=None,
        preferred=False,
        reason_es="",
        reason_en="",
        note_es="",
        note_en="",
    ):
        fields = {
            "content_type": ["plan", model],
            "record": [record],
            "field": field,
            "source": [source],
            "quote": quote,
        }
        if value:
            fields["value"] = value
        if preferred:
            fields.update(preferred=True, reason_es=reason_es, reason_en=reason_en)
        if note_en:
            # An inference is said where the value is located in the source.
            fields["locator"] = f"Inference: {note_en}"[:300]
        citations.append({"model": "zif_portal.citation", "fields": fields})

    for p in PROJECTS:
        fields = {
            "slug": p["slug"],
            "programme": [p["programme"]] if p.get("programme") else None,
            "title_es": p["title_es"],
            "title_en": p["title_en"],
            "title_language": "es",
            "description_es": p.get("description_es", ""),
            "description_en": p.get("description_en", ""),
            "kind": p.get("kind", "project"),
            "sector": p.get("sector", ""),
            "parent": [p["parent"]] if p.get("parent") else None,
            "part_order": p.get("part_order", 0),
            "executing_entity": p.get("executing_entity", ""),
            "entity_type": p.get("entity_type", ""),
            "funders_es": p.get("funders_es", ""),
            "funders_en": p.get("funders_en", ""),
            "agreement": [p["agreement"]] if p.get("agreement") else None,
            "mechanism": [p["mechanism"]] if p.get("mechanism") else None,
            "decided_at": [p["decided_at"]] if p.get("decided_at") else None,
            "status": p.get("status", "not_reported"),
            "status_reported_on": p["status_on"][0] if p.get("status_on") else None,
            "status_reported_precision": p["status_on"][1] if p.get("status_on") else "day",
            "start_date": p["start"][0] if p.get("start") else None,
            "start_precision": p["start"][1] if p.get("start") else "day",
            "end_date": p["end"][0] if p.get("end") else None,
            "end_precision": p["end"][1] if p.get("end") else "day",
            "amount": p["amount"][0] if p.get("amount") else None,
            "currency": p["amount"][1] if p.get("amount") else "",
            "amount_as_of": p["amount"][2] if p.get("amount") else None,
            "amount_as_of_precision": p["amount"][3] if p.get("amount") else "day",
            "funded_by_binational_fund": p.get("funded", False),
            # Fixed, so that loading twice changes nothing: when the portal recorded it.
            "created_at": "2026-12-02T06:00:00Z",
            "updated_at": "2026-12-02T06:00:00Z",
            "value_chains": [],
            "sources": [[s] for s in p["sources"]],
        }
        projects.append({"model": "plan.project", "fields": fields})
        for code in p.get("territories", []):
            projects.append(
                {
                    "model": "plan.projectterritory",
                    "fields": {"project": [p["slug"]], "unit": [code]},
                }
            )
        for key, status, date, precision, ev_es, ev_en, source, quote in p.get("reports", []):
            projects.append(
                {
                    "model": "plan.projectstatusreport",
                    "fields": {
                        "key": key,
                        "project": [p["slug"]],
                        "status": status,
                        "reported_on": date,
                        "reported_precision": precision,
                        "event_es": ev_es,
                        "event_en": ev_en,
                        "source": [source],
                        "quote": quote,
                    },
                }
            )
        for (
            key,
            kind,
            amount,
            currency,
            approx,
            as_of,
            precision,
            party,
            source,
            quote,
            note_es,
            note_en,
        ) in p.get("amounts", []):
            projects.append(
                {
                    "model": "plan.projectamount",
                    "fields": {
                        "key": key,
                        "project": [p["slug"]],
                        "kind": kind,
                        "amount": amount,
                        "currency": currency,
                        "approximate": approx,
                        "as_of": as_of,
                        "as_of_precision": precision,
                        "party": party,
                        "source": [source],
                        "quote": quote,
                        "note_es": note_es,
                        "note_en": note_en,
                    },
                }
            )
        for entry in p.get("cites", []):
            field, source, quote, *rest = entry
            value = rest[0] if len(rest) > 0 else None
            preferred = rest[1] if len(rest) > 1 else False
            reason_es = rest[2] if len(rest) > 2 else ""
            reason_en = rest[3] if len(rest) > 3 else ""
            note_es = rest[4] if len(rest) > 4 else ""
            note_en = rest[5] if len(rest) > 5 else ""
            cite(
                "project",
                p["slug"],
                field,
                source,
                quote,
                value,
                preferred,
                reason_es,
                reason_en,
                note_es,
                note_en,
            )
        # The status a project holds is cited by the report it comes from.
        if (
            p.get("status")
            and p.get("reports")
            and not any(c[0] == "status" for c in p.get("cites", []))
        ):
            last = p["reports"][-1]
            cite("project", p["slug"], "status", last[6], last[7])

    for key, kind, l_es, l_en, value, currency, approx, quote in FUND_FIGURES:
        projects.append(
            {
                "model": "plan.planfigure",
                "fields": {
                    "key": key,
                    "fund": ["binational-fund"],
                    "value_chain": None,
                    "unit": None,
                    "source": [FONDO],
                    "kind": kind,
                    "label_es": l_es,
                    "label_en": l_en,
                    "value": value,
                    "currency": currency,
                    "approximate": approx,
                    "as_of": "2012-02-01",
                    "as_of_precision": "month",
                    "quote": quote,
                    "note_es": "Once años de funcionamiento del fondo, a febrero de 2012 (fecha inferida).",
                    "note_en": "Eleven years of the fund's work, to February 2012 (inferred date).",
                },
            }
        )

    places = []
    for chain, code, role, source, locator, quote in CHAIN_PLACES:
        places.append(
            {
                "model": "plan.valuechainterritory",
                "fields": {
                    "value_chain": [chain],
                    "unit": [code],
                    "role": role,
                    "source": [source],
                    "locator": locator,
                    "quote": quote,
                },
            }
        )
    for order, (
        key,
        chain,
        code,
        kind,
        l_es,
        l_en,
        value,
        currency,
        approx,
        as_of,
        precision,
        period,
        source,
        quote,
    ) in enumerate(CHAIN_FIGURES):
        places.append(
            {
                "model": "plan.planfigure",
                "fields": {
                    "key": key,
                    "fund": None,
                    "value_chain": [chain],
                    "unit": [code] if code else None,
                    "source": [source],
                    "kind": kind,
                    "label_es": l_es,
                    "label_en": l_en,
                    "value": value,
                    "currency": currency,
                    "approximate": approx,
                    "period_start": period[0] if period else None,
                    "period_end": period[1] if period else None,
                    "as_of": as_of,
                    "as_of_precision": precision,
                    "quote": quote,
                    "order": order,
                },
            }
        )

    write("51_sources_projects.json", sources)
    write("52_projects.json", projects)
    write("54_value_chain_places.json", places)
    write("55_project_citations.json", citations)


def write(name, records):
    (FIXTURES / name).write_text(
        json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{name}: {len(records)} records")


if __name__ == "__main__":
    build()
