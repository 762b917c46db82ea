"""What the plan adds to the home page and to a territory's page."""

from zif_portal.listing import sorted_after_filtering
from zif_portal.prepared import Prepared

from .coverage import cached_project_coverage
from .models import Plan, Project, ValueChain
from .territory_counts import project_count_in


def home_context(request):
    return {
        "plan": Plan.objects.prefetch_related("programmes").first(),
        "value_chains": list(ValueChain.objects.all()),
    }


# The first projects of a unit's panel, by prepared queries (zif_portal.prepared):
# the unit's code stands within the subtree's condition (code__within). A province
# or department holds thousands of projects, probed one by one in the order of the
# index; a canton or district few, listed and then sorted. Only what the panel shows.
PANEL_PROJECTS = 10
_first_in_large = Prepared(
    lambda code: (
        Project.objects.in_territory(code, probe=True)
        .order_by("slug")
        .only("slug", "title")[:PANEL_PROJECTS]
    ),
    code=str,
)
_first_in_small = Prepared(
    lambda code: sorted_after_filtering(
        Project.objects.in_territory(code).order_by("slug").only("slug", "title")
    )[:PANEL_PROJECTS],
    code=str,
)


def unit_panel_context(unit):
    # Counted and read even where there are none, so that a page makes the same
    # queries whatever the data hold.
    count = project_count_in(unit.code)
    first = _first_in_large if unit.parent_id is None else _first_in_small
    projects = first.all(code=unit.code)
    if not projects:
        return None
    return {"unit": unit, "count": count, "projects": projects}


def coverage_context(request):
    """About the data: how many projects have a territory, an amount, dates, a programme."""
    return cached_project_coverage()
