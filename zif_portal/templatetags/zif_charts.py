"""A bar chart (zif_portal.charts.bar_chart) drawn by string formatting.

    {% bar_chart chart "units-chart" title=chart_title note=_("…") label_heading=… value_heading=…
    %}

Through the template engine, a chart of forty bars cost one to two milliseconds of
each list page that shows it (a score of variable lookups and filters per bar), and
its coordinates came out in the page's language: "300,0" in Spanish, which is not an
SVG length. Here each bar is one `zif_portal.markup.html` call, with the markup the chart
template had and its coordinates written as SVG reads them.
"""

from django import template
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from zif_portal.markup import html, html_join

register = template.Library()

BAR = (
    '<g transform="translate(0 {y})">\n'
    '    <text x="{label_x}" y="{height}" text-anchor="end" class="bar-label">{short}</text>\n'
    '    <rect x="{x}" y="2" width="{width}" height="{height}" rx="2" class="bar {css}"/>\n'
    '    <text x="{value_x}" y="{height}" class="bar-value">{display}</text>\n'
    "  </g>"
)


def _number(value):
    """A coordinate as SVG reads it, whatever the page's language: 12, 266.7."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _bar(bar, chart):
    return html(
        BAR,
        y=_number(bar.y),
        # As the template's `add` filter did: whole pixels.
        label_x=int(chart["label_width"]) - 8,
        height=_number(chart["bar_height"]),
        short=Truncator(bar.label).chars(28),
        x=_number(chart["label_width"]),
        width=_number(bar.width),
        css=bar.css,
        value_x=int(chart["label_width"]) + int(bar.width) + 6,
        display=bar.display,
    )


def _row(bar):
    label = html('<a href="{}">{}</a>', bar.url, bar.label) if bar.url else bar.label
    return html("<tr><td>{}</td><td>{}</td></tr>", label, bar.display)


@register.simple_tag
def bar_chart(chart, chart_id, *, title="", note="", label_heading="", value_heading=""):
    # A chart kept per data version (a list page's) is drawn once per language and
    # wording, and its markup kept with it.
    key = (get_language(), chart_id, str(title), str(note), str(label_heading), str(value_heading))
    drawn = chart.setdefault("drawn", {})
    if key not in drawn:
        drawn[key] = _draw(chart, chart_id, title, note, label_heading, value_heading)
    return drawn[key]


def _draw(chart, chart_id, title, note, label_heading, value_heading):
    bars = chart["bars"]
    caption = html("<strong>{}</strong>", title)
    if note:
        caption = html("{}<br><small>{}</small>", caption, note)
    return html(
        '<figure class="chart">\n<figcaption>{caption}</figcaption>\n'
        '<svg viewBox="0 0 {width} {height}" class="bar-chart" role="img"'
        ' aria-labelledby="{id}-title">\n  <title id="{id}-title">{title}</title>\n'
        "  {bars}\n</svg>\n<details><summary>{summary}</summary>\n"
        '<table><thead><tr><th scope="col">{label_heading}</th>'
        '<th scope="col">{value_heading}</th></tr></thead>\n'
        "<tbody>{rows}</tbody></table>\n</details>\n</figure>",
        caption=caption,
        width=_number(chart["width"]),
        height=_number(chart["height"]),
        id=chart_id,
        title=title,
        bars=html_join("", "{}", ((_bar(bar, chart),) for bar in bars)),
        summary=_("Data of this chart"),
        label_heading=label_heading,
        value_heading=value_heading,
        rows=html_join("", "{}", ((_row(bar),) for bar in bars)),
    )
