"""Per-value citations: which source gives which value of a record, and the values
sources dispute.

Every model with a `citations` generic relation (all `Sourced` records, and stated
figures) can cite its own fields, one by one. A record's citable fields are its
own fields, translated ones by their base name (`name`, not `name_es`), minus the
bookkeeping ones; a model may narrow them with `citable_fields`.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.apps import apps
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from .dates import DatePrecision, format_partial_date, iso_partial_date
from .prepared import Prepared

# Fields no source gives: keys of the portal's own, ordering, links to sources.
NOT_CITABLE = frozenset({"id", "sources", "citations", "order", "kind_order"})
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class CitationFieldError(Exception):
    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def citations_prefetch(lookup="citations", to_attr=None):
    """One query for the citations of every row of a list, with their sources
    (`to_attr`: into a plain list on each row, which costs no queryset per row)."""
    from .models import Citation

    return Prefetch(lookup, queryset=Citation.objects.for_records(), to_attr=to_attr)


def cited_models():
    return [
        model
        for model in apps.get_models()
        if any(f.name == "citations" for f in model._meta.private_fields)
    ]


def citable_fields(model):
    """{name: model field} of the fields a citation of `model` may name."""
    declared = getattr(model, "citable_fields", None)
    translated = _translated_base_names(model)
    fields = {}
    for model_field in model._meta.get_fields():
        if model_field.auto_created and not model_field.concrete:
            continue  # the other end of a relation
        if not (model_field.concrete or model_field.many_to_many):
            continue
        name = model_field.name
        if getattr(model_field, "primary_key", False) or name in translated:
            continue  # name_es and name_en are cited as name
        if name in NOT_CITABLE or name.endswith("_precision"):
            continue
        fields[name] = model_field
    if declared is not None:
        fields = {name: f for name, f in fields.items() if name in declared}
    return fields


def _translated_base_names(model):
    """{"name_es": "name", "name_en": "name", …} for the model's translated fields."""
    from django.conf import settings
    from modeltranslation.translator import NotRegistered, translator

    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    fields = options.fields
    bases = fields.keys() if isinstance(fields, dict) else fields
    return {f"{base}_{code}": base for base in bases for code, _name in settings.LANGUAGES}


def check_cited_value(model, field_name, value, *, record=None):
    """Raise CitationFieldError unless `model` has the field and `value` is one of its values."""
    fields = citable_fields(model)
    if field_name not in fields:
        raise CitationFieldError(
            "field",
            _("%(model)s has no field “%(field)s” to cite. Fields: %(known)s.")
            % {
                "model": model._meta.verbose_name,
                "field": field_name,
                "known": ", ".join(sorted(fields)),
            },
        )
    if not value:
        return
    parsed = parse_value(fields[field_name], value)
    if record is not None and parsed is not None and parsed == held_value(record, field_name):
        raise CitationFieldError(
            "value",
            _("This is the value the record holds: leave the value empty."),
        )


def parse_value(model_field, value):
    """The published value as the field's type; CitationFieldError if it is not one."""
    try:
        if isinstance(model_field, models.DateField):
            match = PARTIAL_DATE.match(value)
            if not match:
                raise ValueError
            year, month, day = match.groups()
            return date(int(year), int(month or 1), int(day or 1))
        if isinstance(model_field, models.DecimalField):
            number = Decimal(value)
            if not number.is_finite():
                raise ValueError
            return number
        if isinstance(model_field, models.IntegerField):
            return int(value)
        if isinstance(model_field, models.BooleanField):
            if value not in ("true", "false"):
                raise ValueError
            return value == "true"
        if model_field.choices and value not in {str(k) for k, _label in model_field.flatchoices}:
            raise ValueError
    except (ValueError, InvalidOperation, ArithmeticError) as exc:
        raise CitationFieldError(
            "value",
            _("“%(value)s” is not a value of the field “%(field)s”.")
            % {"value": value, "field": model_field.name},
        ) from exc
    return value


def held_value(record, field_name):
    model_field = record._meta.get_field(field_name)
    if isinstance(model_field, models.ManyToManyField):
        return None
    if isinstance(model_field, models.ForeignKey):
        return getattr(record, model_field.attname)
    return getattr(record, field_name)


