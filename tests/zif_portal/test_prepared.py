"""Prepared querysets: compiled once, run with new values, giving what the queryset
itself gives."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from plan.models import Project, ValueChain
from tests.factories import make_source, make_unit
from zif_portal.prepared import Prepared

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    unit = make_unit("EC-07")
    source = make_source()
    made = []
    for n, (amount, start) in enumerate(
        [(Decimal("1234.50"), datetime.date(2001, 2, 3)), (None, None)], start=1
    ):
        project = Project.objects.create(
            slug=f"p-{n}",
            title_es=f"Proyecto {n}",
            title_en=f"Project {n}",
            amount=amount,
            currency="USD" if amount else "",
            amount_as_of=start,
            start_date=start,
        )
        project.territories.add(unit)
        project.sources.add(source)
        made.append(project)
    return made


by_slug = Prepared(
    lambda slug: Project.objects.select_related("programme").filter(slug=slug), slug=str
)


def fields(project):
    return [getattr(project, f.attname) for f in Project._meta.concrete_fields]


def test_instances_are_those_of_the_queryset_with_new_values_each_time(projects):
    for project in projects:
        prepared = by_slug.first(slug=project.slug)
        assert fields(prepared) == fields(Project.objects.get(pk=project.pk))
        assert prepared._state.adding is False and prepared._state.db == "default"
    assert by_slug.first(slug="missing") is None


def test_values_keep_the_database_converters(projects):
    amounts = Prepared(
        lambda pk: Project.objects.filter(pk=pk).values("slug", "amount", "start_date"), pk=int
    )
    assert amounts.all(pk=projects[0].pk) == [
        {"slug": "p-1", "amount": Decimal("1234.50"), "start_date": datetime.date(2001, 2, 3)}
    ]
    assert amounts.all(pk=projects[1].pk)[0]["amount"] is None


def test_compiled_once_per_language():
    ValueChain.objects.create(slug="a", name_es="Zeta", name_en="Alpha", order=7)
    ValueChain.objects.create(slug="b", name_es="Beta", name_en="Omega", order=7)
    ordered = Prepared(
        lambda order: ValueChain.objects.filter(order=order).order_by("name"), order=int
    )
    with translation.override("es"):
        assert [p.slug for p in ordered.all(order=7)] == ["b", "a"]
    with translation.override("en"):
        assert [p.slug for p in ordered.all(order=7)] == ["a", "b"]


def test_one_query_per_call_and_each_is_counted(projects):
    by_slug.first(slug="p-1")
    with CaptureQueriesContext(connection) as queries:
        by_slug.first(slug="p-2")
    assert len(queries) == 1 and "p-2" in queries[0]["sql"]


def test_a_lookup_that_changes_its_text_is_refused():
    shouted = Prepared(lambda slug: Project.objects.filter(slug=slug.upper()), slug=str)
    with pytest.raises(ValueError, match="not exact values"):
        shouted.all(slug="p-1")


def test_a_value_within_a_lookups_text_gives_what_the_lookup_gives(projects):
    Project.objects.create(slug="p_x", title_es="Guion bajo", title_en="Underscore")
    Project.objects.create(slug="pax", title_es="Otro", title_en="Other")
    starts = Prepared(
        lambda prefix: Project.objects.filter(slug__startswith=prefix).order_by("slug"),
        prefix=str,
    )
    # A plain prefix takes the marker's place in LIKE 'p-%'; one with a LIKE wildcard
    # ("_") is escaped by the lookup, so it goes through the ORM.
    for prefix in ("p-", "p-1", "p", "p_", "q", ""):
        expected = list(Project.objects.filter(slug__startswith=prefix).order_by("slug"))
        assert starts.all(prefix=prefix) == expected, prefix
    assert [p.slug for p in starts.all(prefix="p_")] == ["p_x"]


def test_a_unit_and_the_units_within_it_by_a_prepared_range():
    from territories.models import AdministrativeUnit

    canton = make_unit("EC-0701", parent=make_unit("EC-07"))
    make_unit("EC-070101", parent=canton, level="parish")
    make_unit("EC-08")
    within = Prepared(
        lambda code: AdministrativeUnit.objects.filter(code__within=code).order_by("code"),
        code=str,
    )
    assert [u.code for u in within.all(code="EC-07")] == ["EC-07", "EC-0701", "EC-070101"]
    assert [u.code for u in within.all(code="EC-0701")] == ["EC-0701", "EC-070101"]
    assert [u.code for u in within.all(code="EC-0")] == ["EC-07", "EC-0701", "EC-070101", "EC-08"]
    assert within.all(code="EC_07") == []


def test_the_parameters_named_are_the_ones_given(projects):
    with pytest.raises(TypeError):
        by_slug.all(code="p-1")
    with pytest.raises(TypeError):
        Prepared(lambda when: Project.objects.filter(start_date=when), when=datetime.date)
    with pytest.raises(ValueError, match="plain or values"):
        Prepared(lambda pk: Project.objects.filter(pk=pk).values_list("slug"), pk=int).all(pk=1)
    with pytest.raises(ValueError, match="name the columns"):
        Prepared(lambda pk: Project.objects.filter(pk=pk).values("title"), pk=int).all(pk=1)


def test_a_constant_equal_to_a_marker_stays_a_constant(projects):
    Project.objects.filter(slug="p-2").update(part_order=32_100)
    # 32,100 is the first integer marker: only the parameter's place is swapped.
    with_order = Prepared(
        lambda slug: Project.objects.filter(slug=slug, part_order=32_100).values("slug"),
        slug=str,
    )
    assert with_order.all(slug="p-2") == [{"slug": "p-2"}]
    assert with_order.all(slug="p-1") == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="server-side statements")
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_prepared_once_per_connection_whatever_the_transactions(projects):
    from django.db import transaction

    with transaction.atomic():
        assert by_slug.first(slug="p-1").slug == "p-1"  # prepared here...
        transaction.set_rollback(True)
    assert by_slug.first(slug="p-2").slug == "p-2"  # ...kept after the rollback
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        assert cursor.fetchone()[0] >= 1
    connection.close()
    assert by_slug.first(slug="p-1").slug == "p-1"  # prepared again on the new connection
