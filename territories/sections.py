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


def units_per_parent_chart():
    """How many units each ZIF province or department contains, today."""
    from django.db.models import Count

    from zif_portal.charts import bar_chart

    parents = (
        AdministrativeUnit.objects.in_zif()
        .filter(parent__isnull=True)
        .annotate(n=Count("children"))
        .order_by("country_id", "-n", "name")
    )
    return bar_chart(
        [(p.name, p.n, str(p.n), p.get_absolute_url(), p.country_id.lower()) for p in parents]
    )


def share_chart():
    """Each side's stated share of its national surface, and what the listed units give."""
    from django.utils.translation import gettext as _

    from zif_portal.charts import bar_chart

    from .figures import UnitIndex, check_zone_figures

    rows = []
    zones = list(
        Zone.objects.filter(slug__in=["zif-ecuador", "zif-peru"])
        .select_related("country")
        .prefetch_related("members", "figures__source")
        .order_by("order")
    )
    # Shares need only the members' own areas.
    index = UnitIndex.load([m.code for zone in zones for m in zone.members.all()], ())
    for zone in zones:
        for check in check_zone_figures(zone, index=index):
            if check.figure.kind != "share_pct":
                continue
            css = zone.country_id.lower()
            rows.append(
                (
                    _("%(country)s, as stated") % {"country": zone.country.name},
                    float(check.stated),
                    f"{check.stated.normalize():f} %",
                    zone.get_absolute_url(),
                    css,
                )
            )
            if check.listed is not None:
                rows.append(
                    (
                        _("%(country)s, listed units") % {"country": zone.country.name},
                        float(check.listed),
                        f"{check.listed.normalize():f} %",
                        zone.get_absolute_url(),
                        "listed",
                    )
                )
    return bar_chart(rows, maximum=100)
