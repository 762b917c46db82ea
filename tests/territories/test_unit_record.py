"""The API's unit record, read by prepared queries, is what the detail serializer
gives for the view's own queryset, for units of every shape in the real data."""

import json

import pytest
from django.db.models import Count
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from territories.api.serializers import AdministrativeUnitDetailSerializer
from territories.api.views import AdministrativeUnitViewSet
from territories.figures import check_unit_figures
from territories.models import AdministrativeUnit
from territories.unit_record import unit_record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _data(real_data):
    pass


def through_the_orm(code):
    request = Request(APIRequestFactory().get(f"/api/v1/territories/{code}/"))
    view = AdministrativeUnitViewSet(action="retrieve", request=request, format_kwarg=None)
    unit = view.get_queryset().get(code=code)
    checks = check_unit_figures(unit) if unit.figures.all() else []
    context = {"request": request, "figure_checks": checks}
    data = AdministrativeUnitDetailSerializer(unit, context=context).data
    return json.loads(JSONRenderer().render(data))


def sample_codes():
    """Every unit with a list of its own (figures, origins, splits, zones, children),
    and one in ten of the others."""
    units = AdministrativeUnit.objects.annotate(
        lists=Count("figures")
        + Count("created_from")
        + Count("split_into")
        + Count("zones")
        + Count("children")
    ).order_by("code")
    codes = list(units.filter(lists__gt=0).values_list("code", flat=True))
    others = list(units.filter(lists=0).values_list("code", flat=True))
    return codes + others[::10]


def test_units_of_every_shape_read_as_the_serializer_gives_them(client):
    codes = sample_codes()
    shapes = set()
    for code in codes:
        answer = client.get(f"/api/v1/territories/{code}/", HTTP_HOST="testserver")
        assert answer.status_code == 200, code
        record = answer.json()
        assert record == through_the_orm(code), code
        lists = ("figures", "created_from", "split_into", "zones", "children", "citations")
        shapes |= {key for key in lists if record[key]}
    assert shapes == {"figures", "created_from", "split_into", "zones", "children", "citations"}


def test_an_unknown_unit_is_404_and_as_of_keeps_its_own_reading(client):
    assert client.get("/api/v1/territories/EC-99/").status_code == 404
    assert unit_record("EC-99") is None
    # A unit asked for as of a day before its creation did not exist then.
    unit = AdministrativeUnit.objects.filter(established_on__year__gt=1999).first()
    before = unit.established_on.replace(year=unit.established_on.year - 1).isoformat()
    assert client.get(f"/api/v1/territories/{unit.code}/").status_code == 200
    assert client.get(f"/api/v1/territories/{unit.code}/?as_of={before}").status_code == 404
