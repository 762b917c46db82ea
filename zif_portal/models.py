"""Provenance: the sources every fact of the portal is transcribed from."""

import functools

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.encoding import force_str, iri_to_uri
from django.utils.hashable import make_hashable
from django.utils.translation import gettext_lazy as _

from zif_portal.reversing import reverse

from .dates import DatePrecision, format_partial_date, iso_partial_date
from .natural_keys import get_by_key


class SourceKind(models.TextChoices):
    DOCUMENT = "document", _("document")
    LEGAL_NORM = "legal_norm", _("legal norm")
    VERBAL_NOTE = "verbal_note", _("verbal note")
    GAZETTE = "gazette", _("official gazette")
    AGREEMENT = "agreement", _("agreement")
    WEB_PAGE = "web_page", _("web page")
    NEWS = "news", _("news item")
    DATASET = "dataset", _("statistical dataset")
    STANDARD = "standard", _("standard")


class SourceLanguage(models.TextChoices):
    SPANISH = "es", _("Spanish")
    ENGLISH = "en", _("English")


class SourceQuerySet(models.QuerySet):
    def get_by_natural_key(self, key):
        return get_by_key(self, key=key)


class Source(models.Model):
    Kind = SourceKind
    Language = SourceLanguage

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    published_precision = models.CharField(
        _("precision of the publication date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    url = models.URLField(_("address (URL)"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    is_official = models.BooleanField(
        _("official source"),
        default=False,
        help_text=_("Published by a government, a statistics office or an international body."),
    )
    note = models.TextField(_("note"), blank=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["key"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=SourceKind.values), name="source_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(language__in=SourceLanguage.values), name="source_language_valid"
            ),
            models.CheckConstraint(
                condition=Q(published_precision__in=DatePrecision.values),
                name="source_precision_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def natural_key(self):
        return (self.key,)

    def get_absolute_url(self):
        return reverse("zif_portal:source-detail", kwargs={"key": self.key})

    def clean(self):
        # An address pasted from a browser keeps its accents (an IRI); the API and the
        # open data promise an RFC 3986 URI, so the accents are percent-encoded here.
        self.url = iri_to_uri(self.url)

    @property
    def published_display(self):
        return format_partial_date(self.published_on, self.published_precision)

    @property
    def published_iso(self):
        return iso_partial_date(self.published_on, self.published_precision)


@functools.cache
def _choice_labels(field):
    return dict(make_hashable(field.flatchoices))


class ChoiceLabels(models.Model):
    """`get_FOO_display()` from each field's choices read once per process. Django's
    own makes every choice hashable on each call, which hashes (so translates) every
    lazy label: a list of 50 units paid it twice a row."""

    def _get_FIELD_display(self, field):  # noqa: N802 - the name Django calls
        value = getattr(self, field.attname)
        label = _choice_labels(field).get(make_hashable(value), value)
        return force_str(label, strings_only=True)

    class Meta:
        abstract = True


class Sourced(ChoiceLabels):
    """A record that cites the sources it was transcribed from: as a whole (`sources`,
    its general sources) and value by value (`citations`)."""

    sources = models.ManyToManyField(
        Source,
        verbose_name=_("sources"),
        related_name="%(app_label)s_%(class)s_cited",
        help_text=_("Every record cites at least one source."),
    )
    citations = GenericRelation("zif_portal.Citation")

    class Meta:
        abstract = True


class CitationQuerySet(models.QuerySet):
    def get_by_natural_key(self, app_label, model, *rest):
        # The record's natural key may have several parts (an office: person, title).
        *record_key, field, source_key, value = rest
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
        record = content_type.model_class()._default_manager.get_by_natural_key(*record_key)
        return self.get(
            content_type=content_type,
            object_id=record.pk,
            field=field,
            source__key=source_key,
            value=value,
        )

    def for_records(self):
        return self.select_related("source").order_by("field", "source__key", "pk")


class Citation(models.Model):
    """One value of one record, as one source gives it (Wikidata's reference on a
    statement).

    With `value` empty the source gives the value the record holds. With a value,
    the source publishes another one: the record keeps it as an “other published
    value”, and the citation marked `preferred` names the source and the reason of
    the value the record holds, which is the one lists, filters, sorts and sums use.
    """

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of record"), on_delete=models.PROTECT
    )
    object_id = models.PositiveBigIntegerField(_("record"))
    record = GenericForeignKey("content_type", "object_id")
    field = models.CharField(
        _("field"), max_length=60, help_text=_("The field of the record the source gives.")
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations"
    )
    locator = models.CharField(
        _("where in the source"),
        max_length=300,
        blank=True,
        help_text=_("Page, table, row, column or field of the source."),
    )
    quote = models.TextField(
        _("quoted sentence"), blank=True, help_text=_("The words of the source, as published.")
    )
    value = models.CharField(
        _("other published value"),
        max_length=300,
        blank=True,
        help_text=_(
            "Empty when the source gives the value the record holds; otherwise the "
            "different value this source publishes (dates as YYYY-MM-DD, YYYY-MM or YYYY)."
        ),
    )
    preferred = models.BooleanField(
        _("preferred"),
        default=False,
        help_text=_(
            "Where sources disagree: this source gives the value the record holds, "
            "preferred for the reason stated."
        ),
    )
    reason = models.TextField(_("reason for the preference"), blank=True)

    objects = CitationQuerySet.as_manager()

    class Meta:
        ordering = ["content_type", "object_id", "field", "pk"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="citation_record_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "source", "value"],
                name="citation_unique",
            ),
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field"],
                condition=Q(preferred=True),
                name="citation_one_preferred_per_field",
            ),
            # The preferred source gives the record's own value, never another one.
            models.CheckConstraint(
                condition=Q(preferred=False) | Q(value=""), name="citation_preferred_is_held"
            ),
            models.CheckConstraint(condition=~Q(field=""), name="citation_names_field"),
        ]

    def __str__(self):
        return f"{self.field}: {self.source_id}"

    def natural_key(self):
        content_type = ContentType.objects.get_for_id(self.content_type_id)
        return (
            content_type.app_label,
            content_type.model,
            *content_type.get_object_for_this_type(pk=self.object_id).natural_key(),
            self.field,
            self.source.key,
            self.value,
        )

    natural_key.dependencies = ["zif_portal.source", "contenttypes.contenttype"]

    @property
    def gives_held_value(self):
        return not self.value

    def clean(self):
        from .citations import CitationFieldError, check_cited_value

        errors = {}
        if self.content_type_id and self.field:
            try:
                check_cited_value(
                    self.content_type.model_class(),
                    self.field,
                    self.value,
                    record=self.record if self.object_id else None,
                )
            except CitationFieldError as exc:
                errors[exc.field] = exc.message
        if self.preferred and self.value:
            errors["value"] = _(
                "The preferred source gives the value the record holds: leave the value empty."
            )
        reasons = [getattr(self, name, "") or "" for name in ("reason_es", "reason_en", "reason")]
        if self.preferred and not any(reason.strip() for reason in reasons):
            # Named after the Spanish field, which the admin form shows first.
            errors["reason_es"] = _("Say why this value is preferred.")
        if errors:
            raise ValidationError(errors)


