"""Every resource of the API under /api/v1/, with its OpenAPI schema and docs."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from governance.api.views import (
    LegalInstrumentViewSet,
    MechanismViewSet,
    MeetingViewSet,
    PersonViewSet,
)
from territories.api.views import AdministrativeUnitViewSet, CountryViewSet, ZoneViewSet
from zif_portal.api.views import SourceViewSet

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

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("", include(router.urls)),
]
