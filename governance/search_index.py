from django.utils.translation import gettext_lazy as _

from zif_portal.search import register_searchable

from .models import CoordinationMechanism, LegalInstrument, Meeting, Person


def register():
    register_searchable(
        CoordinationMechanism,
        kind="mechanism",
        label=_("Coordination mechanisms"),
        order=30,
        title=lambda m: m.name,
        key=lambda m: m.slug,
        texts=lambda m: [
            m.acronym,
            m.chair_es,
            m.chair_en,
            m.functions_es,
            m.functions_en,
            m.ecuador_unit_id,
            m.peru_unit_id,
        ],
    )
    register_searchable(
        LegalInstrument,
        kind="legal-instrument",
        label=_("Legal instruments"),
        order=40,
        title=lambda i: i.title,
        key=lambda i: i.slug,
        texts=lambda i: [i.number, i.place, i.issuer_es, i.issuer_en, i.summary_es, i.summary_en],
    )
    register_searchable(
        Meeting,
        kind="meeting",
        label=_("Meetings"),
        order=50,
        title=lambda m: m.title,
        key=lambda m: m.slug,
        texts=lambda m: [m.city, m.ordinal, m.date.year if m.date else "", m.notes_es, m.notes_en],
    )
    register_searchable(
        Person,
        kind="person",
        label=_("People"),
        order=60,
        title=lambda p: p.name,
        key=lambda p: p.slug,
        texts=lambda p: [],
    )
