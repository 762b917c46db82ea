"""Sections that apps contribute to the cross-cutting pages.

The portal app sits at the bottom of the dependency chain (plan → governance →
territories → zif_portal), yet its home page shows what every app holds. Each
app registers its section in its AppConfig.ready(); the home page renders
them in order without importing the apps.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    order: int
    template_name: str
    get_context: Callable


_home_sections: list[Section] = []


def register_home_section(*, order, template_name, get_context):
    _home_sections.append(Section(order, template_name, get_context))
    _home_sections.sort(key=lambda s: s.order)


def home_sections(request):
    """The sections rendered, kept per process, language and data version: the home
    page is the same for every visitor. Keeping their data only (the units counted by
    level over every unit was 14 ms of the page's 17) still left their templates, ten
    loops and sixty links, to render on each visit: 12 of the page's 17 ms at
    100,000 projects, for the same markup every time."""
    from django.template.loader import render_to_string
    from django.utils.safestring import mark_safe
    from django.utils.translation import get_language

    from .cache import memo_per_version

    def build():
        return mark_safe(
            "".join(
                render_to_string(s.template_name, {"data": s.get_context(request)})
                for s in _home_sections
            )
        )

    return memo_per_version("home-sections", get_language(), build)


_about_sections: list[Section] = []


def register_about_section(*, order, template_name, get_context):
    """A panel an app adds to About the data (what it knows and does not)."""
    _about_sections.append(Section(order, template_name, get_context))
    _about_sections.sort(key=lambda s: s.order)


def about_sections(request):
    return [
        {"template_name": s.template_name, "data": s.get_context(request)} for s in _about_sections
    ]
