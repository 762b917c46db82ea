"""Reference marks beside cited values and the numbered notes at the end of a page.

    {% cite unit "seat" %}          [1][2] beside the value the record holds
    {% other_values unit "established_on" %}   the values other sources publish
    {% footnotes unit %}            the numbered notes, each with its source and place

Marks are plain links to the notes: no script is needed. The notes are drawn by
string formatting, with the markup their templates had: every record's page shows
them, and through the template engine a page of a dozen notes spent a third of a
millisecond on them.
"""

from django import template
from django.utils.translation import gettext as _

from zif_portal.citations import _precision_field, display_value, footnotes_for, held_value
from zif_portal.dates import format_partial_date
from zif_portal.markup import html, html_join

register = template.Library()


def _marks(notes, footnotes):
    return html_join(
        "",
        '<sup class="ref"><a href="#{}" aria-label="{}">[{}]</a></sup>',
        (
            (footnotes.anchor(note), _("Note %(n)d") % {"n": note.number}, note.number)
            for note in notes
        ),
    )


@register.simple_tag
def cite(record, field_name):
    footnotes = footnotes_for(record)
    cited = footnotes.fields.get(field_name)
    if cited is None:
        return ""
    return _marks(cited.notes, footnotes)


@register.inclusion_tag("includes/other_values.html")
def other_values(record, field_name):
    footnotes = footnotes_for(record)
    cited = footnotes.fields.get(field_name)
    if cited is None or not cited.disputed:
        return {"cited": None}
    others = [(other.shown, _marks(other.notes, footnotes)) for other in cited.others]
    preferred = cited.preferred
    return {
        "cited": cited,
        "others": others,
        "preferred": preferred,
        "preferred_marks": _marks(cited.notes, footnotes),
    }


def _note(footnotes, note, *, publisher):
    source = note.source
    return html(
        '<li id="{}"><a href="{}">{}</a>{}{}.{}{}</li>',
        footnotes.anchor(note),
        source.get_absolute_url(),
        source.title,
        html(" — {}", source.publisher) if publisher and source.publisher else "",
        html(", {}", note.locator) if note.locator else "",
        html(" <q>{}</q>", note.quote) if note.quote else "",
        html(" <small>({})</small>", html_join(", ", "{}", ((f,) for f in note.fields)))
        if publisher
        else "",
    )


@register.simple_tag
def footnotes(record):
    """The numbered notes at the end of the record's page."""
    notes = footnotes_for(record)
    if not notes.notes:
        return ""
    return html(
        '<section class="footnotes" aria-labelledby="notes-heading">\n'
        '  <h2 id="notes-heading">{}</h2>\n  <ol>\n{}\n  </ol>\n</section>\n',
        _("Notes: the source of each value"),
        html_join("\n", "    {}", ((_note(notes, n, publisher=True),) for n in notes.notes)),
    )


@register.simple_tag
def inline_notes(record):
    """The notes of a record shown inside another's page (a zone's figures)."""
    notes = footnotes_for(record)
    if not notes.notes:
        return ""
    return html(
        '<ol class="inline-notes">{}</ol>',
        html_join("", "{}", ((_note(notes, n, publisher=False),) for n in notes.notes)),
    )


@register.simple_tag
def held_value_display(record, field_name):
    """The value a record holds, written for readers as its other values are."""
    value = held_value(record, field_name)
    if value is None or value == "":
        return "—"
    precision = _precision_field(record, field_name)
    if precision and hasattr(value, "year"):
        return format_partial_date(value, getattr(record, precision))
    return display_value(record, field_name, str(value))
