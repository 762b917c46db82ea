"""Countries, their administrative units and the zones of the ZIF.

A unit's public key is its `code`: the country prefix and the national
statistics code (INEC DPA for Ecuador, INEI UBIGEO for Peru). The parent link
points at the parent's code, so the database itself can refuse a unit whose
code does not extend its parent's — which also refuses a parent in the other
country.
"""

from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from zif_portal.citations import citations_prefetch
from zif_portal.dates import DatePrecision, format_partial_date, iso_partial_date
from zif_portal.models import Source, Sourced
from zif_portal.natural_keys import get_by_key
from zif_portal.reversing import reverse


class CountryQuerySet(models.QuerySet):
    def get_by_natural_key(self, code):
        return get_by_key(self, code=code)


class Country(Sourced):
    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two-letter ISO 3166-1 code."))],
    )
    name = models.CharField(_("name"), max_length=100)
    area_km2 = models.DecimalField(
        _("national surface (km²)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(condition=Q(area_km2__gte=0), name="country_area_not_negative"),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.code,)


class Level(models.TextChoices):
    """The unit's official type in its own country."""

    DEPARTMENT = "department", _("department")
    PROVINCE = "province", _("province")
    CANTON = "canton", _("canton")
    PARISH = "parish", _("parish")
    DISTRICT = "district", _("district")


class ZifMembership(models.TextChoices):
    FULL = "full", _("wholly in the ZIF")
    PARTIAL = "partial", _("partly in the ZIF")
    OUTSIDE = "outside", _("outside the ZIF")


IN_ZIF = (ZifMembership.FULL, ZifMembership.PARTIAL)


class NaturalRegion(models.TextChoices):
    COAST = "coast", _("coast")
    HIGHLANDS = "highlands", _("highlands")
    AMAZON = "amazon", _("Amazon")


# Which levels each country has, from the top down. Ecuador: provincia > cantón >
# parroquia (INEC DPA); Peru: departamento > provincia > distrito (INEI UBIGEO).
LEVELS_BY_COUNTRY = {
    "EC": (Level.PROVINCE, Level.CANTON, Level.PARISH),
    "PE": (Level.DEPARTMENT, Level.PROVINCE, Level.DISTRICT),
}
CODE_LENGTH_BY_DEPTH = {0: 5, 1: 7, 2: 9}  # "EC-07", "EC-0701", "EC-070150"
# The ZIF is defined by provinces, cantons and departments; parishes and districts
# lie inside them and are not drawn on the ZIF's maps.
LOCAL_LEVELS = (Level.PARISH, Level.DISTRICT)


class AdministrativeUnitQuerySet(models.QuerySet):
    def get_by_natural_key(self, code):
        return get_by_key(self, code=code)

    def in_zif(self):
        """Units wholly or partly in the ZIF."""
        return self.filter(zif_membership__in=IN_ZIF)

    def above_local_level(self):
        """Provinces, cantons and departments: the units that define the ZIF."""
        return self.exclude(level__in=LOCAL_LEVELS)

    def top_level(self):
        return self.filter(parent__isnull=True)

    def existing_on(self, day):
        """The units that existed on `day`: created by then, or of unknown creation
        (which the sources place before the ZIF). A partial creation date counts from
        the first day of its month or year."""
        return self.filter(Q(established_on__isnull=True) | Q(established_on__lte=day))

    def for_list(self):
        return self.select_related("country", "parent")

    def for_detail(self):
        return self.select_related("country", "parent__parent").prefetch_related(
            "sources", citations_prefetch(), "created_from", "zones"
        )


class AdministrativeUnit(Sourced):
    code = models.CharField(
        _("code"),
        max_length=12,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z]{2}-[0-9]{2}([0-9]{2}){0,2}$",
                _("Use the country prefix and the national code, e.g. EC-07 or EC-070150."),
            )
        ],
        help_text=_("Country prefix and national statistics code (INEC DPA, INEI UBIGEO)."),
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        to_field="code",
        db_column="country_code",
        on_delete=models.PROTECT,
        related_name="units",
    )
    level = models.CharField(_("level"), max_length=12, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        to_field="code",
        db_column="parent_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    iso_code = models.CharField(
        _("ISO 3166-2 code"),
        max_length=8,
        unique=True,
        null=True,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", _("Use an ISO 3166-2 code."))],
    )
    name = models.CharField(
        _("official name"), max_length=120, help_text=_("As officially written.")
    )
    seat = models.CharField(_("seat"), max_length=120, blank=True)
    area_km2 = models.DecimalField(
        _("area (km²)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    seat_latitude = models.DecimalField(
        _("seat latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    seat_longitude = models.DecimalField(
        _("seat longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    natural_region = models.CharField(
        _("natural region"), max_length=10, choices=NaturalRegion.choices, blank=True
    )
    zif_membership = models.CharField(
        _("ZIF membership"),
        max_length=8,
        choices=ZifMembership.choices,
        default=ZifMembership.OUTSIDE,
        help_text=_("A department is partly in the ZIF when only some of its provinces are."),
    )
    zif_basis = models.TextField(
        _("basis of ZIF membership"),
        blank=True,
        help_text=_("Why the unit belongs to the ZIF, in words a reader can check."),
    )
    established_on = models.DateField(_("created on"), null=True, blank=True)
    established_precision = models.CharField(
        _("precision of the creation date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    establishment_basis = models.CharField(_("legal basis of creation"), max_length=300, blank=True)
    created_from = models.ManyToManyField(
        "self",
        verbose_name=_("created from"),
        through="UnitOrigin",
        through_fields=("unit", "origin"),
        symmetrical=False,
        blank=True,
        related_name="split_into",
        help_text=_("The units whose territory this unit was created from."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = AdministrativeUnitQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        indexes = [
            models.Index(fields=["country", "level"], name="unit_country_level_idx"),
            models.Index(fields=["zif_membership"], name="unit_zif_membership_idx"),
            models.Index(fields=["name"], name="unit_name_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(level__in=Level.values), name="unit_level_valid"),
            models.CheckConstraint(
                condition=Q(zif_membership__in=ZifMembership.values),
                name="unit_zif_membership_valid",
            ),
            models.CheckConstraint(
                condition=Q(natural_region__in=["", *NaturalRegion.values]),
                name="unit_natural_region_valid",
            ),
            models.CheckConstraint(condition=Q(area_km2__gte=0), name="unit_area_not_negative"),
            models.CheckConstraint(
                condition=Q(seat_latitude__gte=-90, seat_latitude__lte=90),
                name="unit_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(seat_longitude__gte=-180, seat_longitude__lte=180),
                name="unit_longitude_range",
            ),
            # The code carries the country: EC-… units are Ecuador's.
            models.CheckConstraint(
                condition=Q(code__startswith=F("country_id")), name="unit_code_matches_country"
            ),
            # A top-level unit has a two-digit code, a child extends its parent's code
            # by two digits; so a parent in the other country is impossible.
            models.CheckConstraint(
                condition=(
                    Q(parent__isnull=True, code__regex=r"^[A-Z]{2}-[0-9]{2}$")
                    | Q(parent__isnull=False, code__startswith=F("parent_id"))
                ),
                name="unit_code_extends_parent",
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | ~Q(parent=F("code")),
                name="unit_not_own_parent",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def natural_key(self):
        return (self.code,)

    def get_absolute_url(self):
        return reverse("territories:unit-detail", kwargs={"code": self.code})

    @property
    def in_zif(self):
        return self.zif_membership in IN_ZIF

    @property
    def national_code(self):
        return self.code.split("-", 1)[1]

    @property
    def established_display(self):
        return format_partial_date(self.established_on, self.established_precision)

    @property
    def established_iso(self):
        return iso_partial_date(self.established_on, self.established_precision)

    def ancestors(self):
        """From the top of the hierarchy down to the parent."""
        chain = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def clean(self):
        errors = {}
        country_code = self.country_id
        if self.code and country_code and not self.code.startswith(f"{country_code}-"):
            errors["code"] = _("The code must start with the country prefix %(prefix)s-.") % {
                "prefix": country_code
            }
        levels = LEVELS_BY_COUNTRY.get(country_code)
        if levels and self.level:
            if self.level not in levels:
                errors["level"] = _("%(country)s has no units of level “%(level)s”.") % {
                    "country": country_code,
                    "level": Level(self.level).label,
                }
            else:
                depth = levels.index(self.level)
                if depth == 0 and self.parent_id:
                    errors["parent"] = _("A unit of this level has no parent.")
                if depth > 0 and not self.parent_id:
                    errors["parent"] = _("A unit of this level needs its parent unit.")
                if self.code and len(self.code) != CODE_LENGTH_BY_DEPTH[depth]:
                    errors.setdefault(
                        "code",
                        _("A %(level)s code has %(digits)d digits after the prefix.")
                        % {"level": Level(self.level).label, "digits": 2 * (depth + 1)},
                    )
        if self.parent_id:
            parent = self.parent
            if parent.country_id != country_code:
                errors["parent"] = _("The parent unit must be in the same country.")
            elif self.code and not self.code.startswith(parent.code):
                errors.setdefault(
                    "code",
                    _("The code must extend the parent's code %(code)s.") % {"code": parent.code},
                )
            elif levels and self.level in levels[1:]:
                expected = levels[levels.index(self.level) - 1]
                if parent.level != expected:
                    errors["parent"] = _("The parent must be a %(level)s.") % {
                        "level": Level(expected).label
                    }
        if errors:
            raise ValidationError(errors)


class ZoneQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    def for_detail(self):
        return self.select_related("country").prefetch_related(
            "sources",
            citations_prefetch(),
            models.Prefetch("members", queryset=AdministrativeUnit.objects.for_list()),
            models.Prefetch(
                "figures",
                queryset=StatedFigure.objects.select_related("source").prefetch_related(
                    citations_prefetch()
                ),
            ),
        )


class Zone(Sourced):
    """A named grouping of units with the figures a source states for it."""

    slug = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    basis = models.TextField(_("basis"), blank=True, help_text=_("What defines the zone."))
    country = models.ForeignKey(
        Country,
        verbose_name=_("side"),
        to_field="code",
        db_column="country_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="zones",
        help_text=_("Empty for a binational zone."),
    )
    members = models.ManyToManyField(
        AdministrativeUnit,
        verbose_name=_("members"),
        through="ZoneMember",
        related_name="zones",
        blank=True,
    )
    members_complete = models.BooleanField(
        _("member list complete"),
        default=True,
        help_text=_(
            "Off when the source does not list every member: sums over the members are "
            "then not compared with the stated figures."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ZoneQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("zone")
        verbose_name_plural = _("zones")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("territories:zone-detail", kwargs={"slug": self.slug})

    @property
    def listed_members(self):
        """The members today, or on the day `members_as_of()` set them for."""
        if "members_then" in self.__dict__:
            return self.members_then
        return list(self.members.all())


def members_as_of(zones, day):
    """Give each zone its members as they stood on `day` (one query for all zones)."""
    zones = list(zones)
    by_zone = {zone.pk: [] for zone in zones}
    links = (
        ZoneMember.objects.active_on(day)
        .filter(zone__in=zones)
        .select_related("unit__country", "unit__parent")
        .order_by("unit__code")
    )
    for link in links:
        by_zone[link.zone_id].append(link.unit)
    for zone in zones:
        zone.members_then = by_zone[zone.pk]
    return zones


class FigureKind(models.TextChoices):
    AREA = "area_km2", _("surface (km²)")
    BORDER_LENGTH = "border_km", _("length of border (km)")
    SHARE = "share_pct", _("share of the national surface (%)")
    UNIT_COUNT = "unit_count", _("number of units")


class LinkQuerySet(models.QuerySet):
    """Natural keys of the link tables: the public keys of both ends."""

    natural_key_fields = ()

    def get_by_natural_key(self, *keys):
        return self.get(**dict(zip(self.model.natural_key_fields, keys, strict=True)))


class UnitOrigin(models.Model):
    """A unit created from another one. Protects the origin: a unit others were
    created from cannot be deleted."""

    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="origin_links",
    )
    origin = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("created from"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    natural_key_fields = ("unit__code", "origin__code")

    objects = LinkQuerySet.as_manager()

    class Meta:
        ordering = ["unit", "origin"]
        verbose_name = _("origin of a unit")
        verbose_name_plural = _("origins of units")
        constraints = [
            models.UniqueConstraint(fields=["unit", "origin"], name="unit_origin_unique"),
            models.CheckConstraint(condition=~Q(unit=F("origin")), name="unit_origin_not_self"),
        ]

    def __str__(self):
        return f"{self.unit} ← {self.origin}"

    def natural_key(self):
        return (self.unit.code, self.origin.code)

    natural_key.dependencies = ["territories.administrativeunit"]


class ZoneMemberQuerySet(LinkQuerySet):
    def active_on(self, day):
        """Memberships in force on `day`, of units that existed then."""
        return self.filter(
            Q(since__isnull=True) | Q(since__lte=day),
            Q(until__isnull=True) | Q(until__gte=day),
            Q(unit__established_on__isnull=True) | Q(unit__established_on__lte=day),
        )


class ZoneMember(models.Model):
    """A unit listed in a zone. Protects the unit: a listed unit cannot be deleted."""

    zone = models.ForeignKey(
        "Zone", verbose_name=_("zone"), on_delete=models.CASCADE, related_name="member_links"
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="zone_links",
    )
    since = models.DateField(
        _("member since"),
        null=True,
        blank=True,
        help_text=_("Empty: since the zone was defined, or since the unit was created."),
    )
    until = models.DateField(_("member until"), null=True, blank=True)
    natural_key_fields = ("zone__slug", "unit__code")

    objects = ZoneMemberQuerySet.as_manager()

    class Meta:
        ordering = ["zone", "unit"]
        verbose_name = _("zone member")
        verbose_name_plural = _("zone members")
        constraints = [
            models.UniqueConstraint(fields=["zone", "unit"], name="zone_member_unique"),
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(until__isnull=True) | Q(until__gte=F("since")),
                name="zone_member_period_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.zone}: {self.unit}"

    def natural_key(self):
        return (self.zone.slug, self.unit.code)

    natural_key.dependencies = ["territories.zone", "territories.administrativeunit"]


class StatedFigureQuerySet(models.QuerySet):
    def get_by_natural_key(self, key):
        return self.get(key=key)


class StatedFigure(models.Model):
    """A figure as a source states it, kept as stated even where the data disagree."""

    Kind = FigureKind

    zone = models.ForeignKey(
        Zone,
        verbose_name=_("zone"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="figures",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        to_field="code",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="figures",
    )
    key = models.SlugField(_("key"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    counted_level = models.CharField(
        _("level counted"),
        max_length=12,
        choices=Level.choices,
        blank=True,
        help_text=_("For a number of units: which level is counted."),
    )
    value = models.DecimalField(
        _("stated value"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    approximate = models.BooleanField(
        _("approximate"), default=False, help_text=_("The source rounds it (“420 thousand”).")
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="figures"
    )
    as_of = models.DateField(
        _("as of"),
        null=True,
        blank=True,
        help_text=_("The date the figure describes, e.g. when the zone was defined."),
    )
    quote = models.TextField(
        _("quoted sentence"), help_text=_("The sentence, as the source says it.")
    )
    note = models.TextField(_("note"), blank=True)
    citations = GenericRelation("zif_portal.Citation")

    objects = StatedFigureQuerySet.as_manager()

    class Meta:
        ordering = ["key"]
        verbose_name = _("stated figure")
        verbose_name_plural = _("stated figures")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(zone__isnull=False, unit__isnull=True)
                    | Q(zone__isnull=True, unit__isnull=False)
                ),
                name="figure_belongs_to_zone_or_unit",
            ),
            models.CheckConstraint(condition=Q(value__gte=0), name="figure_value_not_negative"),
            models.CheckConstraint(
                condition=Q(kind__in=FigureKind.values), name="figure_kind_valid"
            ),
            models.CheckConstraint(
                condition=~Q(kind="unit_count") | ~Q(counted_level=""),
                name="figure_count_names_level",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def natural_key(self):
        return (self.key,)

    def clean(self):
        if (self.zone_id is None) == (self.unit_id is None):
            raise ValidationError(_("A figure belongs to either a zone or a unit."))
        if self.kind == self.Kind.UNIT_COUNT and not self.counted_level:
            raise ValidationError({"counted_level": _("Say which level is counted.")})
