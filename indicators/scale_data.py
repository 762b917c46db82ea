"""Synthetic observations for the synthetic units of `generate_scale_data`, for
benchmarks and query-count tests only.

Each synthetic unit (named “[Synthetic] …”) gets a population at each census of
its country, keyed `synthetic-…`, with the method note “[Synthetic]” and the
citation of the source `synthetic-scale-data`, so it is never taken for real.
"""

import random

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from territories.models import AdministrativeUnit
from zif_portal.models import Citation, Source

from .models import Census, Indicator, Observation

PREFIX = "synthetic-"
SOURCE_KEY = "synthetic-scale-data"
NOTE_ES = "[Sintético] Dato de prueba de rendimiento, no real."
NOTE_EN = "[Synthetic] Benchmark value, not real."
BATCH = 2000


def generate_observations(seed=1):
    """Observations for the synthetic units that have none yet; returns how many."""
    population = Indicator.objects.filter(slug="population", formula="").first()
    source = Source.objects.filter(key=SOURCE_KEY).first()
    censuses = {}
    for census in Census.objects.all():
        censuses.setdefault(census.country_id, []).append(census)
    if population is None or source is None or not censuses:
        return 0
    rng = random.Random(seed)
    units = list(
        AdministrativeUnit.objects.filter(name__startswith="[Synthetic]")
        .exclude(observations__indicator=population)
        .values_list("code", "country_id")
    )
    content_type = ContentType.objects.get_for_model(Observation)
    created = 0
    with transaction.atomic():
        for start in range(0, len(units), BATCH):
            batch = []
            for code, country in units[start : start + BATCH]:
                for census in censuses.get(country, []):
                    batch.append(
                        Observation(
                            key=f"{PREFIX}{code.lower()}-population-{census.slug}",
                            indicator=population,
                            country_id=country,
                            unit_id=code,
                            census=census,
                            reference_date=census.reference_date,
                            reference_precision=census.reference_precision,
                            value=rng.randint(500, 50000),
                            method_note_es=NOTE_ES,
                            method_note_en=NOTE_EN,
                            method_note=NOTE_ES,
                        )
                    )
            batch = Observation.objects.bulk_create(batch)
            Observation.sources.through.objects.bulk_create(
                [
                    Observation.sources.through(observation_id=o.pk, source_id=source.pk)
                    for o in batch
                ]
            )
            Citation.objects.bulk_create(
                [
                    Citation(
                        content_type=content_type,
                        object_id=o.pk,
                        field="value",
                        source=source,
                        locator="[Synthetic]",
                    )
                    for o in batch
                ]
            )
            created += len(batch)
    return created


def clear_observations():
    """Remove the synthetic observations (before their units go)."""
    ids = Observation.objects.filter(key__startswith=PREFIX).values("pk")
    content_type = ContentType.objects.get_for_model(Observation)
    with transaction.atomic():
        for queryset in (
            Citation.objects.filter(content_type=content_type, object_id__in=ids),
            Observation.sources.through.objects.filter(observation__in=ids),
        ):
            queryset._raw_delete(queryset.db)
        observations = Observation.objects.filter(key__startswith=PREFIX)
        observations._raw_delete(observations.db)
