from django.utils.translation import gettext_lazy as _

from zif_portal.search import register_searchable

from .models import Fund, Plan, Programme, Project, ValueChain


def register():
    register_searchable(
        Plan,
        kind="plan",
        label=_("Binational Plan"),
        order=65,
        title=lambda p: p.name,
        key=lambda p: p.slug,
        texts=lambda p: [p.objective_es, p.objective_en],
    )
    register_searchable(
        Programme,
        kind="programme",
        label=_("Programmes"),
        order=70,
        title=lambda p: p.name,
        key=lambda p: p.slug,
        texts=lambda p: [p.description_es, p.description_en],
    )
    register_searchable(
        Fund,
        kind="fund",
        label=_("Funds"),
        order=72,
        title=lambda f: f.name,
        key=lambda f: f.slug,
        texts=lambda f: [f.role_es, f.role_en],
    )
    register_searchable(
        ValueChain,
        kind="value-chain",
        label=_("Value chains"),
        order=75,
        title=lambda v: v.name,
        key=lambda v: v.slug,
        texts=lambda v: [v.description_es, v.description_en],
    )
    register_searchable(
        Project,
        kind="project",
        label=_("Projects"),
        order=80,
        title=lambda p: p.title,
        key=lambda p: p.slug,
        texts=lambda p: [p.executing_entity, p.description_es, p.description_en],
    )