def display_value(record, field_name, value):
    """A published value written for readers: dates at their precision, choices by label."""
    model_field = record._meta.get_field(field_name)
    if isinstance(model_field, models.DateField):
        match = PARTIAL_DATE.match(value)
        if match:
            year, month, day = match.groups()
            precision = (
                DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
            )
            return format_partial_date(parse_value(model_field, value), precision)
    if isinstance(model_field, models.DecimalField):
        from .templatetags.zif_format import figure

        return figure(Decimal(value))
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    return value


def field_label(record, field_name):
    try:
        return str(record._meta.get_field(field_name).verbose_name)
    except Exception:  # a field that no longer exists: show its name
        return field_name


@dataclass
class Note:
    """One numbered reference at the end of a page: a source and where in it."""

    number: int
    source: object
    locator: str
    quote: str
    fields: list = field(default_factory=list)


@dataclass
class OtherValue:
    value: str
    shown: str
    notes: list


@dataclass
class CitedField:
    name: str
    label: str
    notes: list = field(default_factory=list)  # notes giving the held value
    preferred: object = None  # the preferred citation, where sources disagree
    others: list = field(default_factory=list)  # OtherValue

    @property
    def disputed(self):
        return bool(self.others)


class Footnotes:
    """The numbered references of one record's page, built from its prefetched citations.

    Identical references (same source, place and quote) share one number, as
    repeated references do in an encyclopedia.
    """

    def __init__(self, record, prefix="ref"):
        self.record = record
        self.prefix = prefix
        self.notes = []
        self.fields = {}
        by_reference = {}
        order = list(citable_fields(type(record)))
        citations = sorted(
            record.citations.all(),
            key=lambda c: (order.index(c.field) if c.field in order else len(order), c.pk or 0),
        )
        for citation in citations:
            note = self._note_for(citation, by_reference)
            cited = self.fields.get(citation.field)
            if cited is None:
                cited = self.fields[citation.field] = CitedField(
                    citation.field, field_label(record, citation.field)
                )
            label = cited.label
            if label not in note.fields:
                note.fields.append(label)
            if citation.value:
                other = next((o for o in cited.others if o.value == citation.value), None)
                if other is None:
                    other = OtherValue(
                        citation.value, display_value(record, citation.field, citation.value), []
                    )
                    cited.others.append(other)
                other.notes.append(note)
            else:
                if note not in cited.notes:
                    cited.notes.append(note)
                if citation.preferred:
                    cited.preferred = citation

    def _note_for(self, citation, by_reference):
        """The note of the citation's source and place; a quote of its own only when it
        quotes other words than the note already does."""
        place = (citation.source_id, citation.locator)
        note = by_reference.get(place)
        if note is not None and citation.quote and note.quote and citation.quote != note.quote:
            place = (*place, citation.quote)
            note = by_reference.get(place)
        if note is None:
            note = Note(len(self.notes) + 1, citation.source, citation.locator, citation.quote)
            by_reference[place] = note
            self.notes.append(note)
        elif citation.quote and not note.quote:
            note.quote = citation.quote
        return note

    def anchor(self, note):
        return f"{self.prefix}-{note.number}"

    def disputes(self):
        return [cited for cited in self.fields.values() if cited.disputed]


def footnotes_for(record):
    """The record's footnotes, built once per record and rendering."""
    notes = getattr(record, "_footnotes", None)
    if notes is None:
        # Anchors unique on the page, which may cite a zone and its figures.
        prefix = f"ref-{record._meta.model_name}-{record.pk}"
        notes = record._footnotes = Footnotes(record, prefix=prefix)
    return notes


