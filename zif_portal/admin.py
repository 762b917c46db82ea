from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import Source

admin.site.site_header = _("ZIF Portal — editors")
admin.site.site_title = _("ZIF Portal admin")


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["key", "title", "kind", "publisher", "published_on", "is_official", "language"]
    list_filter = ["kind", "is_official", "language"]
    search_fields = ["key", "title_es", "title_en", "publisher", "url"]
    prepopulated_fields = {"key": ["title_es"]}
