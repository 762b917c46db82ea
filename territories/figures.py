"""Stated figures against what the listed units add up to.

A source states a figure (“38 cantons”, “133,464 km²”); the portal keeps it as
stated and shows beside it the same figure computed from the units it lists,
the difference, and the units created after the date the figure describes,
which is often why the two differ.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from .models import AdministrativeUnit, FigureKind


@dataclass
class FigureCheck:
    figure: object
    members_incomplete: bool = False
    listed: Decimal | None = None
    listed_at_date: Decimal | None = None
    units_missing_value: int = 0
    created_after: list = field(default_factory=list)

    @property
    def stated(self):
        return self.figure.value

    @property
    def comparable(self):
        return self.listed is not None

    @property
    def difference(self):
        if self.listed is None:
            return None
        return self.listed - self.stated

    @property
    def matches(self):
        if self.listed is None:
            return None
        if self.figure.approximate:
            # “420 thousand” is read as stated to the thousand; a share to the unit.
            tolerance = self.stated * Decimal("0.005")
            return abs(self.difference) <= tolerance
        return self.difference == 0


class UnitIndex:
    """All units of the countries concerned, loaded once, walked in memory."""

    def __init__(self, rows):
        self.by_code = {row["code"]: row for row in rows}
        self.children = {}
        for row in rows:
            self.children.setdefault(row["parent_id"], []).append(row)

    @classmethod
    def load(cls, member_codes=None, counted_levels=None, day=None):
        """Every unit, or only what figures about `member_codes` need: the members
        themselves and the units of `counted_levels` inside them; with `day`, only
        the units that existed then."""
        units = AdministrativeUnit.objects.existing_on(day) if day else AdministrativeUnit.objects
        rows = units.values(
            "code", "parent_id", "level", "area_km2", "established_on", "country_id"
        )
        if member_codes is not None:
            inside = Q(pk__in=[])
            for code in member_codes:
                inside |= Q(code__within=code)
            rows = rows.filter(Q(code__in=member_codes) | (inside & Q(level__in=counted_levels)))
        return cls(list(rows))

    @classmethod
    def for_figures(cls, member_codes, figures, day=None):
        levels = {f.counted_level for f in figures if f.counted_level}
        return cls.load(member_codes, levels, day=day)

    def covered(self, member_codes):
        """The members and everything below them (codes extend their parent's code)."""
        prefixes = tuple(member_codes)
        return [row for code, row in self.by_code.items() if code.startswith(prefixes)]

    def top_members(self, member_codes):
        members = set(member_codes)
        return [
            self.by_code[c]
            for c in members
            if c in self.by_code and self.by_code[c]["parent_id"] not in members
        ]


def _round(value, places="0.01"):
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def check_figure(figure, *, member_codes, country_area, index):
    result = FigureCheck(figure=figure)
    if figure.kind == FigureKind.UNIT_COUNT:
        counted = [u for u in index.covered(member_codes) if u["level"] == figure.counted_level]
        result.listed = Decimal(len(counted))
        if figure.as_of:
            later = [
                u for u in counted if u["established_on"] and u["established_on"] > figure.as_of
            ]
            result.created_after = sorted(u["code"] for u in later)
            result.listed_at_date = Decimal(len(counted) - len(later))
    elif figure.kind in (FigureKind.AREA, FigureKind.SHARE):
        tops = index.top_members(member_codes)
        areas = [u["area_km2"] for u in tops]
        result.units_missing_value = sum(1 for a in areas if a is None)
        if tops and result.units_missing_value == 0:
            total = sum(areas, Decimal(0))
            if figure.kind == FigureKind.AREA:
                result.listed = _round(total)
            elif country_area:
                result.listed = _round(total * 100 / country_area, "0.1")
    return result


def check_zone_figures(zone, *, index=None, day=None):
    """The zone's figures against its members: today's, or with `day` (and the members
    `members_as_of` gave the zone) those of that day."""
    if not zone.members_complete:
        return [FigureCheck(figure=f, members_incomplete=True) for f in zone.figures.all()]
    members = [m.code for m in zone.listed_members]
    index = index or UnitIndex.for_figures(members, zone.figures.all(), day=day)
    country_area = zone.country.area_km2 if zone.country_id else None
    return [
        check_figure(f, member_codes=members, country_area=country_area, index=index)
        for f in zone.figures.all()
    ]


def check_unit_figures(unit, *, index=None, day=None):
    index = index or UnitIndex.for_figures([unit.code], unit.figures.all(), day=day)
    country_area = unit.country.area_km2
    return [
        check_figure(f, member_codes=[unit.code], country_area=country_area, index=index)
        for f in unit.figures.all()
    ]
