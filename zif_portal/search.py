"""Site-wide search over every kind of record, in both languages, accent- and case-blind.

Apps register their searchable models in ready(). Each record is indexed as a
SearchEntry with folded texts (`Sucumbíos` → `sucumbios`), so `sucumbios` finds
Sucumbíos and `sucumbíos` finds Sucumbios. Every word of the query must start a
word of the record; an exact name ranks first, then names that start with the
query, then names that contain it, then the rest.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .cache import in_batch, on_batch_end
from .models import SearchEntry

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8


def fold(text):
    """Lower case, no accents, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"[0-9a-z]+", bare))


@dataclass
class Searchable:
    model: type
    kind: str
    label: object
    order: int
    title: callable
    texts: callable
    key: callable
    queryset: callable = None
    extra: dict = field(default_factory=dict)


_registry = {}


def register_searchable(model, *, kind, label, order, title, texts, key, queryset=None):
    """`title(record)` gives the name shown; `texts(record)` everything else to search."""
    _registry[model._meta.label] = Searchable(
        model, kind, label, order, title, texts, key, queryset
    )
    # Per model, so that other models (the index itself) keep Django's fast delete.
    uid = model._meta.label
    post_save.connect(_on_save, sender=model, dispatch_uid=f"zif-search-save-{uid}")
    post_delete.connect(_on_delete, sender=model, dispatch_uid=f"zif-search-delete-{uid}")


def kinds():
    return sorted(_registry.values(), key=lambda s: s.order)


def _entry_fields(searchable, record):
    titles, urls = {}, {}
    for language in ("es", "en"):
        with translation.override(language):
            titles[language] = str(searchable.title(record))
            urls[language] = record.get_absolute_url()
    text_parts = [titles["es"], titles["en"], *searchable.texts(record)]
    return {
        "kind": searchable.kind,
        "kind_order": searchable.order,
        "key": str(searchable.key(record)),
        "title_es": titles["es"][:300],
        "title_en": titles["en"][:300],
        "title_es_folded": fold(titles["es"])[:300],
        "title_en_folded": fold(titles["en"])[:300],
        "url_es": urls["es"],
        "url_en": urls["en"],
        "text": fold(" ".join(str(part) for part in text_parts if part)),
    }


def index_record(record):
    searchable = _registry.get(record._meta.label)
    if searchable is None or record.pk is None:
        return
    SearchEntry.objects.update_or_create(
        model=record._meta.label,
        object_id=record.pk,
        defaults=_entry_fields(searchable, record),
    )


def rebuild_index():
    SearchEntry.objects.all().delete()
    entries = []
    for searchable in kinds():
        queryset = searchable.queryset() if searchable.queryset else searchable.model.objects.all()
        for record in queryset.iterator(chunk_size=2000):
            entries.append(
                SearchEntry(
                    model=record._meta.label,
                    object_id=record.pk,
                    **_entry_fields(searchable, record),
                )
            )
            if len(entries) >= 2000:
                SearchEntry.objects.bulk_create(entries)
                entries = []
    SearchEntry.objects.bulk_create(entries)


def _on_save(sender, instance, raw=False, **kwargs):
    if not raw and sender._meta.label in _registry and not in_batch():
        index_record(instance)


def _on_delete(sender, instance, **kwargs):
    if sender._meta.label in _registry:
        SearchEntry.objects.filter(model=sender._meta.label, object_id=instance.pk).delete()


def connect_signals():
    # A batch (load_zif, restore, CSV import) rebuilds the index once at its end.
    on_batch_end(rebuild_index)


class QueryError(ValueError):
    """A query that cannot be searched, with a message for the visitor."""


def parse(query):
    query = (query or "").strip()
    if not query:
        raise QueryError(_("Type a word to search for, e.g. a province, a canton or a mechanism."))
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(
            _("The search is too long: at most %(n)d characters.") % {"n": MAX_QUERY_LENGTH}
        )
    terms = fold(query).split()
    if not terms:
        raise QueryError(_("The search has no letters or digits to look for."))
    return terms[:MAX_TERMS]


def search(query):
    """Matching entries, best first. Raises QueryError for a query that cannot be searched."""
    terms = parse(query)
    phrase = " ".join(terms)
    entries = SearchEntry.objects.all()
    if connection.vendor == "postgresql":
        entries = entries.extra(
            where=["search_vector @@ to_tsquery('simple', %s)"],
            params=[" & ".join(f"{term}:*" for term in terms)],
        )
    else:
        for term in terms:
            entries = entries.filter(text__regex=rf"(^| ){re.escape(term)}")
    title = Q(title_es_folded=phrase) | Q(title_en_folded=phrase)
    starts = Q(title_es_folded__startswith=phrase) | Q(title_en_folded__startswith=phrase)
    contains = Q(title_es_folded__contains=phrase) | Q(title_en_folded__contains=phrase)
    return entries.annotate(
        rank=Case(
            When(title, then=Value(0)),
            When(starts, then=Value(1)),
            When(contains, then=Value(2)),
            default=Value(3),
            output_field=IntegerField(),
        )
    ).order_by("rank", "kind_order", "title_es_folded", "pk")


def kind_labels():
    return {s.kind: s.label for s in kinds()}
