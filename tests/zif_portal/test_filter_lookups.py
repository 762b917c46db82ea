"""How the filter sets find the records their filters name: small tables from their
records kept per data version, large ones by prepared queries, each with Django's own
error for a value that names nothing; and each filter set with filters of its own."""

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from governance.api.filters import MeetingFilter
from governance.models import Meeting, Person
from plan.api.filters import ProjectFilter
from plan.models import Project
from tests.factories import make_country, make_mechanism, make_person
from zif_portal import cache as zif_cache

pytestmark = pytest.mark.django_db


def invalid_choice_message():
    return str(forms.ModelChoiceField.default_error_messages["invalid_choice"])


def read_tables(queries):
    return " ".join(q["sql"] for q in queries)


def test_a_small_tables_records_are_kept_per_data_version(settings):
    settings.ZIF_SECTION_CACHE_SECONDS = 600
    zif_cache._memo.clear()  # rolled-back tests reuse version numbers
    committee = make_mechanism("border-committee")

    first = MeetingFilter({"mechanism": "border-committee"}, queryset=Meeting.objects.all())
    assert first.is_valid()
    assert first.form.cleaned_data["mechanism"] == committee
    with CaptureQueriesContext(connection) as again:
        second = MeetingFilter({"mechanism": "border-committee"}, queryset=Meeting.objects.all())
        assert second.is_valid()
    assert "governance_coordinationmechanism" not in read_tables(again)

    # A mechanism added is a new data version: its key is known at once.
    make_mechanism("neighbourhood-commission")
    third = MeetingFilter({"mechanism": "neighbourhood-commission"}, queryset=Meeting.objects.all())
    assert third.is_valid()
    assert third.form.cleaned_data["mechanism"].slug == "neighbourhood-commission"


@pytest.mark.parametrize("field", ["mechanism", "person"])
def test_a_key_that_names_nothing_is_djangos_invalid_choice(field):
    make_mechanism("border-committee")
    make_country("PE")
    make_person("ana-perez")
    with translation.override("en"):
        filterset = MeetingFilter({field: "nobody-knows"}, queryset=Meeting.objects.all())
        assert not filterset.is_valid()
        assert filterset.errors[field] == [invalid_choice_message()]


def test_a_large_tables_record_is_found_by_its_key():
    make_country("PE")
    ana = make_person("ana-perez")
    make_person("luis-rojas")
    filterset = MeetingFilter({"person": "ana-perez"}, queryset=Meeting.objects.all())
    assert filterset.is_valid()
    found = filterset.form.cleaned_data["person"]
    assert found == ana and isinstance(found, Person)
    assert list(filterset.qs) == list(Meeting.objects.filter(participants=ana))


def test_each_filter_set_has_filters_of_its_own():
    one = ProjectFilter({"territory": "EC-07"}, queryset=Project.objects.all())
    other = ProjectFilter({"year": "2015"}, queryset=Project.objects.all())
    assert one.filters["territory"] is not other.filters["territory"]
    assert one.filters["territory"].parent is one
    assert other.filters["territory"].parent is other
    # A filter by method calls its own set's method.
    assert one.filters["territory"].filter.f is one.filters["territory"]
    assert type(one.form) is type(other.form)
    assert one.form.fields["territory"] is not other.form.fields["territory"]
    assert getattr(ProjectFilter.base_filters["territory"], "parent", None) is None
