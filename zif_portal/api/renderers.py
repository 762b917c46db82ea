"""CSV for every API resource: `?format=csv`, with the same filters, order and page
size as the JSON (djangorestframework-csv)."""

import re

from rest_framework_csv import renderers

_INDEX = re.compile(r"(\d+)")


class CSVRenderer(renderers.CSVRenderer):
    """A list's `results` as rows, one per item (a single item, or an error, is one
    row). Columns follow the JSON's order; nested values (sources, citations) come
    last as numbered columns such as `sources.0.key`."""

    results_field = "results"

    def render(self, data, media_type=None, renderer_context=None, writer_opts=None):
        if isinstance(data, dict) and self.results_field in data:
            data = data[self.results_field]
        rows = data if isinstance(data, list) else [data]
        context = dict(renderer_context or {})
        context.setdefault("header", self._header(rows, context.get("view")))
        return super().render(rows, media_type, context, writer_opts)

    def _header(self, rows, view):
        if not rows:
            # An empty list is still a CSV file: its header line, so that the answer
            # has a body and a Content-Type.
            return self._serializer_fields(view)
        if not isinstance(rows[0], dict):
            return None
        plain = [key for key, value in rows[0].items() if not isinstance(value, dict | list)]
        nested = set()
        for row in rows:
            nested.update(key for key in self.flatten_item(row) if key not in plain)
        # sources.10.key after sources.2.key: numbers compare as numbers.
        return plain + sorted(
            nested, key=lambda k: [int(p) if p.isdigit() else p for p in _INDEX.split(k)]
        )

    @staticmethod
    def _serializer_fields(view):
        try:
            return list(view.get_serializer().fields)
        except Exception:  # a view without a serializer (an error answer): no columns
            return None
