"""The rows of a meeting table, drawn by string formatting.

A mechanism's page shows its latest 25 meetings and a list page 50; through the
template engine each row cost about 0.1 ms (a dozen variables resolved, a loop over
its participants to find who presided, a filter, addresses reversed per meeting and
per person), a third of a mechanism page's time at cache miss (profiled in process
at 100,000 projects). Here a row is one `zif_portal.markup.html` call, and the addresses are
their view's address with the key put in.
"""

from django import template
from django.utils.translation import gettext as _

from zif_portal.markup import html, html_join
from zif_portal.reversing import keyed

register = template.Library()

ROW = '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}{}</td><td>{}</td></tr>'


def _presided(meeting, person_address):
    return html_join(
        ", ",
        '<a href="{}">{}</a>',
        (
            (person_address(p.person.slug), p.person.name)
            for p in meeting.participations.all()
            if p.role == "presided"
        ),
    )


def _row(meeting, meeting_address, person_address, no_date):
    country = meeting.country
    return html(
        ROW,
        meeting_address(meeting.slug),
        meeting.title,
        meeting.date_display or no_date,
        meeting.city,
        html(" ({})", country.name) if country else "",
        _presided(meeting, person_address),
    )


@register.simple_tag
def meeting_rows(meetings):
    """The <tr> of each meeting (with its country and participations read already):
    its link, date, place and who presided."""
    meeting_address = keyed("governance:meeting-detail", "slug")
    person_address = keyed("governance:person-detail", "slug")
    no_date = _("date not found")
    rows = (_row(m, meeting_address, person_address, no_date) for m in meetings)
    return html_join("\n", "{}", ((row,) for row in rows))
