from django.db.models import Prefetch, Q
from django.views.generic import DetailView, ListView, TemplateView

from zif_portal.as_of import AsOfDetailMixin
from zif_portal.citations import attach_citations
from zif_portal.history import with_last_changed
from zif_portal.listing import FilteredListView, first_with_total

from .api.filters import AdministrativeUnitFilter
from .figures import check_unit_figures, check_zone_figures
from .map import map_context
from .models import AdministrativeUnit, StatedFigure, UnitOrigin, Zone, ZoneMember, members_as_of
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


class UnitDetailView(AsOfDetailMixin, DetailView):
    template_name = "territories/unit_detail.html"
    context_object_name = "unit"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get_queryset(self):
        units = AdministrativeUnit.objects.all()
        if self.as_of:
            units = units.existing_on(self.as_of)
        units = with_last_changed(units)
        units = units.select_related("country", "parent__parent").prefetch_related(
            "sources",
            Prefetch("figures", queryset=StatedFigure.objects.select_related("source")),
        )
        # The zones of that day are read in get_context_data.
        return units if self.as_of else units.prefetch_related("zones")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        unit = self.object
        # The unit's citations and its figures' in one query.
        attach_citations([unit, *unit.figures.all()])
        # A canton may hold many parishes: show the first ones and link to the full list.
        children = unit.children.order_by("code")
        if self.as_of:
            children = children.existing_on(self.as_of)
        context["children"], context["children_total"] = first_with_total(children, CHILDREN_SHOWN)
        if self.as_of:
            context["zones"] = [
                link.zone
                for link in ZoneMember.objects.active_on(self.as_of)
                .filter(unit=unit)
                .select_related("zone")
            ]
        else:
            context["zones"] = unit.zones.all()
        # Both directions of "created from" in one query.
        links = list(
            UnitOrigin.objects.filter(Q(unit=unit) | Q(origin=unit)).select_related(
                "unit", "origin"
            )
        )
        context["created_from"] = [link.origin for link in links if link.unit_id == unit.pk]
        context["split_into"] = [link.unit for link in links if link.origin_id == unit.pk]
        context["figure_checks"] = (
            check_unit_figures(unit, day=self.as_of) if unit.figures.all() else []
        )
        context["panels"] = unit_panels(unit)
        context["map"] = self._small_map(unit, context["children"])
        return context

    @staticmethod
    def _small_map(unit, children):
        # The unit's seat, or its units' seats, among the ZIF's other seats.
        shown = [unit, *children] if unit.seat_latitude is not None or children else [unit]
        return map_context(shown, width=320, highlight=[u.code for u in shown])


class ZoneListView(AsOfDetailMixin, ListView):
    template_name = "territories/zone_list.html"
    context_object_name = "zones"

    def get_queryset(self):
        return Zone.objects.select_related("country").prefetch_related("figures")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chart"] = share_chart()
        if self.as_of:
            members_as_of(context["zones"], self.as_of)
        return context


class ZoneDetailView(AsOfDetailMixin, DetailView):
    template_name = "territories/zone_detail.html"
    context_object_name = "zone"

    def get_queryset(self):
        return Zone.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.as_of:
            members_as_of([self.object], self.as_of)
        context["figure_checks"] = check_zone_figures(self.object, day=self.as_of)
        return context


class MapView(TemplateView):
    template_name = "territories/map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        units = AdministrativeUnit.objects.in_zif().above_local_level().order_by("code")
        context["map"] = map_context(list(units))
        return context
