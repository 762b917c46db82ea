from django.db.models import Prefetch
from django.http import Http404
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.response import Response
from rest_framework.settings import api_settings

from territories.api.filters import AdministrativeUnitFilter
from territories.api.geojson import GeoJSONRenderer
from territories.api.serializers import (
    AdministrativeUnitDetailSerializer,
    AdministrativeUnitSerializer,
    CountrySerializer,
    ZoneDetailSerializer,
    ZoneSerializer,
)
from territories.figures import check_unit_figures, check_zone_figures
from territories.models import (
    AdministrativeUnit,
    Country,
    StatedFigure,
    Zone,
    ZoneMember,
    members_as_of,
)
from territories.unit_record import unit_record
from zif_portal.api.filters import StrictFilterSet, names_only_the_format
from zif_portal.api.representation import representation
from zif_portal.api.schema import (
    AS_OF_PARAMETER,
    LIST_ERRORS,
    RETRIEVE_AS_OF_ERRORS,
    RETRIEVE_ERRORS,
)
from zif_portal.as_of import AsOfFilter, api_as_of
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


FIGURES_WITH_CITATIONS = Prefetch(
    "figures",
    queryset=StatedFigure.objects.select_related("source").prefetch_related(citations_prefetch()),
)


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(AdministrativeUnitSerializer(many=True))),
    retrieve=extend_schema(
        parameters=[AS_OF_PARAMETER],
        responses=RETRIEVE_AS_OF_ERRORS(AdministrativeUnitDetailSerializer),
    ),
)
class AdministrativeUnitViewSet(viewsets.ReadOnlyModelViewSet):
    """Provinces, cantons and departments, keyed by code (`EC-0701`).

    `?format=geojson` answers GeoJSON (`application/geo+json`, WGS84 lon/lat): an item
    as a Feature, a list as a FeatureCollection of the filtered page (with `count`,
    `next` and `previous`). The geometry comes from the portal's boundary layers
    (downloadable from /data/); the properties are the JSON answer's, plus `boundary`:
    the layer the polygon comes from (`ec-provinces`, `ec-cantons`, `pe-departments`,
    `pe-provinces`, `pe-districts`), or `none published` with `"geometry": null` for a
    unit that no source draws (Sevilla Don Bosco, EC-1413).

    `?contains=LAT,LON` lists the units whose boundary contains the point, deepest
    level first (a canton before its province); a point outside every unit answers
    an empty list."""

    # The API's own formats (JSON, the browsable API, CSV), and GeoJSON for units.
    renderer_classes = [*api_settings.DEFAULT_RENDERER_CLASSES, GeoJSONRenderer]
    lookup_field = "code"
    lookup_value_regex = r"[A-Za-z]{2}-[0-9]+"
    filterset_class = AdministrativeUnitFilter
    search_fields = ["code", "name", "seat", "iso_code"]
    ordering_fields = ["code", "name", "area_km2", "level", "established_on"]

    @property
    def ordering(self):
        # The units containing a point form one chain: the longest code is the deepest.
        request = getattr(self, "request", None)
        if request is not None and "contains" in request.query_params:
            return ["-code"]
        return ["code"]

    def get_queryset(self):
        if self.action == "retrieve":
            day = api_as_of(self.request)
            if day is None:
                return AdministrativeUnit.objects.for_detail().prefetch_related(
                    "children", "split_into", FIGURES_WITH_CITATIONS
                )
            # The unit as it stood that day: 404 if it did not exist yet, and only the
            # units within it and the zones it belonged to then.
            return (
                AdministrativeUnit.objects.existing_on(day)
                .select_related("country", "parent__parent")
                .prefetch_related(
                    "sources",
                    citations_prefetch(),
                    Prefetch("created_from", queryset=AdministrativeUnit.objects.all()),
                    Prefetch("children", queryset=AdministrativeUnit.objects.existing_on(day)),
                    Prefetch("split_into", queryset=AdministrativeUnit.objects.existing_on(day)),
                    Prefetch(
                        "zones",
                        queryset=Zone.objects.filter(
                            member_links__in=ZoneMember.objects.active_on(day)
                        ).distinct(),
                    ),
                    FIGURES_WITH_CITATIONS,
                )
            )
        return AdministrativeUnit.objects.for_list().prefetch_related(
            "sources", citations_prefetch()
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return AdministrativeUnitDetailSerializer
        return AdministrativeUnitSerializer

    def retrieve(self, request, *args, **kwargs):
        day = api_as_of(request)
        if day is None and names_only_the_format(request):
            # Read by prepared queries: see territories.unit_record.
            instance = unit_record(kwargs[self.lookup_field])
            if instance is None:
                raise Http404
        else:
            instance = self.get_object()
        checks = check_unit_figures(instance, day=day) if instance.figures.all() else []
        context = {**self.get_serializer_context(), "figure_checks": checks}
        return Response(representation(AdministrativeUnitDetailSerializer, instance, context))


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(ZoneSerializer(many=True))),
    retrieve=extend_schema(
        parameters=[AS_OF_PARAMETER], responses=RETRIEVE_AS_OF_ERRORS(ZoneDetailSerializer)
    ),
)
class ZoneViewSet(viewsets.ReadOnlyModelViewSet):
    """Named groupings (the ZIF, each side, the Amazon provinces…) with their stated figures."""

    lookup_field = "slug"
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["order", "slug"]
    ordering = ["order", "slug"]

    class filterset_class(StrictFilterSet):  # noqa: N801
        country = filters.ModelChoiceFilter(queryset=Country.objects.all(), to_field_name="code")
        # Zones do not come and go: the day selects their members (see `list`).
        as_of = AsOfFilter(method="members_on_day")

        class Meta:
            model = Zone
            fields = ["country", "as_of"]

        def members_on_day(self, queryset, name, value):
            return queryset

    def get_queryset(self):
        if self.action == "retrieve":
            return Zone.objects.for_detail()
        return Zone.objects.prefetch_related("sources", citations_prefetch(), "members")

    def get_serializer_class(self):
        return ZoneDetailSerializer if self.action == "retrieve" else ZoneSerializer

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        day = api_as_of(self.request)
        if day is not None and page is not None:
            members_as_of(page, day)
        return page

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        day = api_as_of(request)
        if day is not None:
            members_as_of([instance], day)
        serializer = self.get_serializer(
            instance,
            context={
                **self.get_serializer_context(),
                "figure_checks": check_zone_figures(instance, day=day),
            },
        )
        return Response(serializer.data)
