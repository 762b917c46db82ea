"""A new server answers a page of each kind before it takes visitors."""

import pytest
from django.core.wsgi import get_wsgi_application

from tests.factories import make_unit
from zif_portal.warm_up import warm_up

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _connections_kept():
    """The handler closes the database connection after each request, which would
    end the test's transaction: as Django's test client does, not here."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_every_page_of_the_warm_up_is_answered_in_both_languages(settings):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    make_unit("EC-07")
    statuses = warm_up(get_wsgi_application())
    assert "/es/territories/EC-07/" in statuses and "/en/territories/EC-07/" in statuses
    assert "/api/v1/territories/EC-07/" in statuses
    assert set(statuses.values()) == {200}, statuses


def test_a_failing_warm_up_is_logged_and_the_server_starts(monkeypatch):
    def unreachable():
        raise ConnectionError("database not reachable")

    logged = []
    monkeypatch.setattr("zif_portal.warm_up.paths", unreachable)
    monkeypatch.setattr("zif_portal.warm_up.logger.exception", logged.append)
    assert warm_up(get_wsgi_application()) == {}
    assert logged and "Warm-up stopped" in logged[0]
