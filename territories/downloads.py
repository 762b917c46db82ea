"""The boundary layers on the open-data page (/data/) and in export_zif, with the
terms of the sources they are derived from."""

from functools import cache

from django.utils.translation import gettext_lazy as _

from . import boundaries

LABELS = {
    "ec-provinces": _("Boundaries: Ecuador's provinces (the ZIF's and their neighbours)"),
    "ec-cantons": _("Boundaries: the cantons of Ecuador's ZIF provinces"),
    "pe-departments": _("Boundaries: Peru's departments (the ZIF's and their neighbours)"),
    "pe-provinces": _("Boundaries: the provinces of Peru's four ZIF departments"),
    "pe-districts": _("Boundaries: the districts of Peru's 17 ZIF provinces (INEI 2007 limits)"),
}
LICENCE = (
    "Derived from the sources named in `attribution`, which keep their own terms "
    "(CONALI layer: CC BY; josedaniel-cb/limites-peru-geojson: MIT; "
    "juaneladio/peru-geojson: MPL-2.0; INEC's cartography as INEC publishes it); "
    "the portal's processing (cleaning, simplification, codes): CC BY 4.0. "
    "See boundaries/ATTRIBUTION.md."
)


@cache
def _text(filename):
    return (boundaries.DIRECTORY / filename).read_text("utf-8")


def _reader(filename):
    return lambda: _text(filename)


def register():
    from zif_portal.export import register_file

    for name in boundaries.LAYERS:
        register_file(
            name=f"boundaries/{name}.geojson",
            label=LABELS[name],
            content_type="application/geo+json",
            get_text=_reader(f"{name}.geojson"),
            licence=LICENCE,
            attribution=tuple(boundaries.layer_file(name)["attribution"]),
        )
    if (boundaries.DIRECTORY / boundaries.TOPOJSON).exists():
        register_file(
            name=f"boundaries/{boundaries.TOPOJSON}",
            label=_("Boundaries: every layer above as one TopoJSON topology"),
            content_type="application/json",
            get_text=_reader(boundaries.TOPOJSON),
            licence=LICENCE,
            attribution=tuple(boundaries.attribution()),
        )
    register_file(
        name="boundaries/ATTRIBUTION.md",
        label=_("Boundaries: sources, licences and caveats"),
        content_type="text/markdown",
        get_text=_reader("ATTRIBUTION.md"),
    )
