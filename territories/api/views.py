from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.response import Response

from territories.api.filters import AdministrativeUnitFilter
from territories.api.serializers import (
    AdministrativeUnitDetailSerializer,
    AdministrativeUnitSerializer,
    CountrySerializer,
    ZoneDetailSerializer,
    ZoneSerializer,
)
from territories.figures import check_unit_figures, check_zone_figures
from territories.models import AdministrativeUnit, Country, Zone
from zif_portal.api.filters import StrictFilterSet
from zif_portal.api.schema import LIST_ERRORS, RETRIEVE_ERRORS
from zif_portal.citations import citations_prefetch


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(CountrySerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(CountrySerializer)),
)
class CountryViewSet(viewsets.ReadOnlyModelViewSet):
    """Ecuador and Peru, with the national surface used to check the stated shares."""

    queryset = Country.objects.prefetch_related("sources", citations_prefetch())
    serializer_class = CountrySerializer
    lookup_field = "code"
    search_fields = ["code", "name_es", "name_en"]
    ordering_fields = ["code"]
    ordering = ["code"]

    class filterset_class(StrictFilterSet):  # noqa: N801 - DRF attribute name
        class Meta:
            model = Country
            fields = []


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(AdministrativeUnitSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(AdministrativeUnitDetailSerializer)),
)
class AdministrativeUnitViewSet(viewsets.ReadOnlyModelViewSet):
    """Provinces, cantons and departments, keyed by code (`EC-0701`)."""

    lookup_field = "code"
    lookup_value_regex = r"[A-Za-z]{2}-[0-9]+"
    filterset_class = AdministrativeUnitFilter
    search_fields = ["code", "name", "seat", "iso_code"]
    ordering_fields = ["code", "name", "area_km2", "level", "established_on"]
    ordering = ["code"]

    def get_queryset(self):
        if self.action == "retrieve":
            return AdministrativeUnit.objects.for_detail().prefetch_related(
                "children", "split_into", "figures__source"
            )
        return AdministrativeUnit.objects.for_list().prefetch_related(
            "sources", citations_prefetch()
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return AdministrativeUnitDetailSerializer
        return AdministrativeUnitSerializer

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        checks = check_unit_figures(instance) if instance.figures.all() else []
        serializer = self.get_serializer(
            instance, context={**self.get_serializer_context(), "figure_checks": checks}
        )
        return Response(serializer.data)


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(ZoneSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(ZoneDetailSerializer)),
)
class ZoneViewSet(viewsets.ReadOnlyModelViewSet):
    """Named groupings (the ZIF, each side, the Amazon provinces…) with their stated figures."""

    lookup_field = "slug"
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["order", "slug"]
    ordering = ["order", "slug"]

    class filterset_class(StrictFilterSet):  # noqa: N801
        country = filters.ModelChoiceFilter(queryset=Country.objects.all(), to_field_name="code")

        class Meta:
            model = Zone
            fields = ["country"]

    def get_queryset(self):
        if self.action == "retrieve":
            return Zone.objects.for_detail()
        return Zone.objects.prefetch_related("sources", citations_prefetch(), "members")

    def get_serializer_class(self):
        return ZoneDetailSerializer if self.action == "retrieve" else ZoneSerializer

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        serializer = self.get_serializer(
            instance,
            context={
                **self.get_serializer_context(),
                "figure_checks": check_zone_figures(instance),
            },
        )
        return Response(serializer.data)
