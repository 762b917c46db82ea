"""What the plan adds to the home page and to a territory's page."""

from django.db.models import Count, Window

from .models import Plan, Project, ProjectTerritory, ValueChain


def home_context(request):
    return {
        "plan": Plan.objects.prefetch_related("programmes").first(),
        "value_chains": list(ValueChain.objects.all()),
    }


def unit_panel_context(unit):
    # One query: the first ten projects, each row carrying the total count.
    inside = ProjectTerritory.objects.filter(unit__code__startswith=unit.code).values("project")
    projects = list(
        Project.objects.filter(pk__in=inside)
        .annotate(total=Window(Count("pk")))
        .order_by("slug")[:10]
    )
    if not projects:
        return None
    return {"unit": unit, "count": projects[0].total, "projects": projects}
