"""What the plan adds to the home page and to a territory's page."""

from zif_portal.listing import first_with_total, sorted_after_filtering

from .coverage import cached_project_coverage
from .models import Plan, Project, ValueChain


def home_context(request):
    return {
        "plan": Plan.objects.prefetch_related("programmes").first(),
        "value_chains": list(ValueChain.objects.all()),
    }


def unit_panel_context(unit):
    # A province or department holds thousands of projects; a canton or district few.
    listed = Project.objects.in_territory(unit.code).order_by("slug")
    if unit.parent_id is None:
        first = Project.objects.in_territory(unit.code, probe=True).order_by("slug")
    else:
        first = sorted_after_filtering(listed)
    projects, count = first_with_total(first, 10, counted=listed)
    if not projects:
        return None
    return {"unit": unit, "count": count, "projects": projects}


def coverage_context(request):
    """About the data: how many projects have a territory, an amount, dates, a programme."""
    return cached_project_coverage()
