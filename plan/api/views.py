from django.db.models import Count, Prefetch
from django.http import Http404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from governance.api.views import documented
from plan.api.filters import ProjectFilter
from plan.api.serializers import (
    FundSerializer,
    PlanSerializer,
    ProgrammeSerializer,
    ProjectReadSerializer,
    ProjectSerializer,
    ValueChainSerializer,
)
from plan.models import (
    Fund,
    Plan,
    Programme,
    Project,
    ProjectAmount,
    ProjectStatusReport,
    ProjectTerritory,
    ValueChain,
)
from plan.project_record import project_record
from territories import boundaries
from zif_portal.api.filters import StrictFilterSet, names_only_the_format
from zif_portal.api.representation import representation
from zif_portal.api.schema import LIST_ERRORS, RETRIEVE_ERRORS, ValidationErrorSerializer
from zif_portal.citations import citations_prefetch


class NoFilters(StrictFilterSet):
    class Meta:
        fields = []


def no_filters(model_class):
    return type(
        f"{model_class.__name__}Filter",
        (NoFilters,),
        {"Meta": type("Meta", (), {"model": model_class, "fields": []})},
    )


@documented(PlanSerializer)
class PlanViewSet(viewsets.ReadOnlyModelViewSet):
    """The Binational Development Plan, its phases and programmes."""

    queryset = Plan.objects.select_related("basis").prefetch_related(
        "phases__established_by", "programmes", "sources", citations_prefetch()
    )
    serializer_class = PlanSerializer
    lookup_field = "slug"
    filterset_class = no_filters(Plan)
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["slug"]


@documented(ProgrammeSerializer)
class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    """The plan's four programmes, with scope and subject."""

    queryset = Programme.objects.select_related("plan").prefetch_related(
        "sources", citations_prefetch()
    )
    serializer_class = ProgrammeSerializer
    lookup_field = "slug"
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["order", "slug"]
    ordering = ["order"]

    class filterset_class(StrictFilterSet):  # noqa: N801
        class Meta:
            model = Programme
            fields = ["scope", "subject"]


@documented(FundSerializer)
class FundViewSet(viewsets.ReadOnlyModelViewSet):
    """The Binational Fund for Peace and Development."""

    queryset = Fund.objects.select_related("plan", "established_by").prefetch_related(
        "sources", citations_prefetch(), "figures__source", "figures__unit"
    )
    serializer_class = FundSerializer
    lookup_field = "slug"
    filterset_class = no_filters(Fund)
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["slug"]


@documented(ValueChainSerializer)
class ValueChainViewSet(viewsets.ReadOnlyModelViewSet):
    """The value chains the document prioritises for the border."""

    queryset = ValueChain.objects.prefetch_related(
        "territory_links__unit",
        "territory_links__source",
        "figures__source",
        "figures__unit",
        "sources",
        citations_prefetch(),
    )
    serializer_class = ValueChainSerializer
    lookup_field = "slug"
    filterset_class = no_filters(ValueChain)
    search_fields = ["slug", "name_es", "name_en"]
    ordering_fields = ["order", "slug"]
    ordering = ["order"]


