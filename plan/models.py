"""The Binational Development Plan: its phases, programmes, fund, value chains and projects."""

from decimal import Decimal

import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from governance.models import BySlugQuerySet, LegalInstrument
from territories.models import AdministrativeUnit, LinkQuerySet
from zif_portal.models import Sourced


class Plan(Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    objective = models.TextField(_("objective"))
    description = models.TextField(_("description"), blank=True)
    basis = models.ForeignKey(
        LegalInstrument,
        verbose_name=_("basis"),
        on_delete=models.PROTECT,
        related_name="plans",
        help_text=_("The instrument the plan results from."),
    )

    objects = BySlugQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("plan:plan-detail", kwargs={"slug": self.slug})


class PlanPhaseQuerySet(models.QuerySet):
    def get_by_natural_key(self, plan_slug, start_year):
        return self.get(plan__slug=plan_slug, start_year=start_year)


class PlanPhase(models.Model):
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="phases"
    )
    name = models.CharField(_("name"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("from (year)"))
    end_year = models.PositiveSmallIntegerField(
        _("until (year)"),
        null=True,
        blank=True,
        help_text=_("Empty when no source publishes the end of the phase."),
    )
    established_by = models.ForeignKey(
        LegalInstrument,
        verbose_name=_("established by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_phases",
    )

    objects = PlanPhaseQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "start_year"]
        verbose_name = _("plan phase")
        verbose_name_plural = _("plan phases")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="phase_years_ordered",
            ),
            models.UniqueConstraint(fields=["plan", "start_year"], name="phase_unique_start"),
        ]

    def __str__(self):
        return f"{self.name} ({self.start_year}–{self.end_display})"

    @property
    def end_display(self):
        return self.end_year if self.end_year is not None else _("end not published")

    def natural_key(self):
        return (*self.plan.natural_key(), self.start_year)

    natural_key.dependencies = ["plan.plan"]

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("A phase cannot end before it starts.")})


class ProgrammeScope(models.TextChoices):
    BINATIONAL = "binational", _("binational")
    NATIONAL = "national", _("national, run by each country")
    NOT_STATED = "not_stated", _("not stated by the sources")


class ProgrammeSubject(models.TextChoices):
    SOCIAL_PRODUCTIVE = (
        "social_productive_infrastructure",
        _("social and productive infrastructure"),
    )
    PRODUCTIVE = "productive_infrastructure", _("productive infrastructure")
    SOCIAL_ENVIRONMENT = (
        "social_infrastructure_environment",
        _("social infrastructure and environment"),
    )
    PRIVATE_INVESTMENT = "private_investment", _("private investment")


