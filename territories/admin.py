from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from zif_portal.admin import CitationInline, CitedHistoryAdmin

from .models import AdministrativeUnit, Country, StatedFigure, UnitOrigin, Zone, ZoneMember


@admin.register(Country)
class CountryAdmin(CitedHistoryAdmin, TranslationAdmin):
    inlines = [CitationInline]
    list_display = ["code", "name", "area_km2"]
    search_fields = ["code", "name_es", "name_en"]
    autocomplete_fields = ["sources"]


class ChildUnitInline(admin.TabularInline):
    model = AdministrativeUnit
    fk_name = "parent"
    fields = ["code", "name", "level", "seat", "zif_membership"]
    show_change_link = True
    extra = 0
    verbose_name = _("unit within it")
    verbose_name_plural = _("units within it")

    def has_add_permission(self, request, obj=None):
        # Units are added on their own form, where their sources and constraints are checked.
        return False


class UnitOriginInline(admin.TabularInline):
    model = UnitOrigin
    fk_name = "unit"
    autocomplete_fields = ["origin"]
    extra = 0
    verbose_name = _("created from")
    verbose_name_plural = _("created from")


class ZoneMemberInline(admin.TabularInline):
    model = ZoneMember
    autocomplete_fields = ["unit"]
    extra = 0


class UnitFigureInline(TranslationTabularInline):
    model = StatedFigure
    fk_name = "unit"
    fields = [
        "key",
        "kind",
        "counted_level",
        "value",
        "approximate",
        "as_of",
        "source",
        "quote",
        "note",
    ]
    autocomplete_fields = ["source"]
    extra = 0


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = [
        "code",
        "name",
        "level",
        "country",
        "parent",
        "seat",
        "area_km2",
        "zif_membership",
    ]
    list_filter = ["country", "level", "zif_membership", "natural_region"]
    list_select_related = ["country", "parent"]
    search_fields = ["code", "name", "seat", "iso_code"]
    autocomplete_fields = ["country", "parent", "sources"]
    inlines = [UnitOriginInline, ChildUnitInline, UnitFigureInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["code", "country", "level", "parent", "iso_code", "name", "seat"]}),
        (
            _("Geography"),
            {"fields": ["area_km2", "seat_latitude", "seat_longitude", "natural_region"]},
        ),
        (_("ZIF"), {"fields": ["zif_membership", "zif_basis"]}),
        (
            _("History"),
            {
                "fields": [
                    "established_on",
                    "established_precision",
                    "establishment_basis",
                ]
            },
        ),
        (_("Description and sources"), {"fields": ["description", "sources"]}),
    ]


class ZoneFigureInline(TranslationTabularInline):
    model = StatedFigure
    fk_name = "zone"
    fields = [
        "key",
        "kind",
        "counted_level",
        "value",
        "approximate",
        "as_of",
        "source",
        "quote",
        "note",
    ]
    autocomplete_fields = ["source"]
    extra = 0


@admin.register(Zone)
class ZoneAdmin(CitedHistoryAdmin, TranslationAdmin):
    list_display = ["slug", "name", "country", "members_complete", "order"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["slug", "name_es", "name_en"]
    autocomplete_fields = ["country", "sources"]
    inlines = [ZoneMemberInline, ZoneFigureInline, CitationInline]


@admin.register(StatedFigure)
class StatedFigureAdmin(CitedHistoryAdmin, TranslationAdmin):
    inlines = [CitationInline]
    list_display = ["key", "kind", "value", "approximate", "zone", "unit", "source"]
    list_filter = ["kind", "approximate"]
    list_select_related = ["zone", "unit", "source"]
    search_fields = ["key", "quote"]
    autocomplete_fields = ["zone", "unit", "source"]
