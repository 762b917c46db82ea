"""A bar chart drawn by string formatting is the markup the chart template drew, with
its coordinates written as SVG reads them in every language."""

import re

import pytest
from django.template import Context, Template
from django.test.html import parse_html
from django.utils import translation

from zif_portal.charts import bar_chart

# The chart as its template drew it before `{% bar_chart %}`, numbers unlocalised.
TEMPLATE_CHART = """{% load i18n l10n %}{% localize off %}<figure class="chart">
<figcaption><strong>{{ chart_title }}</strong>{% if chart_note %}<br><small>{{ chart_note }}</small>{% endif %}</figcaption>
<svg viewBox="0 0 {{ chart.width }} {{ chart.height }}" class="bar-chart" role="img" aria-labelledby="{{ chart_id }}-title">
  <title id="{{ chart_id }}-title">{{ chart_title }}</title>
  {% for bar in chart.bars %}<g transform="translate(0 {{ bar.y }})">
    <text x="{{ chart.label_width|add:-8 }}" y="{{ chart.bar_height }}" text-anchor="end" class="bar-label">{{ bar.label|truncatechars:28 }}</text>
    <rect x="{{ chart.label_width }}" y="2" width="{{ bar.width }}" height="{{ chart.bar_height }}" rx="2" class="bar {{ bar.css }}"/>
    <text x="{{ chart.label_width|add:bar.width|add:6 }}" y="{{ chart.bar_height }}" class="bar-value">{{ bar.display }}</text>
  </g>{% endfor %}
</svg>
<details><summary>{% translate "Data of this chart" %}</summary>
<table><thead><tr><th scope="col">{{ chart_label_heading }}</th><th scope="col">{{ chart_value_heading }}</th></tr></thead>
<tbody>{% for bar in chart.bars %}<tr><td>{% if bar.url %}<a href="{{ bar.url }}">{{ bar.label }}</a>{% else %}{{ bar.label }}{% endif %}</td><td>{{ bar.display }}</td></tr>{% endfor %}</tbody></table>
</details>
</figure>{% endlocalize %}"""  # noqa: E501 - the template as it was

NEW_CHART = (
    '{% load zif_charts %}{% bar_chart chart "c" title=chart_title note=chart_note '
    "label_heading=chart_label_heading value_heading=chart_value_heading %}"
)

CHART = bar_chart(
    [
        ("Zamora Chinchipe, a province with a long name", 9, "9", "/es/territories/EC-19/", "ec"),
        ("Tumbes <&>", 3, "3", "", "pe"),
        ("Loja", 16, "16", "/es/territories/EC-11/", "ec"),
    ]
)


def context(**extra):
    return Context(
        {
            "chart": CHART,
            "chart_id": "c",
            "chart_title": "Units & parts",
            "chart_note": "Listed today.",
            "chart_label_heading": "Province",
            "chart_value_heading": "Units",
            **extra,
        }
    )


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_chart_is_the_markup_the_template_drew(language):
    with translation.override(language):
        old = Template(TEMPLATE_CHART).render(context())
        new = Template(NEW_CHART).render(context())
        # The same lengths, "300" where the template wrote "300.0".
        assert parse_html(new) == parse_html(re.sub(r'="([0-9]+)\.0"', r'="\1"', old))
        no_note = Template(NEW_CHART).render(context(chart_note=""))
        assert "<small>" not in no_note and "Units &amp; parts" in no_note


def test_the_coordinates_are_svg_lengths_in_spanish():
    with translation.override("es"):
        new = Template(NEW_CHART).render(context())
    widths = re.findall(r'width="([^"]*)"', new)
    assert widths and all(re.fullmatch(r"[0-9]+(\.[0-9]+)?", w) for w in widths)
    assert "168.8" in widths  # 9 of 16 on 300 pixels, with its decimal point
