"""A list page filtered by an API FilterSet, answering 400 to bad filters and pages."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.generic import ListView


class FilteredListView(ListView):
    filterset_class = None
    paginate_by = 50

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
    """The first `limit` rows of `queryset` and how many there are, in one query:
    each row carries the total as an uncorrelated subquery, computed once."""
    from django.db.models import F, Func, IntegerField, Subquery

    total = (
        queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
        .order_by()
        .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
        .values("n")
    )
    rows = list(queryset.annotate(listed_total=Subquery(total))[:limit])
    return rows, (rows[0].listed_total if rows else 0)
