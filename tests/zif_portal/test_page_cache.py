import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from territories.models import AdministrativeUnit
from tests.factories import make_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.ZIF_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_repeated_anonymous_page_is_served_from_the_cache_until_the_data_change(client, cached):
    unit = make_unit("EC-07", name="El Oro")
    first = client.get("/en/territories/EC-07/")
    assert "X-Cache" not in first
    second = client.get("/en/territories/EC-07/")
    assert second["X-Cache"] == "hit" and second.content == first.content
    unit.seat = "Machala"
    unit.save()
    third = client.get("/en/territories/EC-07/")
    assert "X-Cache" not in third
    assert "Machala" in third.content.decode()


def test_api_answers_are_cached_and_invalidated_too(client, cached):
    make_unit("EC-07")
    client.get("/api/v1/territories/")
    assert client.get("/api/v1/territories/")["X-Cache"] == "hit"
    make_unit("EC-11")
    response = client.get("/api/v1/territories/")
    assert "X-Cache" not in response and response.json()["count"] == 2


def test_signed_in_editors_always_see_live_pages(client, cached):
    make_unit("EC-07")
    client.force_login(User.objects.create_user("ed", password="a-long-password-1"))
    client.get("/en/territories/")
    assert "X-Cache" not in client.get("/en/territories/")


def test_cached_pages_keep_their_security_headers(client, cached):
    make_unit("EC-07")
    client.get("/en/territories/")
    hit = client.get("/en/territories/")
    assert hit["X-Cache"] == "hit"
    assert hit["X-Frame-Options"] == "DENY" and "default-src" in hit["Content-Security-Policy"]


def test_unchanged_api_answer_costs_a_304_with_its_etag(client):
    make_unit("EC-07")
    response = client.get("/api/v1/territories/EC-07/")
    etag = response["ETag"]
    assert (
        client.get("/api/v1/territories/EC-07/", headers={"if-none-match": etag}).status_code == 304
    )


def test_responses_are_compressed_for_clients_that_accept_gzip(client):
    for i in range(1, 20):
        make_unit(f"EC-{i:02d}", name=f"Provincia {i}")
    response = client.get("/api/v1/territories/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"


def test_compression_keeps_the_answer_its_weak_etag_and_a_varying_length(client):
    import gzip

    for i in range(1, 20):
        make_unit(f"EC-{i:02d}", name=f"Provincia {i}")
    plain = client.get("/api/v1/territories/")
    zipped = [
        client.get("/api/v1/territories/", headers={"accept-encoding": "gzip"}) for _ in range(8)
    ]
    for answer in zipped:
        assert gzip.decompress(answer.content) == plain.content
        assert int(answer["Content-Length"]) == len(answer.content) < len(plain.content)
        assert answer["ETag"] == "W/" + plain["ETag"]
        assert "Accept-Encoding" in answer["Vary"]
    # A random name in the gzip header, as Django's, so the length is no oracle (BREACH).
    assert len({len(answer.content) for answer in zipped}) > 1
    # The admin is never compressed: its pages carry the CSRF token.
    admin = client.get("/es/admin/login/", headers={"accept-encoding": "gzip"})
    assert "Content-Encoding" not in admin


def test_a_bulk_load_raises_the_version_once(cached):
    from django.core.management import call_command

    from zif_portal.cache import current_version

    before = current_version()
    call_command("load_zif", verbosity=0)
    assert current_version() == before + 1
    assert AdministrativeUnit.objects.exists()


def test_cache_hits_are_sent_as_stored_compressed_or_not_with_their_etag(client, cached):
    import gzip

    for i in range(1, 20):
        make_unit(f"EC-{i:02d}", name=f"Provincia {i}")
    plain = client.get("/api/v1/territories/")
    zipped = client.get("/api/v1/territories/", headers={"accept-encoding": "gzip"})
    assert "X-Cache" not in zipped  # a gzip client has its own entry
    hit = client.get("/api/v1/territories/", headers={"accept-encoding": "gzip"})
    assert hit["X-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == plain.content
    plain_hit = client.get("/api/v1/territories/")
    assert plain_hit["X-Cache"] == "hit" and "Content-Encoding" not in plain_hit
    assert plain_hit.content == plain.content
    # A client that has the answer gets a 304 from the cache.
    again = client.get(
        "/api/v1/territories/",
        headers={"accept-encoding": "gzip", "if-none-match": hit["ETag"]},
    )
    assert again.status_code == 304 and again["X-Cache"] == "hit"
    assert again["ETag"] == hit["ETag"]