WRITE_ERRORS = {
    400: OpenApiResponse(ValidationErrorSerializer, description="Invalid record."),
    401: OpenApiResponse(description="Authentication required."),
    403: OpenApiResponse(description="No permission to change projects."),
}


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(ProjectReadSerializer(many=True))),
    retrieve=extend_schema(responses=RETRIEVE_ERRORS(ProjectReadSerializer)),
    create=extend_schema(responses={201: ProjectSerializer, **WRITE_ERRORS}),
    update=extend_schema(responses={200: ProjectSerializer, **WRITE_ERRORS}),
    partial_update=extend_schema(responses={200: ProjectSerializer, **WRITE_ERRORS}),
    destroy=extend_schema(responses={204: None, 401: WRITE_ERRORS[401], 403: WRITE_ERRORS[403]}),
)
class ProjectViewSet(viewsets.ModelViewSet):
    """Projects of the programmes and the fund. Anyone reads; editors with the model
    permission create and change them (token or session authentication)."""

    lookup_field = "slug"
    filterset_class = ProjectFilter
    search_fields = ["slug", "title_es", "title_en", "executing_entity"]
    ordering_fields = ["start_date", "end_date", "amount", "slug", "status"]
    ordering = ["-start_date", "slug"]

    def get_queryset(self):
        return (
            Project.objects.for_list()
            .select_related("parent", "agreement", "mechanism", "decided_at")
            .prefetch_related(
                # Into plain lists, as the serializer reads them (Project.source_list).
                Prefetch("sources", to_attr="source_list"),
                citations_prefetch(to_attr="citation_list"),
                # Ordered as the parts are indexed: the list's default order (start date)
                # would make the database walk all projects to find one project's parts.
                Prefetch(
                    "parts",
                    queryset=Project.objects.order_by("part_order", "slug"),
                    to_attr="part_list",
                ),
                Prefetch(
                    "status_reports",
                    queryset=ProjectStatusReport.objects.select_related("source").order_by(
                        "reported_on", "key"
                    ),
                    to_attr="status_report_list",
                ),
                Prefetch(
                    "amounts",
                    queryset=ProjectAmount.objects.select_related("source").order_by(
                        "as_of", "key"
                    ),
                    to_attr="amount_list",
                ),
            )
        )

    def retrieve(self, request, *args, **kwargs):
        if not names_only_the_format(request):
            return super().retrieve(request, *args, **kwargs)
        # Read by prepared queries, not get_queryset's: see plan.project_record.
        project = project_record(kwargs[self.lookup_url_kwarg or self.lookup_field])
        if project is None:
            raise Http404
        return Response(representation(ProjectReadSerializer, project))

    def get_serializer_class(self):
        if self.action in ("list", "retrieve", "by_territory"):
            return ProjectReadSerializer
        return ProjectSerializer

    @extend_schema(
        summary="Projects by territory, as GeoJSON",
        description=(
            "One Feature per territory of the filtered projects: the unit's polygons "
            "(simplified, lon/lat), its code, name and level, how many of the projects "
            "are there, and the address of their list. Units the boundary layers do not "
            "draw have a null geometry. Same filters as the list."
        ),
        responses={200: OpenApiTypes.OBJECT, 400: ValidationErrorSerializer},
    )
    @action(
        detail=False,
        url_path="by-territory",
        renderer_classes=[JSONRenderer],
        pagination_class=None,
    )
    def by_territory(self, request):
        projects = self.filter_queryset(Project.objects.all()).values("pk")
        links = ProjectTerritory.objects.filter(project__in=projects)
        territory = (request.GET.get("territory") or "").upper()
        if territory:
            # Within the territory asked for: its own units, not the projects' others.
            links = links.filter(unit__code__within=territory)
        rows = (
            links.values("unit__code", "unit__name", "unit__level")
            .annotate(project_count=Count("project"))
            .order_by("unit__code")
        )
        query = request.GET.copy()
        features = {}
        for row in rows:
            code = row["unit__code"]
            boundary = boundaries.boundary(code)
            geometry = (
                {
                    "type": "MultiPolygon",
                    "coordinates": [
                        [[list(point) for point in ring] for ring in polygon]
                        for polygon in boundary.polygons
                    ],
                }
                if boundary
                else None
            )
            query["territory"] = code
            features[code] = {
                "type": "Feature",
                "id": code,
                "geometry": geometry,
                "properties": {
                    "code": code,
                    "name": row["unit__name"],
                    "level": row["unit__level"],
                    "project_count": row["project_count"],
                    "projects_url": request.build_absolute_uri(
                        reverse("api:project-list") + "?" + query.urlencode()
                    ),
                },
            }
        return Response(
            {"type": "FeatureCollection", "features": list(features.values())},
            content_type="application/geo+json",
        )
