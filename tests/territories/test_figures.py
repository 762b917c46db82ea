import datetime
from decimal import Decimal

import pytest

from territories.figures import check_unit_figures, check_zone_figures
from tests.factories import (
    make_country,
    make_figure,
    make_province_with_cantons,
    make_unit,
    make_zone,
)

pytestmark = pytest.mark.django_db


def test_canton_count_shows_stated_and_listed_values_and_units_created_after_the_date():
    province = make_province_with_cantons("EC-19", 3)
    late = make_unit("EC-1904", parent=province, established_on=datetime.date(2024, 10, 1))
    make_figure(
        "count",
        unit=province,
        kind="unit_count",
        counted_level="canton",
        value=3,
        as_of=datetime.date(2003, 1, 21),
    )
    (check,) = check_unit_figures(province)
    assert check.stated == 3
    assert check.listed == 4
    assert check.listed_at_date == 3
    assert check.difference == 1
    assert check.matches is False
    assert check.created_after == [late.code]


def test_area_and_share_are_summed_over_the_top_members():
    make_country("PE", area_km2=Decimal("1000"))
    tumbes = make_unit("PE-24", area_km2=Decimal("100"))
    make_unit("PE-2401", parent=tumbes, area_km2=Decimal("60"))
    piura = make_unit("PE-20", area_km2=Decimal("120"))
    zone = make_zone("side", members=[tumbes, piura], country_id="PE")
    make_figure("area", zone=zone, kind="area_km2", value=220)
    make_figure("share", zone=zone, kind="share_pct", value=25)
    checks = {c.figure.key: c for c in check_zone_figures(zone)}
    assert checks["area"].listed == Decimal("220.00")
    assert checks["area"].matches is True
    assert checks["share"].listed == Decimal("22.0")
    assert checks["share"].difference == Decimal("-3.0")


def test_area_is_not_computable_when_a_member_has_no_area():
    zone = make_zone("z", members=[make_unit("EC-07"), make_unit("EC-11", area_km2=5)])
    make_figure("area", zone=zone, kind="area_km2", value=10)
    (check,) = check_zone_figures(zone)
    assert check.listed is None
    assert check.units_missing_value == 1


def test_zone_with_an_incomplete_member_list_is_not_compared():
    zone = make_zone("z", members=[make_unit("PE-24", area_km2=5)], members_complete=False)
    make_figure("area", zone=zone, kind="area_km2", value=10)
    (check,) = check_zone_figures(zone)
    assert check.members_incomplete is True
    assert check.listed is None
