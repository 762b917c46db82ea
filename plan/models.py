"""The Binational Development Plan: its phases, programmes, fund, value chains and projects."""

from decimal import Decimal

import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from governance.models import BySlugQuerySet, CoordinationMechanism, LegalInstrument, Meeting
from territories.models import AdministrativeUnit, LinkQuerySet
from zif_portal.dates import DatePrecision, format_partial_date, iso_partial_date
from zif_portal.models import ChoiceLabels, Source, Sourced
from zif_portal.reversing import reverse


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
    NOT_REPORTED = "not_reported", _("no status reported")


class EntityType(models.TextChoices):
    PUBLIC = "public", _("public")
    PRIVATE = "private", _("private")
    NOT_STATED = "", _("not stated by the sources")


class ProjectKind(models.TextChoices):
    PROJECT = "project", _("project")
    PROGRAMME = "programme", _("investment programme")
    ROAD_AXIS = "road_axis", _("binational road axis")
    ROAD_SECTION = "road_section", _("road section")
    BRIDGE = "bridge", _("bridge")
    BORDER_CENTRE = "border_centre", _("border service centre (CEBAF)")
    STUDY = "study", _("study or plan")
    PORTFOLIO = "portfolio", _("portfolio of small projects")


class Sector(models.TextChoices):
    TRANSPORT = "transport", _("transport and roads")
    BORDER_CROSSING = "border_crossing", _("border crossing")
    WATER_IRRIGATION = "water_irrigation", _("water resources and irrigation")
    SANITATION = "sanitation", _("drinking water and sanitation")
    HEALTH = "health", _("health")
    EDUCATION = "education", _("education")
    ELECTRICITY = "electricity", _("electricity")
    PRODUCTION = "production", _("production and value chains")
    URBAN = "urban", _("urban development")
    ENVIRONMENT = "environment", _("environment and basins")
    MULTISECTOR = "multisector", _("several sectors")


class NameLanguage(models.TextChoices):
    SPANISH = "es", _("Spanish")
    ENGLISH = "en", _("English")
    BOTH = "", _("both published")


# Parts nest at most this deep (a road axis, its section, a bridge on it…).
MAX_PART_DEPTH = 6
# A province's or a department's code (EC-07, PE-06): the top of the tree.
TOP_LEVEL_CODE_LENGTH = 5


class ProjectQuerySet(BySlugQuerySet):
    def for_list(self):
        """With each project's territories and chains as plain lists (`territory_list`,
        `value_chain_list`): prefetched into a related manager, each row of a page
        would build two filtered querysets of its own just to hold them (a third of
        a list's time)."""
        return self.select_related("programme", "parent").prefetch_related(
            Prefetch("territories", to_attr="territory_list"),
            Prefetch("value_chains", to_attr="value_chain_list"),
        )

    def real(self):
        from .scale_data import PREFIX

        return self.exclude(slug__startswith=PREFIX)

    def in_territory(self, code, *, probe=False):
        """Projects in the unit or in any unit inside it (a province matches its cantons).
        Codes are hierarchical, so a prefix match finds the units inside.

        By default a semi-join (IN): the territory's projects are listed, then sorted,
        fast when they are few (a canton's). `probe=True` tests project by project
        (EXISTS) instead, for the first rows of a large territory in the order of an
        index: a province's first ten projects by key, without sorting its 20,000
        (40 -> 1 ms)."""
        links = ProjectTerritory.objects.filter(unit__code__within=code)
        if probe:
            return self.filter(Exists(links.filter(project=OuterRef("pk"))))
        return self.filter(pk__in=links.values("project_id"))

    def in_country(self, country):
        """Tested project by project (EXISTS): a country holds most projects, and listing
        their 90,000 ids for an IN (what SQLite does with a subquery) costs more than
        probing, through the index on the link's project, each project that the other
        filters leave (a canton's: 119 -> 2 ms for its count)."""
        links = ProjectTerritory.objects.filter(unit__country=country, project=OuterRef("pk"))
        return self.filter(Exists(links))

    def in_chain(self, chain):
        """Tested project by project (EXISTS), not joined: a chain holds a sixth of the
        projects, and with a join SQLite sorts all 16,000 of them for one page (22 ms);
        probed, the list's index gives the first page after a few hundred rows."""
        links = Project.value_chains.through.objects.filter(
            valuechain=chain, project=OuterRef("pk")
        )
        return self.filter(Exists(links))

    def active_in(self, year):
        return self.filter(
            Q(start_date__year__lte=year) | Q(start_date__isnull=True),
            Q(end_date__year__gte=year) | Q(end_date__isnull=True),
        ).exclude(start_date__isnull=True, end_date__isnull=True)


