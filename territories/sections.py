"""What territories contributes to the home page, and the panels other apps add to a unit's page."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, Prefetch

from .models import IN_ZIF, AdministrativeUnit, Level, StatedFigure, Zone


def home_context(request):
    zones = list(
        Zone.objects.select_related("country").prefetch_related(
            Prefetch("figures", queryset=StatedFigure.objects.order_by("kind"))
        )
    )
    return {
        "zif": next((z for z in zones if z.slug == "zif"), None),
        "sides": [z for z in zones if z.slug in ("zif-ecuador", "zif-peru")],
        "unit_counts": list(
            AdministrativeUnit.objects.filter(zif_membership__in=IN_ZIF)
            .values("country__code", "level")
            .annotate(total=Count("code"))
            .order_by("country__code", "level")
        ),
        "level_labels": dict(Level.choices),
    }


@dataclass(frozen=True)
class UnitPanel:
    order: int
    template_name: str
    get_context: Callable


_unit_panels: list[UnitPanel] = []


def register_unit_panel(*, order, template_name, get_context):
    """Apps above territories (governance, plan) add a panel to every unit's page."""
    _unit_panels.append(UnitPanel(order, template_name, get_context))
    _unit_panels.sort(key=lambda p: p.order)


def unit_panels(unit):
    panels = []
    for panel in _unit_panels:
        data = panel.get_context(unit)
        if data:
            panels.append({"template_name": panel.template_name, "data": data})
    return panels
