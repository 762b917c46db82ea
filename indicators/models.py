"""Indicators of the border's units and their observations, as sourced time series.

An indicator (population, households…) has a unit of measure, a definition and,
per country, the national source that publishes it. An observation is one value
of one indicator for one unit (or for a whole country) at one reference date,
usually a census, with its source (per-value citations, competing values kept).

Derived indicators (density, share of the national population, change between
censuses) are never typed in: `indicators.derived` computes them from the
observations and the units' areas, and says from what.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from territories.models import AdministrativeUnit, Country, Zone
from zif_portal.dates import DatePrecision, format_partial_date, iso_partial_date
from zif_portal.models import Source, Sourced
from zif_portal.natural_keys import get_by_key
from zif_portal.reversing import reverse


class Formula(models.TextChoices):
    OBSERVED = "", _("observed (published by a source)")
    DENSITY = "density", _("population ÷ area")
    NATIONAL_SHARE = "national_share", _("population ÷ national population × 100")
    CHANGE = "change", _("change since the previous census (%)")


class IndicatorQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return get_by_key(self, slug=slug)


class Indicator(models.Model):
    Formula = Formula

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    unit_of_measure = models.CharField(_("unit of measure"), max_length=60)
    definition = models.TextField(_("definition"))
    formula = models.CharField(
        _("how it is obtained"),
        max_length=20,
        choices=Formula.choices,
        blank=True,
        default="",
        help_text=_("Empty: a source publishes the values. Otherwise the portal computes them."),
    )
    decimals = models.PositiveSmallIntegerField(_("decimals shown"), default=0)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=Q(formula__in=Formula.values), name="indicator_formula_valid"
            ),
            models.CheckConstraint(condition=Q(decimals__lte=6), name="indicator_decimals_max"),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    @property
    def is_derived(self):
        return bool(self.formula)

    def get_absolute_url(self):
        return reverse("indicators:indicator-detail", kwargs={"slug": self.slug})


class NationalSourceQuerySet(models.QuerySet):
    def get_by_natural_key(self, indicator, country, source):
        return self.get(indicator__slug=indicator, country__code=country, source__key=source)


class NationalSource(models.Model):
    """Who publishes an indicator in one country, and how it counts."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="national_sources",
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), to_field="code", on_delete=models.PROTECT
    )
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT)
    note = models.TextField(_("note"), blank=True)

    objects = NationalSourceQuerySet.as_manager()

    class Meta:
        ordering = ["indicator", "country", "source"]
        verbose_name = _("national source")
        verbose_name_plural = _("national sources")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "country", "source"], name="national_source_unique"
            )
        ]

    def __str__(self):
        return f"{self.indicator} · {self.country_id} · {self.source}"

    def natural_key(self):
        return (self.indicator.slug, self.country_id, self.source.key)

    natural_key.dependencies = [
        "indicators.indicator",
        "territories.country",
        "zif_portal.source",
    ]


class CensusQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return get_by_key(self, slug=slug)


def not_in_future(value):
    if value and value > timezone.localdate():
        raise ValidationError(_("A reference date cannot lie in the future."), code="future")


