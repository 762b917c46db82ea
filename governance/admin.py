from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from zif_portal.admin import CitationInline, CitedHistoryAdmin

from .models import CoordinationMechanism, LegalInstrument, Meeting, Office, Participation, Person


@admin.register(LegalInstrument)
class LegalInstrumentAdmin(CitedHistoryAdmin, TranslationAdmin):
    inlines = [CitationInline]
    list_display = ["slug", "title", "kind", "number", "date", "valid_from_year", "valid_to_year"]
    list_filter = ["kind", "parties"]
    search_fields = ["slug", "number", "title_es", "title_en"]
    autocomplete_fields = ["parties", "published_in", "extends", "sources"]
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
    autocomplete_fields = ["country"]
    extra = 0


@admin.register(Person)
class PersonAdmin(CitedHistoryAdmin):
    list_display = ["slug", "name", "country"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["slug", "name"]
    autocomplete_fields = ["country", "sources"]
    inlines = [OfficeInline, ParticipationInline, CitationInline]
