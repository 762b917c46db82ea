"""Who coordinates what across the border: legal instruments, coordination
mechanisms and their sub-bodies, their meetings, and the people who take part."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Substr
from django.db.models.lookups import Exact
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from territories.models import AdministrativeUnit, Country
from zif_portal.dates import DatePrecision, format_partial_date, iso_partial_date
from zif_portal.models import Sourced


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
        for name in ("published_in", "extends"):
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
        codes = [unit_code[:length] for length in range(5, len(unit_code) + 1, 2)] or [unit_code]
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
        return self.get(person__slug=person_slug, title=title)


class Office(models.Model):
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
    end = models.DateField(_("until"), null=True, blank=True)

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

    def natural_key(self):
        return (*self.person.natural_key(), self.title)

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


class Participation(models.Model):
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
