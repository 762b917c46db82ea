"""The real districts of the 17 Peruvian ZIF provinces and parishes of the 8 Ecuadorian
ones (`fixtures/22_local_units.json`, written by `tools/facts/build_local_units.py`),
each value cited, apart from the synthetic scale data.

The counts are computed from the committed fixture, so these tests run without
`../shared/geo/sources`; the one that reruns the generator is skipped without them."""

import importlib.util
import json
import os
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command

from territories.models import LOCAL_LEVELS, AdministrativeUnit, Level

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
GEO_SOURCES = Path(os.environ.get("ZIF_GEO_SOURCES", ROOT.parent / "shared" / "geo" / "sources"))
UBIGEO = "ubigeo-peru-aumentado"
MINAM = "minam-limites-distritales-2007"
PE_ZIF_PROVINCES = [
    "PE-2401", "PE-2402", "PE-2403", "PE-2001", "PE-2002", "PE-2003", "PE-2004", "PE-2005",
    "PE-2006", "PE-2007", "PE-2008", "PE-1601", "PE-1602", "PE-1607", "PE-1608", "PE-0608",
    "PE-0609",
]  # fmt: skip
# The districts of ubigeo_distrito.csv (commit a783fa6) in each province; Maynas without
# the two codes the file still lists there for districts moved to Putumayo in 2014.
CSV_COUNTS = {
    "PE-0608": 12, "PE-0609": 7, "PE-1601": 11, "PE-1602": 6, "PE-1607": 6, "PE-1608": 4,
    "PE-2001": 10, "PE-2002": 10, "PE-2003": 8, "PE-2004": 10, "PE-2005": 7, "PE-2006": 8,
    "PE-2007": 6, "PE-2008": 6, "PE-2401": 6, "PE-2402": 3, "PE-2403": 4,
}  # fmt: skip
DPA = "inec-dpa-parish-copy"
DPA_PARISHES = os.environ.get("ZIF_DPA_PARISHES", "/tmp/dpa_parishes.txt")
# The parishes of provincias_cantones_parroquias.php (commit 35bfeb2) in each province.
DPA_COUNTS = {
    "EC-07": 91, "EC-11": 114, "EC-14": 73, "EC-15": 29, "EC-16": 24, "EC-19": 47,
    "EC-21": 38, "EC-22": 34,
}  # fmt: skip
# Sevilla Don Bosco (2019) is not in the file: it has no parishes.
CANTONS_WITHOUT_PARISHES = {"EC-1413"}
UBIGEO_FIELDS = ("code", "name", "parent", "seat", "area_km2", "seat_latitude", "seat_longitude")


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


def fixture_records():
    return json.loads((ROOT / "fixtures" / "22_local_units.json").read_text(encoding="utf-8"))


def districts():
    return AdministrativeUnit.objects.filter(level=Level.DISTRICT).prefetch_related(
        "citations__source", "sources"
    )


def test_every_zif_province_has_its_districts_coded_from_its_own_code():
    per_province = Counter(d.parent_id for d in districts())
    assert set(per_province) == set(PE_ZIF_PROVINCES)
    committed = Counter(
        r["fields"]["parent"][0] for r in fixture_records() if r["fields"]["country"] == ["PE"]
    )
    assert per_province == committed == Counter(CSV_COUNTS)
    for district in districts().select_related("parent"):
        assert district.country_id == "PE"
        assert len(district.code) == 9 and district.code.startswith(district.parent_id)
        assert district.zif_membership == district.parent.zif_membership
        assert district.parent.code in district.zif_basis_en
        district.full_clean()


def test_putumayos_districts_have_todays_codes_not_the_superseded_maynas_ones():
    codes = set(districts().values_list("code", flat=True))
    assert {"PE-160801", "PE-160802", "PE-160803", "PE-160804"} <= codes
    assert not codes & {"PE-160109", "PE-160114"}


def test_every_value_of_a_district_cites_its_source_with_a_locator():
    for district in districts():
        cited = {(c.field, c.source.key): c for c in district.citations.all()}
        for field in UBIGEO_FIELDS:
            citation = cited[(field, UBIGEO)]
            assert f"inei {district.code[3:]}" in citation.locator, (district.code, field)
            assert getattr(district, field) not in (None, ""), (district.code, field)
        assert cited[("name", UBIGEO)].quote  # the file's own spelling
        if district.establishment_basis_en:
            assert f"IDDIST {district.code[3:]}" in cited[("establishment_basis", MINAM)].locator
            assert district.sources.filter(key=MINAM).exists()
        if district.established_on:
            assert ("established_on", MINAM) in cited
        assert district.sources.filter(key=UBIGEO).exists()


def test_the_creation_norms_are_read_not_guessed():
    jaen = AdministrativeUnit.objects.get(code="PE-060803")  # Chontali
    assert str(jaen.established_on) == "1943-12-28"
    assert jaen.establishment_basis_es == "Ley N° 9868 (28 de diciembre de 1943)"
    independence = AdministrativeUnit.objects.get(code="PE-060801")  # Jaén
    assert independence.established_on is None
    assert "Independence" in independence.establishment_basis_en
    # The 2007 layer has no record with Putumayo's codes of today: nothing is taken.
    for code in ("PE-160801", "PE-160802", "PE-160803", "PE-160804"):
        unit = AdministrativeUnit.objects.get(code=code)
        assert unit.established_on is None and not unit.establishment_basis_en


