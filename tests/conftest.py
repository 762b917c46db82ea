import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext


@pytest.fixture(scope="module")
def real_data(django_db_setup, django_db_blocker):
    """The real knowledge base, loaded once per test module and rolled back after it.

    Each test still runs in its own savepoint (the `db` fixture), nested in this
    module-wide transaction.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_zif", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def count_queries():
    """Number of SQL queries a callable issues."""

    def run(func):
        with CaptureQueriesContext(connection) as context:
            func()
        return len(context.captured_queries)

    return run
