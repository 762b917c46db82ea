"""The list pages' filter selects, drawn without the template engine: the same markup
as Django's own, and their options kept per data version."""

import pytest
from django.db import connection
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from governance.api.filters import MeetingFilter
from governance.models import Meeting
from plan.api.filters import ProjectFilter
from plan.models import Project
from territories.api.filters import AdministrativeUnitFilter
from territories.models import AdministrativeUnit
from tests.factories import make_mechanism
from zif_portal import cache as zif_cache
from zif_portal.filter_widgets import LightInputMixin, LightSelectMixin, light_filter_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("filterset_class", "queryset", "data"),
    [
        (
            ProjectFilter,
            Project.objects.all,
            # A known mechanism, a boolean, a choice, and a choice that is not one.
            {
                "mechanism": "border-committee",
                "binational_fund": "true",
                "sector": "zz",
                "year": "2015",
            },
        ),
        (ProjectFilter, Project.objects.all, None),
        (AdministrativeUnitFilter, AdministrativeUnit.objects.all, {"level": "canton"}),
        (MeetingFilter, Meeting.objects.all, {"year": "2010"}),
    ],
)
@pytest.mark.parametrize("language", ["es", "en"])
def test_a_light_select_is_the_markup_django_draws(filterset_class, queryset, data, language):
    make_mechanism("border-committee")
    with translation.override(language):
        django_drawn = filterset_class(data, queryset=queryset())
        light = filterset_class(data, queryset=queryset())
        if data:
            django_drawn.is_valid(), light.is_valid()
        light_filter_form(light)
        selects = inputs = 0
        for ours, theirs in zip(light.form, django_drawn.form, strict=True):
            selects += isinstance(ours.field.widget, LightSelectMixin)
            inputs += isinstance(ours.field.widget, LightInputMixin)
            assert parse_html(str(ours)) == parse_html(str(theirs)), ours.name
        assert selects >= 1 and inputs >= 1


def test_the_record_filters_options_are_read_once_per_data_version(client, settings):
    settings.ZIF_SECTION_CACHE_SECONDS = 600
    zif_cache._memo.clear()  # rolled-back tests reuse version numbers
    make_mechanism("border-committee", name_es="Comité de Frontera")

    with CaptureQueriesContext(connection) as first:
        page = client.get("/es/projects/?year=2015").content.decode()
    assert ">Comité de Frontera</option>" in page
    with CaptureQueriesContext(connection) as second:
        client.get("/es/projects/?year=2016")
    # Programme, value chain, mechanism and agreement: their options come from memory.
    assert len(second) <= len(first) - 4
    make_mechanism("neighbourhood-commission", name_es="Comisión de Vecindad")  # a new version
    assert (
        ">Comisión de Vecindad</option>" in client.get("/es/projects/?year=2015").content.decode()
    )
