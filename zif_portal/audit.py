"""The data-quality audit of the whole knowledge base.

Errors make `audit_zif` fail: a record without a source, a descriptive field
filled in one language only, a broken link between records, and whatever rules
the apps register (a unit in the ZIF whose parent is not). Findings are
reported, not failed: each stated figure beside what the listed records add up
to, with the difference and, where known, the reason.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils.translation import gettext as _
from modeltranslation.translator import translator

from .citations import (
    CitationFieldError,
    citable_fields,
    citations_prefetch,
    disputes,
    held_value,
    parse_value,
)
from .models import Citation, Source, Sourced

PORTAL_APPS = ("zif_portal", "territories", "governance", "plan")


@dataclass
class Problem:
    rule: str
    record: str
    message: str
    url: str = ""


@dataclass
class Finding:
    figure: str
    subject: str
    quote: str
    source: str
    stated: object
    listed: object
    difference: object
    reason: str = ""
    url: str = ""


@dataclass
class AuditReport:
    errors: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    disputes: list = field(default_factory=list)  # [(record, CitedField)]

    @property
    def ok(self):
        return not self.errors


_error_rules = []
_finding_rules = []


def register_error_rule(func):
    _error_rules.append(func)
    return func


def register_finding_rule(func):
    _finding_rules.append(func)
    return func


def portal_models():
    for model in apps.get_models():
        if model._meta.app_label in PORTAL_APPS and not model.__name__.startswith("Historical"):
            yield model


def _url(record):
    getter = getattr(record, "get_absolute_url", None)
    return getter() if getter else ""


def records_without_sources():
    for model in portal_models():
        if not issubclass(model, Sourced):
            continue
        for record in model.objects.filter(sources__isnull=True):
            yield Problem(
                "no-source",
                f"{model._meta.verbose_name}: {record}",
                _("cites no source"),
                _url(record),
            )


def one_language_only():
    for model in portal_models():
        try:
            options = translator.get_options_for_model(model)
        except Exception:  # not registered for translation
            continue
        for name in options.fields:
            for record in model.objects.all():
                es, en = getattr(record, f"{name}_es"), getattr(record, f"{name}_en")
                if bool((es or "").strip()) != bool((en or "").strip()):
                    missing = "en" if es else "es"
                    yield Problem(
                        "one-language",
                        f"{model._meta.verbose_name}: {record}",
                        _("“%(field)s” has no %(language)s text")
                        % {"field": name, "language": missing},
                        _url(record),
                    )


def values_without_any_source():
    """A value with no citation of its own, on a record that cites no source either."""
    for model in portal_models():
        if not issubclass(model, Sourced):
            continue
        records = model.objects.filter(sources__isnull=True).prefetch_related(citations_prefetch())
        for record in records:
            cited = {citation.field for citation in record.citations.all()}
            for name, model_field in citable_fields(model).items():
                if name in cited or model_field.many_to_many:
                    continue
                value = held_value(record, name)
                if value in (None, ""):
                    continue
                yield Problem(
                    "value-without-source",
                    f"{model._meta.verbose_name}: {record}",
                    _("“%(field)s” cites no source, and neither does the record") % {"field": name},
                    _url(record),
                )


def citation_problems():
    """Citations that say what cannot be: a field the record lacks, a dispute with no
    preferred value, another value that is in fact the value held, a missing record."""
    by_record = {}
    for citation in Citation.objects.select_related("content_type"):
        key = (citation.content_type_id, citation.object_id)
        by_record.setdefault(key, []).append(citation)
    for (content_type_id, object_id), citations in by_record.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        record = model._default_manager.filter(pk=object_id).first() if model else None
        if record is None:
            yield Problem(
                "citation-orphan",
                f"{_('citation')} {citations[0].pk}",
                _("cites a record that does not exist"),
            )
            continue
        label = f"{model._meta.verbose_name}: {record}"
        fields = citable_fields(model)
        by_field = {}
        for citation in citations:
            by_field.setdefault(citation.field, []).append(citation)
        for name, group in by_field.items():
            if name not in fields:
                yield Problem(
                    "citation-field",
                    label,
                    _("a citation names “%(field)s”, which this record does not have")
                    % {"field": name},
                    _url(record),
                )
                continue
            others = [c for c in group if c.value]
            if others and not any(c.preferred for c in group):
                yield Problem(
                    "dispute-without-preference",
                    label,
                    _("sources disagree on “%(field)s” and no value is marked preferred")
                    % {"field": name},
                    _url(record),
                )
            held = held_value(record, name)
            for citation in others:
                try:
                    same = parse_value(fields[name], citation.value) == held
                except CitationFieldError:
                    same = False
                    yield Problem(
                        "citation-value",
                        label,
                        _("“%(value)s” is not a value of “%(field)s”")
                        % {"value": citation.value, "field": name},
                        _url(record),
                    )
                if same:
                    yield Problem(
                        "citation-value",
                        label,
                        _("%(source)s gives as another value of “%(field)s” the value it holds")
                        % {"source": citation.source_id, "field": name},
                        _url(record),
                    )


def source_addresses_that_are_not_uris():
    for source in Source.objects.exclude(url=""):
        if not source.url.isascii():
            yield Problem(
                "source-url",
                f"{Source._meta.verbose_name}: {source.key}",
                _("its address has characters that must be percent-encoded: %(url)s")
                % {"url": source.url},
                _url(source),
            )


def broken_links():
    tables = [model._meta.db_table for model in portal_models()]
    try:
        connection.check_constraints(table_names=tables)
    except Exception as exc:  # the database names the row and the missing reference
        yield Problem("broken-link", _("database"), str(exc))


def cached_audit():
    """The audit of the data as they are now, worked out once per data version and
    language (its messages are in the visitor's language): the about-data page
    would otherwise run every rule on every visit."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from .cache import current_version

    key = f"audit:{current_version()}:{get_language()}"
    report = cache.get(key)
    if report is None:
        report = run_audit()
        cache.set(key, report, 24 * 3600)
    return report


def run_audit():
    report = AuditReport()
    rules = (
        records_without_sources,
        values_without_any_source,
        citation_problems,
        one_language_only,
        source_addresses_that_are_not_uris,
        broken_links,
        *_error_rules,
    )
    for rule in rules:
        report.errors.extend(rule())
    for rule in _finding_rules:
        report.findings.extend(rule())
    report.disputes = disputes()
    return report
