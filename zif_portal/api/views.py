from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from zif_portal.api.filters import StrictFilterSet
from zif_portal.api.schema import LIST_ERRORS, RETRIEVE_ERRORS
from zif_portal.api.serializers import SourceSerializer
from zif_portal.models import Source, SourceKind


class SourceFilter(StrictFilterSet):
    kind = filters.ChoiceFilter(choices=SourceKind.choices)
    language = filters.ChoiceFilter(choices=Source.Language.choices)
    is_official = filters.BooleanFilter()

    class Meta:
        model = Source
        fields = ["kind", "language", "is_official"]


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(SourceSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(SourceSerializer)),
)
class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    """The documents and pages every fact of the portal is transcribed from."""

    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    lookup_field = "key"
    filterset_class = SourceFilter
    search_fields = ["key", "title_es", "title_en", "publisher"]
    ordering_fields = ["key", "published_on", "publisher"]
    ordering = ["key"]
