"""sitemap.xml for search engines: every record page in both languages, with hreflang
alternates and the date of its last change from the change log; and the site's own
pages. Found through the models the apps declare (those with a page), so this app
imports none of them."""

from django.apps import apps
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from .audit import PORTAL_APPS
from .models import ChangeEntry

# Models whose rows have no page of their own or are not public records.
NOT_LISTED = {"zif_portal.ChangeEntry", "zif_portal.SearchEntry", "zif_portal.Citation"}
PAGES = [
    "zif_portal:home",
    "territories:unit-list",
    "territories:zone-list",
    "territories:map",
    "governance:mechanism-list",
    "governance:meeting-list",
    "governance:instrument-list",
    "governance:person-list",
    "governance:timeline",
    "plan:plan-index",
    "plan:valuechain-list",
    "plan:project-list",
    "zif_portal:source-list",
    "zif_portal:data",
    "zif_portal:about-data",
    "zif_portal:changes",
    "zif_portal:reuse",
    "zif_portal:accessibility",
    "zif_portal:privacy",
]


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000  # items per sitemap file: twice as many addresses, one per language


class PageSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self):
        return PAGES

    def location(self, item):
        return reverse(item)


class RecordSitemap(_Bilingual):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def items(self):
        return self.model._default_manager.order_by("pk")

    def lastmod(self, item):
        return self._last_changes().get(str(item.pk))

    def _last_changes(self):
        # One query per section for the whole change log of that kind of record.
        if not hasattr(self, "_changes"):
            self._changes = dict(
                ChangeEntry.objects.filter(model=self.model._meta.label)
                .values("object_id")
                .annotate(last=Max("date"))
                .values_list("object_id", "last")
            )
        return self._changes


def record_models():
    for model in apps.get_models():
        meta = model._meta
        if meta.app_label not in PORTAL_APPS or model.__name__.startswith("Historical"):
            continue
        if meta.label in NOT_LISTED or not hasattr(model, "get_absolute_url"):
            continue
        yield model


def sitemaps():
    sections = {"pages": PageSitemap()}
    for model in record_models():
        sections[model._meta.model_name] = RecordSitemap(model)
    return sections
