"""Root URLs: the API and language switch outside the language prefix, pages under /es/ and /en/."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import cache_page

from . import public_views, views
from .downloads import DataView, download
from .feeds import ChangesFeed, RecordChangesFeed
from .search_views import search_page
from .sitemaps import sitemaps

SITEMAPS = sitemaps()

app_name = "zif_portal"

site_patterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("sources/", views.SourceListView.as_view(), name="source-list"),
    path("sources/<slug:key>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("about/data/", views.AboutDataView.as_view(), name="about-data"),
    path("changes/", views.ChangesView.as_view(), name="changes"),
    path("changes/feed.atom", ChangesFeed(), name="changes-feed"),
    path(
        "changes/<str:label>/<int:object_id>/feed.atom",
        RecordChangesFeed(),
        name="record-changes-feed",
    ),
    path("data/", DataView.as_view(), name="data"),
    path("search/", search_page, name="search"),
    path("reuse/", public_views.ReuseView.as_view(), name="reuse"),
    path("accessibility/", public_views.AccessibilityView.as_view(), name="accessibility"),
    path("privacy/", public_views.PrivacyView.as_view(), name="privacy"),
    path(
        "cite/<str:label>/<int:object_id>.<str:fmt>",
        public_views.cite_record,
        name="cite-record",
    ),
]

urlpatterns = [
    path("robots.txt", public_views.robots_txt, name="robots-txt"),
    path(".well-known/security.txt", public_views.security_txt, name="security-txt"),
    path(
        "sitemap.xml",
        cache_page(3600)(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(3600)(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("api/v1/", include("zif_portal.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("data/<path:name>", download, name="data-file"),
    *i18n_patterns(
        path("", include((site_patterns, "zif_portal"))),
        path("", include("territories.urls")),
        path("", include("governance.urls")),
        path("", include("plan.urls")),
        path("", include("indicators.urls")),
        path("admin/", admin.site.urls),
    ),
]

handler400 = "zif_portal.errors.bad_request"
handler404 = "zif_portal.errors.page_not_found"
handler500 = "zif_portal.errors.server_error"
