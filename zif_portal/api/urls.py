"""Every resource of the API under /api/v1/, with its OpenAPI schema and docs."""

from functools import cache

from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)
from rest_framework.routers import DefaultRouter

from governance.api.views import (
    ActionPlanViewSet,
    CommitmentViewSet,
    LegalInstrumentViewSet,
    MechanismViewSet,
    MeetingViewSet,
    PersonViewSet,
)
from indicators.api.views import CensusViewSet, IndicatorViewSet, ObservationViewSet
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
router.register("action-plans", ActionPlanViewSet, basename="actionplan")
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("plans", PlanViewSet, basename="plan")
router.register("programmes", ProgrammeViewSet, basename="programme")
router.register("funds", FundViewSet, basename="fund")
router.register("value-chains", ValueChainViewSet, basename="valuechain")
router.register("projects", ProjectViewSet, basename="project")
router.register("indicators", IndicatorViewSet, basename="indicator")
router.register("censuses", CensusViewSet, basename="census")
router.register("observations", ObservationViewSet, basename="observation")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("search/", search_api, name="search"),
    path("", include(router.urls)),
]


def _model_of(viewset, basename):
    queryset = getattr(viewset, "queryset", None)
    if queryset is not None:
        return queryset.model
    serializer = getattr(viewset, "serializer_class", None)
    model = getattr(getattr(serializer, "Meta", None), "model", None)
    if model is not None:
        return model
    # Viewsets that choose their queryset per request are registered under their
    # model's name ("administrativeunit").
    from django.apps import apps

    return next((m for m in apps.get_models() if m._meta.model_name == basename), None)


@cache
def _twin_of(model):
    """The router's name and lookup field of the viewset serving `model`, or None;
    found once per model, not by walking the registry on every page."""
    for _prefix, viewset, basename in router.registry:
        served = _model_of(viewset, basename)
        if served is not None and issubclass(model, served):
            return basename, getattr(viewset, "lookup_field", "pk")
    return None


def api_twin_url(record):
    """The API address of a record shown on a page, or "" when the API has none."""
    from django.urls import NoReverseMatch

    from zif_portal.reversing import reverse

    twin = _twin_of(type(record))
    if twin is None:
        return ""
    basename, lookup = twin
    try:
        return reverse(f"api:{basename}-detail", kwargs={lookup: getattr(record, lookup)})
    except NoReverseMatch:
        return ""
