"""The statistics pages and endpoints issue a bounded number of queries, the same
with the real units as with 10,000 units (synthetic, with synthetic observations)."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
PAGES = [
    "/es/statistics/",
    "/en/statistics/?indicator=density&sort=density-2&order=desc",
    "/en/statistics/?indicator=change&map_level=upper&census=2",
    "/es/statistics/table.csv",
    "/es/statistics/indicators/",
    "/en/statistics/indicators/population/",
    "/es/territories/PE-0608/",
    "/en/territories/EC-1101/",
    "/api/v1/indicators/",
    "/api/v1/censuses/",
    "/api/v1/observations/",
    "/api/v1/observations/?indicator=population&country=PE&year=2017",
    "/api/v1/observations/?zone=zif-ecuador&format=csv",
    "/api/v1/observations/pe-0608-population-pe-2017/",
]


@pytest.fixture(scope="module")
def counts_at_two_sizes(real_data, django_db_blocker):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from indicators.models import Observation

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

    with django_db_blocker.unblock():
        small = count_all()
        call_command("generate_scale_data", units=10000, verbosity=0)
        assert Observation.objects.filter(key__startswith="synthetic-").count() >= 20000
        large = count_all()
        call_command("generate_scale_data", clear=True, verbosity=0)
        assert not Observation.objects.filter(key__startswith="synthetic-").exists()
    return small, large


@pytest.mark.parametrize("path", PAGES)
def test_queries_are_few_and_flat_at_ten_thousand_units(counts_at_two_sizes, path):
    small, large = counts_at_two_sizes
    assert small[path] <= MAX_QUERIES, f"{path}: {small[path]} queries"
    assert large[path] == small[path], f"{path}: {small[path]} then {large[path]} queries"
