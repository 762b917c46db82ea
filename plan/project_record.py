"""One project with everything its record shows, read by prepared queries.

The API's project record read eight queries through the ORM, which spent 12 of its
16 ms building their SQL (100,000 projects, SQLite). The same eight queries,
prepared (zif_portal.prepared), give the same instances, with the lists the read
serializer takes (`territory_list`, `citation_list`…) in the order the view's
prefetches gave them.
"""

from territories.api.serializers import UnitRefSerializer
from territories.models import AdministrativeUnit
from zif_portal.api.serializers import SourceSummarySerializer
from zif_portal.citations import citations_of, prepared_sources
from zif_portal.history import with_last_changed
from zif_portal.prepared import Prepared, prefetched

from .models import Project, ProjectAmount, ProjectStatusReport, ValueChain

# Only the columns the read serializer shows of a list's rows: a whole translated row
# costs more to build than to read.
UNIT_REF = UnitRefSerializer.Meta.fields
SOURCE_SUMMARY = SourceSummarySerializer.Meta.fields

_project = Prepared(
    lambda slug: Project.objects.select_related(
        "programme", "parent", "agreement", "mechanism", "decided_at"
    ).filter(slug=slug),
    slug=str,
)
_territories = Prepared(
    lambda project: AdministrativeUnit.objects.filter(project_links__project_id=project).only(
        *UNIT_REF
    ),
    project=int,
)
_value_chains = Prepared(
    lambda project: ValueChain.objects.filter(projects=project).only("slug"), project=int
)
_sources = prepared_sources(Project, *SOURCE_SUMMARY)
_parts = Prepared(
    lambda project: (
        Project.objects.filter(parent_id=project).order_by("part_order", "slug").only("slug")
    ),
    project=int,
)
_status_reports = Prepared(
    lambda project: (
        ProjectStatusReport.objects.select_related("source")
        .filter(project_id=project)
        .order_by("reported_on", "key")
    ),
    project=int,
)
_amounts = Prepared(
    lambda project: (
        ProjectAmount.objects.select_related("source")
        .filter(project_id=project)
        .order_by("as_of", "key")
    ),
    project=int,
)


def project_record(slug):
    """The project and its lists, or None."""
    project = _project.first(slug=slug)
    if project is None:
        return None
    pk = project.pk
    project.territory_list = _territories.all(project=pk)
    project.value_chain_list = _value_chains.all(project=pk)
    project.source_list = _sources.all(record=pk)
    project.citation_list = citations_of(project)
    project.part_list = _parts.all(project=pk)
    project.status_report_list = _status_reports.all(project=pk)
    project.amount_list = _amounts.all(project=pk)
    return project


# The project's page: the same lists, whole rows, as the page's template reads them
# (`project.territories.all`…), with the relations it names.
_page_project = Prepared(
    lambda slug: with_last_changed(
        Project.objects.select_related(
            "programme__plan", "parent__parent__parent", "agreement", "mechanism", "decided_at"
        ).filter(slug=slug)
    ),
    slug=str,
)
_page_territories = Prepared(
    lambda project: AdministrativeUnit.objects.select_related("country").filter(
        project_links__project_id=project
    ),
    project=int,
)
_page_value_chains = Prepared(
    lambda project: ValueChain.objects.filter(projects=project), project=int
)
_page_sources = prepared_sources(Project)
_page_parts = Prepared(
    lambda project: Project.objects.filter(parent_id=project).order_by("part_order", "slug"),
    project=int,
)


def project_page(slug):
    """The project with the lists its page shows where prefetch_related leaves them
    (`project.parts.all()` answers from the list), or None."""
    project = _page_project.first(slug=slug)
    if project is None:
        return None
    pk = project.pk
    return prefetched(
        project,
        territories=_page_territories.all(project=pk),
        value_chains=_page_value_chains.all(project=pk),
        sources=_page_sources.all(record=pk),
        citations=citations_of(project),
        parts=_page_parts.all(project=pk),
        status_reports=_status_reports.all(project=pk),
        amounts=_amounts.all(project=pk),
    )
