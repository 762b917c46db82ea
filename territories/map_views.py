"""What each page's map shows: which units, in which frame, which ones stand out.

One query reads the ZIF's units (for their links, names and seats); the polygons
come from the layers in memory (territories.boundaries).
"""

from django.utils.translation import get_language

from zif_portal.cache import memo_per_version

from . import boundaries
from .map import DEFAULT_BOUNDS, bounds_of, draw_map
from .models import AdministrativeUnit, Level

MAP_WIDTH = 600
SMALL_WIDTH = 320


def zif_units():
    """Code -> unit for every unit of the ZIF above the local level (a new dict each
    time: callers add to it), read once per process and data version."""

    def read():
        units = AdministrativeUnit.objects.in_zif().above_local_level().select_related("country")
        return {unit.code: unit for unit in units.order_by("code")}

    return dict(memo_per_version("zif-units", None, read))


def _kept(name, key, draw):
    """A map kept per language (its links and names are the language's) and version."""
    return memo_per_version(f"map:{name}", (get_language(), key), draw)


def _top_level(units, country=None):
    return [
        code
        for code, unit in units.items()
        if unit.parent_id is None and (country is None or unit.country_id == country)
    ]


def _rows(units, codes):
    """The table beside the map: every unit it shows, with how it is drawn."""
    missing = boundaries.missing()
    rows = []
    for code in sorted(codes):
        unit = units[code]
        parent = units.get(unit.parent_id)
        rows.append(
            {
                "unit": unit,
                "parent": parent,
                "has_boundary": boundaries.boundary(code) is not None,
                "missing_reason": missing.get(code, ""),
                "seat_located": unit.seat_latitude is not None,
            }
        )
    return rows


def _finish(picture, units, codes, **extra):
    picture["rows"] = _rows(units, codes)
    picture.update(extra)
    return picture


def zif_map():
    """Both sides: every unit of the ZIF, the provinces and departments marked."""
    return _kept("zif", None, _zif_map)


def _zif_map():
    units = zif_units()
    picture = draw_map(
        units, width=MAP_WIDTH, bounds=DEFAULT_BOUNDS, marked=_top_level(units), expected=units
    )
    return _finish(picture, units, units, top_level=[units[c] for c in _top_level(units)])


def side_map(country):
    return _kept("side", country, lambda: _side_map(country))


def _side_map(country):
    units = zif_units()
    codes = [code for code, unit in units.items() if unit.country_id == country]
    picture = draw_map(
        units,
        width=MAP_WIDTH,
        bounds=bounds_of(codes),
        marked=_top_level(units, country),
        expected=codes,
    )
    return _finish(picture, units, codes, top_level=[units[c] for c in _top_level(units)])


def unit_map(unit):
    """One unit and its parts: a province's cantons, a department's provinces, a
    Peruvian province's districts (drawn where a source gives them)."""
    return _kept("unit", unit.code, lambda: _unit_map(unit))


def _unit_map(unit):
    units = zif_units()
    districts_of = None
    if unit.country_id == "PE" and unit.level == Level.PROVINCE:
        districts_of = unit.code
        # The portal's districts, where it has them, are linked too.
        units.update({d.code: d for d in AdministrativeUnit.objects.filter(parent=unit)})
    parts = [code for code, u in units.items() if u.parent_id == unit.code]
    picture = draw_map(
        units,
        width=MAP_WIDTH,
        bounds=bounds_of([unit.code]),
        focus=[unit.code],
        marked=parts or [unit.code],
        expected=[unit.code, *parts],
        districts_of=districts_of,
    )
    return _finish(
        picture, units, [unit.code, *parts], top_level=[units[c] for c in _top_level(units)]
    )


def small_unit_map(unit, children):
    """The unit in its parent (a province or department in its side of the ZIF).

    It links what the unit's page has already read (the unit, its parent and the
    units within it) and draws its neighbours from the layers alone, so it costs
    the page no query."""
    units = {u.code: u for u in (unit, unit.parent, *children) if u is not None}
    districts_of = unit.parent_id if unit.level == Level.DISTRICT else None
    return draw_map(
        units,
        width=SMALL_WIDTH,
        bounds=_small_frame(unit.country_id, unit.parent_id),
        focus=[unit.code],
        marked=[unit.code],
        expected=[unit.code],
        districts_of=districts_of,
    )


def _small_frame(country, parent):
    """The bounds of a unit's small map: its parent where the layers draw it, else
    its side of the ZIF."""
    if parent and boundaries.boundary(parent):
        return bounds_of([parent])
    return bounds_of(
        [
            b.code
            for name in ("ec-provinces", "pe-departments")
            for b in boundaries.layer(name)
            if b.zif and b.code[:2] == country
        ]
    )


def draw_small_frames():
    """Every frame a small unit map can have, drawn once to fill the path cache
    (territories.map.unit_path).

    A unit's page is framed on its parent, so its neighbours' paths are shared by
    its siblings' pages; drawn cold, a frame costs some 20 ms of clipping, which a
    visitor whose page nobody asked for before would wait for. The frames come from
    the layers alone (every unit the layers draw may be a parent, plus each
    country's side), and so do the paths: no query. The production server calls it
    once, before it forks its workers (zif_portal.wsgi)."""
    units = boundaries.by_code().values()
    frames = [(country, None) for country in ("EC", "PE")]
    frames += [(unit.code[:2], unit.code) for unit in units]
    with_districts = {unit.parent for unit in units if unit.level == Level.DISTRICT}
    for country, parent in frames:
        bounds = _small_frame(country, parent)
        draw_map({}, width=SMALL_WIDTH, bounds=bounds)
        if parent in with_districts:
            draw_map({}, width=SMALL_WIDTH, bounds=bounds, districts_of=parent)
    return len(frames)


def zone_map(members):
    """The zone's members shaded, with the units within them; the rest in grey."""
    codes = tuple(sorted(member.code for member in members))
    return _kept("zone", codes, lambda: _zone_map(codes))


def _zone_map(members):
    units = zif_units()
    members = set(members)
    shaded = {
        code
        for code, unit in units.items()
        if code in members
        or unit.parent_id in members
        or (unit.parent_id and units.get(unit.parent_id, unit).parent_id in members)
    }
    return draw_map(
        units,
        width=MAP_WIDTH,
        bounds=bounds_of(members),
        shaded=shaded,
        marked=members,
        expected=members,
    )
