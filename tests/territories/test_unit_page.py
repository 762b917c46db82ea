"""A unit's page, read by prepared queries (territories.unit_record.unit_page), is
the page the ORM's reading gives: the units of every shape the page has."""

import pytest

from governance.models import CoordinationMechanism
from governance.sections import unit_panel_context
from territories import views
from territories.models import AdministrativeUnit, UnitOrigin
from territories.unit_record import CHILDREN_SHOWN, first_children
from tests.factories import make_unit

pytestmark = pytest.mark.django_db


def units_of_every_shape():
    """Provinces and departments (figures, many children), units with origins or
    zones, and a few of the rest."""
    units = AdministrativeUnit.objects.order_by("code")
    with_origins = {pk for link in UnitOrigin.objects.values_list("unit", "origin") for pk in link}
    chosen = {
        *units.filter(parent__isnull=True).values_list("code", flat=True),
        *units.filter(pk__in=with_origins).values_list("code", flat=True),
        *units.filter(zones__isnull=False).values_list("code", flat=True)[:10],
        *units.filter(figures__isnull=False).values_list("code", flat=True),
        *units.values_list("code", flat=True)[::25],
    }
    return sorted(chosen)


def test_every_shape_of_unit_page_is_the_one_the_orm_reading_gives(client, monkeypatch, real_data):
    codes = units_of_every_shape()
    shapes = AdministrativeUnit.objects.filter(code__in=codes)
    # The comparison covers every list the page shows, not only empty ones.
    assert shapes.filter(figures__isnull=False).exists()
    assert shapes.filter(children__isnull=False).exists()
    assert shapes.filter(zones__isnull=False).exists()
    assert shapes.filter(created_from__isnull=False).exists()
    assert shapes.filter(split_into__isnull=False).exists()
    prepared = {
        (code, lang): client.get(f"/{lang}/territories/{code}/")
        for code in codes
        for lang in ("es", "en")
    }
    monkeypatch.setattr(views.UnitDetailView, "prepared_reading", False)
    for (code, lang), answer in prepared.items():
        assert answer.status_code == 200, code
        assert client.get(f"/{lang}/territories/{code}/").content == answer.content, (code, lang)
    assert client.get("/es/territories/EC-99/").status_code == 404


def test_a_unit_with_more_children_than_shown_lists_the_first_and_counts_all(client, monkeypatch):
    province = make_unit("EC-98")
    for n in range(CHILDREN_SHOWN + 5, 0, -1):
        make_unit(f"EC-98{n:02}", parent=province)
    children, total = first_children(province)
    assert total == CHILDREN_SHOWN + 5
    assert [c.code for c in children] == [f"EC-98{n:02}" for n in range(1, CHILDREN_SHOWN + 1)]
    assert first_children(AdministrativeUnit.objects.get(code="EC-9801")) == ([], 0)
    page = client.get("/en/territories/EC-98/")
    assert f"{CHILDREN_SHOWN + 5} units within it" in page.content.decode()
    monkeypatch.setattr(views.UnitDetailView, "prepared_reading", False)
    assert client.get("/en/territories/EC-98/").content == page.content


def test_the_governance_panel_lists_what_covering_lists_for_every_unit(real_data):
    tied = 0
    for code in AdministrativeUnit.objects.values_list("code", flat=True):
        panel = unit_panel_context(AdministrativeUnit(code=code))
        expected = list(CoordinationMechanism.objects.covering(code))
        assert (panel["mechanisms"] if panel else []) == expected, code
        tied += bool(expected)
    assert tied > 10