def test_no_real_district_or_parish_is_labelled_synthetic():
    real = AdministrativeUnit.objects.filter(level__in=LOCAL_LEVELS)
    assert real.count() == sum(CSV_COUNTS.values()) + sum(DPA_COUNTS.values())
    assert not real.filter(name__startswith="[Synthetic]").exists()
    assert not real.filter(sources__key="synthetic-scale-data").exists()
    assert not real.filter(zif_basis_en__contains="[Synthetic]").exists()


def test_scale_data_goes_around_the_real_districts_and_leaves_them_untouched():
    real = {
        code: (name, parent)
        for code, name, parent in AdministrativeUnit.objects.filter(
            level__in=LOCAL_LEVELS
        ).values_list("code", "name", "parent_id")
    }
    call_command("generate_scale_data", units=400, verbosity=0)
    synthetic = AdministrativeUnit.objects.filter(name__startswith="[Synthetic]")
    assert synthetic.count() == 400
    assert not synthetic.filter(code__in=real).exists()
    # Under a province with real districts, synthetic ones take the codes after them.
    maynas = synthetic.filter(parent_id="PE-1601").values_list("code", flat=True)
    assert maynas and all(code not in real for code in maynas)
    call_command("generate_scale_data", clear=True, verbosity=0)
    after = AdministrativeUnit.objects.filter(level__in=LOCAL_LEVELS)
    assert {c: (n, p) for c, n, p in after.values_list("code", "name", "parent_id")} == real


def test_a_provinces_page_lists_its_districts(client):
    page = client.get("/en/territories/PE-1608/").content.decode()
    for name in ("Putumayo", "Rosa Panduro", "Teniente Manuel Clavero", "Yaguas"):
        assert name in page
    assert "/territories/PE-160804/" in page


def parishes():
    return AdministrativeUnit.objects.filter(level=Level.PARISH).prefetch_related(
        "citations__source", "sources"
    )


def zif_cantons():
    return AdministrativeUnit.objects.filter(
        country_id="EC", level=Level.CANTON, parent_id__in=DPA_COUNTS
    ).values_list("code", flat=True)


def test_every_zif_canton_but_sevilla_don_bosco_has_parishes_coded_from_its_code():
    per_canton = Counter(p.parent_id for p in parishes())
    assert set(per_canton) == set(zif_cantons()) - CANTONS_WITHOUT_PARISHES
    assert Counter(p.parent.parent_id for p in parishes().select_related("parent")) == Counter(
        DPA_COUNTS
    )
    for parish in parishes().select_related("parent"):
        assert parish.country_id == "EC"
        assert len(parish.code) == 9 and parish.code.startswith(parish.parent_id)
        assert parish.zif_membership == "full"
        assert parish.name and parish.name != parish.name.upper()
        parish.full_clean()


def test_every_parish_cites_its_code_name_and_canton_to_the_dpa_copy():
    for parish in parishes():
        cited = {(c.field, c.source.key): c for c in parish.citations.all()}
        for field in ("code", "name", "parent"):
            locator = cited[(field, DPA)].locator
            assert "provincias_cantones_parroquias.php" in locator, (parish.code, field)
            assert f"código {int(parish.code[3:])}" in locator, (parish.code, field)
        assert cited[("name", DPA)].quote.lower() == parish.name.lower()  # the file's form
        assert list(parish.sources.values_list("key", flat=True)) == [DPA]


def test_the_cabecera_cantonal_of_each_canton_is_its_parish_coded_50():
    for canton in set(zif_cantons()) - CANTONS_WITHOUT_PARISHES:
        seat = AdministrativeUnit.objects.get(code=f"{canton}50")
        assert seat.parent_id == canton
        assert (seat.description_es, seat.description_en) == (
            "Cabecera cantonal",
            "Seat of the canton",
        )
    others = parishes().exclude(code__endswith="50")
    assert not others.exclude(description_en="").exists()
    assert AdministrativeUnit.objects.get(code="EC-070150").name == "Machala"
    assert AdministrativeUnit.objects.get(code="EC-150451").name == (
        "Gonzalo Díaz de Pineda (El Bombón)"
    )


def test_a_cantons_page_lists_its_parishes(client):
    page = client.get("/en/territories/EC-0707/").content.decode()
    for name in ("Huaquillas", "Hualtaco", "Milton Reyes", "Unión Lojana"):
        assert name in page
    assert "/territories/EC-070750/" in page


def test_the_generator_reads_the_parish_file_into_the_same_fixtures(capsys):
    if not Path(DPA_PARISHES).exists():
        pytest.skip(f"the parish file is not at {DPA_PARISHES}")
    if not (GEO_SOURCES / "pe" / "cast_ubigeo_distrito.csv").exists():
        pytest.skip(f"the sources are not in {GEO_SOURCES}")
    path = ROOT / "tools" / "facts" / "build_local_units.py"
    spec = importlib.util.spec_from_file_location("build_local_units", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    args = ["--sources", str(GEO_SOURCES), "--parishes", DPA_PARISHES, "--check"]
    assert module.main(args) == 0
    out = capsys.readouterr().out
    assert "parishes: 450 (cabeceras cantonales: 71)" in out
    assert "ZIF cantons without a parish: EC-1413" in out


def test_the_generator_finds_the_fixtures_up_to_date(capsys):
    if not (GEO_SOURCES / "pe" / "cast_ubigeo_distrito.csv").exists():
        pytest.skip(f"the sources are not in {GEO_SOURCES}")
    path = ROOT / "tools" / "facts" / "build_local_units.py"
    spec = importlib.util.spec_from_file_location("build_local_units", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--sources", str(GEO_SOURCES), "--check"]) == 0
    assert "districts: 124" in capsys.readouterr().out
