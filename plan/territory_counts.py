"""How many projects each territory holds, its units inside included: every count a
territory's page shows, read in one query per process and data version.

A territory's page says how many projects it holds. Counted on the page, the count
for a canton or a province reads its thousands of links, and in the long tail (a
visitor per unit, each unit's page asked once) no cached count was ever reused: 11
ms of a unit page at 100,000 projects. Counted here, all 10,000 units' counts cost
one grouped query (codes are a materialised path, so a link's unit code cut to 5, 7
and 9 characters names the province, canton and parish that hold it)."""

from django.db import connection

from territories.models import CODE_LENGTH_BY_DEPTH, AdministrativeUnit
from zif_portal.cache import memo_per_version, per_version

from .models import ProjectTerritory


def _read():
    links = ProjectTerritory._meta.db_table
    units = AdministrativeUnit._meta.db_table
    prefixes = " UNION ALL ".join(
        f"SELECT SUBSTR(u.code, 1, {n}) AS code, l.project_id AS project "
        f"FROM {links} l JOIN {units} u ON u.id = l.unit_id WHERE LENGTH(u.code) >= {n}"
        for n in CODE_LENGTH_BY_DEPTH.values()
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT code, COUNT(DISTINCT project) FROM ({prefixes}) within GROUP BY code"
        )
        return dict(cursor.fetchall())


def project_count_in(code):
    """The number of projects in the unit `code` or in a unit inside it: what
    `Project.objects.in_territory(code).count()` counts."""
    # Kept in this process, and in the shared cache for the other workers (half a
    # second to count at 100,000 projects, once per version of the data).
    counts = memo_per_version(
        "projects-per-territory", None, lambda: per_version("projects-per-territory", _read)
    )
    return counts.get(code, 0)
