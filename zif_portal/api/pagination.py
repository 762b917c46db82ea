from django.db.models import QuerySet
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

from zif_portal.listing import MAX_ROWS_PAGED, CachedCountPaginator, list_count_key


class StandardPagination(PageNumberPagination):
    """Page numbers with a client-chosen page size, capped so no request is unbounded."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    # Totals counted once per data version (django_paginator_class below); no page
    # past MAX_ROWS_PAGED rows.
    count_key = None

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            raise ValidationError(
                {
                    "page_size": [
                        _("Page size must be a whole number from 1 to %(max)d.")
                        % {"max": self.max_page_size}
                    ]
                }
            )
        return min(size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and raw != "last":
            try:
                number = int(raw)
            except ValueError:
                number = 0
            if number < 1:
                raise ValidationError({"page": [_("Page must be a whole number, 1 or more.")]})
            if (number - 1) * self.get_page_size(request) >= MAX_ROWS_PAGED:
                raise ValidationError(
                    {
                        "page": [
                            _(
                                "Pages go as far as row %(rows)s: narrow the list with its "
                                "filters, or download the full data from the open data page."
                            )
                            % {"rows": f"{MAX_ROWS_PAGED:,}"}
                        ]
                    }
                )
        self.count_key = (
            list_count_key(
                view,
                request.query_params,
                queryset.db,
                (self.page_query_param, self.page_size_query_param),
            )
            if view is not None and isinstance(queryset, QuerySet)
            else None
        )
        return super().paginate_queryset(queryset, request, view)

    def django_paginator_class(self, object_list, per_page):
        """The paginator of DRF's paginate_queryset, with the total named by the view
        and its filters (see list_count_key), not by the SQL."""
        paginator = CachedCountPaginator(object_list, per_page)
        paginator.count_key = self.count_key
        return paginator

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        # Say which page size was applied: a larger request is clamped, not refused.
        response.data["page_size"] = self.page.paginator.per_page
        # The neighbouring pages as RFC 8288 links too, for clients that follow them
        # without reading the body (and for the CSV, which has no body links).
        links = [
            f'<{url}>; rel="{rel}"'
            for rel, url in (("next", self.get_next_link()), ("prev", self.get_previous_link()))
            if url
        ]
        if links:
            response["Link"] = ", ".join(links)
        return response

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["page_size"] = {
            "type": "integer",
            "example": self.page_size,
            "description": f"Page size applied (requests above {self.max_page_size} are clamped).",
        }
        return response
