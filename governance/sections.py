"""What governance adds to the home page and to a territory's page."""

from zif_portal.cache import per_version

from .models import (
    CoordinationMechanism,
    InstrumentKind,
    LegalInstrument,
    MechanismKind,
    Meeting,
)


def home_context(request):
    # Four tables read for one panel: built once per version of the data.
    return per_version("governance-home", _home_context)


def _home_context():
    latest = (
        Meeting.objects.filter(date__isnull=False)
        .select_related("mechanism", "country")
        .order_by("-date")
        .first()
    )
    # The latest meetings of the Neighbourhood Commission and what they approved.
    commissions = list(
        Meeting.objects.filter(mechanism__kind=MechanismKind.COMMISSION, date__isnull=False)
        .prefetch_related("action_plans")
        .order_by("-date")[:3]
    )
    extension = (
        LegalInstrument.objects.filter(kind=InstrumentKind.EXTENSION, date__isnull=False)
        .order_by("-date")
        .first()
    )
    return {
        "commissions": commissions,
        "plan_extension": extension,
        "mechanism_count": CoordinationMechanism.objects.filter(parent__isnull=True)
        .exclude(kind=MechanismKind.PLAN_CHAPTER)
        .count(),
        "latest_meeting": latest,
    }


def unit_panel_context(unit):
    mechanisms = list(
        CoordinationMechanism.objects.covering(unit.code).select_related(
            "ecuador_unit", "peru_unit"
        )
    )
    return {"mechanisms": mechanisms} if mechanisms else None
