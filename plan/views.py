from django.db.models import Count, Prefetch
from django.http import HttpResponse
from django.views.generic import DetailView, ListView

from territories.models import AdministrativeUnit
from zif_portal.citations import citations_prefetch
from zif_portal.listing import FilteredListView, first_with_total
from zif_portal.records import KeptPerVersionMixin, found

from .api.filters import ProjectFilter
from .coverage import cached_project_coverage
from .maps import chain_map, places_map
from .models import (
    Fund,
    Plan,
    PlanFigure,
    Programme,
    Project,
    ProjectAmount,
    ProjectStatusReport,
    ValueChain,
    ValueChainTerritory,
)
from .project_record import project_page
from .services import export_projects_csv
from .timeline import plan_timeline

FIGURES = Prefetch("figures", queryset=PlanFigure.objects.select_related("source", "unit"))


class PlanDetailView(DetailView):
    template_name = "plan/plan_detail.html"
    context_object_name = "plan"

    def get_queryset(self):
        return Plan.objects.select_related("basis").prefetch_related(
            "phases__established_by", "programmes", "funds", "sources", citations_prefetch()
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["timeline"] = plan_timeline(self.object)
        context["value_chains"] = ValueChain.objects.all()
        return context


class PlanIndexView(PlanDetailView):
    """`/plan/`: the portal describes one plan; its page is the section's front page."""

    def get_object(self, queryset=None):
        from django.shortcuts import get_object_or_404

        return get_object_or_404(self.get_queryset().order_by("pk")[:1])


class ProgrammeDetailView(DetailView):
    template_name = "plan/programme_detail.html"
    context_object_name = "programme"

    def get_queryset(self):
        return (
            Programme.objects.select_related("plan")
            .prefetch_related("sources", citations_prefetch())
            .annotate(project_count=Count("projects"))
        )


class FundDetailView(DetailView):
    template_name = "plan/fund_detail.html"
    context_object_name = "fund"

    def get_queryset(self):
        return Fund.objects.select_related("plan", "established_by").prefetch_related(
            "sources", citations_prefetch(), FIGURES
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["projects"] = Project.objects.for_list().filter(funded_by_binational_fund=True)[:50]
        return context


class ValueChainListView(ListView):
    template_name = "plan/valuechain_list.html"
    context_object_name = "value_chains"

    def get_queryset(self):
        return ValueChain.objects.annotate(project_count=Count("projects"))


class ValueChainDetailView(KeptPerVersionMixin, DetailView):
    template_name = "plan/valuechain_detail.html"
    context_object_name = "chain"

    def get_queryset(self):
        places = ValueChainTerritory.objects.select_related("unit__country", "source").order_by(
            "unit__country", "unit__code"
        )
        return ValueChain.objects.prefetch_related(
            Prefetch("territory_links", queryset=places),
            FIGURES,
            "sources",
            citations_prefetch(),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["projects"], context["project_count"] = self.kept(
            "projects",
            lambda: first_with_total(Project.objects.for_list().in_chain(self.object), 50),
        )
        places = list(self.object.territory_links.all())
        context["places_by_country"] = {}
        for place in places:
            context["places_by_country"].setdefault(place.unit.country, []).append(place)
        units = {place.unit.code: place.unit for place in places}
        context["map"] = chain_map(self.object, units)
        return context


class ProjectListView(FilteredListView):
    template_name = "plan/project_list.html"
    context_object_name = "projects"
    filterset_class = ProjectFilter

    def base_queryset(self):
        return Project.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = cached_project_coverage()
        paginator = context.get("paginator")
        context["total_projects"] = context["coverage"]["total"] or (
            paginator.count if paginator else 0
        )
        units = {
            unit.code: unit for project in context["projects"] for unit in project.territory_list
        }
        context["map"] = places_map(units, units=units)
        return context


class ProjectCsvView(ProjectListView):
    """The filtered project list as CSV, in the columns the admin import accepts."""

    paginate_by = None

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.is_bound and self.filterset.errors:
            return super().render_to_response(context, **response_kwargs)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="zif-projects.csv"'
        export_projects_csv(self.object_list.prefetch_related("sources").order_by("slug"), response)
        return response


class ProjectDetailView(DetailView):
    template_name = "plan/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return Project.objects.select_related(
            "programme__plan",
            "parent__parent__parent",
            "agreement",
            "mechanism",
            "decided_at",
        ).prefetch_related(
            "sources",
            citations_prefetch(),
            Prefetch("territories", queryset=AdministrativeUnit.objects.select_related("country")),
            "value_chains",
            Prefetch("parts", queryset=Project.objects.order_by("part_order", "slug")),
            Prefetch(
                "status_reports",
                queryset=ProjectStatusReport.objects.select_related("source").order_by(
                    "reported_on", "key"
                ),
            ),
            Prefetch(
                "amounts",
                queryset=ProjectAmount.objects.select_related("source").order_by("as_of", "key"),
            ),
        )

    def get_object(self, queryset=None):
        # Read by prepared queries (plan.project_record); get_queryset stays the
        # page's reading through the ORM, which the tests compare it with.
        if queryset is not None:
            return super().get_object(queryset)
        return found(project_page(self.kwargs[self.slug_url_kwarg]), Project)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["ancestors"] = list(reversed(self.object.ancestors()))
        units = {unit.code: unit for unit in self.object.territories.all()}
        context["map"] = places_map(units, units=units)
        return context
