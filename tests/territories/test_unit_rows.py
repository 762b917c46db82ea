"""The territory list's rows, drawn by string formatting, say what the template they
replace said: each unit's code, link, level, parent or country, seat and ZIF
membership, in the visitor's language."""

import pytest
from django.template import Context, Template
from django.test.html import parse_html
from django.utils import translation

from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db

# The rows as the template drew them before `unit_rows`.
TEMPLATE_ROWS = """{% for unit in units %}
  <tr>
    <td><code>{{ unit.code }}</code></td>
    <td><a href="{{ unit.get_absolute_url }}">{{ unit.name }}</a></td>
    <td>{{ unit.get_level_display }}</td>
    <td>{% if unit.parent %}<a href="{{ unit.parent.get_absolute_url }}">{{ unit.parent.name }}</a>{% else %}{{ unit.country.name }}{% endif %}</td>
    <td>{{ unit.seat|default:"—" }}</td>
    <td>{{ unit.get_zif_membership_display }}</td>
  </tr>
{% endfor %}"""  # noqa: E501 - the template as it was

ROWS = "{% load unit_rows %}{% unit_rows units %}"


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_rows_say_what_the_template_said(language):
    units = list(AdministrativeUnit.objects.for_list().order_by("code"))
    # Units with and without a parent and a seat, in and out of the ZIF, are all here.
    assert any(u.parent for u in units) and any(not u.parent for u in units)
    assert any(u.seat for u in units) and any(not u.seat for u in units)
    assert len({u.zif_membership for u in units}) > 1
    with translation.override(language):
        expected = Template(TEMPLATE_ROWS).render(Context({"units": units}))
        drawn = Template(ROWS).render(Context({"units": units}))
    assert parse_html(drawn) == parse_html(expected)
    assert f'href="/{language}/territories/EC-07/"' in drawn


def test_a_name_is_escaped_and_an_odd_code_reversed():
    unit = AdministrativeUnit.objects.for_list().get(code="EC-07")
    unit.name = "<script>alert(1)</script>"
    unit.code = "EC 07?"
    with translation.override("es"):
        drawn = Template(ROWS).render(Context({"units": [unit]}))
    assert "<script>" not in drawn and "&lt;script&gt;" in drawn
    assert 'href="/es/territories/EC%2007%3F/"' in drawn


# The units within a unit, as its page's template drew them before `unit_children`.
TEMPLATE_CHILDREN = """{% for child in children %}<li><a href="{{ child.get_absolute_url }}">{{ child.name }}</a> <small><code>{{ child.code }}</code>{% if child.established_on %} · {% blocktranslate trimmed with date=child.established_display %}created {{ date }}{% endblocktranslate %}{% endif %}</small></li>{% endfor %}"""  # noqa: E501 - the template as it was


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_units_within_say_what_the_template_said(language):
    units = list(AdministrativeUnit.objects.order_by("code"))
    # Units created on a date the sources give, and units without one, are here.
    assert any(u.established_on for u in units) and any(not u.established_on for u in units)
    with translation.override(language):
        expected = Template("{% load i18n %}" + TEMPLATE_CHILDREN).render(
            Context({"children": units})
        )
        drawn = Template("{% load unit_rows %}{% unit_children children %}").render(
            Context({"children": units})
        )
    assert parse_html(drawn) == parse_html(expected)