class DataVersion(models.Model):
    """A counter raised by every change to the knowledge base.

    Cached pages are keyed on it, so one change invalidates them on every app
    server at once, whatever cache each server has.
    """

    number = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("data version")
        verbose_name_plural = _("data versions")

    def __str__(self):
        return str(self.number)


class SearchEntry(models.Model):
    """One searchable record, its texts folded (lower case, no accents) in both languages.

    Kept up to date as records are saved. On PostgreSQL a `search_vector` column
    with a GIN index (added by migration, filled by a trigger) serves full-text
    search; SQLite matches the same word prefixes with a regular expression.
    """

    kind = models.CharField(_("kind"), max_length=40)
    kind_order = models.PositiveSmallIntegerField(default=0)
    model = models.CharField(max_length=80)
    object_id = models.PositiveBigIntegerField()
    key = models.CharField(_("key"), max_length=120)
    title_es = models.CharField(max_length=300)
    title_en = models.CharField(max_length=300)
    title_es_folded = models.CharField(max_length=300, db_index=True)
    title_en_folded = models.CharField(max_length=300, db_index=True)
    url_es = models.CharField(max_length=300)
    url_en = models.CharField(max_length=300)
    text = models.TextField()

    class Meta:
        ordering = ["kind_order", "title_es_folded"]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["model", "object_id"], name="search_entry_unique")
        ]

    def __str__(self):
        return f"{self.kind}: {self.title_es}"


class ChangeEntry(models.Model):
    """One line of the latest-changes page and feed, written when the edit history
    records a change, so the page reads one table instead of every history."""

    model = models.CharField(max_length=80)
    object_id = models.CharField(max_length=40)
    action = models.CharField(max_length=1)  # "+" created, "~" changed, "-" deleted
    date = models.DateTimeField(db_index=True)
    label = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    fields = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("change")
        verbose_name_plural = _("changes")

    def __str__(self):
        return f"{self.action} {self.model} {self.object_id}"
