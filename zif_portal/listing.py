"""A list page filtered by an API FilterSet, answering 400 to bad filters and pages;
totals counted once per data version, pages bounded so that none is a deep scan."""

from functools import cached_property

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.generic import ListView

# No page reaches past this many rows: OFFSET makes the database walk every row before
# the page, so a deep page would be a scan per request. Filters narrow a list; the
# open-data downloads hold every row.
MAX_ROWS_PAGED = 10_000


class CachedCountPaginator(Paginator):
    """Django's paginator with the total from `cached_count`, and no page past
    MAX_ROWS_PAGED rows (an EmptyPage, which the lists answer with a 400)."""

    @cached_property
    def count(self):
        from .cache import cached_count

        if isinstance(self.object_list, QuerySet):
            return cached_count(self.object_list)
        return super().count

    @cached_property
    def num_pages(self):
        """No more pages than reach MAX_ROWS_PAGED rows: a later one is an EmptyPage."""
        return min(super().num_pages, max(1, MAX_ROWS_PAGED // self.per_page))


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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        if self.filterset.is_bound and self.filterset.is_valid():
            context["as_of"] = self.filterset.form.cleaned_data.get("as_of")
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context


def first_with_total(queryset, limit):
    """The first `limit` rows of `queryset` and how many there are, in one query.

    Counting 20,000 rows on every visit is the cost (a province's projects): the total
    is kept in the cache with the data version it was counted under, and the rows'
    query reads the version as it runs. When that version is the one of the kept total,
    the total is used and nothing is counted; otherwise (the first visit, or the data
    changed) the same query counts as well, once, and the total is kept for the next
    visit. So each call stays one query, and a total is never older than the data."""
    from django.conf import settings
    from django.db.models import F, Func, IntegerField, Subquery
    from django.db.models.expressions import RawSQL

    from .cache import count_key
    from .models import DataVersion

    version = RawSQL(
        f"SELECT number FROM {DataVersion._meta.db_table} WHERE id = 1",
        [],
        output_field=IntegerField(),
    )
    seconds = settings.ZIF_COUNT_CACHE_SECONDS
    key = count_key(queryset) if seconds else None
    known = cache.get(key) if key else None
    if known is not None:
        rows = list(queryset.annotate(listed_version=version)[:limit])
        if not rows:
            return rows, 0
        if rows[0].listed_version == known[0] and rows[0].listed_version is not None:
            return rows, known[1]
    total = (
        queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
        .order_by()
        .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
        .values("n")
    )
    rows = list(queryset.annotate(listed_total=Subquery(total), listed_version=version)[:limit])
    count = rows[0].listed_total if rows else 0
    if key and rows and rows[0].listed_version is not None:
        cache.set(key, (rows[0].listed_version, count), seconds)
    return rows, count
