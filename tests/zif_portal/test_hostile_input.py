"""Oversized, malformed and malicious input gets a clear 4xx, never a 500 or an echo."""

import pytest

from tests.factories import make_province_with_cantons

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def data(module_transaction, django_db_blocker):
    """Built once for the module (see `module_transaction`)."""
    with django_db_blocker.unblock():
        make_province_with_cantons("EC-07", 2)


@pytest.mark.parametrize(
    "url",
    [
        "/es/territories/%00/",
        "/api/v1/territories/?search=%00",
        "/en/territories/?q=%00abc",
        "/api/v1/territories/?level=%01",
        "/api/v1/territories/?page=99999999999999999999",
        "/api/v1/territories/?page_size=-5",
        "/api/v1/territories/?ordering=password",
        "/api/v1/meetings/?date_after=2020-02-30",
        "/api/v1/territories/?country=' OR 1=1 --",
        "/xx/territories/",
        "/en/territories/EC-07%FF/",
        "/api/v1/territories/%FF%FE/",
    ],
)
def test_malformed_input_answers_4xx(client, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500, (url, response.status_code)


@pytest.mark.parametrize(
    "payload", ["' OR '1'='1", "<script>alert(1)</script>", "x" * 10_000, "😀" * 50, "%00"]
)
def test_search_and_filters_with_hostile_text_do_not_fail_or_echo_markup(client, payload):
    response = client.get("/en/territories/", {"q": payload})
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()
    api = client.get("/api/v1/territories/", {"search": payload})
    assert api.status_code in (200, 400)


def test_sql_in_a_filter_does_not_match_everything(client):
    response = client.get("/api/v1/territories/", {"search": "' OR '1'='1"})
    assert response.status_code == 200
    assert response.json()["count"] == 0


def test_wrong_content_type_is_refused(client):
    response = client.post("/api/v1/projects/", "slug=x", content_type="text/plain")
    assert response.status_code in (401, 403, 415)


def test_a_10_mb_body_is_refused_without_a_server_error(client):
    response = client.post(
        "/api/v1/projects/", "x" * (10 * 1024 * 1024), content_type="application/json"
    )
    assert 400 <= response.status_code < 500


def test_unknown_language_prefix_is_a_404_page(client):
    response = client.get("/fr/territories/")
    assert response.status_code == 404
