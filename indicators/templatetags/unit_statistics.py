"""A unit's statistics panel, drawn by string formatting.

    {% statistics_panel data %}

The panel (every indicator at every census, then the source of each published
value) is on most unit pages; through its template each cell and note was a dozen
variable lookups: 0.9 ms of a unit's page, the page's costliest part (timed per node
in process at 100,000 projects). The markup is the template's, and a test compares
the two.
"""

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from indicators.tables import format_value
from zif_portal.markup import escaped, html, html_join
from zif_portal.reversing import reverse

register = template.Library()


def _cell(value, indicator):
    if value.missing:
        return html(
            '<td class="num"><span class="missing">—<span class="visually-hidden"> {}: {}'
            "</span></span></td>",
            _("missing"),
            value.missing_reason,
        )
    basis = html("<br><small>{}</small>", value.basis) if value.basis else ""
    return html('<td class="num">{}{}</td>', format_value(value.value, indicator), basis)


def _row(row):
    indicator = row["indicator"]
    return html(
        '<tr>\n    <th scope="row"><a href="{}">{}</a> <small>({})</small></th>\n    {}\n  </tr>',
        indicator.get_absolute_url(),
        indicator.name,
        indicator.unit_of_measure,
        html_join("", "{}", ((_cell(value, indicator),) for value in row["cells"])),
    )


def _note(note):
    return html(
        '<a href="{}">{}</a>{}{}',
        note.source.get_absolute_url(),
        note.source.title,
        html(", {}", note.locator) if note.locator else "",
        html(" <q>{}</q>", note.quote) if note.quote else "",
    )


def _other(other):
    return html(
        "{} ({})", other.shown, html_join(", ", "{}", ((n.source.title,) for n in other.notes))
    )


def _observation(obs):
    notes = obs.notes
    sources = html_join("; ", "{}", ((_note(n),) for n in notes.notes)) or _("no source")
    disputes = html_join(
        "",
        "<br><small>{} {}</small>",
        (
            (_("Other published values:"), html_join("; ", "{}", ((_other(o),) for o in c.others)))
            for c in notes.disputes()
        ),
    )
    method = html("<br><small>{}</small>", obs.method_note) if obs.method_note else ""
    comparability = (
        html("<br><small>{} {}</small>", _("Comparability:"), obs.comparability_note)
        if obs.comparability_note
        else ""
    )
    return html(
        "<li>{}, {}: <strong>{}</strong> {} — {}{}{}{}</li>",
        obs.indicator.name,
        obs.census.label if obs.census else obs.reference_display,
        format_value(obs.value, obs.indicator),
        obs.indicator.unit_of_measure,
        sources,
        disputes,
        method,
        comparability,
    )


@register.simple_tag
def statistics_panel(data):
    unit = data["unit"]
    caption = SafeString(
        _("Indicators of %(name)s at the national censuses") % {"name": escaped(unit.name)}
    )
    censuses = html_join(
        "",
        '<th scope="col"><abbr title="{}">{}</abbr> <small>({})</small></th>',
        ((c.name, c.label, c.reference_display) for c in data["censuses"]),
    )
    return html(
        '<section aria-labelledby="statistics" class="unit-statistics">\n'
        '<h2 id="statistics">{}</h2>\n'
        '<div class="table-scroll"><table>\n'
        "  <caption>{}</caption>\n"
        '  <thead><tr><th scope="col">{}</th>{}</tr></thead>\n'
        "  <tbody>{}</tbody>\n"
        "</table></div>\n"
        "<h3>{}</h3>\n"
        '<ul class="observation-sources">{}</ul>\n'
        '<p><a href="{}">{}</a> · <a href="{}?unit={}">{}</a></p>\n'
        "</section>",
        _("Statistics"),
        caption,
        _("Indicator"),
        censuses,
        html_join("", "{}", ((_row(row),) for row in data["rows"])),
        _("Sources of the published values"),
        html_join("", "{}", ((_observation(obs),) for obs in data["observations"])),
        reverse("indicators:statistics"),
        _("Compare with the other units of the ZIF"),
        reverse("api:observation-list"),
        unit.code,
        _("These observations in the API"),
    )
