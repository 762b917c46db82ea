"""Whole-page caching for anonymous visitors, invalidated by any change to the data.

Every save, delete or change of links in the portal's apps raises the
DataVersion counter (one row in the database, so all app servers see it); a
cached page is only served under the version it was stored with.
"""

import functools
import hashlib
import threading
from collections import OrderedDict
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response

PORTAL_APPS = frozenset({"zif_portal", "territories", "governance", "plan", "indicators"})
_state = threading.local()


def current_version():
    """The data version's number (0 before the first change). Read on every page
    and record, so by one prepared statement of fixed text, not through the ORM,
    which spent 0.2 ms building the SQL of a row the database finds in 0.02 ms (a
    fifth of the home page's time at cache miss, profiled in process)."""
    from django.db import connection

    from .prepared import execute

    with connection.cursor() as cursor:
        execute(cursor, _version_sql(connection.vendor), [1])
        row = cursor.fetchone()
    return (row[0] if row else None) or 0


@functools.cache
def _version_sql(vendor):
    from django.db import connection

    from .models import DataVersion

    meta, quote = DataVersion._meta, connection.ops.quote_name
    return (
        f"SELECT {quote(meta.get_field('number').column)} FROM {quote(meta.db_table)} "
        f"WHERE {quote(meta.pk.column)} = %s"
    )


def request_version():
    """The data version, read once per request: the page cache reads it first, and
    every count cached for the request (`cached_count`) reuses it. Outside a request
    (a command, a test calling a function) each call reads it afresh."""
    memo = getattr(_state, "request_version", None)
    if memo is not None:
        return memo
    number = current_version()
    if getattr(_state, "in_request", False):
        _state.request_version = number
    return number


def learned_version(number):
    """The data version as a query of this request read it along with its rows
    (`first_with_total`): later values kept per version reuse it, not a query of
    their own."""
    in_request = getattr(_state, "in_request", False)
    if number is not None and in_request and getattr(_state, "request_version", None) is None:
        _state.request_version = number


def count_key(queryset):
    """A cache key naming what `queryset` counts: its database, SQL and parameters."""
    sql, params = queryset.query.sql_with_params()
    digest = hashlib.sha256(f"{queryset.db}|{sql}|{params!r}".encode()).hexdigest()
    return f"count:{digest}"


def cached_count(queryset, key=None):
    """`queryset.count()`, kept in the cache under the data version and the query's
    SQL: a list's total over 100,000 rows is counted once per version of the data,
    not once per visitor, and any change to the data counts afresh. The version is
    read before counting, so a count is never newer data filed under an older
    version. `key`, when given, names the rows instead of their SQL (a list page's
    filters: compiling the SQL only to name it was a millisecond of each list page).
    ZIF_COUNT_CACHE_SECONDS=0 counts every time."""
    seconds = settings.ZIF_COUNT_CACHE_SECONDS
    if not seconds:
        return queryset.count()
    version = request_version()
    key = f"{key or count_key(queryset)}:{version}"
    total = cache.get(key)
    if total is None:
        total = queryset.count()
        cache.set(key, total, seconds)
    return total


def per_version(name, compute):
    """`compute()`, kept in the cache under the data version: a page section that
    reads several tables (the home page's governance panel) is built once per
    version of the data, not once per visitor. ZIF_SECTION_CACHE_SECONDS=0 builds
    it every time."""
    seconds = settings.ZIF_SECTION_CACHE_SECONDS
    if not seconds:
        return compute()
    key = f"section:{name}:{request_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


# Values kept in this process by `memo_per_version`: the oldest go first.
MEMO_SIZE = 256
_memo = OrderedDict()
_memo_lock = threading.Lock()


def memo_per_version(name, key, compute):
    """`compute()`, kept in this process's memory under the data version and `key`:
    what many pages share and that takes milliseconds to build (a zone's map, the ZIF's
    units for every map) is built once per process and version of the data, and
    costs neither a query nor unpickling afterwards. The MEMO_SIZE most recent are
    kept, so the values of older versions fall out. ZIF_SECTION_CACHE_SECONDS=0 builds
    it every time (the tests, whose rolled-back transactions reuse version numbers)."""
    if not settings.ZIF_SECTION_CACHE_SECONDS:
        return compute()
    full_key = (name, key, request_version())
    with _memo_lock:
        if full_key in _memo:
            _memo.move_to_end(full_key)
            return _memo[full_key]
    value = compute()
    with _memo_lock:
        _memo[full_key] = value
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
    return value


