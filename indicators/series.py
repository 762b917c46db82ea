"""Reading the observations a page needs in a fixed number of queries."""

from django.db.models import Q

from territories.models import AdministrativeUnit
from zif_portal.citations import citations_prefetch

from .derived import POPULATION, Series
from .models import Census, Indicator, Observation

# The units the statistics compare: the ZIF's provinces, cantons and departments.
COMPARED_LEVELS = ("province", "canton", "department")


def compared_units(*, country=None, level=None, zone=None):
    units = (
        AdministrativeUnit.objects.in_zif()
        .above_local_level()
        .select_related("country", "parent")
        .order_by("country_id", "code")
    )
    if country:
        units = units.filter(country_id=country)
    if level:
        units = units.filter(level=level)
    if zone is not None:
        units = units.filter(
            Q(zones=zone) | Q(parent__zones=zone) | Q(parent__parent__zones=zone)
        ).distinct()
    return units


def load_series(units, *, with_citations=False):
    """A Series over `units` (code → unit) and the countries' national totals:
    one query for the observations, one for the censuses (and one for citations)."""
    codes = list(units)
    countries = sorted({u.country_id for u in units.values()}) or ["EC", "PE"]
    observations = Observation.objects.select_related("indicator", "census").filter(
        Q(unit_id__in=codes) | Q(unit__isnull=True, country_id__in=countries)
    )
    if with_citations:
        observations = observations.prefetch_related(citations_prefetch())
    censuses = list(Census.objects.filter(country_id__in=countries).select_related("country"))
    return Series(list(observations), units, censuses), censuses


def indicators():
    return list(Indicator.objects.all())


def population_indicator(all_indicators):
    return next((i for i in all_indicators if i.slug == POPULATION), None)
