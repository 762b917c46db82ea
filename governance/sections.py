"""What governance adds to the home page and to a territory's page."""

from django.db.models import Q

from zif_portal.cache import memo_per_version, per_version

from .models import (
    CoordinationMechanism,
    InstrumentKind,
    LegalInstrument,
    MechanismKind,
    Meeting,
    covering_codes,
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
    """The mechanisms that join the unit or a unit above it, as
    `CoordinationMechanism.objects.covering(unit.code)` lists them: of the few
    mechanisms tied to a unit, kept per process and data version, so that each of
    10,000 unit pages does not query for them."""
    codes = set(covering_codes(unit.code))
    mechanisms = [
        mechanism
        for mechanism in memo_per_version("governance:tied-to-units", None, _tied_to_units)
        if mechanism.ecuador_unit_id in codes or mechanism.peru_unit_id in codes
    ]
    return {"mechanisms": mechanisms} if mechanisms else None


def _tied_to_units():
    return list(
        CoordinationMechanism.objects.filter(
            Q(ecuador_unit__isnull=False) | Q(peru_unit__isnull=False)
        ).select_related("ecuador_unit", "peru_unit")
    )