def data_changed_at():
    """When the knowledge base last changed (the data version's date), or None."""
    from .models import DataVersion

    return DataVersion.objects.filter(pk=1).values_list("changed_at", flat=True).first()


def bump_version():
    from .models import DataVersion

    _state.request_version = None  # the rest of this request sees the new version
    if getattr(_state, "deferred", False):
        _state.pending = True
        return
    if not DataVersion.objects.filter(pk=1).update(number=F("number") + 1):
        DataVersion.objects.get_or_create(pk=1, defaults={"number": 1})


_batch_end_hooks = []


def on_batch_end(hook):
    """Run `hook()` once after a batch of writes that changed something (e.g. reindex)."""
    _batch_end_hooks.append(hook)


def in_batch():
    return getattr(_state, "deferred", False)


@contextmanager
def one_version_bump():
    """Many writes (a load, an import) raise the version once, at the end, and let
    per-record work such as search indexing run once for the whole batch."""
    _state.deferred, _state.pending = True, False
    try:
        yield
    finally:
        _state.deferred = False
        if _state.pending:
            bump_version()
            for hook in _batch_end_hooks:
                hook()


# Derived from the data, not data: changing them does not change a page by itself.
NOT_DATA = frozenset({"zif_portal.DataVersion", "zif_portal.SearchEntry", "zif_portal.ChangeEntry"})


def _on_change(sender, **kwargs):
    if not kwargs.get("raw"):
        bump_version()


def _is_data(model):
    meta = model._meta
    return (
        meta.app_label in PORTAL_APPS
        and meta.label not in NOT_DATA
        and not model.__name__.startswith("Historical")
    )


def connect_signals():
    """Listen to the portal's own models only: a model nobody listens to keeps
    Django's fast bulk delete (no per-row signals), e.g. the search index."""
    from django.apps import apps

    for model in apps.get_models(include_auto_created=True):
        if not _is_data(model):
            continue
        uid = model._meta.label
        post_save.connect(_on_change, sender=model, dispatch_uid=f"zif-version-save-{uid}")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"zif-version-delete-{uid}")
        m2m_changed.connect(_on_change, sender=model, dispatch_uid=f"zif-version-m2m-{uid}")


CACHED_PREFIXES = ("/es/", "/en/", "/api/v1/", "/data/")
NEVER_CACHED = ("/es/admin/", "/en/admin/", "/api/v1/docs/", "/api/v1/redoc/")
SKIPPED_HEADERS = {"set-cookie"}


class PublicPageCacheMiddleware:
    """Serve repeated anonymous GETs from the cache; everyone else goes through.

    It sits outside compression and ETags: what it stores is the response as
    sent (gzip or not, as the client asked), and it answers If-None-Match itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The data version is read at most once for the request (`request_version`).
        _state.in_request, _state.request_version = True, None
        try:
            return self._respond(request)
        finally:
            _state.in_request, _state.request_version = False, None

    def _respond(self, request):
        seconds = settings.ZIF_PAGE_CACHE_SECONDS
        if not seconds or not self._cacheable(request):
            return self.get_response(request)
        key = self._key(request)
        hit = cache.get(key)
        if hit is not None:
            status, headers, content = hit
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            # Stored as sent: compressed, with its ETag, so a hit costs neither again.
            response = get_conditional_response(
                request, etag=response.get("ETag"), response=response
            )
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            headers = [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS]
            cache.set(key, (response.status_code, headers, response.content), seconds)
        return response

    @staticmethod
    def _cacheable(request):
        if request.method not in ("GET", "HEAD"):
            return False
        path = request.path
        if not path.startswith(CACHED_PREFIXES) or path.startswith(NEVER_CACHED):
            return False
        # Signed-in editors and API clients with credentials see live pages.
        return (
            settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
        )

    @staticmethod
    def _key(request):
        digest = hashlib.sha256(
            "|".join(
                [
                    request.get_full_path(),
                    request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:64],
                    request.META.get("HTTP_ACCEPT", "")[:64],
                    "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else "",
                ]
            ).encode()
        ).hexdigest()
        return f"page:{request_version()}:{digest}"
