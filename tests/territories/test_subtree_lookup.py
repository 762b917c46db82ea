"""`code__within`: the subtree of a unit, read through the code's index on SQLite."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db


def test_within_finds_what_a_prefix_finds_for_every_unit(real_data):
    codes = list(AdministrativeUnit.objects.values_list("code", flat=True))
    assert len(codes) > 500
    for code in codes:
        within = set(
            AdministrativeUnit.objects.filter(code__within=code).values_list("code", flat=True)
        )
        assert within == {c for c in codes if c.startswith(code)}, code


def test_within_does_not_reach_a_neighbour_whose_code_sorts_next(real_data):
    # EC-07 (El Oro) and EC-08 sort side by side; EC-0701 is inside EC-07 only.
    inside = set(
        AdministrativeUnit.objects.filter(code__within="EC-07").values_list("code", flat=True)
    )
    assert "EC-07" in inside and "EC-0701" in inside
    assert not any(code.startswith(("EC-08", "EC-06", "PE-")) for code in inside)


def test_within_is_a_range_on_sqlite_and_a_prefix_elsewhere(real_data):
    with CaptureQueriesContext(connection) as queries:
        list(AdministrativeUnit.objects.filter(code__within="EC-07").values_list("pk"))
    sql = queries.captured_queries[0]["sql"]
    if connection.vendor == "sqlite":
        assert " >= " in sql and " < " in sql and "LIKE" not in sql
    else:
        assert "LIKE" in sql


def test_a_unit_moved_to_another_parent_leaves_its_old_subtree(real_data):
    # The code is the path: a parish moved to another canton takes that canton's
    # prefix (the model's constraints require it), and the filters follow at once.
    parish = (
        AdministrativeUnit.objects.filter(parent_id="EC-0701", children__isnull=True)
        .order_by("code")
        .first()
    )
    assert parish is not None
    new_code = "EC-070299"
    assert not AdministrativeUnit.objects.filter(code=new_code).exists()
    AdministrativeUnit.objects.filter(pk=parish.pk).update(code=new_code, parent_id="EC-0702")
    assert not AdministrativeUnit.objects.filter(code__within="EC-0701", pk=parish.pk).exists()
    assert AdministrativeUnit.objects.filter(code__within="EC-0702", pk=parish.pk).exists()
    assert AdministrativeUnit.objects.filter(code__within="EC-07", pk=parish.pk).exists()
