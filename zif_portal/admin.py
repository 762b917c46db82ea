from django import forms
from django.contrib import admin
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationGenericTabularInline
from simple_history.admin import SimpleHistoryAdmin

from .citations import citable_fields
from .models import Citation, Source

admin.site.site_header = _("ZIF Portal — editors")
admin.site.site_title = _("ZIF Portal admin")


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["key", "title", "kind", "publisher", "published_on", "is_official", "language"]
    list_filter = ["kind", "is_official", "language"]
    search_fields = ["key", "title_es", "title_en", "publisher", "url"]
    prepopulated_fields = {"key": ["title_es"]}


class CitationFormSet(BaseGenericInlineFormSet):
    """Tells each citation form which record it cites, so that the model's own checks
    (the field exists, the value is one of the field's) run before saving."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.content_type = ContentType.objects.get_for_model(self.instance)
        if self.instance.pk is not None:
            form.instance.object_id = self.instance.pk
        return form


class CitationInline(TranslationGenericTabularInline):
    """The sources of each value of the record, and the values sources dispute."""

    model = Citation
    formset = CitationFormSet
    fields = ["field", "source", "locator", "quote", "value", "preferred", "reason"]
    autocomplete_fields = ["source"]
    extra = 0
    verbose_name = _("citation of a value")
    verbose_name_plural = _("citations of values (which source gives which value)")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        choices = [("", "---------")] + [
            (name, f"{model_field.verbose_name} ({name})")
            for name, model_field in citable_fields(self.parent_model).items()
        ]
        formset.form.base_fields["field"] = forms.ChoiceField(label=_("field"), choices=choices)
        return formset


@admin.register(Citation)
class CitationAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """All citations in one list, to find every value a source gives."""

    list_display = ["__str__", "content_type", "object_id", "field", "source", "value", "preferred"]
    list_filter = ["content_type", "preferred"]
    list_select_related = ["source", "content_type"]
    search_fields = ["field", "source__key", "locator", "quote", "value"]
    autocomplete_fields = ["source"]


class CitedHistoryAdmin(SimpleHistoryAdmin):
    """The record's history page also lists the changes to its citations, which are
    kept in their own history (they are edited inline on the record)."""

    object_history_template = "admin/zif_portal/cited_object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        extra_context = dict(extra_context or {})
        if str(object_id).isdigit():
            extra_context["citation_history"] = (
                Citation.history.filter(
                    content_type=ContentType.objects.get_for_model(self.model),
                    object_id=int(object_id),
                )
                .select_related("source", "history_user")
                .order_by("-history_date")[:200]
            )
        return super().history_view(request, object_id, extra_context=extra_context)
