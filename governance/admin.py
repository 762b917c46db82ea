from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from zif_portal.admin import CitationInline, CitedHistoryAdmin

from .models import (
    ActionPlan,
    Commitment,
    CommitmentStatusChange,
    CoordinationMechanism,
    FulfilmentReport,
    LegalInstrument,
    Meeting,
    Office,
    Participation,
    Person,
    ThematicAxis,
)


@admin.register(LegalInstrument)
class LegalInstrumentAdmin(CitedHistoryAdmin, TranslationAdmin):
    inlines = [CitationInline]
    list_display = ["slug", "title", "kind", "number", "date", "valid_from_year", "valid_to_year"]
    list_filter = ["kind", "parties"]
    search_fields = ["slug", "number", "title_es", "title_en"]
    autocomplete_fields = [
        "parties",
        "published_in",
        "extends",
        "annex_of",
        "adopted_at",
        "governs",
        "sources",
    ]
    date_hierarchy = "date"


class SubBodyInline(TranslationTabularInline):
    model = CoordinationMechanism
    fk_name = "parent"
    fields = ["slug", "name", "kind", "level", "order"]
    show_change_link = True
    extra = 0

    def has_add_permission(self, request, obj=None):
        # A sub-body needs its sources, added on its own form.
        return False


class MeetingInline(TranslationTabularInline):
    model = Meeting
    fields = ["slug", "ordinal", "title", "date", "city", "country"]
    show_change_link = True
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(CoordinationMechanism)
class CoordinationMechanismAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "kind", "level", "parent", "ecuador_unit", "peru_unit"]
    list_filter = ["level", "kind"]
    list_select_related = ["parent", "ecuador_unit", "peru_unit"]
    search_fields = ["slug", "name_es", "name_en", "acronym"]
    autocomplete_fields = ["parent", "ecuador_unit", "peru_unit", "created_by", "sources"]
    inlines = [SubBodyInline, MeetingInline, CitationInline]


class ParticipationInline(admin.TabularInline):
    model = Participation
    autocomplete_fields = ["person"]
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "title", "mechanism", "ordinal", "date", "city", "country"]
    list_filter = ["mechanism", "country"]
    list_select_related = ["mechanism", "country"]
    search_fields = ["slug", "title_es", "title_en", "city"]
    autocomplete_fields = ["mechanism", "country", "sources"]
    date_hierarchy = "date"
    inlines = [ParticipationInline, CitationInline]


class OfficeInline(TranslationTabularInline):
    model = Office
    autocomplete_fields = ["country", "mechanism"]
    extra = 0


@admin.register(Person)
class PersonAdmin(CitedHistoryAdmin):
    list_display = ["slug", "name", "country"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["slug", "name"]
    autocomplete_fields = ["country", "sources"]
    inlines = [OfficeInline, ParticipationInline, CitationInline]


class ThematicAxisInline(TranslationTabularInline):
    model = ThematicAxis
    fields = ["code", "name", "order"]
    extra = 0


class FulfilmentReportInline(admin.TabularInline):
    model = FulfilmentReport
    fk_name = "plan"
    fields = ["date", "date_precision", "percentage", "reported_at", "source", "locator", "quote"]
    autocomplete_fields = ["reported_at", "source"]
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = [
        "slug",
        "title",
        "meeting",
        "valid_from_year",
        "valid_to_year",
        "stated_commitments",
        "recorded_count",
    ]
    list_select_related = ["meeting"]
    search_fields = ["slug", "title_es", "title_en"]
    autocomplete_fields = ["meeting", "sources"]
    inlines = [ThematicAxisInline, FulfilmentReportInline, CitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    @admin.display(description=_("commitments recorded"), ordering="recorded_count")
    def recorded_count(self, obj):
        return obj.recorded_count


class StatusChangeInline(TranslationTabularInline):
    model = CommitmentStatusChange
    fields = ["status", "date", "date_precision", "source", "locator", "evidence"]
    autocomplete_fields = ["source"]
    extra = 0


@admin.register(Commitment)
class CommitmentAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = [
        "plan",
        "number",
        "short_text",
        "axis",
        "responsible_ecuador",
        "responsible_peru",
    ]
    list_filter = ["plan", "axis"]
    list_select_related = ["plan", "axis"]
    search_fields = ["text_es", "text_en", "responsible_ecuador", "responsible_peru"]
    autocomplete_fields = ["plan", "units", "sources"]
    inlines = [StatusChangeInline, CitationInline]

    @admin.display(description=_("text"))
    def short_text(self, obj):
        return obj.text[:80]


@admin.register(CommitmentStatusChange)
class CommitmentStatusChangeAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["commitment", "status", "date", "source"]
    list_filter = ["status"]
    list_select_related = ["commitment", "commitment__plan", "source"]
    autocomplete_fields = ["commitment", "source"]
    search_fields = ["commitment__text_es", "evidence_es"]
    date_hierarchy = "date"


@admin.register(FulfilmentReport)
class FulfilmentReportAdmin(CitedHistoryAdmin):
    list_display = ["plan", "date", "percentage", "reported_at", "source"]
    list_select_related = ["plan", "reported_at", "source"]
    autocomplete_fields = ["plan", "reported_at", "source"]
    search_fields = ["plan__title_es", "plan__title_en"]
