"""A unit's statistics panel, drawn by string formatting, is the markup its template
drew, for every unit of the knowledge base that has observations, in both languages."""

import pytest
from django.template import Context, Template
from django.test.html import parse_html
from django.utils import translation

from indicators.models import Observation
from indicators.sections import unit_panel_context
from indicators.templatetags.unit_statistics import statistics_panel
from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db

# templates/indicators/unit_panel.html as it was before {% statistics_panel %}.
TEMPLATE = """{% load i18n zif_stats zif_citations %}<section aria-labelledby="statistics" class="unit-statistics">
<h2 id="statistics">{% translate "Statistics" %}</h2>
<div class="table-scroll"><table>
  <caption>{% blocktranslate trimmed with name=data.unit.name %}Indicators of {{ name }} at the national censuses{% endblocktranslate %}</caption>
  <thead><tr><th scope="col">{% translate "Indicator" %}</th>{% for census in data.censuses %}<th scope="col"><abbr title="{{ census.name }}">{{ census.label }}</abbr> <small>({{ census.reference_display }})</small></th>{% endfor %}</tr></thead>
  <tbody>{% for row in data.rows %}<tr>
    <th scope="row"><a href="{{ row.indicator.get_absolute_url }}">{{ row.indicator.name }}</a> <small>({{ row.indicator.unit_of_measure }})</small></th>
    {% for value in row.cells %}<td class="num">{% if value.missing %}<span class="missing">—<span class="visually-hidden"> {% translate "missing" %}: {{ value.missing_reason }}</span></span>{% else %}{{ value.value|stat:row.indicator }}{% if value.basis %}<br><small>{{ value.basis }}</small>{% endif %}{% endif %}</td>{% endfor %}
  </tr>{% endfor %}</tbody>
</table></div>
<h3>{% translate "Sources of the published values" %}</h3>
<ul class="observation-sources">{% for obs in data.observations %}<li>{{ obs.indicator.name }}, {% if obs.census %}{{ obs.census.label }}{% else %}{{ obs.reference_display }}{% endif %}: <strong>{{ obs.value|stat:obs.indicator }}</strong> {{ obs.indicator.unit_of_measure }} — {% for note in obs.notes.notes %}<a href="{{ note.source.get_absolute_url }}">{{ note.source.title }}</a>{% if note.locator %}, {{ note.locator }}{% endif %}{% if note.quote %} <q>{{ note.quote }}</q>{% endif %}{% if not forloop.last %}; {% endif %}{% empty %}{% translate "no source" %}{% endfor %}{% for cited in obs.notes.disputes %}<br><small>{% translate "Other published values:" %} {% for other in cited.others %}{{ other.shown }} ({% for note in other.notes %}{{ note.source.title }}{% if not forloop.last %}, {% endif %}{% endfor %}){% if not forloop.last %}; {% endif %}{% endfor %}</small>{% endfor %}{% if obs.method_note %}<br><small>{{ obs.method_note }}</small>{% endif %}{% if obs.comparability_note %}<br><small>{% translate "Comparability:" %} {{ obs.comparability_note }}</small>{% endif %}</li>{% endfor %}</ul>
<p><a href="{% url 'indicators:statistics' %}">{% translate "Compare with the other units of the ZIF" %}</a> · <a href="{% url 'api:observation-list' %}?unit={{ data.unit.code }}">{% translate "These observations in the API" %}</a></p>
</section>"""  # noqa: E501 - the template as it was


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_panel_is_the_markup_its_template_drew(real_data, language):
    observed = Observation.objects.filter(unit__isnull=False).values("unit_id")
    units = list(AdministrativeUnit.objects.filter(code__in=observed).select_related("country"))
    assert len(units) >= 10
    old = Template(TEMPLATE)
    drawn = []
    with translation.override(language):
        for unit in units:
            data = unit_panel_context(unit)
            if data is None:
                continue
            ours = statistics_panel(data)
            theirs = old.render(Context({"data": data}))
            assert parse_html(ours) == parse_html(theirs), unit.code
            drawn.append(ours)
    assert len(drawn) >= 10
    seen = "".join(drawn)
    # The branches the knowledge base reaches: missing values, derived values' bases,
    # quoted sources and values other sources publish.
    for part in ('class="missing"', "<br><small>", "<q>"):
        assert part in seen, part
