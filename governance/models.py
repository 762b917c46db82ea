"""Who coordinates what across the border: legal instruments, coordination
mechanisms and their sub-bodies, their meetings, and the people who take part."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Substr
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy as _

from territories.models import AdministrativeUnit, Country
from zif_portal.dates import DatePrecision, format_partial_date, iso_partial_date
from zif_portal.models import ChoiceLabels, Sourced
from zif_portal.reversing import reverse


class BySlugQuerySet(models.QuerySet):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class PartialDateMixin:
    """Display and ISO helpers for a `date` + `date_precision` pair."""

    @property
    def date_display(self):
        return format_partial_date(self.date, self.date_precision)

    @property
    def date_iso(self):
        return iso_partial_date(self.date, self.date_precision)


class InstrumentKind(models.TextChoices):
    DECISION = "decision", _("Andean Community decision")
    VERBAL_NOTE = "verbal_note", _("verbal note")
    GAZETTE = "gazette", _("official gazette")
    AGREEMENT = "agreement", _("agreement")
    PRESIDENTIAL_ACT = "presidential_act", _("presidential act")
    EXTENSION = "extension", _("extension")
    DECLARATION = "declaration", _("declaration")
    MINUTES = "minutes", _("minutes")
    REGULATION = "regulation", _("regulation")


class LegalInstrument(PartialDateMixin, Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=InstrumentKind.choices)
    number = models.CharField(_("number or reference"), max_length=60, blank=True)
    title = models.CharField(_("title"), max_length=300)
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    place = models.CharField(_("place"), max_length=120, blank=True)
    issuer = models.CharField(_("issued by"), max_length=300, blank=True)
    parties = models.ManyToManyField(
        Country, verbose_name=_("parties"), related_name="legal_instruments", blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    published_in = models.ForeignKey(
        "self",
        verbose_name=_("published in"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="publishes",
    )
    extends = models.ForeignKey(
        "self",
        verbose_name=_("extends"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="extended_by",
    )
    valid_from_year = models.PositiveSmallIntegerField(
        _("valid from (year)"), null=True, blank=True
    )
    valid_to_year = models.PositiveSmallIntegerField(_("valid until (year)"), null=True, blank=True)
    validity_note = models.CharField(
        _("validity as the sources state it"),
        max_length=300,
        blank=True,
        help_text=_("For example: end date not published."),
    )
    adopted_at = models.ForeignKey(
        "Meeting",
        verbose_name=_("adopted at (meeting)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="outputs",
    )
    annex_of = models.ForeignKey(
        "self",
        verbose_name=_("annex of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="annexes",
    )
    governs = models.ManyToManyField(
        "CoordinationMechanism",
        verbose_name=_("governs (mechanisms)"),
        related_name="governed_by",
        blank=True,
    )

    objects = BySlugQuerySet.as_manager()

    class Meta:
        ordering = [F("date").asc(nulls_last=True), "slug"]
        verbose_name = _("legal instrument")
        verbose_name_plural = _("legal instruments")
        indexes = [models.Index(fields=["date"], name="instrument_date_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=InstrumentKind.values), name="instrument_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(valid_to_year__isnull=True)
                | Q(valid_from_year__isnull=True)
                | Q(valid_to_year__gte=F("valid_from_year")),
                name="instrument_validity_ordered",
            ),
            models.CheckConstraint(
                condition=Q(published_in__isnull=True) | ~Q(published_in=F("pk")),
                name="instrument_not_published_in_itself",
            ),
            models.CheckConstraint(
                condition=Q(extends__isnull=True) | ~Q(extends=F("pk")),
                name="instrument_does_not_extend_itself",
            ),
            models.CheckConstraint(
                condition=Q(annex_of__isnull=True) | ~Q(annex_of=F("pk")),
                name="instrument_not_annex_of_itself",
            ),
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("governance:instrument-detail", kwargs={"slug": self.slug})

    def clean(self):
        if (
            self.valid_from_year
            and self.valid_to_year
            and self.valid_to_year < self.valid_from_year
        ):
            raise ValidationError({"valid_to_year": _("Validity cannot end before it starts.")})
        for name in ("published_in", "extends", "annex_of"):
            if self.pk and getattr(self, f"{name}_id") == self.pk:
                raise ValidationError({name: _("An instrument cannot refer to itself.")})


class MechanismLevel(models.TextChoices):
    PRESIDENTIAL = "presidential", _("presidential")
    MINISTERIAL = "ministerial", _("ministerial")
    TECHNICAL = "technical", _("technical")
    TERRITORIAL = "territorial", _("territorial")


LEVEL_ORDER = [level.value for level in MechanismLevel]


class MechanismKind(models.TextChoices):
    CABINET = "cabinet", _("presidential encounter and binational cabinet")
    COMMISSION = "commission", _("commission")
    HIGH_LEVEL_MEETINGS = "high_level_meetings", _("high-level meetings")
    AXIS = "axis", _("axis of high-level meetings")
    TECHNICAL_COMMITTEES = "technical_committees", _("technical committees")
    BORDER_COMMITTEES = "border_committees", _("border committees")
    BORDER_COMMITTEE = "border_committee", _("border committee")
    WORK_GROUPS = "work_groups", _("work groups")
    WORK_GROUP = "work_group", _("work group")
    PLAN_CHAPTER = "plan_chapter", _("national chapter of the Binational Plan")


def covering_codes(unit_code):
    """The unit's code and the codes of the units above it (EC-070150: EC-07, EC-0701,
    EC-070150)."""
    return [unit_code[:length] for length in range(5, len(unit_code) + 1, 2)] or [unit_code]


class MechanismQuerySet(BySlugQuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def existing_on(self, day):
        """Mechanisms established by `day`, or whose establishment no source dates."""
        return self.filter(Q(established_on__isnull=True) | Q(established_on__lte=day))

    def covering(self, unit_code):
        """Mechanisms that join the unit or a unit above it (a canton is covered by its
        province's Border Committee). Codes are hierarchical: EC-070150 lies in EC-0701,
        which lies in EC-07."""
        codes = covering_codes(unit_code)
        return self.filter(Q(ecuador_unit_id__in=codes) | Q(peru_unit_id__in=codes))


class CoordinationMechanism(Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=24, choices=MechanismKind.choices)
    level = models.CharField(
        _("level"),
        max_length=12,
        choices=MechanismLevel.choices,
        blank=True,
        help_text=_("Empty when the sources do not state it."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sub_bodies",
    )
    chair = models.CharField(_("chaired by"), max_length=300, blank=True)
    functions = models.TextField(_("functions"), blank=True)
    established_on = models.DateField(_("established"), null=True, blank=True)
    established_precision = models.CharField(
        _("precision of the establishment date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    ecuador_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("Ecuadorian unit joined"),
        to_field="code",
        db_column="ecuador_unit_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"country_id": "EC"},
    )
    peru_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("Peruvian unit joined"),
        to_field="code",
        db_column="peru_unit_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"country_id": "PE"},
    )
    created_by = models.ForeignKey(
        LegalInstrument,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="created_mechanisms",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = MechanismQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("coordination mechanism")
        verbose_name_plural = _("coordination mechanisms")
        indexes = [models.Index(fields=["level", "kind"], name="mechanism_level_kind_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=MechanismKind.values), name="mechanism_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(level__in=["", *MechanismLevel.values]), name="mechanism_level_valid"
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | ~Q(parent=F("pk")),
                name="mechanism_not_own_parent",
            ),
            # A mechanism that joins units joins one on each side of the border.
            models.CheckConstraint(
                condition=Q(ecuador_unit__isnull=True)
                | Exact(Substr("ecuador_unit", 1, 3), Value("EC-")),
                name="mechanism_ecuador_unit_in_ecuador",
            ),
            models.CheckConstraint(
                condition=Q(peru_unit__isnull=True)
                | Exact(Substr("peru_unit", 1, 3), Value("PE-")),
                name="mechanism_peru_unit_in_peru",
            ),
            models.CheckConstraint(
                condition=Q(ecuador_unit__isnull=True, peru_unit__isnull=True)
                | Q(ecuador_unit__isnull=False, peru_unit__isnull=False),
                name="mechanism_joins_both_sides",
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("governance:mechanism-detail", kwargs={"slug": self.slug})

    @property
    def established_display(self):
        return format_partial_date(self.established_on, self.established_precision)

    def ancestors(self):
        chain, node, seen = [], self.parent, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    def clean(self):
        errors = {}
        if self.parent_id:
            node, seen = self.parent, set()
            while node is not None:
                if (self.pk and node.pk == self.pk) or node.pk in seen:
                    errors["parent"] = _(
                        "A mechanism cannot be part of itself or of one of its own sub-bodies."
                    )
                    break
                seen.add(node.pk)
                node = node.parent
        for field, prefix, message in (
            ("ecuador_unit", "EC-", _("Choose a unit of Ecuador.")),
            ("peru_unit", "PE-", _("Choose a unit of Peru.")),
        ):
            code = getattr(self, f"{field}_id")
            if code and not code.startswith(prefix):
                errors[field] = message
        if bool(self.ecuador_unit_id) != bool(self.peru_unit_id) and not errors:
            errors["peru_unit" if self.ecuador_unit_id else "ecuador_unit"] = _(
                "A mechanism that joins units joins one Ecuadorian and one Peruvian unit."
            )
        if errors:
            raise ValidationError(errors)


class Person(Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=150)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        to_field="code",
        db_column="country_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )

    objects = BySlugQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("governance:person-detail", kwargs={"slug": self.slug})


class OfficeQuerySet(models.QuerySet):
    def get_by_natural_key(self, person_slug, title):
        # The key is the Spanish title whatever language is active: fixtures and
        # citations name an office the same way in every request and command.
        return self.get(person__slug=person_slug, title_es=title)


class Office(ChoiceLabels):
    """An office a person held, as the sources name it."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="offices"
    )
    title = models.CharField(_("office"), max_length=200)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        to_field="code",
        db_column="country_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    start = models.DateField(_("from"), null=True, blank=True)
    start_precision = models.CharField(
        _("precision of the start"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    end = models.DateField(_("until"), null=True, blank=True)
    end_precision = models.CharField(
        _("precision of the end"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    mechanism = models.ForeignKey(
        CoordinationMechanism,
        verbose_name=_("in the body"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="offices",
    )
    attested_on = models.DateField(
        _("attested in office on"),
        null=True,
        blank=True,
        help_text=_("A day a source shows the person in office, when it gives no term."),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["person", F("start").asc(nulls_last=True)]
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="office_dates_ordered",
            ),
            models.UniqueConstraint(fields=["person", "title"], name="office_unique_per_person"),
        ]

    def __str__(self):
        return f"{self.person}: {self.title}"

    @property
    def start_display(self):
        return format_partial_date(self.start, self.start_precision)

    @property
    def end_display(self):
        return format_partial_date(self.end, self.end_precision)

    def held_on(self, day):
        """Whether the sources place the person in this office on `day`."""
        if day is None:
            return False
        if self.start and self.start > day:
            return False
        if self.end and self.end < day:
            return False
        return bool(self.start or self.end or self.attested_on == day)

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An office cannot end before it starts.")})

    def natural_key(self):
        return (*self.person.natural_key(), self.title_es)

    natural_key.dependencies = ["governance.person"]


class MeetingQuerySet(BySlugQuerySet):
    def for_list(self):
        return self.select_related("mechanism", "country").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("person"),
            )
        )


class Meeting(PartialDateMixin, Sourced):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    mechanism = models.ForeignKey(
        CoordinationMechanism,
        verbose_name=_("mechanism"),
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    ordinal = models.PositiveSmallIntegerField(_("ordinal"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        to_field="code",
        db_column="country_code",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
    )
    notes = models.TextField(_("notes"), blank=True)
    participants = models.ManyToManyField(
        Person, through="Participation", verbose_name=_("participants"), related_name="meetings"
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = [F("date").asc(nulls_last=True), "ordinal", "slug"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [
            models.Index(fields=["date"], name="meeting_date_idx"),
            models.Index(fields=["mechanism", "date"], name="meeting_mechanism_date_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["mechanism", "ordinal"], name="meeting_ordinal_unique_per_mechanism"
            ),
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("governance:meeting-detail", kwargs={"slug": self.slug})


class ParticipationQuerySet(models.QuerySet):
    def get_by_natural_key(self, meeting_slug, person_slug):
        return self.get(meeting__slug=meeting_slug, person__slug=person_slug)


class Participation(ChoiceLabels):
    class Role(models.TextChoices):
        PRESIDED = "presided", _("presided")
        ATTENDED = "attended", _("attended")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="participations"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "role", "person__name"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="participation_unique"),
            models.CheckConstraint(
                condition=Q(role__in=["presided", "attended"]), name="participation_role_valid"
            ),
        ]

    def __str__(self):
        return f"{self.person} — {self.meeting}"

    def natural_key(self):
        return (*self.meeting.natural_key(), *self.person.natural_key())

    natural_key.dependencies = ["governance.meeting", "governance.person"]


# --- Action plans and their commitments -------------------------------------------

#: The kinds of mechanism whose meetings adopt action plans: the presidential
#: encounters with their Binational Cabinets, and the Neighbourhood Commission.
ADOPTING_KINDS = (MechanismKind.CABINET.value, MechanismKind.COMMISSION.value)


class ActionPlanQuerySet(BySlugQuerySet):
    def with_counts(self):
        return self.annotate(recorded_count=models.Count("commitments", distinct=True))


class ActionPlan(Sourced):
    """An action plan a meeting adopted, with the number of commitments the sources
    state for it (a stated figure, compared with the commitments recorded here)."""

    slug = models.SlugField(_("key"), max_length=80, unique=True)
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("adopted at (meeting)"),
        on_delete=models.PROTECT,
        related_name="action_plans",
    )
    title = models.CharField(_("title"), max_length=200)
    valid_from_year = models.PositiveSmallIntegerField(
        _("valid from (year)"), null=True, blank=True
    )
    valid_to_year = models.PositiveSmallIntegerField(_("valid until (year)"), null=True, blank=True)
    stated_commitments = models.PositiveSmallIntegerField(
        _("commitments stated"),
        null=True,
        blank=True,
        help_text=_("The number of commitments the sources state; empty when none does."),
    )
    summary = models.TextField(_("summary"), blank=True)
    text_published = models.BooleanField(
        _("full text published"),
        default=False,
        help_text=_("Whether a source found gives the plan's full text."),
    )

    objects = ActionPlanQuerySet.as_manager()

    class Meta:
        ordering = ["meeting__date", "slug"]
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to_year__isnull=True)
                | Q(valid_from_year__isnull=True)
                | Q(valid_to_year__gte=F("valid_from_year")),
                name="action_plan_validity_ordered",
            ),
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("governance:action-plan-detail", kwargs={"slug": self.slug})

    @property
    def period_display(self):
        if (
            self.valid_from_year
            and self.valid_to_year
            and self.valid_to_year != self.valid_from_year
        ):
            return f"{self.valid_from_year}–{self.valid_to_year}"
        return str(self.valid_from_year or self.valid_to_year or "")

    def clean(self):
        errors = {}
        if self.meeting_id:
            kind = (
                Meeting.objects.filter(pk=self.meeting_id)
                .values_list("mechanism__kind", flat=True)
                .first()
            )
            if kind not in ADOPTING_KINDS:
                errors["meeting"] = _(
                    "Only the meetings of a Binational Cabinet or of the Neighbourhood "
                    "Commission adopt action plans."
                )
        if (
            self.valid_from_year
            and self.valid_to_year
            and self.valid_to_year < self.valid_from_year
        ):
            errors["valid_to_year"] = _("Validity cannot end before it starts.")
        if errors:
            raise ValidationError(errors)


class ThematicAxisQuerySet(models.QuerySet):
    def get_by_natural_key(self, plan_slug, code):
        return self.get(plan__slug=plan_slug, code=code)


class ThematicAxis(models.Model):
    """A thematic axis (eje) of one action plan: the axes change from one plan to the next."""

    plan = models.ForeignKey(
        ActionPlan, verbose_name=_("action plan"), on_delete=models.CASCADE, related_name="axes"
    )
    code = models.SlugField(_("key"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ThematicAxisQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "code"]
        verbose_name = _("thematic axis")
        verbose_name_plural = _("thematic axes")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="axis_unique_per_plan"),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (*self.plan.natural_key(), self.code)

    natural_key.dependencies = ["governance.actionplan"]


class CommitmentStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    IN_PROGRESS = "in_progress", _("in progress")
    FULFILLED = "fulfilled", _("fulfilled")
    NOT_FULFILLED = "not_fulfilled", _("not fulfilled")


class CommitmentQuerySet(models.QuerySet):
    def get_by_natural_key(self, plan_slug, key):
        return self.get(plan__slug=plan_slug, key=key)

    def with_status(self):
        """Each commitment with its latest status change (status, date, precision)."""
        latest = CommitmentStatusChange.objects.filter(commitment=OuterRef("pk")).order_by(
            "-date", "-pk"
        )
        return self.annotate(
            current_status=Subquery(latest.values("status")[:1]),
            current_status_date=Subquery(latest.values("date")[:1]),
        )

    def for_list(self):
        return self.select_related("plan", "plan__meeting", "axis").with_status()

    def covering(self, unit_code):
        """Commitments on the unit, on a unit above it, or on a unit inside it."""
        codes = [unit_code[:length] for length in range(5, len(unit_code) + 1, 2)] or [unit_code]
        return self.filter(Q(units__code__in=codes) | Q(units__code__within=unit_code)).distinct()


class Commitment(Sourced):
    plan = models.ForeignKey(
        ActionPlan,
        verbose_name=_("action plan"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    key = models.SlugField(_("key"), max_length=60)
    number = models.PositiveSmallIntegerField(
        _("number"),
        null=True,
        blank=True,
        help_text=_(
            "The commitment's number in the plan; empty when the source quoting it gives none."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("text"))
    axis = models.ForeignKey(
        ThematicAxis,
        verbose_name=_("thematic axis"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commitments",
    )
    responsible_ecuador = models.CharField(
        _("responsible institutions of Ecuador"), max_length=300, blank=True
    )
    responsible_peru = models.CharField(
        _("responsible institutions of Peru"), max_length=300, blank=True
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    deadline_precision = models.CharField(
        _("precision of the deadline"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    units = models.ManyToManyField(
        AdministrativeUnit,
        verbose_name=_("territories concerned"),
        related_name="commitments",
        blank=True,
    )
    objects = CommitmentQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "number", "key"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        constraints = [
            models.UniqueConstraint(fields=["plan", "key"], name="commitment_key_unique"),
            models.UniqueConstraint(fields=["plan", "number"], name="commitment_number_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="commitment_number_positive"),
        ]

    def __str__(self):
        return f"{self.plan} — {self.number or self.key}"

    def natural_key(self):
        return (*self.plan.natural_key(), self.key)

    natural_key.dependencies = ["governance.actionplan"]

    def get_absolute_url(self):
        return f"{self.plan.get_absolute_url()}#commitment-{self.key}"

    @property
    def deadline_display(self):
        return format_partial_date(self.deadline, self.deadline_precision)

    @property
    def current_status_display(self):
        status = getattr(self, "current_status", None)
        return CommitmentStatus(status).label if status else _("no status reported")

    def clean(self):
        if self.axis_id and self.plan_id and self.axis.plan_id != self.plan_id:
            raise ValidationError({"axis": _("Choose an axis of this commitment's action plan.")})


def _not_before_meeting(plan, day, field):
    meeting_date = plan.meeting.date if plan and plan.meeting_id else None
    if day and meeting_date and day < meeting_date:
        raise ValidationError(
            {
                field: _(
                    "This date (%(day)s) is before the meeting that adopted the plan (%(meeting)s)."
                )
                % {"day": day.isoformat(), "meeting": meeting_date.isoformat()}
            }
        )


class StatusChangeQuerySet(models.QuerySet):
    def get_by_natural_key(self, plan_slug, key, day, status):
        return self.get(
            commitment__plan__slug=plan_slug, commitment__key=key, date=day, status=status
        )


class CommitmentStatusChange(models.Model):
    """A status a source reports for a commitment on a date. The history of a
    commitment is the list of its status changes; none is ever overwritten."""

    commitment = models.ForeignKey(
        Commitment,
        verbose_name=_("commitment"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    status = models.CharField(_("status"), max_length=14, choices=CommitmentStatus.choices)
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    source = models.ForeignKey(
        "zif_portal.Source",
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Every status change needs the source that reports it."),
    )
    locator = models.CharField(_("where in the source"), max_length=200, blank=True)
    evidence = models.TextField(_("evidence"), blank=True)

    objects = StatusChangeQuerySet.as_manager()

    class Meta:
        ordering = ["commitment", "date", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        indexes = [models.Index(fields=["date"], name="status_change_date_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=CommitmentStatus.values), name="status_change_status_valid"
            ),
            models.UniqueConstraint(
                fields=["commitment", "date", "status"], name="status_change_unique"
            ),
        ]

    def __str__(self):
        return f"{self.commitment}: {self.get_status_display()} ({self.date_display})"

    @property
    def date_display(self):
        return format_partial_date(self.date, self.date_precision)

    def clean(self):
        if not self.source_id:
            raise ValidationError({"source": _("A status change needs its source.")})
        if self.commitment_id:
            _not_before_meeting(self.commitment.plan, self.date, "date")

    def natural_key(self):
        return (*self.commitment.natural_key(), self.date.isoformat(), self.status)

    natural_key.dependencies = ["governance.commitment"]


class FulfilmentReportQuerySet(models.QuerySet):
    def get_by_natural_key(self, plan_slug, day):
        return self.get(plan__slug=plan_slug, date=day)


class FulfilmentReport(models.Model):
    """A stated share of an action plan fulfilled, as reported on a date."""

    plan = models.ForeignKey(
        ActionPlan,
        verbose_name=_("action plan"),
        on_delete=models.CASCADE,
        related_name="fulfilment_reports",
    )
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    percentage = models.DecimalField(_("share fulfilled (%)"), max_digits=4, decimal_places=1)
    reported_at = models.ForeignKey(
        Meeting,
        verbose_name=_("reported at (meeting)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="fulfilment_reports",
    )
    reported_by = models.CharField(_("reported by"), max_length=200, blank=True)
    source = models.ForeignKey(
        "zif_portal.Source", verbose_name=_("source"), on_delete=models.PROTECT, related_name="+"
    )
    locator = models.CharField(_("where in the source"), max_length=200, blank=True)
    quote = models.TextField(_("quote"), blank=True)

    objects = FulfilmentReportQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "date"]
        verbose_name = _("fulfilment report")
        verbose_name_plural = _("fulfilment reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(percentage__gte=0) & Q(percentage__lte=100),
                name="fulfilment_percentage_range",
            ),
            models.UniqueConstraint(fields=["plan", "date"], name="fulfilment_unique_per_day"),
        ]

    def __str__(self):
        return f"{self.plan}: {self.percentage} % ({self.date_display})"

    def natural_key(self):
        return (*self.plan.natural_key(), self.date.isoformat())

    natural_key.dependencies = ["governance.actionplan"]

    @property
    def date_display(self):
        return format_partial_date(self.date, self.date_precision)

    def clean(self):
        if self.percentage is not None and not 0 <= self.percentage <= 100:
            raise ValidationError({"percentage": _("A share fulfilled lies between 0 and 100 %.")})
        if self.plan_id:
            _not_before_meeting(self.plan, self.date, "date")
