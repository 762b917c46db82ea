from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from indicators.api.filters import ObservationFilter
from indicators.api.serializers import CensusSerializer, IndicatorSerializer, ObservationSerializer
from indicators.models import Census, Indicator, NationalSource, Observation
from zif_portal.api.filters import StrictFilterSet
from zif_portal.api.schema import LIST_ERRORS, RETRIEVE_ERRORS


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(IndicatorSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(IndicatorSerializer)),
)
class IndicatorViewSet(viewsets.ReadOnlyModelViewSet):
    """Population and the other indicators: unit of measure, definition, the national
    source per country, and for a derived indicator (`derived: true`) its formula. The
    portal computes derived values from the observations (see the statistics page)."""

    queryset = Indicator.objects.prefetch_related(
        Prefetch(
            "national_sources",
            queryset=NationalSource.objects.select_related("source").order_by("country_id"),
        )
    )
    serializer_class = IndicatorSerializer
    lookup_field = "slug"
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["slug", "order"]
    ordering = ["order", "slug"]

    class filterset_class(StrictFilterSet):  # noqa: N801 - DRF attribute name
        class Meta:
            model = Indicator
            fields = ["formula"]


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(CensusSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(CensusSerializer)),
)
class CensusViewSet(viewsets.ReadOnlyModelViewSet):
    """The national censuses the observations refer to (INEC, INEI)."""

    queryset = Census.objects.all()
    serializer_class = CensusSerializer
    lookup_field = "slug"
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["reference_date", "slug"]
    ordering = ["country_id", "reference_date"]

    class filterset_class(StrictFilterSet):  # noqa: N801 - DRF attribute name
        class Meta:
            model = Census
            fields = ["country"]


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(ObservationSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(ObservationSerializer)),
)
class ObservationViewSet(viewsets.ReadOnlyModelViewSet):
    """Published values of the indicators, unit by unit and census by census, each
    with its sources and the citation of its value. `unit: null` is a national total.

    Filters: `indicator`, `unit`, `level`, `country`, `census`, `year`, `zone`,
    `national`; e.g. `?indicator=population&country=PE&year=2017`."""

    queryset = Observation.objects.for_list()
    serializer_class = ObservationSerializer
    lookup_field = "key"
    filterset_class = ObservationFilter
    search_fields = ["key", "unit__name", "unit__code"]
    ordering_fields = ["key", "value", "reference_date", "unit"]
    ordering = ["indicator__order", "country_id", "unit_id", "reference_date"]
