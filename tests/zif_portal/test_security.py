"""Production-mode headers, the admin lock-out, API permissions and throttling."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_pages_carry_strict_security_headers(client):
    response = client.get("/es/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "http" not in policy


def test_https_settings_turn_on_redirect_hsts_and_secure_cookies(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/es/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    secure = client.get("/es/", secure=True)
    assert "max-age=31536000" in secure["Strict-Transport-Security"]


def test_check_deploy_is_clean_in_production_mode(capsys):
    call_command("check", deploy=True, fail_level="WARNING")
    assert "no issues" in capsys.readouterr().out


def test_errors_never_show_a_traceback(client, settings):
    assert settings.DEBUG is False
    response = client.get("/es/territories/%00/")
    assert response.status_code in (400, 404)
    assert "Traceback" not in response.content.decode()


@pytest.fixture
def editor():
    return User.objects.create_user("ana", password="correct-horse-battery-9", is_staff=True)


def test_admin_login_locks_out_after_repeated_failures(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post("/en/admin/login/", {"username": "ana", "password": "wrong"})
    response = client.post(
        "/en/admin/login/", {"username": "ana", "password": "correct-horse-battery-9"}
    )
    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_admin_login_succeeds_before_the_limit(client, editor):
    client.post("/en/admin/login/", {"username": "ana", "password": "wrong"})
    response = client.post(
        "/en/admin/login/?next=/en/admin/",
        {"username": "ana", "password": "correct-horse-battery-9"},
    )
    assert response.status_code == 302


def test_anonymous_api_reads_are_throttled_with_retry_after(client, settings, monkeypatch):
    from zif_portal.api.throttling import AnonymousReadThrottle

    cache.clear()
    settings.ANON_THROTTLE_RATE = "3/minute"
    now = [6000.0 + 45]  # 45 s into a one-minute window
    monkeypatch.setattr(AnonymousReadThrottle, "timer", lambda self: now[0])
    codes = [client.get("/api/v1/countries/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = client.get("/api/v1/countries/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15  # until the next window
    now[0] += 15  # the next window starts afresh
    assert client.get("/api/v1/countries/").status_code == 200
    cache.clear()


def test_anonymous_clients_are_held_to_the_anonymous_rate_only(client, settings, monkeypatch):
    from zif_portal.api.throttling import UserThrottle

    monkeypatch.setattr(UserThrottle, "timer", lambda self: 6000.0)  # one window throughout
    cache.clear()
    settings.ANON_THROTTLE_RATE = "1000/minute"
    settings.USER_THROTTLE_RATE = "2/minute"  # for signed-in clients
    codes = {client.get("/api/v1/countries/").status_code for _ in range(5)}
    assert codes == {200}
    # A signed-in client is held to the user rate.
    from rest_framework.authtoken.models import Token

    user = User.objects.create_user("reader", password="a-long-password-1")
    auth = {"HTTP_AUTHORIZATION": f"Token {Token.objects.create(user=user).key}"}
    codes = [client.get("/api/v1/countries/", **auth).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    cache.clear()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_clients_cannot_write_any_resource(client, method):
    response = getattr(client, method)("/api/v1/territories/", {}, content_type="application/json")
    assert response.status_code in (401, 403, 405)
