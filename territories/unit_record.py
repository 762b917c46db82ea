"""One unit with everything its API record shows, read by prepared queries.

The API's unit record read nine queries through the ORM, most of its 14 ms spent
building their SQL (10,000 units, 100,000 projects, SQLite). The same queries,
prepared (zif_portal.prepared), give the same instances, with the prefetched lists
the detail serializer reads, in the order the view's prefetches gave them. Only the
record as it stands today: `?as_of=` keeps the view's queryset.
"""

from django.db.models import Count, Q, Window, prefetch_related_objects

from zif_portal.api.serializers import SourceSummarySerializer
from zif_portal.citations import (
    citations_of,
    citations_prefetch,
    prepared_sources,
    set_citations,
)
from zif_portal.history import with_last_changed
from zif_portal.prepared import Prepared, prefetched

from .api.serializers import UnitRefSerializer
from .models import AdministrativeUnit, StatedFigure, UnitOrigin, Zone

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


# The unit's page: the rows its template and panels read, whole, with the relations
# they name. The ORM's reading (UnitDetailView's queryset) is what a past day
# (`?as_of=`) still goes through.
_page_unit = Prepared(
    lambda code: with_last_changed(
        AdministrativeUnit.objects.select_related("country", "parent__parent").filter(code=code)
    ),
    code=str,
)
_page_sources = prepared_sources(AdministrativeUnit)
# A canton may hold many parishes: its page shows the first ones and links to the
# full list. The first ones and how many there are in one query: the window counts
# them before the limit applies.
CHILDREN_SHOWN = 50
_page_children = Prepared(
    lambda code: (
        AdministrativeUnit.objects.filter(parent_id=code)
        .annotate(children_total=Window(Count("pk")))
        .order_by("code")[:CHILDREN_SHOWN]
    ),
    code=str,
)
_origins = Prepared(
    lambda unit: UnitOrigin.objects.filter(Q(unit=unit) | Q(origin=unit)).select_related(
        "unit", "origin"
    ),
    unit=int,
)


def _build_page_citations(unit_kind, unit, figure_kind, code):
    from zif_portal.models import Citation

    figures = StatedFigure.objects.filter(unit_id=code).values("pk")
    return Citation.objects.for_records().filter(
        Q(content_type_id=unit_kind, object_id=unit)
        | Q(content_type_id=figure_kind, object_id__in=figures)
    )


# The unit's citations and its figures' in one query, as the ORM's reading has them
# (attach_citations).
_page_citations = Prepared(
    _build_page_citations, unit_kind=int, unit=int, figure_kind=int, code=str
)


def unit_page(code):
    """The unit with the lists its page reads where prefetch_related leaves them
    (`unit.figures.all()` answers from the list, each figure with its citations),
    or None."""
    from django.contrib.contenttypes.models import ContentType

    unit = _page_unit.first(code=code)
    if unit is None:
        return None
    pk = unit.pk
    figures = _figures.all(code=unit.code)
    set_citations(
        [unit, *figures],
        _page_citations.all(
            unit_kind=ContentType.objects.get_for_model(AdministrativeUnit).pk,
            unit=pk,
            figure_kind=ContentType.objects.get_for_model(StatedFigure).pk,
            code=unit.code,
        ),
    )
    return prefetched(
        unit,
        sources=_page_sources.all(record=pk),
        figures=figures,
        zones=_zones.all(unit=pk),
    )


def first_children(unit):
    """The unit's first CHILDREN_SHOWN children by code, and how many it has."""
    children = _page_children.all(code=unit.code)
    return children, (children[0].children_total if children else 0)


def origins(unit):
    """The units it was created from, and those later created from it."""
    links = _origins.all(unit=unit.pk)
    return (
        [link.origin for link in links if link.unit_id == unit.pk],
        [link.unit for link in links if link.origin_id == unit.pk],
    )
