"""The project, chain and fund pages and endpoints issue a bounded number of queries,
the same with few or many synthetic projects. By default measured at 100 and 2,000
projects; ZIF_SCALE_PROJECTS=100000 measures at 100,000 (about three minutes to
generate on SQLite)."""

import os

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
LARGE = int(os.environ.get("ZIF_SCALE_PROJECTS", "2000"))
PATHS = [
    "/en/projects/",
    "/es/projects/?territory=EC-11",
    "/en/projects/?sector=transport&kind=road_axis&country=EC",
    "/es/projects/?part_of=eje-vial-3-loja-sullana",
    "/en/projects/cebaf-macara-la-tina/",
    "/es/projects/eje-vial-4-loja-la-balsa/",
    "/en/value-chains/coffee/",
    "/es/funds/binational-fund/",
    "/en/about/data/",
    "/api/v1/projects/?territory=EC-11",
    "/api/v1/projects/?kind=road_axis&format=csv",
    "/api/v1/projects/by-territory/?country=PE",
    "/api/v1/projects/cebaf-macara-la-tina/",
    "/api/v1/value-chains/coffee/",
    "/api/v1/funds/binational-fund/",
]


@pytest.fixture(scope="module")
def counts(real_data, django_db_blocker):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def count_all():
        client = Client()
        result = {}
        for path in PATHS:
            client.get(path)  # warm up: per-process caches
            with CaptureQueriesContext(connection) as context:
                response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            result[path] = len(context.captured_queries)
        return result

    with django_db_blocker.unblock():
        call_command("generate_scale_data", projects=100, verbosity=0)
        small = count_all()
        call_command("generate_scale_data", projects=LARGE - 100, verbosity=0)
        large = count_all()
    return small, large


@pytest.mark.parametrize("path", PATHS)
def test_queries_are_few_and_flat(counts, path):
    small, large = counts
    assert small[path] <= MAX_QUERIES, f"{path}: {small[path]} queries"
    assert large[path] == small[path], f"{path}: {small[path]} then {large[path]} queries"
