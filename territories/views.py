from django.db.models import Prefetch, Q
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView, TemplateView

from zif_portal.as_of import AsOfDetailMixin
from zif_portal.cache import memo_per_version
from zif_portal.citations import attach_citations
from zif_portal.history import with_last_changed
from zif_portal.listing import FilteredListView, first_with_total
from zif_portal.records import KeptPerVersionMixin, found

from .api.filters import AdministrativeUnitFilter
from .figures import check_unit_figures, check_zone_figures
from .forms import MapForm
from .map_views import side_map, small_unit_map, unit_map, zif_map, zone_map
from .models import AdministrativeUnit, StatedFigure, UnitOrigin, Zone, ZoneMember, members_as_of
from .sections import share_chart, unit_panels, units_per_parent_chart
from .unit_record import CHILDREN_SHOWN, first_children, origins, unit_page


class UnitListView(FilteredListView):
    """The territory list, filtered by the same FilterSet as the API."""

    template_name = "territories/unit_list.html"
    context_object_name = "units"
    filterset_class = AdministrativeUnitFilter

    def base_queryset(self):
        return AdministrativeUnit.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The same for every filter combination: kept per language and data version.
        context["chart"] = memo_per_version(
            "chart:units-per-parent", get_language(), units_per_parent_chart
        )
        return context


class UnitDetailView(AsOfDetailMixin, DetailView):
    template_name = "territories/unit_detail.html"
    context_object_name = "unit"
    slug_field = "code"
    slug_url_kwarg = "code"
    # The page as it stands today is read by prepared queries (territories.unit_record);
    # a past day, through the ORM (get_queryset), which the tests compare it with.
    prepared_reading = True

    @property
    def prepared(self):
        return self.prepared_reading and not self.as_of

    def get_object(self, queryset=None):
        if queryset is not None or not self.prepared:
            return super().get_object(queryset)
        return found(unit_page(self.kwargs[self.slug_url_kwarg]), AdministrativeUnit)

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
        if self.prepared:
            context["children"], context["children_total"] = first_children(unit)
            context["created_from"], context["split_into"] = origins(unit)
            context["zones"] = unit.zones.all()
        else:
            self.read_through_the_orm(context)
        context["figure_checks"] = (
            check_unit_figures(unit, day=self.as_of) if unit.figures.all() else []
        )
        context["panels"] = unit_panels(unit)
        context["map"] = small_unit_map(unit, context["children"])
        return context

    def read_through_the_orm(self, context):
        unit = self.object
        # The unit's citations and its figures' in one query.
        attach_citations([unit, *unit.figures.all()])
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


class ZoneDetailView(KeptPerVersionMixin, AsOfDetailMixin, DetailView):
    template_name = "territories/zone_detail.html"
    context_object_name = "zone"

    def get_queryset(self):
        return Zone.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.as_of:
            members_as_of([self.object], self.as_of)
        context["figure_checks"] = self.kept(
            "figure_checks", lambda: check_zone_figures(self.object, day=self.as_of)
        )
        context["map"] = zone_map(self.object.listed_members)
        return context


class MapView(TemplateView):
    """The whole ZIF, one side of it (`?country=EC`) or one unit with its parts (`?unit=EC-19`)."""

    template_name = "territories/map.html"

    def get(self, request, *args, **kwargs):
        self.form = MapForm(request.GET)
        if not self.form.is_valid():
            message = " ".join(str(e) for errors in self.form.errors.values() for e in errors)
            return render(request, "400.html", {"message": message}, status=400)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        unit, country = self.form.cleaned_data["unit"], self.form.cleaned_data["country"]
        if unit:
            context["map"] = unit_map(unit)
        elif country:
            context["map"] = side_map(country)
        else:
            context["map"] = zif_map()
        context["focus_unit"], context["country"] = unit, country
        return context
