"""What the plan adds to the home page and to a territory's page."""

from zif_portal.listing import sorted_after_filtering

from .coverage import cached_project_coverage
from .models import Plan, Project, ValueChain
from .territory_counts import project_count_in


def home_context(request):
    return {
        "plan": Plan.objects.prefetch_related("programmes").first(),
        "value_chains": list(ValueChain.objects.all()),
    }


def unit_panel_context(unit):
    # A province or department holds thousands of projects; a canton or district few.
    # Counted and read even where there are none, so that a page makes the same
    # queries whatever the data hold.
    count = project_count_in(unit.code)
    if unit.parent_id is None:
        first = Project.objects.in_territory(unit.code, probe=True).order_by("slug")
    else:
        first = sorted_after_filtering(Project.objects.in_territory(unit.code).order_by("slug"))
    projects = list(first[:10])
    if not projects:
        return None
    return {"unit": unit, "count": count, "projects": projects}


def coverage_context(request):
    """About the data: how many projects have a territory, an amount, dates, a programme."""
    return cached_project_coverage()
