"""The search page and the search API."""

from itertools import groupby

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.decorators import api_view, permission_classes, throttle_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from .api.throttling import AnonymousReadThrottle, UserThrottle
from .search import RANKED, QueryError, ResultList, kind_labels, search

PAGE_SIZE = 20


def _page(results, number):
    """A page of the ranked results (a page past them is a QueryError, so a 400)."""
    paginator = Paginator(ResultList(results), PAGE_SIZE)
    try:
        return paginator.page(number or 1)
    except (PageNotAnInteger, EmptyPage) as exc:
        raise QueryError(str(exc)) from exc


def search_page(request):
    query = request.GET.get("q", "")
    context = {"query": query[:200], "groups": [], "page_obj": None}
    status = 200
    if "q" in request.GET:
        try:
            results = search(query)
            page = _page(results, request.GET.get("page"))
        except QueryError as error:
            context["error"] = str(error)
            status = 400
        else:
            language = get_language()
            labels = kind_labels()
            context["page_obj"] = page
            context["more"], context["ranked"] = results.more, results.count
            context["groups"] = [
                {"label": labels.get(kind, kind), "entries": list(items)}
                for kind, items in groupby(
                    sorted(page.object_list, key=lambda e: (e.kind_order, e.rank)),
                    key=lambda e: e.kind,
                )
            ]
            context["language"] = language
            context["query_string"] = f"q={query}"
    return render(request, "zif_portal/search.html", context, status=status)


SearchResults = inline_serializer(
    name="SearchResult",
    many=True,
    fields={
        "kind": serializers.CharField(),
        "key": serializers.CharField(),
        "title_es": serializers.CharField(),
        "title_en": serializers.CharField(),
        "url_es": serializers.CharField(),
        "url_en": serializers.CharField(),
        "rank": serializers.IntegerField(
            help_text="0 exact name, 1 name starts with the query, "
            "2 name contains it, 3 other text matches."
        ),
    },
)


@extend_schema(
    parameters=[
        OpenApiParameter(
            "q",
            OpenApiTypes.STR,
            required=True,
            description="Words to find, any case, with or without accents.",
        ),
        OpenApiParameter("page", OpenApiTypes.INT),
    ],
    responses={
        200: inline_serializer(
            name="SearchResults",
            fields={
                "query": serializers.CharField(),
                "count": serializers.IntegerField(
                    help_text=f"Results ranked (at most {RANKED}; see `more`)."
                ),
                "more": serializers.BooleanField(
                    help_text="More records match than were ranked: add a word to narrow."
                ),
                "page": serializers.IntegerField(),
                "pages": serializers.IntegerField(),
                "kinds": serializers.DictField(
                    child=serializers.IntegerField(), help_text="Ranked results per kind."
                ),
                "results": SearchResults,
            },
        ),
        400: OpenApiResponse(description="Empty, too long or unsearchable query."),
    },
)
@api_view(["GET"])
@permission_classes([AllowAny])
@throttle_classes([AnonymousReadThrottle, UserThrottle])
def search_api(request):
    """Search every kind of record; results are ranked (exact name first) and paginated."""
    query = request.query_params.get("q", "")
    try:
        results = search(query)
        page = _page(results, request.query_params.get("page"))
    except QueryError as error:
        return Response({"q": [str(error)]}, status=400)
    return Response(
        {
            "query": query,
            "count": page.paginator.count,
            "more": results.more,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "kinds": results.kinds(),
            "results": [
                {
                    "kind": e.kind,
                    "key": e.key,
                    "title_es": e.title_es,
                    "title_en": e.title_en,
                    "url_es": e.url_es,
                    "url_en": e.url_en,
                    "rank": e.rank,
                }
                for e in page.object_list
            ],
        }
    )