class Programme(Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="programmes"
    )
    letter = models.CharField(_("letter"), max_length=1, blank=True)
    name = models.CharField(_("name"), max_length=300)
    scope = models.CharField(_("scope"), max_length=12, choices=ProgrammeScope.choices)
    subject = models.CharField(_("subject"), max_length=40, choices=ProgrammeSubject.choices)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = BySlugQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(scope__in=ProgrammeScope.values), name="programme_scope_valid"
            ),
            models.CheckConstraint(
                condition=Q(subject__in=ProgrammeSubject.values), name="programme_subject_valid"
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("plan:programme-detail", kwargs={"slug": self.slug})


class Fund(Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="funds"
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.TextField(_("role"))
    established_by = models.ForeignKey(
        LegalInstrument,
        verbose_name=_("established by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funds",
    )

    objects = BySlugQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("fund")
        verbose_name_plural = _("funds")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("plan:fund-detail", kwargs={"slug": self.slug})


class ValueChain(Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    territories = models.ManyToManyField(
        AdministrativeUnit,
        verbose_name=_("territories"),
        related_name="value_chains",
        blank=True,
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = BySlugQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("value chain")
        verbose_name_plural = _("value chains")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("plan:valuechain-detail", kwargs={"slug": self.slug})


def validate_currency(code):
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValidationError(
            _("“%(code)s” is not an ISO 4217 currency code."),
            params={"code": code},
            code="invalid_currency",
        )


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    COMPLETED = "completed", _("completed")
    SUSPENDED = "suspended", _("suspended")
    CANCELLED = "cancelled", _("cancelled")


class EntityType(models.TextChoices):
    PUBLIC = "public", _("public")
    PRIVATE = "private", _("private")


class ProjectQuerySet(BySlugQuerySet):
    def for_list(self):
        return self.select_related("programme").prefetch_related("territories", "value_chains")

    def in_territory(self, code):
        """Projects in the unit or in any unit inside it (a province matches its cantons).
        Codes are hierarchical, so a prefix match finds the units inside."""
        # A semi-join: no duplicates to remove, so no DISTINCT over wide rows.
        links = ProjectTerritory.objects.filter(unit__code__startswith=code)
        return self.filter(pk__in=links.values("project_id"))

    def in_country(self, country):
        return self.filter(
            pk__in=ProjectTerritory.objects.filter(unit__country=country).values("project_id")
        )

    def active_in(self, year):
        return self.filter(
            Q(start_date__year__lte=year) | Q(start_date__isnull=True),
            Q(end_date__year__gte=year) | Q(end_date__isnull=True),
        ).exclude(start_date__isnull=True, end_date__isnull=True)


class Project(Sourced):
    slug = models.SlugField(_("key"), max_length=100, unique=True)
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="projects"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    executing_entity = models.CharField(_("executing entity"), max_length=200)
    entity_type = models.CharField(
        _("type of executing entity"), max_length=8, choices=EntityType.choices
    )
    territories = models.ManyToManyField(
        AdministrativeUnit,
        verbose_name=_("territories"),
        through="ProjectTerritory",
        related_name="projects",
    )
    value_chains = models.ManyToManyField(
        ValueChain, verbose_name=_("value chains"), related_name="projects", blank=True
    )
    status = models.CharField(_("status"), max_length=12, choices=ProjectStatus.choices)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    amount = models.DecimalField(
        _("amount"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        validators=[
            RegexValidator(r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 code, e.g. USD.")),
            validate_currency,
        ],
        help_text=_("ISO 4217 code, e.g. USD or PEN."),
    )
    funded_by_binational_fund = models.BooleanField(
        _("financed by the Binational Fund"), default=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "slug"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            models.Index(fields=["status"], name="project_status_idx"),
            models.Index(fields=["programme", "status"], name="project_programme_status_idx"),
            models.Index(fields=["start_date"], name="project_start_idx"),
            models.Index(fields=["end_date"], name="project_end_idx"),
            # The lists' default order, and the API's other orderings.
            models.Index(fields=["-start_date", "slug"], name="project_list_order_idx"),
            models.Index(fields=["amount"], name="project_amount_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="project_end_not_before_start",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="project_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | ~Q(currency=""),
                name="project_amount_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(currency="") | Q(currency__regex=r"^[A-Z]{3}$"),
                name="project_currency_format",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ProjectStatus.values), name="project_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(entity_type__in=EntityType.values), name="project_entity_type_valid"
            ),
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("plan:project-detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end cannot be before the start.")
        if self.amount is not None and not self.currency:
            errors["currency"] = _("Give the currency of the amount.")
        if errors:
            raise ValidationError(errors)


class ValueChainTerritory(models.Model):
    """A territory of a value chain; the territory cannot be deleted while linked."""

    value_chain = models.ForeignKey(
        ValueChain,
        verbose_name=_("value chain"),
        on_delete=models.CASCADE,
        related_name="territory_links",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("territory"),
        on_delete=models.PROTECT,
        related_name="value_chain_links",
    )
    natural_key_fields = ("value_chain__slug", "unit__code")

    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("territory of a value chain")
        verbose_name_plural = _("territories of value chains")
        constraints = [
            models.UniqueConstraint(fields=["value_chain", "unit"], name="value_chain_unit_unique")
        ]

    def __str__(self):
        return f"{self.value_chain}: {self.unit}"

    def natural_key(self):
        return (self.value_chain.slug, self.unit.code)


class ProjectTerritory(models.Model):
    """A territory of a project; the territory cannot be deleted while linked."""

    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="territory_links",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("territory"),
        on_delete=models.PROTECT,
        related_name="project_links",
    )
    natural_key_fields = ("project__slug", "unit__code")

    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("territory of a project")
        verbose_name_plural = _("territories of projects")
        constraints = [
            models.UniqueConstraint(fields=["project", "unit"], name="project_unit_unique")
        ]

    def __str__(self):
        return f"{self.project}: {self.unit}"

    def natural_key(self):
        return (self.project.slug, self.unit.code)
