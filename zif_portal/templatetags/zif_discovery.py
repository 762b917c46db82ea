"""What a page says about itself in its head, for feed readers, API clients, search
engines and link previews: its feeds, its API twin, its canonical address, Open
Graph and schema.org JSON-LD. Drawn by string formatting: every page has it, and
through the template engine it cost a tenth of a millisecond of each."""

from django import template
from django.utils.translation import gettext as _

from zif_portal.api.urls import api_twin_url
from zif_portal.feeds import record_feed_url
from zif_portal.markup import html
from zif_portal.structured_data import describe, script

register = template.Library()


def _record(context):
    record = context.get("object")
    if record is None or not hasattr(record, "get_absolute_url") or record.pk is None:
        return None
    return record


HEAD = (
    '<link rel="canonical" href="{canonical}">\n'
    '<link rel="alternate" type="application/atom+xml" title="{changes_title}"'
    ' href="{changes_feed}">\n'
    "{record_feed}{api_twin}"
    '<meta property="og:site_name" content="{site}">\n'
    '<meta property="og:type" content="website">\n'
    '<meta property="og:url" content="{canonical}">\n'
    '<meta property="og:title" content="{og_title}">\n'
    "{og_description}"
    '<meta property="og:locale" content="{locale}">\n'
    "{json_ld}\n"
)


@register.simple_tag(takes_context=True)
def head_links(context):
    from zif_portal.reversing import reverse

    request = context["request"]
    record = _record(context)
    canonical = request.build_absolute_uri(request.path)
    record_feed = api_twin = og_description = json_ld = ""
    if record is not None:
        feed = record_feed_url(record)
        if feed:
            title = _("ZIF Portal: changes to %(record)s") % {"record": record}
            record_feed = html(
                '<link rel="alternate" type="application/atom+xml" title="{}" href="{}">\n',
                title,
                feed,
            )
        twin = api_twin_url(record)
        if twin:
            api_twin = html(
                '<link rel="alternate" type="application/json" title="{}" href="{}">\n',
                _("This record in the API"),
                twin,
            )
        description = str(getattr(record, "description", "") or "")[:300]
        if description:
            og_description = html('<meta property="og:description" content="{}">\n', description)
        json_ld = script(describe(record, request))
    return html(
        HEAD,
        canonical=canonical,
        changes_title=_("ZIF Portal: latest changes"),
        changes_feed=reverse("zif_portal:changes-feed"),
        record_feed=record_feed,
        api_twin=api_twin,
        site=_("ZIF Portal"),
        og_title=str(record) if record is not None else _("ZIF Portal"),
        og_description=og_description,
        locale="en_GB" if context.get("LANGUAGE_CODE") == "en" else "es_EC",
        json_ld=json_ld,
    )


@register.simple_tag(takes_context=True)
def cite_links(context, record):
    """{"bib": url, "ris": url} for the record's citation downloads."""
    from zif_portal.reversing import reverse

    return {
        fmt: reverse(
            "zif_portal:cite-record",
            kwargs={"label": record._meta.label, "object_id": record.pk, "fmt": fmt},
        )
        for fmt in ("bib", "ris")
    }


@register.simple_tag(takes_context=True)
def citation_line(context, record):
    from zif_portal.public_views import citation_parts

    parts = citation_parts(context["request"], record)
    return _("%(publisher)s (%(year)s). %(title)s. %(url)s (consulted on %(date)s).") % {
        **parts,
        "date": parts["accessed"].isoformat(),
    }
