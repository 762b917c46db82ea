"""Indicators and observations: derived values, zone sums, the audit, the pages and the API."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from indicators.derived import Series, change, density, share
from indicators.models import Census, Indicator, Observation, StatedValue
from indicators.tables import choropleth_classes, quantile_breaks
from tests.factories import make_source, make_unit, make_zone
from zif_portal.models import Citation

pytestmark = pytest.mark.django_db


def indicator(slug, formula="", **fields):
    return Indicator.objects.create(
        slug=slug,
        name_es=slug,
        name_en=slug,
        unit_of_measure_es="u",
        unit_of_measure_en="u",
        definition_es="d",
        definition_en="d",
        formula=formula,
        **fields,
    )


def census(slug, country, day):
    made = Census.objects.create(
        slug=slug,
        country_id=country,
        name_es=slug,
        name_en=slug,
        agency="INEC" if country == "EC" else "INEI",
        reference_date=day,
    )
    made.sources.set([make_source()])
    return made


def observe(unit, ind, cen, value, *, country=None, cite=True):
    obs = Observation.objects.create(
        key=f"{(unit.code if unit else country).lower()}-{ind.slug}-{cen.slug}",
        indicator=ind,
        country_id=unit.country_id if unit else country,
        unit=unit,
        census=cen,
        reference_date=cen.reference_date,
        value=Decimal(value),
    )
    source = make_source()
    obs.sources.set([source])
    if cite:
        from django.contrib.contenttypes.models import ContentType

        Citation.objects.create(
            content_type=ContentType.objects.get_for_model(Observation),
            object_id=obs.pk,
            field="value",
            source=source,
            locator="table 1",
        )
    return obs


@pytest.fixture
def world():
    pop = indicator("population", order=1)
    dens = indicator("density", "density", decimals=1, order=2)
    shr = indicator("national-share", "national_share", decimals=2, order=3)
    chg = indicator("change", "change", decimals=1, order=4)
    province = make_unit("EC-07", zif_membership="full", area_km2=Decimal("1000"))
    canton = make_unit("EC-0701", parent=province, zif_membership="full", area_km2=Decimal("250"))
    other = make_unit("EC-0702", parent=province, zif_membership="full", area_km2=None)
    small = make_unit("EC-0703", parent=province, zif_membership="full", area_km2=Decimal("10"))
    dept = make_unit("PE-24", zif_membership="full", area_km2=Decimal("4669.20"))
    c2010 = census("ec-2010", "EC", date(2010, 11, 28))
    c2022 = census("ec-2022", "EC", date(2022, 1, 1))
    p2017 = census("pe-2017", "PE", date(2017, 10, 22))
    obs = {
        "p2010": observe(province, pop, c2010, 600000),
        "p2022": observe(province, pop, c2022, 720000),
        "c2010": observe(canton, pop, c2010, 250000),
        "o2022": observe(other, pop, c2022, 5000),
        "s2022": observe(small, pop, c2022, 3000),
        "n2010": observe(None, pop, c2010, 14000000, country="EC"),
        "n2022": observe(None, pop, c2022, 16000000, country="EC"),
        "d2017": observe(dept, pop, p2017, 224863),
    }
    return {
        "indicators": {"population": pop, "density": dens, "share": shr, "change": chg},
        "units": {u.code: u for u in (province, canton, other, small, dept)},
        "censuses": [c2010, c2022, p2017],
        "obs": obs,
    }


def series_of(world):
    return Series(
        list(Observation.objects.select_related("indicator", "census")),
        world["units"],
        world["censuses"],
    )


def test_formulas():
    assert density(Decimal(1000), Decimal(8)) == Decimal("125.0000")
    assert share(Decimal(1), Decimal(3)) == Decimal("33.3333")
    assert change(Decimal(200), Decimal(250)) == Decimal("25.0000")
    assert change(Decimal(0), Decimal(5)) is None
    assert density(None, Decimal(5)) is None and density(Decimal(5), None) is None


def test_derived_density_share_and_change_say_from_what(world):
    series = series_of(world)
    ind = world["indicators"]
    c2010, c2022, _p = world["censuses"]
    value = series.value(ind["density"], "EC-07", c2022)
    assert value.value == Decimal("720.0000")  # 720,000 / 1,000 km²
    assert value.inputs == [world["obs"]["p2022"]]
    assert "720,000" in value.basis and "1,000" in value.basis
    assert series.value(ind["share"], "EC-07", c2022).value == Decimal("4.5000")
    growth = series.value(ind["change"], "EC-07", c2022)
    assert growth.value == Decimal("20.0000")  # 600,000 → 720,000
    assert growth.inputs == [world["obs"]["p2010"], world["obs"]["p2022"]]
    # No earlier census, no area, no population: missing, with the reason.
    assert series.value(ind["change"], "EC-07", c2010).missing
    assert series.value(ind["density"], "EC-0702", c2022).missing_reason
    assert series.value(ind["density"], "EC-0701", c2022).missing
    assert series.value(ind["change"], "EC-0701", c2022).missing  # no 2022 population


def test_derived_indicator_is_never_typed_in(world):
    obs = Observation(
        key="x",
        indicator=world["indicators"]["density"],
        country_id="EC",
        unit=world["units"]["EC-07"],
        census=world["censuses"][1],
        reference_date=date(2022, 1, 1),
        value=Decimal("1"),
    )
    with pytest.raises(ValidationError) as error:
        obs.full_clean()
    assert "indicator" in error.value.message_dict


def test_negative_population_is_refused_by_the_database_and_clean(world):
    obs = world["obs"]["p2010"]
    obs.value = Decimal("-1")
    with pytest.raises(ValidationError):
        obs.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        obs.save()


def test_future_reference_date_is_refused_by_the_database_and_clean(world):
    from django.utils import timezone

    obs = world["obs"]["p2010"]
    obs.reference_date = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        obs.full_clean()
    assert "reference_date" in error.value.message_dict
    # The database's today is UTC's, up to a day ahead of Guayaquil's (the validator's):
    # two days ahead is in the future for both, whatever the hour.
    day_after_tomorrow = timezone.localdate() + timedelta(days=2)
    obs.reference_date = day_after_tomorrow
    with pytest.raises(IntegrityError), transaction.atomic():
        obs.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Census.objects.filter(slug="ec-2010").update(reference_date=day_after_tomorrow)


def test_zone_sums_against_stated_value(world):
    from indicators.zones import check_stated_values

    zone = make_zone("zif-ecuador", members=[world["units"]["EC-07"]], country_id="EC")
    StatedValue.objects.create(
        key="zif-ecuador-population",
        zone=zone,
        indicator=world["indicators"]["population"],
        value=Decimal("700000"),
        source=make_source(),
        quote="about 700,000 inhabitants",
    )
    checks = {c.census.slug: c for c in check_stated_values()}
    assert set(checks) == {"ec-2010", "ec-2022"}  # the zone's country's censuses only
    assert checks["ec-2010"].listed == Decimal("600000")
    assert checks["ec-2010"].difference == Decimal("100000")
    assert checks["ec-2022"].difference == Decimal("-20000")
    assert checks["ec-2022"].counted == 1 == checks["ec-2022"].members


def test_zone_sum_counts_members_without_value(world):
    from indicators.zones import member_sums

    zone = make_zone("z", members=[world["units"]["EC-07"], world["units"]["EC-0701"]])
    sums = member_sums(zone, "population", world["censuses"][:2])
    assert sums[world["censuses"][0]] == (Decimal("850000"), 2, 2)
    assert sums[world["censuses"][1]] == (Decimal("720000"), 1, 2)


def test_audit_errors_and_findings(world):
    from zif_portal.audit import run_audit

    report = run_audit()
    assert not [p for p in report.errors if p.rule.startswith(("observation", "derived"))]
    # An observation without a citation of its value is an error.
    Citation.objects.filter(object_id=world["obs"]["c2010"].pk, field="value").delete()
    # A stored derived value that its inputs do not give is an error.
    bad = Observation.objects.create(
        key="ec-07-density-ec-2022",
        indicator=world["indicators"]["density"],
        country_id="EC",
        unit=world["units"]["EC-07"],
        census=world["censuses"][1],
        reference_date=date(2022, 1, 1),
        value=Decimal("700"),
    )
    bad.sources.set([make_source()])
    rules = [p.rule for p in run_audit().errors]
    assert "observation-source" in rules
    assert "derived-mismatch" in rules


def test_choropleth_marks_missing_values_and_classes(world):
    series = series_of(world)
    units = {c: u for c, u in world["units"].items() if c.startswith("EC-07")}
    classes, legend, missing = choropleth_classes(
        units, series, world["indicators"]["population"], 1, world["censuses"]
    )
    assert classes["EC-0701"][0] == "missing"  # no 2022 population
    assert classes["EC-07"][0].startswith("#") and classes["EC-0702"][0].startswith("#")
    assert classes["EC-07"][0] != classes["EC-0702"][0]  # 720,000 and 5,000 in other classes
    assert missing == 1
    assert sum(item["count"] for item in legend) == 3


def test_quantile_breaks():
    assert quantile_breaks([]) == []
    assert quantile_breaks([5, 5, 5]) == [5]
    breaks = quantile_breaks(list(range(1, 11)))
    assert breaks == [2, 4, 6, 8, 10]


def test_map_draws_choropleth_with_missing_hatch(world, client):
    response = client.get("/en/statistics/?census=2")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="stats-map-missing"' in html
    assert "no value (missing)" in html


def test_unit_page_shows_population_with_source(world, client):
    response = client.get("/en/territories/EC-07/")
    html = response.content.decode()
    assert 'id="statistics"' in html
    assert "720,000" in html and "600,000" in html
    assert "table 1" in html  # the citation's locator


def test_statistics_table_sorts_by_density(world, client):
    response = client.get("/en/statistics/?sort=density-2&order=desc")
    assert response.status_code == 200
    rows = response.context["rows"]
    cells = [r.cells.get("density-2") for r in rows]
    values = [c.value for c in cells if c is not None and not c.missing]
    assert values == [Decimal("720.0000"), Decimal("300.0000")]
    assert cells[0].value == Decimal("720.0000")
    assert cells[-1] is None or cells[-1].missing  # missing last


def test_csv_round_trip(world, client):
    response = client.get("/en/statistics/table.csv?sort=population-2&order=desc")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_code = {row["code"]: row for row in rows}
    assert by_code["EC-07"]["population-2.value"] == "720000"
    assert by_code["EC-07"]["population-2.census"] == "ec-2022"
    assert Decimal(by_code["EC-07"]["density-2.value"]) == Decimal("720")
    assert by_code["EC-0701"]["population-2.value"] == ""  # missing stays empty
    assert by_code["PE-24"]["population-1.value"] == "224863"
    # The values read back equal the database's.
    for obs in Observation.objects.filter(unit__isnull=False, census__slug="ec-2022"):
        assert Decimal(by_code[obs.unit_id]["population-2.value"]) == obs.value


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/en/statistics/?indicator=nope", 404),
        ("/en/statistics/indicators/nope/", 404),
        ("/en/statistics/?census=abc", 400),
        ("/en/statistics/?sort=nothing", 400),
        ("/en/statistics/?unknown=1", 400),
        ("/api/v1/indicators/nope/", 404),
        ("/api/v1/observations/nope/", 404),
        ("/api/v1/observations/?year=abc", 400),
        ("/api/v1/observations/?indicator=nope", 400),
        ("/api/v1/observations/?unit=EC-99", 400),
        ("/api/v1/observations/?zone=nope", 400),
    ],
)
def test_bad_input(world, client, path, status):
    assert client.get(path).status_code == status


def test_api_filters(world, client):
    data = client.get("/api/v1/observations/?indicator=population&country=PE&year=2017").json()
    assert data["count"] == 1
    item = data["results"][0]
    assert item["unit"] == "PE-24" and item["value"] == "224863" and item["census"] == "pe-2017"
    assert item["citations"][0]["field"] == "value"
    assert client.get("/api/v1/observations/?national=true").json()["count"] == 2
    assert client.get("/api/v1/observations/?level=canton").json()["count"] == 3
    zone = make_zone("zone-x", members=[world["units"]["EC-07"]])
    assert zone
    assert client.get("/api/v1/observations/?zone=zone-x").json()["count"] == 5
    csv_text = client.get("/api/v1/observations/?unit=EC-07&format=csv").content.decode()
    assert csv_text.splitlines()[0].startswith("key,")
    indicators = client.get("/api/v1/indicators/").json()["results"]
    assert [i["slug"] for i in indicators][:2] == ["population", "density"]
    assert indicators[1]["derived"] is True


def test_statistics_page_sets_stated_values_beside_members_sums(world, client):
    zone = make_zone("zone-y", members=[world["units"]["EC-07"]], country_id="EC")
    StatedValue.objects.create(
        key="zone-y-population",
        zone=zone,
        indicator=world["indicators"]["population"],
        value=Decimal("700000"),
        source=make_source(),
        quote="some 700,000 people",
    )
    response = client.get("/en/statistics/")
    checks = {c.census.slug: c for c in response.context["stated_checks"]}
    assert checks["ec-2022"].listed == Decimal("720000")
    assert checks["ec-2022"].difference == Decimal("-20000")
    assert "some 700,000 people" in response.content.decode()
