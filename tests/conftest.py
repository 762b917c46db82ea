import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture
def real_data(db):
    """The real knowledge base, for the tests that check the fixtures themselves."""
    call_command("load_zif", verbosity=0)


@pytest.fixture
def count_queries():
    """Number of SQL queries a callable issues."""

    def run(func):
        with CaptureQueriesContext(connection) as context:
            func()
        return len(context.captured_queries)

    return run
