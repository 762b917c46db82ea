"""A list page filtered by an API FilterSet, answering 400 to bad filters and pages;
totals counted once per data version, pages bounded so that none is a deep scan."""

import hashlib
from functools import cached_property

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import ListView

from .filter_widgets import light_filter_form

# No page reaches past this many rows: OFFSET makes the database walk every row before
# the page, so a deep page would be a scan per request. Filters narrow a list; the
# open-data downloads hold every row.
MAX_ROWS_PAGED = 10_000
# A filtered list of at most this many rows is sorted after filtering; a longer one is
# read in the order of an index. With ORDER BY ... LIMIT, the databases tend to walk
# the index of the list's order and test every row against the filters: fast when
# many rows match, a walk over all 100,000 projects when few do (a canton's projects
# of one status: 33 ms on SQLite for two rows). Sorting a few thousand rows costs less.
SORT_AFTER_FILTERING = 2_000


def sorted_after_filtering(queryset):
    """The same rows in the same order, ordered so that no index can serve the ORDER
    BY: each plain column of the ordering becomes COALESCE(column, column), which
    sorts alike (NULLs included) on every database. The database then starts from
    its most selective filter and sorts what it finds."""
    from django.core.exceptions import FieldDoesNotExist
    from django.db.models import F, Func

    query = queryset.query
    terms = query.order_by or (queryset.model._meta.ordering if query.default_ordering else ())
    opaque = []
    for term in terms:
        if not isinstance(term, str) or term == "?":
            opaque.append(term)
            continue
        name = term.lstrip("-")
        try:
            field = queryset.model._meta.get_field(name) if "__" not in name else None
        except FieldDoesNotExist:
            field = None
        if name == "pk" or (field is not None and field.is_relation):
            opaque.append(term)  # a relation orders by its model's ordering: kept as is
            continue
        expression = Func(F(name), F(name), function="COALESCE")
        opaque.append(expression.desc() if term.startswith("-") else expression.asc())
    return queryset.order_by(*opaque)


class CachedCountPaginator(Paginator):
    """Django's paginator with the total from `cached_count`, and no page past
    MAX_ROWS_PAGED rows (an EmptyPage, which the lists answer with a 400).
    `count_key`, when set, names the rows counted (see cached_count)."""

    count_key = None

    @cached_property
    def count(self):
        from .cache import cached_count

        if isinstance(self.object_list, QuerySet):
            return cached_count(self.object_list, key=self.count_key)
        return super().count

    def page(self, number):
        number = self.validate_number(number)
        if isinstance(self.object_list, QuerySet) and self.count <= SORT_AFTER_FILTERING:
            self.object_list = sorted_after_filtering(self.object_list)
        return super().page(number)

    @cached_property
    def num_pages(self):
        """No more pages than reach MAX_ROWS_PAGED rows: a later one is an EmptyPage."""
        return min(super().num_pages, max(1, MAX_ROWS_PAGED // self.per_page))


def list_count_key(view, params, db, paging=("page",)):
    """A cache key naming the rows a list view counts, without compiling its SQL: a
    list's rows are its view's base rows (for the view's action and URL arguments)
    filtered by the query's parameters, all but the paging ones, in the active language (in
    case a filter reads a translated field). Compiling the SQL only to name it was a
    millisecond of each list page and of each API list (about a tenth of an API list
    of filtered projects, profiled in process)."""
    query = sorted((k, v) for k, v in params.lists() if k not in paging)
    kwargs = sorted(getattr(view, "kwargs", {}).items())
    named = (
        f"{type(view).__module__}.{type(view).__qualname__}|{getattr(view, 'action', None)}|"
        f"{kwargs!r}|{get_language()}|{db}|{query!r}"
    )
    return f"count:list:{hashlib.sha256(named.encode()).hexdigest()}"


class FilteredListView(ListView):
    filterset_class = None
    paginate_by = 50
    paginator_class = CachedCountPaginator

    def base_queryset(self):
        raise NotImplementedError  # each list names its own rows

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET or None, queryset=self.base_queryset()
        )
        if self.filterset.is_bound and not self.filterset.is_valid():
            return self.filterset.queryset.none()
        return self.filterset.qs

    def get(self, request, *args, **kwargs):
        try:
            response = super().get(request, *args, **kwargs)
        except Http404:
            # ListView raises 404 for a page number that is not a page of the list.
            return render(
                request,
                "400.html",
                {"message": _("That page number is not a page of this list.")},
                status=400,
            )
        if self.filterset.is_bound and self.filterset.errors:
            response.status_code = 400
        return response

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        if isinstance(queryset, QuerySet):
            paginator.count_key = list_count_key(self, self.request.GET, queryset.db)
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        light_filter_form(self.filterset)
        if self.filterset.is_bound and self.filterset.is_valid():
            context["as_of"] = self.filterset.form.cleaned_data.get("as_of")
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context


def first_with_total(queryset, limit, counted=None):
    """The first `limit` rows of `queryset` and how many there are, in one query.
    `counted`, when given, is the same rows written as the database counts them best
    (a semi-join to count, a probe to read the first rows in an index's order).

    Counting 20,000 rows on every visit is the cost (a province's projects): the total
    is kept in the cache with the data version it was counted under, and the rows'
    query reads the version as it runs. When that version is the one of the kept total,
    the total is used and nothing is counted; otherwise (the first visit, or the data
    changed) the same query counts as well, once, and the total is kept for the next
    visit. So each call stays one query, and a total is never older than the data."""
    from django.conf import settings
    from django.db.models import F, Func, IntegerField, Subquery
    from django.db.models.expressions import RawSQL

    from .cache import count_key, learned_version
    from .models import DataVersion

    version = RawSQL(
        f"SELECT number FROM {DataVersion._meta.db_table} WHERE id = 1",
        [],
        output_field=IntegerField(),
    )
    seconds = settings.ZIF_COUNT_CACHE_SECONDS
    counted = queryset if counted is None else counted
    key = count_key(counted) if seconds else None
    known = cache.get(key) if key else None
    if known is not None:
        rows = list(queryset.annotate(listed_version=version)[:limit])
        if not rows:
            return rows, 0
        learned_version(rows[0].listed_version)
        if rows[0].listed_version == known[0] and rows[0].listed_version is not None:
            return rows, known[1]
    total = (
        queryset.model._default_manager.filter(pk__in=counted.order_by().values("pk"))
        .order_by()
        .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
        .values("n")
    )
    rows = list(queryset.annotate(listed_total=Subquery(total), listed_version=version)[:limit])
    count = rows[0].listed_total if rows else 0
    if rows:
        learned_version(rows[0].listed_version)
    if key and rows and rows[0].listed_version is not None:
        cache.set(key, (rows[0].listed_version, count), seconds)
    return rows, count
