"""What a page says about itself in its head, for feed readers, API clients, search
engines and link previews: its feeds, its API twin, its canonical address, Open
Graph and schema.org JSON-LD."""

from django import template
from django.utils.translation import gettext as _

from zif_portal.api.urls import api_twin_url
from zif_portal.feeds import record_feed_url
from zif_portal.structured_data import describe, script

register = template.Library()


def _record(context):
    record = context.get("object")
    if record is None or not hasattr(record, "get_absolute_url") or record.pk is None:
        return None
    return record


@register.inclusion_tag("includes/head_links.html", takes_context=True)
def head_links(context):
    request = context["request"]
    record = _record(context)
    description = ""
    if record is not None:
        description = str(getattr(record, "description", "") or "")[:300]
    return {
        "record": record,
        "record_feed": record_feed_url(record),
        "api_twin": api_twin_url(record) if record is not None else "",
        "canonical": request.build_absolute_uri(request.path),
        "og_title": str(record) if record is not None else _("ZIF Portal"),
        "og_description": description,
        "json_ld": script(describe(record, request)) if record is not None else "",
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


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
