"""The statistics page (table, choropleth, chart), its CSV, and the indicators' pages."""

import csv

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView

from territories import map_views
from territories.map import DEFAULT_BOUNDS, FINE_LAYERS, UPPER_LAYERS, draw_map
from territories.models import Level, Zone

from .models import Indicator, NationalSource
from .series import compared_units, indicators, load_series
from .tables import (
    build_table,
    census_date_note,
    choropleth_classes,
    side_population_chart,
    sort_rows,
)
from .zones import check_stated_values

FINE_LEVELS = {"EC": "canton", "PE": "province"}
UPPER_LEVELS = {"EC": "province", "PE": "department"}


class StatisticsForm(forms.Form):
    indicator = forms.SlugField(required=False, max_length=60)
    census = forms.TypedChoiceField(
        required=False,
        coerce=int,
        choices=[("1", gettext_lazy("earlier census")), ("2", gettext_lazy("later census"))],
    )
    map_level = forms.ChoiceField(
        required=False,
        choices=[
            ("fine", gettext_lazy("cantons (Ecuador) and provinces (Peru)")),
            ("upper", gettext_lazy("provinces (Ecuador) and departments (Peru)")),
        ],
    )
    country = forms.ChoiceField(
        required=False, choices=[("", gettext_lazy("both")), ("EC", "EC"), ("PE", "PE")]
    )
    level = forms.ChoiceField(
        required=False,
        choices=[("", gettext_lazy("any"))]
        + [(v, label) for v, label in Level.choices if v in ("province", "canton", "department")],
    )
    sort = forms.CharField(required=False, max_length=40)
    order = forms.ChoiceField(
        required=False,
        choices=[("asc", gettext_lazy("ascending")), ("desc", gettext_lazy("descending"))],
    )

    KNOWN = {"indicator", "census", "map_level", "country", "level", "sort", "order"}


def _bad_request(request, message):
    return render(request, "400.html", {"message": message}, status=400)


def _parse(request):
    unknown = sorted(set(request.GET) - StatisticsForm.KNOWN)
    form = StatisticsForm(request.GET)
    if unknown:
        return None, _("Unknown parameter(s): %(names)s.") % {"names": ", ".join(unknown)}
    if not form.is_valid():
        message = "; ".join(f"{name}: {' '.join(errs)}" for name, errs in form.errors.items())
        return None, message
    return form.cleaned_data, None


def _context(params):
    all_indicators = indicators()
    slug = params.get("indicator") or "population"
    indicator = next((i for i in all_indicators if i.slug == slug), None)
    if indicator is None:
        raise Http404(_("No indicator “%(slug)s”.") % {"slug": slug})
    units = {
        u.code: u for u in compared_units(country=params.get("country"), level=params.get("level"))
    }
    all_units = units
    if params.get("country") or params.get("level"):
        all_units = {u.code: u for u in compared_units()}
    series, censuses = load_series(all_units, with_citations=True)
    columns, rows = build_table(units, series, censuses, all_indicators)
    keys = {c.key for c in columns} | {"name", "code", "country", "level"}
    sort = params.get("sort") or "code"
    if sort not in keys:
        raise ValueError(
            _("Unknown column “%(sort)s”. Columns: %(known)s.")
            % {"sort": sort, "known": ", ".join(sorted(keys))}
        )
    rows = sort_rows(rows, sort, params.get("order") == "desc")
    return {
        "all_indicators": all_indicators,
        "indicator": indicator,
        "units": units,
        "all_units": all_units,
        "series": series,
        "censuses": censuses,
        "columns": columns,
        "rows": rows,
        "sort": sort,
        "order": params.get("order") or "asc",
    }


def statistics(request):
    params, error = _parse(request)
    if error:
        return _bad_request(request, error)
    try:
        context = _context(params)
    except ValueError as exc:
        return _bad_request(request, str(exc))
    round_index = (params.get("census") or 2) - 1
    map_level = params.get("map_level") or "fine"
    levels = FINE_LEVELS if map_level == "fine" else UPPER_LEVELS
    map_units = {
        code: u for code, u in context["all_units"].items() if levels.get(u.country_id) == u.level
    }
    classes, legend, missing = choropleth_classes(
        map_units, context["series"], context["indicator"], round_index, context["censuses"]
    )
    picture = draw_map(
        context["all_units"],
        width=map_views.MAP_WIDTH,
        bounds=DEFAULT_BOUNDS,
        classes=classes,
        layers=FINE_LAYERS + UPPER_LAYERS if map_level == "fine" else UPPER_LAYERS,
    )
    zones = list(
        Zone.objects.filter(slug__in=["zif-ecuador", "zif-peru"])
        .select_related("country")
        .prefetch_related("members")
        .order_by("order")
    )
    context.update(
        {
            "params": params,
            "query": request.GET.urlencode(),
            "map": picture,
            "legend_classes": legend,
            "missing_count": missing,
            "map_level": map_level,
            "round_index": round_index,
            "date_note": census_date_note(context["censuses"], round_index),
            "chart": side_population_chart(zones, context["series"], context["censuses"]),
            "stated_checks": check_stated_values(
                observations=list(context["series"].by_key.values()),
                censuses=context["censuses"],
            ),
            "sort_links": _sort_links(request, context),
        }
    )
    return render(request, "indicators/statistics.html", context)


def _sort_links(request, context):
    links = {}
    for key in ["name", "country", "level", *[c.key for c in context["columns"]]]:
        query = request.GET.copy()
        query["sort"] = key
        descending = context["sort"] == key and context["order"] == "asc"
        query["order"] = "desc" if descending else "asc"
        links[key] = {
            "url": "?" + query.urlencode(),
            "current": context["sort"] == key,
            "aria": "ascending" if context["order"] == "asc" else "descending",
        }
    return links


def statistics_csv(request):
    params, error = _parse(request)
    if error:
        return _bad_request(request, error)
    try:
        context = _context(params)
    except ValueError as exc:
        return _bad_request(request, str(exc))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="zif-statistics.csv"'
    writer = csv.writer(response)
    header = ["code", "name", "country", "level", "parent"]
    for column in context["columns"]:
        header += [f"{column.key}.census", f"{column.key}.value"]
    header += ["sources"]
    writer.writerow(header)
    for row in context["rows"]:
        unit = row.unit
        line = [unit.code, unit.name, unit.country_id, unit.level, unit.parent_id or ""]
        for column in context["columns"]:
            cell = row.cells.get(column.key)
            census = row.censuses[column.round].slug if column.round < len(row.censuses) else ""
            line += [census, "" if cell is None or cell.missing else f"{cell.value.normalize():f}"]
        line.append(" ".join(source.key for source in row.sources))
        writer.writerow(line)
    return response


class IndicatorDetailView(DetailView):
    template_name = "indicators/indicator_detail.html"
    slug_field = "slug"

    def get_queryset(self):
        return Indicator.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["national_sources"] = NationalSource.objects.filter(
            indicator=self.object
        ).select_related("source", "country")
        return context


def indicator_list(request):
    items = Indicator.objects.all()
    return render(request, "indicators/indicator_list.html", {"indicators": items})
