"""The statistics panel of a unit's page: every indicator at every census, with sources."""

from django.core.cache import cache

from zif_portal.cache import memo_per_version
from zif_portal.citations import footnotes_for, set_citations
from zif_portal.prepared import Prepared

from .derived import Series
from .models import Indicator, Observation
from .signals import generation

# Bounded, for app servers that share no cache (no REDIS_URL): another server's edit
# shows here within this time at the latest.
CACHE_SECONDS = 60


def unit_panel_context(unit):
    """The panel's data. What comes from the database (the unit's observations with
    their citations, the national totals, the indicators) is cached per unit until
    any of them changes (indicators.signals); the derived values are computed at
    each rendering, from the unit's area as it stands."""
    key = f"indicators:unit:{generation()}:{unit.code}"
    stored = cache.get(key)
    if stored is None:
        stored = _read(unit)
        cache.set(key, stored, timeout=CACHE_SECONDS)
    observations, national, all_indicators = stored
    if not observations:
        return None
    censuses = sorted(
        {o.census for o in observations + national if o.census is not None},
        key=lambda c: c.reference_date,
    )
    series = Series(observations + national, {unit.code: unit}, censuses)
    rows = []
    for indicator in all_indicators:
        cells = [series.value(indicator, unit.code, census) for census in censuses]
        if any(not cell.missing for cell in cells):
            rows.append({"indicator": indicator, "cells": cells})
    for obs in observations:
        obs.notes = footnotes_for(obs)
    return {
        "unit": unit,
        "censuses": censuses,
        "rows": rows,
        "observations": sorted(observations, key=lambda o: (o.indicator.order, o.reference_date)),
    }


# The unit's observations and their citations by prepared queries
# (zif_portal.prepared): compiling them through the ORM was most of the panel's
# time on a page nobody had asked for yet.
_observations = Prepared(
    lambda code: Observation.objects.select_related("indicator", "census").filter(unit_id=code),
    code=str,
)


def _build_citations(kind, code):
    from zif_portal.models import Citation

    observed = Observation.objects.filter(unit_id=code).values("pk")
    return Citation.objects.for_records().filter(content_type_id=kind, object_id__in=observed)


_citations = Prepared(_build_citations, kind=int, code=str)


def _read(unit):
    from django.contrib.contenttypes.models import ContentType

    observations = _observations.all(code=unit.code)
    if not observations:
        return [], [], []
    kind = ContentType.objects.get_for_model(Observation).pk
    set_citations(observations, _citations.all(kind=kind, code=unit.code))
    country = unit.country_id
    national, indicators = memo_per_version(
        "indicators:national", country, lambda: _national(country)
    )
    return observations, national, indicators


def _national(country):
    """The country's national totals and the indicators: the same for each of its
    units, read once per version of the data instead of with each unit's own
    observations (most of that query's rows and of its time, at 10,000 units)."""
    national = Observation.objects.select_related("indicator", "census").filter(
        unit__isnull=True, country_id=country
    )
    return list(national), list(Indicator.objects.all())
