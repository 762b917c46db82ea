from django.utils.translation import gettext_lazy as _

from zif_portal.search import register_searchable

from .models import AdministrativeUnit, Zone


def register():
    register_searchable(
        AdministrativeUnit,
        kind="territory",
        label=_("Territories"),
        order=10,
        title=lambda u: u.name,
        key=lambda u: u.code,
        texts=lambda u: [
            u.code,
            u.iso_code,
            u.seat,
            u.get_level_display(),
            u.description_es,
            u.description_en,
        ],
    )
    register_searchable(
        Zone,
        kind="zone",
        label=_("Zones"),
        order=20,
        title=lambda z: z.name,
        key=lambda z: z.slug,
        texts=lambda z: [z.name_es, z.name_en, z.description_es, z.description_en],
    )
