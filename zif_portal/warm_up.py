"""A new server's first requests, answered before it takes visitors.

A worker's first page paid for everything a process reads once: the URLconf, the
translation catalogues, the compiled templates, and what is kept per process and
data version (the projects per territory, the ZIF's units). Profiled at 100,000
projects (SQLite bench DB), a fresh worker's first unit page took 3.5 s and the
next few 0.1–0.3 s, against 20 ms once warm. With gunicorn's preload_app
(gunicorn.conf.py) the master answers a few pages of each kind before it forks,
and every worker starts with all of that in memory.
"""

import io
import logging
import sys

from django.conf import settings

logger = logging.getLogger(__name__)


def paths():
    """A page of each kind the visitors ask for most, in each language, and the
    API's records."""
    from plan.models import Project
    from territories.models import AdministrativeUnit

    unit = AdministrativeUnit.objects.order_by("code").values_list("code", flat=True).first()
    project = Project.objects.order_by("slug").values_list("slug", flat=True).first()
    pages = ["/", "/territories/", "/projects/", "/map/"]
    if unit:
        pages.append(f"/territories/{unit}/")
    if project:
        pages.append(f"/projects/{project}/")
    api = ["/api/v1/territories/", "/api/v1/projects/"]
    if unit:
        api.append(f"/api/v1/territories/{unit}/")
    if project:
        api.append(f"/api/v1/projects/{project}/")
    languages = [code for code, _name in settings.LANGUAGES]
    return [f"/{language}{page}" for page in pages for language in languages] + api


def _environ(path):
    host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": host.lstrip("."),
        "SERVER_PORT": "443",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host.lstrip("."),
        # An address for documentation (RFC 5737): no client's throttle is charged.
        "REMOTE_ADDR": "192.0.2.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "https",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        environ[header] = value
    return environ


def warm_up(application):
    """Answer `paths()` through the application; returns {path: status}. A failure
    (the database not reachable yet) is logged, not raised: the server starts
    anyway, and its first visitors pay for what was not read here."""
    statuses = {}
    try:
        for path in paths():
            statuses[path] = _get(application, path)
    except Exception:  # noqa: BLE001 - the server must start whatever went wrong here
        logger.exception("Warm-up stopped; the server starts without it.")
    return statuses


def _get(application, path):
    status = []
    body = application(_environ(path), lambda s, headers, exc_info=None: status.append(s))
    try:
        for _chunk in body:
            pass
    finally:
        if hasattr(body, "close"):
            body.close()
    return int(status[0].split()[0])
