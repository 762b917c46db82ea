"""One unit with everything its API record shows, read by prepared queries.

The API's unit record read nine queries through the ORM, most of its 14 ms spent
building their SQL (10,000 units, 100,000 projects, SQLite). The same queries,
prepared (zif_portal.prepared), give the same instances, with the prefetched lists
the detail serializer reads, in the order the view's prefetches gave them. Only the
record as it stands today: `?as_of=` keeps the view's queryset.
"""

from django.db.models import prefetch_related_objects

from zif_portal.api.serializers import SourceSummarySerializer
from zif_portal.citations import citations_of, citations_prefetch, prepared_sources
from zif_portal.prepared import Prepared, prefetched

from .api.serializers import UnitRefSerializer
from .models import AdministrativeUnit, StatedFigure, Zone

_unit = Prepared(
    lambda code: AdministrativeUnit.objects.select_related("country", "parent__parent").filter(
        code=code
    ),
    code=str,
)
_sources = prepared_sources(AdministrativeUnit, *SourceSummarySerializer.Meta.fields)
# Only the columns the serializer shows of the units listed: a whole translated row
# costs more to build than to read.
UNIT_REF = UnitRefSerializer.Meta.fields
_created_from = Prepared(
    lambda unit: AdministrativeUnit.objects.filter(split_into=unit).only(*UNIT_REF), unit=int
)
_split_into = Prepared(
    lambda unit: AdministrativeUnit.objects.filter(created_from=unit).only(*UNIT_REF), unit=int
)
# A unit's parent is keyed by code (to_field).
_children = Prepared(
    lambda code: AdministrativeUnit.objects.filter(parent_id=code).only(*UNIT_REF), code=str
)
_zones = Prepared(lambda unit: Zone.objects.filter(members=unit), unit=int)
_figures = Prepared(
    lambda code: StatedFigure.objects.select_related("source").filter(unit_id=code), code=str
)


def unit_record(code):
    """The unit and its lists, or None."""
    unit = _unit.first(code=code)
    if unit is None:
        return None
    pk = unit.pk
    figures = _figures.all(code=unit.code)
    if figures:  # a province's or a department's: their citations, as the view's prefetch
        prefetch_related_objects(figures, citations_prefetch())
    return prefetched(
        unit,
        sources=_sources.all(record=pk),
        citations=citations_of(unit),
        created_from=_created_from.all(unit=pk),
        zones=_zones.all(unit=pk),
        children=_children.all(code=unit.code),
        split_into=_split_into.all(unit=pk),
        figures=figures,
    )
