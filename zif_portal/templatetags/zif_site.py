"""The parts of every page that are the same on every page of a language (the main
navigation, the footer), rendered once per process and language.

They hold only links to the portal's own sections and translated labels: nothing
that the data or the request change, so every page need not resolve their two dozen
addresses again (about a millisecond of each page's work)."""

import threading

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()
_rendered = {}
_lock = threading.Lock()


@register.simple_tag
def site_part(template_name):
    key = (template_name, get_language())
    part = _rendered.get(key)
    if part is None:
        part = mark_safe(render_to_string(template_name))  # noqa: S308 - our own template
        with _lock:
            _rendered[key] = part
    return part
