from django.db.models import Count
from django.http import HttpResponse
from django.views.generic import DetailView, ListView

from zif_portal.citations import citations_prefetch
from zif_portal.listing import FilteredListView

from .api.filters import ProjectFilter
from .models import Fund, Plan, Programme, Project, ValueChain
from .services import export_projects_csv
from .timeline import plan_timeline


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
            "sources", citations_prefetch()
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


class ValueChainDetailView(DetailView):
    template_name = "plan/valuechain_detail.html"
    context_object_name = "chain"

    def get_queryset(self):
        return ValueChain.objects.prefetch_related("territories", "sources", citations_prefetch())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        projects = Project.objects.for_list().filter(value_chains=self.object)
        context["projects"] = projects[:50]
        context["project_count"] = projects.count()
        return context


class ProjectListView(FilteredListView):
    template_name = "plan/project_list.html"
    context_object_name = "projects"
    filterset_class = ProjectFilter

    def base_queryset(self):
        return Project.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["total_projects"] = Project.objects.count()
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
        return (
            Project.objects.for_list()
            .select_related("programme__plan")
            .prefetch_related("sources", citations_prefetch(), "territories__country")
        )
