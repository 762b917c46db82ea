"""What the plan adds to the home page and to a territory's page."""

from zif_portal.listing import first_with_total

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
