"""Two app servers on one PostgreSQL and one Redis behave as one site.

Runs when the database is PostgreSQL and `redis-server` and `gunicorn` are
installed (as in .ci/run); it starts both servers and Redis on loopback ports
and stops them itself.
"""

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission, User
from rest_framework.authtoken.models import Token

from tests.factories import make_source, make_unit

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="scale-out needs PostgreSQL (DATABASE_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server not installed"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listening on {port}")


@pytest.fixture
def cluster(tmp_path):
    db = settings.DATABASES["default"]
    database_url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    redis_port = free_port()
    logs = tmp_path / "gunicorn.log"
    processes = [
        subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp_path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "SECRET_KEY": "scale-out-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DEBUG": "0",
        "ZIF_PLAIN_STATIC": "1",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "zif_portal.settings",
        "ANON_THROTTLE_RATE": "10000/minute",
    }
    ports = [free_port(), free_port()]
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    try:
        wait_for(redis_port)
        for port in ports:
            processes.append(
                subprocess.Popen(
                    # A worker's first request loads the URLconf, translations and
                    # caches; on a loaded CI machine that has passed gunicorn's default
                    # 30 s, which kills the worker mid-request. Its log says so.
                    [
                        gunicorn,
                        "zif_portal.wsgi",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "2",
                        "--timeout",
                        "180",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=logs.open("a"),
                )
            )
        for port in ports:
            wait_for(port)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        # Shown only when the test fails: why a worker died, if one did.
        print(logs.read_text() if logs.exists() else "no gunicorn log")


def fetch(url, *, opener=None, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=170) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_an_edit_through_one_server_shows_at_once_on_the_other_and_sessions_move(cluster):
    server_a, server_b = cluster
    make_unit("EC-07", name="El Oro", zif_membership="full")
    from governance.models import LegalInstrument
    from plan.models import Plan, Programme  # noqa: F401 - the programme a project needs

    basis = LegalInstrument.objects.create(slug="b", kind="agreement", title_es="A", title_en="A")
    plan = Plan.objects.create(
        slug="p", name_es="P", name_en="P", objective_es="o", objective_en="o", basis=basis
    )
    Programme.objects.create(
        slug="prog",
        plan=plan,
        name_es="P",
        name_en="P",
        scope="binational",
        subject="private_investment",
    )
    make_source(key="seed")
    # The servers run on production settings: hash the password the way they check it.
    editor = User.objects.create(
        username="editor",
        is_staff=True,
        password=make_password("editor-password-123", hasher="pbkdf2_sha256"),
    )
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_project", "view_project"])
    )
    token = Token.objects.create(user=editor)

    # Server B caches the (empty) project list for anonymous visitors.
    fetch(f"{server_b}/en/projects/")
    status, headers, _ = fetch(f"{server_b}/en/projects/")
    assert status == 200 and headers.get("X-Cache") == "hit"

    # An editor creates a project through server A…
    body = json.dumps(
        {
            "slug": "scale-out-bridge",
            "programme": "prog",
            "title_es": "Puente",
            "title_en": "Bridge",
            "executing_entity": "GAD",
            "entity_type": "public",
            "territories": ["EC-07"],
            "status": "planned",
            "sources": ["seed"],
        }
    ).encode()
    status, _, text = fetch(
        f"{server_a}/api/v1/projects/",
        data=body,
        headers={"Authorization": f"Token {token.key}", "Content-Type": "application/json"},
    )
    assert status == 201, text
    # …and server B shows it at once: its cached page was invalidated.
    status, headers, text = fetch(f"{server_b}/en/projects/")
    assert status == 200 and "Bridge" in text and headers.get("X-Cache") != "hit"

    # A session opened on server A is valid on server B.
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _, _, login_page = fetch(f"{server_a}/en/admin/login/", opener=opener)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
    form = urllib.parse.urlencode(
        {
            "username": "editor",
            "password": "editor-password-123",
            "csrfmiddlewaretoken": csrf,
            "next": "/en/admin/",
        }
    ).encode()
    status, _, after_login = fetch(
        f"{server_a}/en/admin/login/?next=/en/admin/",
        opener=opener,
        data=form,
        headers={"Referer": f"{server_a}/en/admin/login/"},
    )
    assert status == 200 and "log out" in after_login.lower(), after_login[-4000:]
    status, _, page = fetch(f"{server_b}/en/admin/", opener=opener)
    assert status == 200 and "log out" in page.lower()
