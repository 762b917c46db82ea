"""A record's sources section, drawn by string formatting: its notes, its general
sources, how to cite it and when it last changed.

Every record's page ends with it; through the template engine (an include with its
loop and four tags) it cost 0.7-0.8 ms of each page at cache miss, more than a
tenth of a meeting's or a zone's page (profiled in process at 100,000 projects).
The markup is the include's, and the tests compare the two.
"""

from django import template
from django.utils import formats
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _

from zif_portal.markup import html, html_join

from .zif_citations import footnotes
from .zif_discovery import citation_line, cite_links
from .zif_history import last_changed

register = template.Library()

SECTION = (
    '{notes}<section class="sources" aria-labelledby="sources-heading">\n'
    '  <h2 id="sources-heading">{heading}</h2>\n'
    "  {listing}\n"
    "{cite}\n"
    "{changed}\n"
    "</section>\n"
)

CITE = (
    '<div class="cite-this"><h3>{}</h3><p>{}</p>'
    '<p><a href="{}" download>BibTeX</a> · <a href="{}" download>RIS</a></p></div>'
)


def _source(source):
    return html(
        '    <li><a href="{}">{}</a>{}{}{}</li>',
        source.get_absolute_url(),
        source.title,
        html(" — {}", source.publisher) if source.publisher else "",
        html(", {}", source.published_display) if source.published_display else "",
        html(' <span class="tag">{}</span>', _("official")) if source.is_official else "",
    )


def _listing(sources):
    if not sources:
        return html('<p class="warning">{}</p>', _("This record cites no source yet."))
    return html("<ul>\n{}\n  </ul>", html_join("\n", "{}", ((_source(s),) for s in sources)))


def _changed(record):
    changed = last_changed(record)
    if not changed:
        return ""
    date = formats.date_format(template_localtime(changed), "DATE_FORMAT")
    return html(
        '<p class="last-changed"><small>{}</small></p>',
        _("Last changed on %(date)s.") % {"date": date},
    )


@register.simple_tag(takes_context=True)
def sources_section(context, sources, record=None):
    """What includes/sources.html drew: the record's notes, its sources (a list or a
    queryset), and with a record, how to cite it and when it last changed."""
    sources = list(sources)
    cite = changed = ""
    if record:
        links = cite_links(context, record)
        cite = html(
            CITE, _("Cite this record"), citation_line(context, record), links["bib"], links["ris"]
        )
        changed = _changed(record)
    return html(
        SECTION,
        notes=footnotes(record) if record else "",
        heading=_("Sources"),
        listing=_listing(sources),
        cite=cite,
        changed=changed,
    )