def disputes(queryset=None):
    """Every disputed value of the knowledge base: [(record, CitedField)], for About the data
    and the audit. Reads the citations with another value, then their records."""
    from .models import Citation

    disputed = Citation.objects.exclude(value="").values_list("content_type_id", "object_id")
    keys = set(disputed)
    if not keys:
        return []
    by_type = {}
    for content_type_id, object_id in keys:
        by_type.setdefault(content_type_id, set()).add(object_id)
    from django.contrib.contenttypes.models import ContentType

    found = []
    for content_type_id, ids in sorted(by_type.items()):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        records = model._default_manager.filter(pk__in=ids).prefetch_related(citations_prefetch())
        for record in records:
            for cited in Footnotes(record).disputes():
                found.append((record, cited))
    found.sort(key=lambda pair: (pair[0]._meta.verbose_name, str(pair[0]), pair[1].name))
    return found


# Fixtures name the cited record by its natural key ("record": ["EC-14"]), never by
# the database's own number, so that they load into any database.
CITATION_LABEL = "zif_portal.citation"


def fixture_record_to_id(record):
    """Replace a citation fixture's `record` natural key with the record's `object_id`."""
    from django.contrib.contenttypes.models import ContentType

    if not isinstance(record, dict):
        return record
    fields = record.get("fields")
    if record.get("model") != CITATION_LABEL or not isinstance(fields, dict):
        return record
    if "record" not in fields:
        return record
    fields = dict(fields)
    key = fields.pop("record")
    content_type = fields.get("content_type")
    if not (isinstance(content_type, list) and len(content_type) == 2):
        raise ValueError("content_type must be [app_label, model], e.g. ['territories', 'zone']")
    model = ContentType.objects.get_by_natural_key(*content_type).model_class()
    if model is None:
        raise ValueError(f"no model {content_type}")
    if not isinstance(key, list):
        key = [key]
    try:
        cited = model._default_manager.get_by_natural_key(*key)
    except model.DoesNotExist as exc:
        raise ValueError(f"{model._meta.label} {key} does not exist") from exc
    fields["object_id"] = cited.pk
    return {**record, "fields": fields}


def id_to_fixture_record(items):
    """The reverse, for export: each citation names its record by natural key."""
    from django.contrib.contenttypes.models import ContentType

    cache = {}
    for item in items:
        fields = item["fields"]
        model = ContentType.objects.get_by_natural_key(*fields["content_type"]).model_class()
        object_id = fields.pop("object_id")
        if (model, object_id) not in cache:
            cache[(model, object_id)] = list(model._default_manager.get(pk=object_id).natural_key())
        item["fields"] = {
            "content_type": fields.pop("content_type"),
            "record": cache[(model, object_id)],
            **fields,
        }
    return items


def prefer_value(citation, *, reason_es, reason_en):
    """Make the value `citation` gives the one the record holds.

    The record's field takes that value (so lists, filters, sorts and sums follow),
    the citation becomes the preferred one, and the value the record held until now
    stays as another published value of the sources that gave it.
    """
    from django.db import transaction

    from .models import Citation

    if not citation.value:
        raise ValueError("This citation already gives the value the record holds.")
    record = citation.record
    model_field = record._meta.get_field(citation.field)
    new_value = parse_value(model_field, citation.value)
    old_value = held_value(record, citation.field)
    with transaction.atomic():
        siblings = Citation.objects.filter(
            content_type_id=citation.content_type_id,
            object_id=citation.object_id,
            field=citation.field,
            value="",
        ).exclude(pk=citation.pk)
        precision_field = _precision_field(record, citation.field)
        old_text = (
            iso_partial_date(old_value, getattr(record, precision_field))
            if precision_field and old_value
            else _as_text(model_field, old_value)
        )
        for sibling in siblings:
            sibling.value = old_text
            sibling.preferred = False
            sibling.save()
        setattr(record, model_field.attname, new_value)
        if precision_field:
            setattr(record, precision_field, _precision_of(citation.value))
        record.full_clean()
        record.save()
        citation.value = ""
        citation.preferred = True
        citation.reason_es = reason_es
        citation.reason_en = reason_en
        citation.save()
    return record


def _as_text(model_field, value):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _precision_field(record, field_name):
    """The field that says how precise a date is (`established_on` → `established_precision`)."""
    stem = field_name.removesuffix("_on").removesuffix("_date")
    for candidate in (f"{stem}_precision", f"{field_name}_precision"):
        if any(f.name == candidate for f in record._meta.concrete_fields):
            return candidate
    return None