class Project(Sourced):
    slug = models.SlugField(_("key"), max_length=100, unique=True)
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="projects",
        null=True,
        blank=True,
        help_text=_("Only where a source assigns the project to a programme."),
    )
    title = models.CharField(_("title"), max_length=300)
    title_language = models.CharField(
        _("language of the published name"),
        max_length=2,
        choices=NameLanguage.choices,
        default="es",
        blank=True,
        help_text=_(
            "The language the sources name the project in; the other name is the "
            "portal's translation. Empty when the sources give both."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=ProjectKind.choices, default=ProjectKind.PROJECT
    )
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parts",
        help_text=_("The larger work this one is a part of (a road axis, a programme)."),
    )
    part_order = models.PositiveSmallIntegerField(_("order among the parts"), default=0)
    executing_entity = models.CharField(_("executing entity"), max_length=300, blank=True)
    entity_type = models.CharField(
        _("type of executing entity"), max_length=8, choices=EntityType.choices, blank=True
    )
    funders = models.CharField(_("funders"), max_length=400, blank=True)
    agreement = models.ForeignKey(
        LegalInstrument,
        verbose_name=_("agreement it comes from"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
    )
    mechanism = models.ForeignKey(
        CoordinationMechanism,
        verbose_name=_("mechanism that follows it"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
    )
    decided_at = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting that agreed it"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
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
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ProjectStatus.choices,
        default=ProjectStatus.NOT_REPORTED,
        help_text=_("The latest status a source reports; see the status reports."),
    )
    status_reported_on = models.DateField(_("status reported on"), null=True, blank=True)
    status_reported_precision = models.CharField(
        _("precision of the status date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    start_precision = models.CharField(
        _("precision of the start"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    end_date = models.DateField(_("end"), null=True, blank=True)
    end_precision = models.CharField(
        _("precision of the end"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
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
    amount_as_of = models.DateField(
        _("date of the amount"),
        null=True,
        blank=True,
        help_text=_("When the source gave the figure (its publication date unless it says)."),
    )
    amount_as_of_precision = models.CharField(
        _("precision of the date of the amount"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    funded_by_binational_fund = models.BooleanField(
        _("financed by the Binational Fund"), default=False
    )
    # Set by the admin, the API and the CSV import (see `touch`), not on every save, so
    # that loading the same fixture twice changes nothing.
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now, editable=False)

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
            models.Index(fields=["sector"], name="project_sector_idx"),
            models.Index(fields=["parent", "part_order"], name="project_parts_idx"),
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
            models.CheckConstraint(
                condition=Q(kind__in=ProjectKind.values), name="project_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(sector="") | Q(sector__in=Sector.values), name="project_sector_valid"
            ),
            # A part is never its own parent; longer cycles are refused by a trigger
            # (migration 0003) and by clean().
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | ~Q(parent=F("pk")),
                name="project_not_own_part",
            ),
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("plan:project-detail", kwargs={"slug": self.slug})

    def touch(self):
        """Mark the record as changed now (an edit by a person, not a fixture load)."""
        self.updated_at = timezone.now()

    # What `for_list()` prefetched; read here (one query each) for a project that
    # was not fetched by it. Django's cached_property, not functools': prefetching
    # knows it and does not read it to see whether it is there.
    @cached_property
    def territory_list(self) -> list[AdministrativeUnit]:
        return list(self.territories.all())

    @cached_property
    def value_chain_list(self) -> list["ValueChain"]:
        return list(self.value_chains.all())

    # What the API's queryset prefetched, in the same orders.
    @cached_property
    def part_list(self) -> list["Project"]:
        return list(self.parts.order_by("part_order", "slug"))

    @cached_property
    def status_report_list(self):
        return list(self.status_reports.select_related("source").order_by("reported_on", "key"))

    @cached_property
    def source_list(self):
        return list(self.sources.all())

    @cached_property
    def citation_list(self):
        return list(self.citations.for_records())

    @cached_property
    def amount_list(self):
        return list(self.amounts.select_related("source").order_by("as_of", "key"))

    def ancestors(self):
        """The works this one is part of, nearest first (stops at a cycle)."""
        seen, chain, current = {self.pk}, [], self.parent
        while current is not None and current.pk not in seen and len(chain) < MAX_PART_DEPTH:
            chain.append(current)
            seen.add(current.pk)
            current = current.parent
        return chain

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end cannot be before the start.")
        if self.amount is not None and not self.currency:
            errors["currency"] = _("Give the currency of the amount.")
        if self.parent_id is not None:
            error = self._part_cycle_error()
            if error:
                errors["parent"] = error
        if errors:
            raise ValidationError(errors)

    def _part_cycle_error(self):
        if self.pk is not None and self.parent_id == self.pk:
            return _("A project cannot be a part of itself.")
        seen, current_id, depth = set(), self.parent_id, 0
        while current_id is not None:
            if current_id == self.pk or current_id in seen:
                return _("A project cannot be a part of one of its own parts.")
            seen.add(current_id)
            depth += 1
            if depth >= MAX_PART_DEPTH:
                return _("Parts nest at most %(n)d levels deep.") % {"n": MAX_PART_DEPTH}
            current_id = (
                Project.objects.filter(pk=current_id).values_list("parent_id", flat=True).first()
            )
        return None

    @property
    def status_reported_display(self):
        return format_partial_date(self.status_reported_on, self.status_reported_precision)

    @property
    def start_display(self):
        return format_partial_date(self.start_date, self.start_precision)

    @property
    def end_display(self):
        return format_partial_date(self.end_date, self.end_precision)

    @property
    def amount_as_of_display(self):
        return format_partial_date(self.amount_as_of, self.amount_as_of_precision)

    @property
    def start_iso(self):
        return iso_partial_date(self.start_date, self.start_precision)

    @property
    def end_iso(self):
        return iso_partial_date(self.end_date, self.end_precision)


class ChainRole(models.TextChoices):
    PRODUCES = "produces", _("produced there")
    PRIORITISED = "prioritised", _("prioritised there")
    PROJECT = "project", _("a project of the chain works there")


class ValueChainTerritory(ChoiceLabels):
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
    role = models.CharField(
        _("what the source says"),
        max_length=12,
        choices=ChainRole.choices,
        default=ChainRole.PRODUCES,
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        related_name="value_chain_places",
        null=True,
        blank=True,
    )
    locator = models.CharField(_("where in the source"), max_length=300, blank=True)
    quote = models.TextField(_("quoted sentence"), blank=True)
    natural_key_fields = ("value_chain__slug", "unit__code")

    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("territory of a value chain")
        verbose_name_plural = _("territories of value chains")
        ordering = ["value_chain", "unit__code"]
        constraints = [
            models.UniqueConstraint(fields=["value_chain", "unit"], name="value_chain_unit_unique"),
            models.CheckConstraint(
                condition=Q(role__in=ChainRole.values), name="value_chain_role_valid"
            ),
        ]

    def clean(self):
        if self.source_id is None:
            raise ValidationError({"source": _("Name the source that places the chain here.")})

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


class CitedFact(ChoiceLabels):
    """A value as one source states it: the source, where in it, and its words."""

    key = models.SlugField(_("key"), max_length=100, unique=True)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="+"
    )
    locator = models.CharField(_("where in the source"), max_length=300, blank=True)
    quote = models.TextField(_("quoted sentence"), help_text=_("The words of the source."))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        abstract = True

    def natural_key(self):
        return (self.key,)

    def clean(self):
        if not (self.quote or "").strip():
            raise ValidationError({"quote": _("Quote the words of the source.")})


class KeyQuerySet(models.QuerySet):
    def get_by_natural_key(self, key):
        return self.get(key=key)


class ProjectStatusReport(CitedFact):
    """A status of a project as a source reports it on a date: the status history."""

    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="status_reports",
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="status_reports"
    )
    status = models.CharField(_("status"), max_length=12, choices=ProjectStatus.choices)
    reported_on = models.DateField(_("reported on"))
    reported_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    event = models.CharField(
        _("what happened"), max_length=300, blank=True, help_text=_("E.g. “inaugurated”.")
    )

    objects = KeyQuerySet.as_manager()

    class Meta:
        ordering = ["project", "reported_on", "key"]
        verbose_name = _("status report")
        verbose_name_plural = _("status reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ProjectStatus.values), name="status_report_status_valid"
            ),
            models.CheckConstraint(condition=~Q(quote=""), name="status_report_quoted"),
        ]

    def __str__(self):
        return f"{self.project}: {self.get_status_display()} ({self.reported_display})"

    @property
    def reported_display(self):
        return format_partial_date(self.reported_on, self.reported_precision)


class AmountKind(models.TextChoices):
    COST = "cost", _("cost or investment")
    BUDGET = "budget", _("budget")
    CONTRACT = "contract", _("contract")
    LOAN = "loan", _("loan")
    GRANT = "grant", _("grant or donation")
    COUNTERPART = "counterpart", _("counterpart")
    CONTRIBUTION = "contribution", _("contribution")


class ProjectAmount(CitedFact):
    """An amount of a project as a source gives it, with its currency and date. Several
    sources may give several figures; all are kept."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="amounts"
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="project_amounts"
    )
    kind = models.CharField(_("kind of amount"), max_length=12, choices=AmountKind.choices)
    amount = models.DecimalField(
        _("amount"), max_digits=16, decimal_places=2, validators=[MinValueValidator(Decimal("0"))]
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        validators=[
            RegexValidator(r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 code, e.g. USD.")),
            validate_currency,
        ],
    )
    approximate = models.BooleanField(_("approximate"), default=False)
    as_of = models.DateField(
        _("date of the figure"),
        null=True,
        blank=True,
        help_text=_("Empty only when the source shows no date; the list says so."),
    )
    as_of_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    party = models.CharField(_("who gives, lends or pays it"), max_length=200, blank=True)

    objects = KeyQuerySet.as_manager()

    class Meta:
        ordering = ["project", "as_of", "key"]
        verbose_name = _("amount of a project")
        verbose_name_plural = _("amounts of projects")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="project_amount_row_positive"),
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$"), name="project_amount_row_currency"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=AmountKind.values), name="project_amount_row_kind"
            ),
            models.CheckConstraint(condition=~Q(quote=""), name="project_amount_row_quoted"),
        ]

    def __str__(self):
        return f"{self.project}: {self.amount} {self.currency}"

    @property
    def as_of_display(self):
        return format_partial_date(self.as_of, self.as_of_precision)


class FigureKind(models.TextChoices):
    PROJECTS = "projects", _("projects financed")
    AMOUNT = "amount", _("amount")
    HECTARES = "hectares", _("hectares")
    PRODUCERS = "producers", _("producers or families")
    TONNES = "tonnes", _("tonnes")
    SHARE = "share", _("share (%)")
    DISTRICTS = "districts", _("districts")


class PlanFigure(CitedFact):
    """A figure of the fund or of a value chain, as a source states it."""

    fund = models.ForeignKey(
        Fund,
        verbose_name=_("fund"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="figures",
    )
    value_chain = models.ForeignKey(
        ValueChain,
        verbose_name=_("value chain"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="figures",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("territory"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_figures",
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="plan_figures"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=FigureKind.choices)
    label = models.CharField(_("what is counted"), max_length=300)
    value = models.DecimalField(
        _("stated value"),
        max_digits=16,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        validators=[validate_currency],
        help_text=_("For amounts: ISO 4217 code."),
    )
    approximate = models.BooleanField(_("approximate"), default=False)
    period_start = models.PositiveSmallIntegerField(_("from (year)"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("until (year)"), null=True, blank=True)
    as_of = models.DateField(_("as of"), null=True, blank=True)
    as_of_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = KeyQuerySet.as_manager()

    class Meta:
        ordering = ["order", "key"]
        verbose_name = _("figure of the plan")
        verbose_name_plural = _("figures of the plan")
        constraints = [
            models.CheckConstraint(
                condition=(Q(fund__isnull=False) & Q(value_chain__isnull=True))
                | (Q(fund__isnull=True) & Q(value_chain__isnull=False)),
                name="plan_figure_one_subject",
            ),
            models.CheckConstraint(condition=Q(value__gte=0), name="plan_figure_not_negative"),
            models.CheckConstraint(
                condition=Q(currency="") | Q(currency__regex=r"^[A-Z]{3}$"),
                name="plan_figure_currency",
            ),
            models.CheckConstraint(
                condition=~Q(kind="amount") | ~Q(currency=""), name="plan_figure_amount_currency"
            ),
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=True)
                | Q(period_end__gte=F("period_start")),
                name="plan_figure_period_ordered",
            ),
            models.CheckConstraint(condition=~Q(quote=""), name="plan_figure_quoted"),
        ]

    def __str__(self):
        return f"{self.label}: {self.value}"

    def clean(self):
        errors = {}
        if (self.fund_id is None) == (self.value_chain_id is None):
            errors["fund"] = _("A figure is of the fund or of one value chain.")
        if self.kind == FigureKind.AMOUNT and not self.currency:
            errors["currency"] = _("Give the currency of the amount.")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("A period cannot end before it starts.")
        if not (self.quote or "").strip():
            errors["quote"] = _("Quote the words of the source.")
        if errors:
            raise ValidationError(errors)

    @property
    def as_of_display(self):
        return format_partial_date(self.as_of, self.as_of_precision)