class Census(Sourced):
    """A national census: INEC's in Ecuador, INEI's in Peru."""

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        to_field="code",
        on_delete=models.PROTECT,
        related_name="censuses",
    )
    name = models.CharField(_("name"), max_length=200)
    agency = models.CharField(_("statistics office"), max_length=120)
    reference_date = models.DateField(_("reference date"), validators=[not_in_future])
    reference_precision = models.CharField(
        _("precision of the reference date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
    )
    note = models.TextField(_("note"), blank=True)

    objects = CensusQuerySet.as_manager()

    class Meta:
        ordering = ["country", "reference_date"]
        verbose_name = _("census")
        verbose_name_plural = _("censuses")
        constraints = [
            models.CheckConstraint(
                condition=Q(reference_precision__in=DatePrecision.values),
                name="census_precision_valid",
            ),
            models.UniqueConstraint(fields=["country", "reference_date"], name="census_unique"),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    @property
    def year(self) -> int:
        return self.reference_date.year

    @property
    def label(self):
        """Short: the office and the year (“INEI 2017”)."""
        return f"{self.agency} {self.year}"

    @property
    def reference_display(self):
        return format_partial_date(self.reference_date, self.reference_precision)

    @property
    def reference_iso(self):
        return iso_partial_date(self.reference_date, self.reference_precision)


class ObservationQuerySet(models.QuerySet):
    def get_by_natural_key(self, key):
        return get_by_key(self, key=key)

    def for_list(self):
        from zif_portal.citations import citations_prefetch

        return self.select_related("indicator", "census", "unit", "country").prefetch_related(
            "sources", citations_prefetch()
        )


class Observation(Sourced):
    """One published value: an indicator of a unit (or of a whole country, with no
    unit) at a reference date, most often a census."""

    key = models.SlugField(
        _("key"),
        max_length=120,
        unique=True,
        help_text=_("Unit or country, indicator and census, e.g. pe-0608-population-pe-2017."),
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.PROTECT,
        related_name="observations",
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        to_field="code",
        db_column="country_code",
        on_delete=models.PROTECT,
        related_name="observations",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        to_field="code",
        db_column="unit_code",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="observations",
        help_text=_("Empty for the whole country."),
    )
    census = models.ForeignKey(
        Census,
        verbose_name=_("census"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="observations",
    )
    reference_date = models.DateField(_("reference date"), validators=[not_in_future])
    reference_precision = models.CharField(
        _("precision of the reference date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
    )
    value = models.DecimalField(
        _("value"),
        max_digits=16,
        decimal_places=4,
        validators=[MinValueValidator(Decimal("0"))],
    )
    method_note = models.TextField(_("method note"), blank=True)
    comparability_note = models.TextField(_("comparability note"), blank=True)

    objects = ObservationQuerySet.as_manager()

    citable_fields = ("value", "reference_date", "census", "unit")

    class Meta:
        ordering = ["indicator", "country", "unit", "reference_date"]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        indexes = [
            models.Index(fields=["indicator", "reference_date"], name="observation_ind_date_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="observation_not_negative"),
            models.CheckConstraint(
                condition=Q(reference_precision__in=DatePrecision.values),
                name="observation_precision_valid",
            ),
            models.UniqueConstraint(
                fields=["indicator", "unit", "census"],
                condition=Q(census__isnull=False, unit__isnull=False),
                name="observation_one_per_unit_census",
            ),
            models.UniqueConstraint(
                fields=["indicator", "country", "census"],
                condition=Q(census__isnull=False, unit__isnull=True),
                name="observation_one_per_country_census",
            ),
        ]

    def __str__(self):
        place = self.unit_id or self.country_id
        return f"{self.indicator.slug} · {place} · {self.reference_iso}"

    def natural_key(self):
        return (self.key,)

    @property
    def reference_display(self):
        return format_partial_date(self.reference_date, self.reference_precision)

    @property
    def reference_iso(self):
        return iso_partial_date(self.reference_date, self.reference_precision)

    def get_absolute_url(self):
        if self.unit_id:
            return reverse("territories:unit-detail", kwargs={"code": self.unit_id}) + "#statistics"
        return reverse("indicators:statistics")

    def clean(self):
        errors = {}
        if self.indicator_id and self.indicator.is_derived:
            errors["indicator"] = _(
                "%(indicator)s is computed by the portal from other observations: "
                "it is never typed in."
            ) % {"indicator": self.indicator}
        if self.unit_id and self.country_id and self.unit.country_id != self.country_id:
            errors["unit"] = _("The unit lies in another country than the observation's.")
        if self.census_id and self.country_id and self.census.country_id != self.country_id:
            errors["census"] = _("This census counts another country.")
        if self.value is not None and self.value < 0:
            errors["value"] = _("A value cannot be negative.")
        if errors:
            raise ValidationError(errors)


class StatedValueQuerySet(models.QuerySet):
    def get_by_natural_key(self, key):
        return get_by_key(self, key=key)


class StatedValue(models.Model):
    """An indicator as a document states it for a zone (the Plan's “3'389,380
    habitantes” of its Peruvian border region), kept as stated and compared with
    what the zone's members add up to."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    zone = models.ForeignKey(
        Zone, verbose_name=_("zone"), on_delete=models.CASCADE, related_name="stated_values"
    )
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="stated"
    )
    value = models.DecimalField(
        _("stated value"),
        max_digits=16,
        decimal_places=4,
        validators=[MinValueValidator(Decimal("0"))],
    )
    approximate = models.BooleanField(_("approximate"), default=False)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="stated_values"
    )
    locator = models.CharField(_("where in the source"), max_length=300, blank=True)
    quote = models.TextField(_("quoted sentence"))
    note = models.TextField(_("note"), blank=True)

    objects = StatedValueQuerySet.as_manager()

    class Meta:
        ordering = ["key"]
        verbose_name = _("stated value")
        verbose_name_plural = _("stated values")
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="stated_value_not_negative"),
        ]

    def __str__(self):
        return f"{self.zone}: {self.indicator} {self.value}"

    def natural_key(self):
        return (self.key,)
