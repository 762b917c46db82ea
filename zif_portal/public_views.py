"""What a public site owes its visitors and the machines that read it: robots.txt,
security.txt, the accessibility statement, the privacy notice, the page on reusing
the data, and each record as a citation (BibTeX, RIS)."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from .records import public_record

EXAMPLES_DIR = settings.BASE_DIR / "docs" / "examples"
# security.txt must say until when it is valid (RFC 9116); it is written at each
# request, so it stays valid while the portal runs and its contact is configured.
SECURITY_TXT_VALIDITY = datetime.timedelta(days=180)


def _text(body):
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap-index"))
    lines = ["User-agent: *"]
    for language, _name in settings.LANGUAGES:
        lines += [f"Disallow: /{language}/admin/", f"Disallow: /{language}/search/"]
    lines += ["Disallow: /admin/", "Disallow: /i18n/", "", f"Sitemap: {sitemap}", ""]
    return _text("\n".join(lines))


def security_contact(request):
    if settings.ZIF_SECURITY_CONTACT:
        return settings.ZIF_SECURITY_CONTACT
    if settings.ZIF_CONTACT_EMAIL:
        return f"mailto:{settings.ZIF_CONTACT_EMAIL}"
    return request.build_absolute_uri(reverse("zif_portal:about-data") + "#report")


@require_safe
@cache_control(max_age=3600, public=True)
def security_txt(request):
    expires = timezone.now().replace(microsecond=0) + SECURITY_TXT_VALIDITY
    lines = [
        f"Contact: {security_contact(request)}",
        f"Expires: {expires.astimezone(datetime.UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: es, en",
        f"Canonical: {request.build_absolute_uri(reverse('security-txt'))}",
        f"Policy: {request.build_absolute_uri(reverse('zif_portal:accessibility'))}",
        "",
    ]
    return _text("\n".join(lines))


class AccessibilityView(TemplateView):
    template_name = "zif_portal/accessibility.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["contact_email"] = settings.ZIF_CONTACT_EMAIL
        return context


class PrivacyView(TemplateView):
    template_name = "zif_portal/privacy.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["contact_email"] = settings.ZIF_CONTACT_EMAIL
        context["lockout_hours"] = settings.AXES_COOLOFF_TIME
        return context


class ReuseView(TemplateView):
    """How to reuse the data and the API, with examples that the test suite runs."""

    template_name = "zif_portal/reuse.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        base = self.request.build_absolute_uri("/").rstrip("/")
        for name, key in (("api_python.py", "python_example"), ("api_r.R", "r_example")):
            code = (EXAMPLES_DIR / name).read_text("utf-8")
            context[key] = code.replace("http://127.0.0.1:8000", base)
        return context


def citation_parts(request, record):
    """Title, address, year of the last change and day of consultation of a record."""
    from .templatetags.zif_history import last_changed

    changed = last_changed(record)
    return {
        "title": str(record),
        "url": request.build_absolute_uri(record.get_absolute_url()),
        "year": (changed or timezone.now()).year,
        "accessed": timezone.localdate(),
        "key": "zif-" + "-".join(str(part) for part in record.natural_key()),
        "publisher": _("ZIF Portal"),
    }


def _bibtex_escape(text):
    return "".join("\\" + c if c in "{}%&$#_" else c for c in str(text))


def _bibtex(parts):
    consulted = _bibtex_escape(_("Consulted on"))
    return (
        f"@misc{{{parts['key']},\n"
        f"  title = {{{_bibtex_escape(parts['title'])}}},\n"
        f"  author = {{{{{_bibtex_escape(parts['publisher'])}}}}},\n"
        f"  year = {{{parts['year']}}},\n"
        f"  howpublished = {{\\url{{{parts['url']}}}}},\n"
        f"  note = {{{consulted} {parts['accessed'].isoformat()}. "
        "CC BY 4.0},\n"
        "}\n"
    )


def _ris(parts):
    lines = [
        "TY  - WEB",
        f"TI  - {parts['title']}",
        f"AU  - {parts['publisher']}",
        f"PY  - {parts['year']}",
        f"UR  - {parts['url']}",
        f"Y2  - {parts['accessed'].strftime('%Y/%m/%d')}",
        "ER  - ",
        "",
    ]
    return "\r\n".join(lines)


CITATION_FORMATS = {
    "bib": ("application/x-bibtex", _bibtex),
    "ris": ("application/x-research-info-systems", _ris),
}


@require_safe
def cite_record(request, label, object_id, fmt):
    if fmt not in CITATION_FORMATS:
        raise Http404
    record = public_record(label, object_id)
    content_type, write = CITATION_FORMATS[fmt]
    response = HttpResponse(write(citation_parts(request, record)), content_type=content_type)
    filename = f"zif-{record._meta.model_name}-{record.pk}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
