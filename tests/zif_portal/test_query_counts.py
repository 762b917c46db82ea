"""Every page and API endpoint issues a bounded number of SQL queries, the same
with few or many records (bench/scale.py measures the same at 100,000 projects)."""

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
PAGES = [
    "/es/",
    "/en/territories/",
    "/es/territories/?country=EC&level=parish",
    "/en/territories/EC-07/",
    "/es/territories/EC-0701/",
    "/en/territories/EC-070101/",
    "/es/zones/",
    "/en/zones/zif/",
    "/es/map/",
    "/en/map/?country=PE",
    "/es/map/?unit=EC-19",
    "/en/map/?unit=PE-1601",
    "/en/mechanisms/",
    "/es/mechanisms/border-committee-el-oro-tumbes/",
    "/en/meetings/",
    "/es/meetings/?year=2010",
    "/en/meetings/synthetic-meeting-3/",
    "/es/people/",
    "/en/people/synthetic-person-3/",
    "/es/legal-instruments/",
    "/en/timeline/",
    "/es/plan/",
    "/en/value-chains/",
    "/es/value-chains/coffee/",
    "/en/projects/",
    "/es/projects/?territory=EC-07",
    "/en/projects/synthetic-project-3/",
    "/es/search/?q=zamora",
    "/en/sources/",
    "/es/changes/",
    "/en/changes/feed.atom",
    "/es/about/data/",
    "/api/v1/territories/",
    "/api/v1/territories/?parent=EC-0701",
    "/api/v1/territories/EC-070101/",
    "/api/v1/territories/EC-07/?format=geojson",
    "/api/v1/territories/?parent=EC-07&format=geojson",
    "/api/v1/territories/?contains=-4.0,-79.2",
    "/api/v1/territories/?contains=-3.7437,-73.2516&format=geojson",
    "/api/v1/zones/zif/",
    "/api/v1/mechanisms/?territory=EC-07",
    "/api/v1/meetings/?year=2010",
    "/api/v1/meetings/synthetic-meeting-3/",
    "/api/v1/people/",
    "/api/v1/people/synthetic-person-3/",
    "/api/v1/projects/",
    "/api/v1/projects/?territory=EC-07&top_level=true",
    "/api/v1/projects/?ordering=-amount",
    "/api/v1/projects/synthetic-project-3/",
    "/api/v1/value-chains/",
    "/api/v1/search/?q=comite",
]


@pytest.fixture(scope="module")
def counts_at_two_sizes(real_data, django_db_blocker):
    """Queries per page with 100 synthetic projects, then with 2,000."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def count_all():
        client = Client()
        result = {}
        for path in PAGES:
            client.get(path)  # the first request of a process fills caches of its own
            with CaptureQueriesContext(connection) as context:
                response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            result[path] = len(context.captured_queries)
        return result

    # Sections built once per data version, as in production (the tests turn it off).
    with django_db_blocker.unblock(), override_settings(ZIF_SECTION_CACHE_SECONDS=3600):
        call_command(
            "generate_scale_data", projects=100, meetings=20, people=20, units=200, verbosity=0
        )
        small = count_all()
        call_command(
            "generate_scale_data", projects=1900, meetings=300, people=300, units=800, verbosity=0
        )
        large = count_all()
    return small, large


@pytest.mark.parametrize("path", PAGES)
def test_queries_are_few_and_do_not_grow_with_the_data(counts_at_two_sizes, path):
    small, large = counts_at_two_sizes
    assert small[path] <= MAX_QUERIES, f"{path}: {small[path]} queries"
    assert large[path] == small[path], f"{path}: {small[path]} then {large[path]} queries"
