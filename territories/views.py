from django.db.models import Prefetch, Q
from django.views.generic import DetailView, ListView, TemplateView

from zif_portal.citations import citations_prefetch
from zif_portal.history import with_last_changed
from zif_portal.listing import FilteredListView, first_with_total

from .api.filters import AdministrativeUnitFilter
from .figures import check_unit_figures, check_zone_figures
from .map import map_context
from .models import AdministrativeUnit, StatedFigure, UnitOrigin, Zone
from .sections import share_chart, unit_panels, units_per_parent_chart

CHILDREN_SHOWN = 50


class UnitListView(FilteredListView):
    """The territory list, filtered by the same FilterSet as the API."""

    template_name = "territories/unit_list.html"
    context_object_name = "units"
    filterset_class = AdministrativeUnitFilter

    def base_queryset(self):
        return AdministrativeUnit.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chart"] = units_per_parent_chart()
        return context


class UnitDetailView(DetailView):
    template_name = "territories/unit_detail.html"
    context_object_name = "unit"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get_queryset(self):
        units = with_last_changed(AdministrativeUnit.objects.all())
        return units.select_related("country", "parent__parent").prefetch_related(
            "sources",
            citations_prefetch(),
            "zones",
            Prefetch("figures", queryset=StatedFigure.objects.select_related("source")),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        unit = self.object
        # A canton may hold many parishes: show the first ones and link to the full list.
        context["children"], context["children_total"] = first_with_total(
            unit.children.order_by("code"), CHILDREN_SHOWN
        )
        # Both directions of "created from" in one query.
        links = list(
            UnitOrigin.objects.filter(Q(unit=unit) | Q(origin=unit)).select_related(
                "unit", "origin"
            )
        )
        context["created_from"] = [link.origin for link in links if link.unit_id == unit.pk]
        context["split_into"] = [link.unit for link in links if link.origin_id == unit.pk]
        context["figure_checks"] = check_unit_figures(unit) if unit.figures.all() else []
        context["panels"] = unit_panels(unit)
        context["map"] = self._small_map(unit, context["children"])
        return context

    @staticmethod
    def _small_map(unit, children):
        # The unit's seat, or its units' seats, among the ZIF's other seats.
        shown = [unit, *children] if unit.seat_latitude is not None or children else [unit]
        return map_context(shown, width=320, highlight=[u.code for u in shown])


class ZoneListView(ListView):
    template_name = "territories/zone_list.html"
    context_object_name = "zones"

    def get_queryset(self):
        return Zone.objects.select_related("country").prefetch_related("figures")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chart"] = share_chart()
        return context


class ZoneDetailView(DetailView):
    template_name = "territories/zone_detail.html"
    context_object_name = "zone"

    def get_queryset(self):
        return Zone.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["figure_checks"] = check_zone_figures(self.object)
        return context


class MapView(TemplateView):
    template_name = "territories/map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        units = AdministrativeUnit.objects.in_zif().above_local_level().order_by("code")
        context["map"] = map_context(list(units))
        return context