def _precision_of(text):
    match = PARTIAL_DATE.match(text)
    if not match:
        return DatePrecision.DAY
    _year, month, day = match.groups()
    return DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR


def attach_citations(records):
    """The citations of records of several kinds (a unit and its figures) in one query,
    set on each record as `prefetch_related("citations")` would set them."""
    from django.contrib.contenttypes.models import ContentType

    from .models import Citation

    records = [record for record in records if record is not None]
    if not records:
        return
    wanted = models.Q(pk__in=[])
    keys = {}
    for record in records:
        content_type = ContentType.objects.get_for_model(record)
        keys[(content_type.pk, record.pk)] = record
        wanted |= models.Q(content_type=content_type, object_id=record.pk)
    found = {key: [] for key in keys}
    for citation in Citation.objects.for_records().filter(wanted):
        found[(citation.content_type_id, citation.object_id)].append(citation)
    for key, record in keys.items():
        # The same cache Django's prefetch_related fills, so `record.citations.all()`
        # reads these rows without a query.
        cached = record.citations.get_queryset()
        cached._result_cache = found[key]
        cached._prefetch_done = True
        record._prefetched_objects_cache = getattr(record, "_prefetched_objects_cache", {})
        record._prefetched_objects_cache["citations"] = cached


CSV_COLUMNS = (
    "record_kind",
    "record",
    "field",
    "source",
    "locator",
    "quote",
    "value",
    "preferred",
    "reason_es",
    "reason_en",
)


def citation_rows():
    """Every citation as a row of the open-data CSV, the record named by its public key
    (one query for the citations, one per kind of record for the keys)."""
    from .models import Citation

    citations = list(
        Citation.objects.select_related("content_type", "source").order_by(
            "content_type__app_label", "content_type__model", "object_id", "field", "source__key"
        )
    )
    keys = {}
    for content_type in {c.content_type for c in citations}:
        model = content_type.model_class()
        ids = [c.object_id for c in citations if c.content_type_id == content_type.pk]
        for record in model._default_manager.filter(pk__in=ids):
            keys[(content_type.pk, record.pk)] = "/".join(map(str, record.natural_key()))
    rows = []
    for c in citations:
        rows.append(
            (
                f"{c.content_type.app_label}.{c.content_type.model}",
                keys.get((c.content_type_id, c.object_id), ""),
                c.field,
                c.source.key,
                c.locator,
                c.quote,
                c.value,
                c.preferred,
                c.reason_es or "",
                c.reason_en or "",
            )
        )
    rows.sort(key=lambda row: row[:4])
    return rows


def prepared_sources(model, *fields):
    """A prepared reader (zif_portal.prepared) of a record's general sources, by the
    record's pk: `.all(record=pk)`; `fields`, only those columns."""
    from .models import Source

    query_name = model._meta.get_field("sources").related_query_name()

    def build(record):
        sources = Source.objects.filter(**{query_name: record})
        return sources.only(*fields) if fields else sources

    return Prepared(build, record=int)


def _build_citations(kind, record):
    from .models import Citation

    return Citation.objects.for_records().filter(content_type_id=kind, object_id=record)


_citations_of = Prepared(_build_citations, kind=int, record=int)


def set_citations(records, citations):
    """Each record's `citations.all()` answers its share of `citations` (read by one
    query for records of one or several kinds), in their order, as after
    prefetch_related."""
    from django.contrib.contenttypes.models import ContentType

    from .prepared import prefetched

    keys = [(ContentType.objects.get_for_model(record).pk, record.pk) for record in records]
    cited = {key: [] for key in keys}
    for citation in citations:
        cited[(citation.content_type_id, citation.object_id)].append(citation)
    for key, record in zip(keys, records, strict=True):
        prefetched(record, citations=cited[key])


def citations_of(record):
    """The record's citations, as citations_prefetch() gives them, by one prepared
    query."""
    from django.contrib.contenttypes.models import ContentType

    kind = ContentType.objects.get_for_model(record).pk
    return _citations_of.all(kind=kind, record=record.pk)
