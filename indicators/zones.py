"""Stated values of zones against what the zones' members add up to."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import Census, Observation, StatedValue


@dataclass
class StatedCheck:
    stated: StatedValue
    census: Census
    listed: object  # the members' sum, None when no member has a value
    counted: int  # members with a value
    members: int
    difference: object
    reason: str


def member_sums(zone, indicator_slug, censuses, observations=None):
    """{census: (sum or None, members with a value, members)} for the zone's members."""
    members = [m.code for m in zone.members.all()]
    if observations is None:
        observations = Observation.objects.filter(
            unit_id__in=members, indicator__slug=indicator_slug
        )
    by_census = {}
    for obs in observations:
        if obs.unit_id in members:
            by_census.setdefault(obs.census_id, []).append(obs.value)
    sums = {}
    for census in censuses:
        values = by_census.get(census.pk, [])
        sums[census] = (sum(values) if values else None, len(values), len(members))
    return sums


def check_stated_values(*, observations=None, censuses=None):
    """Each stated value beside its zone's members' sum at each census of the zone's
    country. `observations` and `censuses`, when a page has read them already, spare
    the queries (the observations must include the members')."""
    checks = []
    stated_values = StatedValue.objects.select_related(
        "zone", "indicator", "source", "zone__country"
    ).prefetch_related("zone__members")
    all_censuses = list(Census.objects.all()) if censuses is None else list(censuses)
    for stated in stated_values:
        zone = stated.zone
        zone_censuses = [c for c in all_censuses if c.country_id == zone.country_id] or (
            all_censuses if zone.country_id is None else []
        )
        found = (
            None
            if observations is None
            else [o for o in observations if o.indicator.slug == stated.indicator.slug]
        )
        for census, (listed, counted, members) in member_sums(
            zone, stated.indicator.slug, zone_censuses, found
        ).items():
            reasons = []
            if counted < members:
                reasons.append(
                    _("%(missing)s of the zone's %(members)s listed members have no value")
                    % {"missing": members - counted, "members": members}
                )
            if stated.note:
                reasons.append(stated.note)
            checks.append(
                StatedCheck(
                    stated=stated,
                    census=census,
                    listed=listed,
                    counted=counted,
                    members=members,
                    difference=(stated.value - listed) if listed is not None else None,
                    reason="; ".join(reasons),
                )
            )
    return checks
