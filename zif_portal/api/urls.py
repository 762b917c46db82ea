"""Every resource of the API under /api/v1/, with its OpenAPI schema and docs."""

from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)
from rest_framework.routers import DefaultRouter

from governance.api.views import (
    LegalInstrumentViewSet,
    MechanismViewSet,
    MeetingViewSet,
    PersonViewSet,
)
from plan.api.views import (
    FundViewSet,
    PlanViewSet,
    ProgrammeViewSet,
    ProjectViewSet,
    ValueChainViewSet,
)
from territories.api.views import AdministrativeUnitViewSet, CountryViewSet, ZoneViewSet
from zif_portal.api.views import SourceViewSet
from zif_portal.search_views import search_api

app_name = "api"

router = DefaultRouter()
router.register("countries", CountryViewSet, basename="country")
router.register("territories", AdministrativeUnitViewSet, basename="administrativeunit")
router.register("zones", ZoneViewSet, basename="zone")
router.register("sources", SourceViewSet, basename="source")
router.register("legal-instruments", LegalInstrumentViewSet, basename="legalinstrument")
router.register("mechanisms", MechanismViewSet, basename="mechanism")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("people", PersonViewSet, basename="person")
router.register("plans", PlanViewSet, basename="plan")
router.register("programmes", ProgrammeViewSet, basename="programme")
router.register("funds", FundViewSet, basename="fund")
router.register("value-chains", ValueChainViewSet, basename="valuechain")
router.register("projects", ProjectViewSet, basename="project")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("search/", search_api, name="search"),
    path("", include(router.urls)),
]
