"""A meeting table's rows, drawn by string formatting, say what the template they
replace said: each meeting's link, date, place and who presided, in the visitor's
language."""

import pytest
from django.template import Context, Template
from django.test.html import parse_html
from django.utils import translation

from governance.models import Meeting

pytestmark = pytest.mark.django_db

# The rows as the template drew them before `meeting_rows`, but for the commas between
# those who presided: the template put them after each one but the last participant,
# so a presiding person followed by another participant got a trailing comma.
TEMPLATE_ROWS = """{% load i18n %}{% for meeting in meetings %}
  <tr><td><a href="{{ meeting.get_absolute_url }}">{{ meeting.title }}</a></td>
      <td>{{ meeting.date_display|default:_("date not found") }}</td>
      <td>{{ meeting.city }}{% if meeting.country %} ({{ meeting.country.name }}){% endif %}</td>
      <td>{% for p in meeting.presided %}<a href="{{ p.person.get_absolute_url }}">{{ p.person.name }}</a>{% if not forloop.last %}, {% endif %}{% endfor %}</td></tr>
{% endfor %}"""  # noqa: E501 - the template as it was

ROWS = "{% load meeting_rows %}{% meeting_rows meetings %}"


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_rows_say_what_the_template_said(language):
    meetings = list(Meeting.objects.for_list().order_by("slug"))
    # Meetings with and without a country, and with someone presiding, are all here.
    assert any(m.country for m in meetings) and any(not m.country for m in meetings)
    assert any(p.role == "presided" for m in meetings for p in m.participations.all())
    with translation.override(language):
        expected = Template(TEMPLATE_ROWS).render(Context({"meetings": annotated(meetings)}))
        drawn = Template(ROWS).render(Context({"meetings": meetings}))
    assert parse_html(drawn) == parse_html(expected)
    assert f'href="/{language}/meetings/' in drawn


def annotated(meetings):
    for meeting in meetings:
        meeting.presided = [p for p in meeting.participations.all() if p.role == "presided"]
    return meetings


def test_a_title_and_a_name_are_escaped():
    meeting = next(
        m
        for m in Meeting.objects.for_list()
        if any(p.role == "presided" for p in m.participations.all())
    )
    meeting.title = "<script>alert(1)</script>"
    presiding = next(p for p in meeting.participations.all() if p.role == "presided")
    presiding.person.name = "<b>name</b>"
    drawn = Template(ROWS).render(Context({"meetings": [meeting]}))
    assert "<script>" not in drawn and "&lt;script&gt;" in drawn
    assert "<b>" not in drawn and "&lt;b&gt;name&lt;/b&gt;" in drawn
