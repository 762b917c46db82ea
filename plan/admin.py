from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from zif_portal.admin import CitationInline, CitedHistoryAdmin

from .models import (
    Fund,
    Plan,
    PlanFigure,
    PlanPhase,
    Programme,
    Project,
    ProjectAmount,
    ProjectStatusReport,
    ProjectTerritory,
    ValueChain,
    ValueChainTerritory,
)
from .services import MAX_IMPORT_ROWS, import_projects_csv


class ValueChainTerritoryInline(admin.TabularInline):
    model = ValueChainTerritory
    fields = ["unit", "role", "source", "locator", "quote"]
    autocomplete_fields = ["unit", "source"]
    extra = 0


class ProjectTerritoryInline(admin.TabularInline):
    model = ProjectTerritory
    autocomplete_fields = ["unit"]
    extra = 1


class StatusReportInline(TranslationTabularInline):
    model = ProjectStatusReport
    fields = [
        "key",
        "status",
        "reported_on",
        "reported_precision",
        "event",
        "source",
        "locator",
        "quote",
    ]
    autocomplete_fields = ["source"]
    extra = 0


class AmountInline(TranslationTabularInline):
    model = ProjectAmount
    fields = [
        "key",
        "kind",
        "amount",
        "currency",
        "approximate",
        "as_of",
        "as_of_precision",
        "party",
        "source",
        "locator",
        "quote",
    ]
    autocomplete_fields = ["source"]
    extra = 0


class PartInline(TranslationTabularInline):
    model = Project
    fk_name = "parent"
    fields = ["slug", "title", "kind", "part_order", "status"]
    show_change_link = True
    extra = 0
    verbose_name = gettext_lazy("part")
    verbose_name_plural = gettext_lazy("parts")

    def has_add_permission(self, request, obj=None):
        return False


class FigureInline(TranslationTabularInline):
    model = PlanFigure
    fields = [
        "key",
        "kind",
        "label",
        "value",
        "currency",
        "approximate",
        "period_start",
        "period_end",
        "as_of",
        "unit",
        "source",
        "locator",
        "quote",
    ]
    autocomplete_fields = ["source", "unit"]
    extra = 0


class PlanPhaseInline(TranslationTabularInline):
    model = PlanPhase
    autocomplete_fields = ["established_by"]
    extra = 0


class ProgrammeInline(TranslationTabularInline):
    model = Programme
    fields = ["slug", "letter", "name", "scope", "subject", "order"]
    show_change_link = True
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Plan)
class PlanAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "basis"]
    search_fields = ["slug", "name_es", "name_en"]
    autocomplete_fields = ["basis", "sources"]
    inlines = [PlanPhaseInline, ProgrammeInline, CitationInline]


@admin.register(Programme)
class ProgrammeAdmin(CitedHistoryAdmin, TranslationAdmin):
    inlines = [CitationInline]
    list_display = ["slug", "letter", "name", "scope", "subject", "order"]
    list_filter = ["scope", "subject"]
    search_fields = ["slug", "name_es", "name_en"]
    autocomplete_fields = ["plan", "sources"]


@admin.register(Fund)
class FundAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "plan"]
    search_fields = ["slug", "name_es", "name_en"]
    autocomplete_fields = ["plan", "established_by", "sources"]
    inlines = [FigureInline, CitationInline]


@admin.register(ValueChain)
class ValueChainAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "order"]
    search_fields = ["slug", "name_es", "name_en"]
    autocomplete_fields = ["sources"]
    inlines = [ValueChainTerritoryInline, FigureInline, CitationInline]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, with the columns of the CSV export. Lists (territories, value chains, "
            "sources) are separated by semicolons."
        ),
    )


@admin.register(Project)
class ProjectAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = [
        "slug",
        "title",
        "kind",
        "parent",
        "programme",
        "status",
        "start_date",
        "end_date",
        "amount",
        "currency",
        "funded_by_binational_fund",
    ]
    list_filter = [
        "kind",
        "sector",
        "programme",
        "status",
        "mechanism",
        "entity_type",
        "funded_by_binational_fund",
        "value_chains",
    ]
    list_select_related = ["programme", "parent"]
    search_fields = ["slug", "title_es", "title_en", "executing_entity"]
    autocomplete_fields = [
        "programme",
        "parent",
        "agreement",
        "mechanism",
        "decided_at",
        "value_chains",
        "sources",
    ]
    inlines = [
        ProjectTerritoryInline,
        StatusReportInline,
        AmountInline,
        PartInline,
        CitationInline,
    ]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title_es"]}
    change_list_template = "admin/plan/project/change_list.html"

    def save_model(self, request, obj, form, change):
        obj.touch()
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "import-csv/",
                self.admin_site.admin_view(self.import_csv),
                name="plan_project_import_csv",
            ),
            *super().get_urls(),
        ]

    def import_csv(self, request):
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        errors = []
        if request.method == "POST" and form.is_valid():
            result = import_projects_csv(stream=form.cleaned_data["file"])
            if result.ok:
                self.message_user(
                    request,
                    _("%(created)d projects created and %(updated)d updated.")
                    % {"created": result.created, "updated": result.updated},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:plan_project_changelist"))
            errors = result.errors
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import projects from CSV"),
            "form": form,
            "errors": errors,
            "max_rows": MAX_IMPORT_ROWS,
        }
        status = 400 if errors else 200
        return TemplateResponse(
            request, "admin/plan/project/import_csv.html", context, status=status
        )
