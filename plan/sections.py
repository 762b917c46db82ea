"""What the plan adds to the home page and to a territory's page."""

from zif_portal.listing import first_with_total

from .coverage import cached_project_coverage
from .models import Plan, Project, ValueChain


def home_context(request):
    return {
        "plan": Plan.objects.prefetch_related("programmes").first(),
        "value_chains": list(ValueChain.objects.all()),
    }


def unit_panel_context(unit):
    projects, count = first_with_total(Project.objects.in_territory(unit.code).order_by("slug"), 10)
    if not projects:
        return None
    return {"unit": unit, "count": count, "projects": projects}


def coverage_context(request):
    """About the data: how many projects have a territory, an amount, dates, a programme."""
    return cached_project_coverage()
