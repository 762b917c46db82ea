"""A project table's rows, drawn by string formatting, say what the template they
replace said: each project's link, kind, parent, territories, status, period and
amount, in the visitor's language."""

import pytest
from django.template import Context, Template
from django.test.html import parse_html
from django.utils import translation

from plan.models import Project

pytestmark = pytest.mark.django_db

# The rows as the template drew them before `project_rows`.
TEMPLATE_ROWS = """{% load i18n zif_format %}{% for project in projects %}
  <tr><td><a href="{{ project.get_absolute_url }}">{{ project.title }}</a></td>
      <td>{{ project.get_kind_display }}</td>
      <td>{% if project.parent %}<a href="{{ project.parent.get_absolute_url }}">{{ project.parent.title }}</a>{% else %}—{% endif %}</td>
      <td>{% for unit in project.territories.all %}{{ unit.name }}{% if not forloop.last %}, {% endif %}{% empty %}<span class="muted">{% translate "not stated" %}</span>{% endfor %}</td>
      <td>{{ project.get_status_display|capfirst }}{% if project.status_reported_on %} <small>({{ project.status_reported_display }})</small>{% endif %}</td>
      <td>{{ project.start_date|date:"Y"|default:"?" }}–{{ project.end_date|date:"Y"|default:"" }}</td>
      <td>{% if project.amount is not None %}{{ project.amount|figure }} {{ project.currency }}{% else %}—{% endif %}</td></tr>
{% endfor %}"""  # noqa: E501 - the template as it was


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_rows_say_what_the_template_said(language):
    projects = list(Project.objects.for_list().order_by("slug"))
    # Parents, amounts, reported statuses and projects without a territory are all here.
    assert any(p.parent for p in projects) and any(p.amount is not None for p in projects)
    assert any(not p.territories.all() for p in projects)
    with translation.override(language):
        expected = Template(TEMPLATE_ROWS).render(Context({"projects": projects}))
        drawn = Template("{% load project_rows %}{% project_rows projects %}").render(
            Context({"projects": projects})
        )
    assert parse_html(drawn) == parse_html(expected)
    assert f'href="/{language}/projects/cebaf-macara-la-tina/"' in drawn


def test_a_title_is_escaped():
    project = Project.objects.for_list().get(slug="cebaf-macara-la-tina")
    project.title = "<script>alert(1)</script>"
    drawn = Template("{% load project_rows %}{% project_rows projects %}").render(
        Context({"projects": [project]})
    )
    assert "<script>" not in drawn and "&lt;script&gt;" in drawn


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_territorys_project_links_say_what_the_template_said(language):
    projects = list(Project.objects.order_by("slug"))
    template = (
        '{% for project in projects %}<li><a href="{{ project.get_absolute_url }}">'
        "{{ project.title }}</a></li>{% endfor %}"
    )
    with translation.override(language):
        expected = Template(template).render(Context({"projects": projects}))
        drawn = Template("{% load project_rows %}{% project_links projects %}").render(
            Context({"projects": projects})
        )
    assert parse_html(drawn) == parse_html(expected)
    assert f'href="/{language}/projects/cebaf-macara-la-tina/"' in drawn
