from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from zif_portal.admin import CitationInline, CitedHistoryAdmin

from .models import Census, Indicator, NationalSource, Observation, StatedValue


class NationalSourceInline(TranslationTabularInline):
    model = NationalSource
    extra = 0
    autocomplete_fields = ["source"]


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "unit_of_measure", "formula", "order"]
    list_filter = ["formula"]
    search_fields = ["slug", "name_es", "name_en"]
    inlines = [NationalSourceInline]


@admin.register(Census)
class CensusAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "country", "agency", "reference_date"]
    list_filter = ["country"]
    search_fields = ["slug", "name_es", "name_en", "agency"]
    autocomplete_fields = ["country", "sources"]
    inlines = [CitationInline]


@admin.register(Observation)
class ObservationAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["key", "indicator", "country", "unit", "census", "reference_date", "value"]
    list_filter = ["indicator", "country", "census"]
    search_fields = ["key", "unit__code", "unit__name"]
    autocomplete_fields = ["unit", "country", "sources"]
    list_select_related = ["indicator", "country", "unit", "census"]
    inlines = [CitationInline]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "indicator":
            # Derived indicators are computed by the portal, never typed in.
            kwargs["queryset"] = Indicator.objects.filter(formula="")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(StatedValue)
class StatedValueAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["key", "zone", "indicator", "value", "source"]
    list_filter = ["indicator", "zone"]
    search_fields = ["key", "quote"]
    autocomplete_fields = ["source"]
