"""Root URLs: the API and language switch outside the language prefix, pages under /es/ and /en/."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views
from .downloads import DataView, download
from .feeds import ChangesFeed
from .search_views import search_page

app_name = "zif_portal"

site_patterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("sources/", views.SourceListView.as_view(), name="source-list"),
    path("sources/<slug:key>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("about/data/", views.AboutDataView.as_view(), name="about-data"),
    path("changes/", views.ChangesView.as_view(), name="changes"),
    path("changes/feed.atom", ChangesFeed(), name="changes-feed"),
    path("data/", DataView.as_view(), name="data"),
    path("search/", search_page, name="search"),
]

urlpatterns = [
    path("api/v1/", include("zif_portal.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("data/<path:name>", download, name="data-file"),
    *i18n_patterns(
        path("", include((site_patterns, "zif_portal"))),
        path("", include("territories.urls")),
        path("", include("governance.urls")),
        path("", include("plan.urls")),
        path("admin/", admin.site.urls),
    ),
]

handler400 = "zif_portal.errors.bad_request"
handler404 = "zif_portal.errors.page_not_found"
handler500 = "zif_portal.errors.server_error"
