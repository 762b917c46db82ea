"""What the plan adds to the home page and to a territory's page."""

from .models import Plan, Project, ValueChain


def home_context(request):
    return {
        "plan": Plan.objects.prefetch_related("programmes").first(),
        "value_chains": list(ValueChain.objects.all()),
    }


def unit_panel_context(unit):
    projects = Project.objects.in_territory(unit.code).distinct()
    count = projects.count()
    if not count:
        return None
    return {"unit": unit, "count": count, "projects": list(projects.order_by("slug")[:10])}
