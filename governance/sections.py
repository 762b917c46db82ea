"""What governance adds to the home page and to a territory's page."""

from .models import CoordinationMechanism, Meeting


def home_context(request):
    latest = (
        Meeting.objects.filter(date__isnull=False)
        .select_related("mechanism", "country")
        .order_by("-date")
        .first()
    )
    return {
        "mechanism_count": CoordinationMechanism.objects.filter(parent__isnull=True).count(),
        "latest_meeting": latest,
    }


def unit_panel_context(unit):
    mechanisms = list(
        CoordinationMechanism.objects.covering(unit.code).select_related(
            "ecuador_unit", "peru_unit"
        )
    )
    return {"mechanisms": mechanisms} if mechanisms else None
