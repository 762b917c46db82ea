"""The statistics page's pieces: the comparison table, the choropleth and the chart."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .derived import POPULATION

# Sequential colours, light to dark (readable on white, distinct in grey too).
PALETTE = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
# Which indicators the table shows, at which censuses (0: earlier, 1: later).
TABLE_COLUMNS = (
    ("population", (0, 1)),
    ("density", (0, 1)),
    ("national-share", (1,)),
    ("change", (1,)),
)


@dataclass
class Column:
    key: str
    indicator: object
    round: int  # 0: each country's earlier census, 1: its later one
    label: str


@dataclass
class Row:
    unit: object
    censuses: list  # this unit's country's censuses, by round
    cells: dict = field(default_factory=dict)  # column key → Value
    sources: list = field(default_factory=list)


def rounds(censuses):
    """{country: [earlier census, later census…]}."""
    by_country = {}
    for census in sorted(censuses, key=lambda c: c.reference_date):
        by_country.setdefault(census.country_id, []).append(census)
    return by_country


def round_label(index, by_country):
    return " · ".join(
        f"{country} {cs[index].year}"
        for country, cs in sorted(by_country.items())
        if len(cs) > index
    )


def format_value(value, indicator):
    if value is None:
        return "—"
    return number_format(value, decimal_pos=indicator.decimals, use_l10n=True, force_grouping=True)


def build_table(units, series, censuses, indicators):
    by_slug = {i.slug: i for i in indicators}
    by_country = rounds(censuses)
    n_rounds = max((len(cs) for cs in by_country.values()), default=0)
    columns = []
    for slug, wanted in TABLE_COLUMNS:
        if slug not in by_slug:
            continue
        indicator = by_slug[slug]
        for index in wanted:
            if index < n_rounds:
                columns.append(
                    Column(
                        f"{slug}-{index + 1}",
                        indicator,
                        index,
                        f"{indicator.name} {round_label(index, by_country)}",
                    )
                )
    rows = []
    for unit in units.values():
        country_censuses = by_country.get(unit.country_id, [])
        row = Row(unit, country_censuses)
        seen = set()
        for column in columns:
            if column.round >= len(country_censuses):
                continue
            value = series.value(column.indicator, unit.code, country_censuses[column.round])
            row.cells[column.key] = value
            for obs in [value.observation, *value.inputs]:
                if obs is None or obs.unit_id != unit.code:
                    continue
                for citation in obs.citations.all():
                    if not citation.value and citation.source_id not in seen:
                        seen.add(citation.source_id)
                        row.sources.append(citation.source)
        rows.append(row)
    return columns, rows


def sort_rows(rows, key, descending):
    """Rows by a column (missing values last either way), by name, or by code."""
    if key in ("name", "code", "country", "level"):
        attr = {"name": "name", "code": "code", "country": "country_id", "level": "level"}[key]
        return sorted(rows, key=lambda r: getattr(r.unit, attr), reverse=descending)

    def value(row):
        cell = row.cells.get(key)
        return None if cell is None or cell.missing else cell.value

    present = [r for r in rows if value(r) is not None]
    missing = [r for r in rows if value(r) is None]
    present.sort(key=value, reverse=descending)
    return present + sorted(missing, key=lambda r: r.unit.code)


N_CLASSES = len(PALETTE)


def quantile_breaks(values, n_classes=N_CLASSES):
    """Upper bounds of `n_classes` classes holding about as many values each."""
    ordered = sorted(values)
    if not ordered:
        return []
    breaks = []
    for k in range(1, n_classes + 1):
        position = min(len(ordered) - 1, round(k * len(ordered) / n_classes) - 1)
        bound = ordered[max(position, 0)]
        if not breaks or bound > breaks[-1]:
            breaks.append(bound)
    return breaks


def classify(value, breaks):
    for index, bound in enumerate(breaks):
        if value <= bound:
            return index
    return len(breaks) - 1


def choropleth_classes(units, series, indicator, round_index, censuses):
    """code → (colour or "missing", label) and the legend's classes."""
    by_country = rounds(censuses)
    values = {}
    for unit in units.values():
        country_censuses = by_country.get(unit.country_id, [])
        if round_index < len(country_censuses):
            cell = series.value(indicator, unit.code, country_censuses[round_index])
            values[unit.code] = cell.value
        else:
            values[unit.code] = None
    present = [v for v in values.values() if v is not None]
    breaks = quantile_breaks(present)
    palette = PALETTE[-len(breaks) :] if breaks else ()
    classes = {}
    for code, value in values.items():
        if value is None:
            classes[code] = ("missing", _("no value"))
        else:
            classes[code] = (palette[classify(value, breaks)], format_value(value, indicator))
    legend = []
    lower = min(present) if present else None
    for index, bound in enumerate(breaks):
        legend.append(
            {
                "colour": palette[index],
                "low": format_value(lower, indicator),
                "high": format_value(bound, indicator),
                "count": sum(1 for v in present if classify(v, breaks) == index),
            }
        )
        lower = next((v for v in sorted(present) if v > bound), bound)
    missing = sum(1 for v in values.values() if v is None)
    return classes, legend, missing


def census_date_note(censuses, round_index):
    by_country = rounds(censuses)
    chosen = [cs[round_index] for _c, cs in sorted(by_country.items()) if len(cs) > round_index]
    years = {c.year for c in chosen}
    if len(chosen) < 2 or len(years) == 1:
        return ""
    first, second = chosen[0], chosen[1]
    return _(
        "The two countries counted at different dates, %(gap)s years apart: %(first)s "
        "(%(first_agency)s) %(first_date)s, %(second)s (%(second_agency)s) %(second_date)s. "
        "Their values describe different years."
    ) % {
        "first": first.country.name,
        "first_date": first.reference_display,
        "first_agency": first.agency,
        "second": second.country.name,
        "second_date": second.reference_display,
        "second_agency": second.agency,
        "gap": abs(second.year - first.year),
    }


def side_population_chart(zones, series, censuses):
    """Each side's population at each of its censuses: what its listed members add up to."""
    from zif_portal.charts import bar_chart

    from .zones import member_sums

    by_country = rounds(censuses)
    observations = [o for o in series.by_key.values() if o.indicator.slug == POPULATION]
    rows = []
    for zone in zones:
        country_censuses = by_country.get(zone.country_id, [])
        sums = member_sums(zone, POPULATION, country_censuses, observations)
        for census, (total, counted, members) in sums.items():
            label = f"{zone.country.name} {census.year}"
            if total is None:
                continue
            if counted < members:
                label = _("%(label)s (%(counted)s of %(members)s)") % {
                    "label": label,
                    "counted": counted,
                    "members": members,
                }
            shown = number_format(Decimal(total), decimal_pos=0, force_grouping=True)
            css = zone.country_id.lower()
            rows.append((label, float(total), shown, zone.get_absolute_url(), css))
    return bar_chart(rows, label_width=190)
