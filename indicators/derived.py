"""Derived indicators, computed from the observations (never typed in), each saying
from what: density from a census population and the unit's area, the share of the
national population from the unit's and the country's populations of the same
census, and the change since the country's previous census."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from .models import Formula

POPULATION = "population"
FOUR_PLACES = Decimal("0.0001")


@dataclass
class Value:
    """One cell: a value with what it comes from, or None (missing) with why."""

    value: Decimal | None
    observation: object = None  # the observation, for an observed value
    inputs: list = field(default_factory=list)  # the observations a derived value uses
    basis: str = ""  # how a derived value was computed, for readers
    missing_reason: str = ""

    @property
    def missing(self):
        return self.value is None


def quantize(number):
    return Decimal(number).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


def density(population, area_km2):
    if population is None or not area_km2:
        return None
    return quantize(Decimal(population) / Decimal(area_km2))


def share(population, national):
    if population is None or not national:
        return None
    return quantize(Decimal(population) / Decimal(national) * 100)


def change(earlier, later):
    if earlier is None or later is None or not earlier:
        return None
    return quantize((Decimal(later) - Decimal(earlier)) / Decimal(earlier) * 100)


def _n(number):
    return f"{number:,.0f}" if number == number.to_integral() else f"{number:,.2f}"


class Series:
    """The observations of a set of units, indexed to answer any indicator.

    `observations`: the observed values (any indicator), of units and of whole
    countries (unit None); `units`: code → unit, for the areas; `censuses`: every
    census, for the previous census of each country.
    """

    def __init__(self, observations, units, censuses):
        self.units = units
        self.by_key = {}
        for obs in observations:
            self.by_key[(obs.indicator.slug, obs.unit_id, obs.country_id, obs.census_id)] = obs
        self.censuses = sorted(censuses, key=lambda c: (c.country_id, c.reference_date))
        self.previous = {}
        for earlier, later in zip(self.censuses, self.censuses[1:], strict=False):
            if earlier.country_id == later.country_id:
                self.previous[later.pk] = earlier

    def observed(self, slug, unit_code, country, census):
        return self.by_key.get((slug, unit_code, country, census.pk if census else None))

    def value(self, indicator, unit_code, census):
        """The indicator's value for the unit (None: the country) at the census."""
        unit = self.units.get(unit_code) if unit_code else None
        country = unit.country_id if unit else census.country_id
        if not indicator.is_derived:
            obs = self.observed(indicator.slug, unit_code, country, census)
            if obs is None:
                return Value(None, missing_reason=_("no source found"))
            return Value(obs.value, observation=obs)
        population = self.observed(POPULATION, unit_code, country, census)
        if population is None:
            return Value(None, missing_reason=_("no population for this census"))
        if indicator.formula == Formula.DENSITY:
            area = unit.area_km2 if unit else None
            if not area:
                return Value(None, missing_reason=_("no area"))
            return Value(
                density(population.value, area),
                inputs=[population],
                basis=_("%(population)s inhabitants (%(census)s) ÷ %(area)s km² (the unit's area)")
                % {"population": _n(population.value), "census": census.label, "area": _n(area)},
            )
        if indicator.formula == Formula.NATIONAL_SHARE:
            national = self.observed(POPULATION, None, country, census)
            if national is None:
                return Value(None, missing_reason=_("no national population for this census"))
            return Value(
                share(population.value, national.value),
                inputs=[population, national],
                basis=_("%(population)s ÷ %(national)s inhabitants of the country (%(census)s)")
                % {
                    "population": _n(population.value),
                    "national": _n(national.value),
                    "census": census.label,
                },
            )
        if indicator.formula == Formula.CHANGE:
            earlier_census = self.previous.get(census.pk)
            if earlier_census is None:
                return Value(None, missing_reason=_("no earlier census"))
            earlier = self.observed(POPULATION, unit_code, country, earlier_census)
            if earlier is None:
                return Value(None, missing_reason=_("no population for the earlier census"))
            return Value(
                change(earlier.value, population.value),
                inputs=[earlier, population],
                basis=_("from %(earlier)s (%(earlier_census)s) to %(later)s (%(census)s)")
                % {
                    "earlier": _n(earlier.value),
                    "earlier_census": earlier_census.label,
                    "later": _n(population.value),
                    "census": census.label,
                },
            )
        return Value(None, missing_reason=_("unknown formula"))


def expected_value(observation, series):
    """What a stored observation of a derived indicator should hold, from its inputs."""
    if observation.census is None:
        return None
    return series.value(observation.indicator, observation.unit_id, observation.census).value
