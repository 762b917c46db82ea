"""The projects each territory holds, counted once per version of the data."""

import pytest
from django.core.cache import cache

from plan.models import Project
from plan.territory_counts import project_count_in
from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db


def test_each_territory_counts_what_its_filter_finds(make_project):
    make_project("in-canton", territories=["EC-0701"])
    make_project("in-both-cantons", territories=["EC-0701", "EC-0702"])
    make_project("in-province", territories=["EC-07"])
    make_project("binational", territories=["EC-0702", "PE-24"])
    for code in ("EC-07", "EC-0701", "EC-0702", "PE-24", "PE-20"):
        assert project_count_in(code) == Project.objects.in_territory(code).count(), code
    # A project in two cantons of one province counts once for the province.
    assert project_count_in("EC-07") == 4
    assert project_count_in("PE-20") == 0


def test_the_kept_counts_follow_each_change_of_the_data(make_project, settings):
    from zif_portal import cache as kept

    settings.ZIF_SECTION_CACHE_SECONDS = 600
    # Rolled-back tests reuse version numbers: what an earlier test of this process
    # kept under one would be read here as current.
    cache.clear()
    kept._memo.clear()
    make_project("first", territories=["EC-0701"])
    assert project_count_in("EC-07") == 1
    assert project_count_in("EC-07") == 1  # kept: read again from memory
    second = make_project("second", territories=["EC-0702"])
    assert project_count_in("EC-07") == 2
    second.territories.set(AdministrativeUnit.objects.filter(code="PE-24"))
    assert project_count_in("EC-07") == 1
    assert project_count_in("PE-24") == 1


def test_a_units_panel_lists_its_subtrees_first_projects_in_its_language(make_project):
    from django.utils import translation

    from plan.sections import unit_panel_context

    for n in range(12):
        make_project(f"c-{n:02}", territories=["EC-0701"])
    make_project("a-province", territories=["EC-07"])
    make_project("b-other-canton", territories=["EC-0702"])
    units = {u.code: u for u in AdministrativeUnit.objects.filter(code__startswith="EC-07")}
    with translation.override("en"):
        province = unit_panel_context(units["EC-07"])
        assert province["projects"][0].title == "Project a-province"
    assert province["count"] == 14
    assert [p.slug for p in province["projects"]] == [
        "a-province",
        "b-other-canton",
        *[f"c-{n:02}" for n in range(8)],
    ]
    with translation.override("es"):
        canton = unit_panel_context(units["EC-0701"])
        assert canton["projects"][0].title == "Proyecto c-00"
    assert [p.slug for p in canton["projects"]] == [f"c-{n:02}" for n in range(10)]
    assert unit_panel_context(units["EC-0702"])["count"] == 1
