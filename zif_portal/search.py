"""Site-wide search over every kind of record, in both languages, accent- and case-blind.

Apps register their searchable models in ready(). Each record is indexed as a
SearchEntry with folded texts (`Sucumbíos` → `sucumbios`), so `sucumbios` finds
Sucumbíos and `sucumbíos` finds Sucumbios. Every word of the query must start a
word of the record; an exact name ranks first, then names that start with the
query, then names that contain it, then the rest.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .cache import in_batch, on_batch_end
from .models import SearchEntry
from .prepared import Prepared, execute

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


# A search ranks at most this many matching records: beyond it the visitor is told
# that more match and asked for another word, so no search sorts the whole index.
RANKED = 1000


# The entries of a page, read by one prepared query (zif_portal.prepared) of a fixed
# number of ids: in_bulk compiled an IN of each page's ids anew (0.5 ms a search).
WINDOW = 20
_entries = Prepared(
    lambda **ids: SearchEntry.objects.filter(pk__in=list(ids.values())),
    **{f"id{n}": int for n in range(WINDOW)},
)


@dataclass
class Results:
    """The ranked matches of a search: (id, kind, kind order, rank) of each, best
    first, at most RANKED of them; `more` when other records match too."""

    ranked: list
    more: bool

    @property
    def count(self):
        return len(self.ranked)

    def kinds(self):
        counts = {}
        for _id, kind, _order, _rank in self.ranked:
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    def entries(self, start, stop):
        """The SearchEntry rows of ranked[start:stop], in order, each with its `rank`."""
        window = self.ranked[start:stop]
        rows = {}
        for first in range(0, len(window), WINDOW):
            ids = [row[0] for row in window[first : first + WINDOW]]
            padded = ids + ids[-1:] * (WINDOW - len(ids))  # the same SQL for every page
            found = _entries.all(**{f"id{n}": pk for n, pk in enumerate(padded)})
            rows.update((entry.pk, entry) for entry in found)
        entries = []
        for pk, _kind, _order, rank in window:
            entry = rows[pk]
            entry.rank = rank
            entries.append(entry)
        return entries


class ResultList(Sequence):
    """The ranked results as a sequence for Django's Paginator: its length is the
    count, and a slice loads only that page's rows."""

    def __init__(self, results):
        self.results = results

    def __len__(self):
        return self.results.count

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, _step = index.indices(self.results.count)
            return self.results.entries(start, stop)
        return self.results.entries(index, index + 1)[0]


def _full_text(terms):
    """SQL selecting the ids of the entries holding every term as a word prefix, and
    its parameters: a lookup in the full-text index (FTS5 on SQLite, the tsvector's
    GIN on PostgreSQL); None on another database."""
    if connection.vendor == "postgresql":
        return (
            "SELECT id FROM zif_portal_searchentry WHERE search_vector @@ to_tsquery('simple', %s)",
            [" & ".join(f"{term}:*" for term in terms)],
        )
    if connection.vendor == "sqlite":
        return (
            "SELECT rowid AS id FROM zif_portal_searchentry_fts "
            "WHERE zif_portal_searchentry_fts MATCH %s",
            [" AND ".join(f'"{term}"*' for term in terms)],
        )
    return None


def _named(column, phrase):
    """SQL selecting the ids of the entries whose folded name in `column` starts with
    the phrase, through the column's index: a range on SQLite (binary collation; "~"
    sorts after digits, a-z and the space, all a folded name holds), LIKE on
    PostgreSQL (its varchar_pattern_ops index). The phrase is folded: no wildcard."""
    table = SearchEntry._meta.db_table
    if connection.vendor == "sqlite":
        return f"SELECT id FROM {table} WHERE {column} >= %s AND {column} < %s", [
            phrase,
            phrase + "~",
        ]
    return f"SELECT id FROM {table} WHERE {column} LIKE %s", [phrase + "%"]


def _candidates(terms, phrase):
    """(SQL selecting the ids of the entries to rank and its parameters, whether more
    match than RANKED): up to RANKED matches from the full-text index, plus up to
    RANKED entries whose name starts with the query, so that an exact name is ranked
    even when thousands of other records hold the same words. Each lookup is bounded."""
    full_text = _full_text(terms)
    if full_text is None:  # another database: the same prefixes, without an index
        entries = SearchEntry.objects.all()
        for term in terms:
            entries = entries.filter(text__regex=rf"(^| ){re.escape(term)}")
        ids = list(entries.values_list("pk", flat=True)[: RANKED + 1])
        named = Q(title_es_folded__startswith=phrase) | Q(title_en_folded__startswith=phrase)
        candidates = SearchEntry.objects.filter(Q(pk__in=ids[:RANKED]) | named).values("pk")
        sql, params = candidates.query.sql_with_params()
        return sql, list(params), len(ids) > RANKED
    sql, params = full_text
    with connection.cursor() as cursor:
        execute(cursor, f"SELECT COUNT(*) FROM ({sql} LIMIT %s) found", [*params, RANKED + 1])
        more = cursor.fetchone()[0] > RANKED
    parts, values = [f"SELECT id FROM ({sql} LIMIT %s) matched"], [*params, RANKED]
    for n, column in enumerate(("title_es_folded", "title_en_folded")):
        named, named_params = _named(column, phrase)
        parts.append(f"SELECT id FROM ({named} LIMIT %s) named_{n}")
        values += [*named_params, RANKED]
    return " UNION ".join(parts), values, more


def _ranked_sql(candidates):
    """The candidates ranked, in SQL written out: built by the ORM (a CASE over six
    conditions) the query took 1.2 of a search's 2.6 ms to compile, against 0.1 to
    run. The folded phrase holds only a-z, digits and single spaces: no LIKE
    wildcard to escape."""
    table = SearchEntry._meta.db_table
    either = "(title_es_folded {0} %s OR title_en_folded {0} %s)"
    return (
        f"SELECT id, kind, kind_order, CASE WHEN {either.format('=')} THEN 0 "
        f"WHEN {either.format('LIKE')} THEN 1 WHEN {either.format('LIKE')} THEN 2 ELSE 3 END "
        f"AS search_rank FROM {table} WHERE id IN ({candidates}) "
        "ORDER BY search_rank, kind_order, title_es_folded, id LIMIT %s"
    )


def search(query):
    """The matching entries, ranked: an exact name first, then names that start with
    the query, then names that contain it, then the rest; within a rank by kind and
    name. Raises QueryError for a query that cannot be searched.

    Bounded whatever the size of the index (see `_candidates`): at most RANKED
    entries are ranked, and `more` says when other records match too."""
    terms = parse(query)
    phrase = " ".join(terms)
    candidates, params, more = _candidates(terms, phrase)
    ranks = [phrase, phrase, f"{phrase}%", f"{phrase}%", f"%{phrase}%", f"%{phrase}%"]
    with connection.cursor() as cursor:
        # The same text for every query of a database: prepared once on PostgreSQL.
        execute(cursor, _ranked_sql(candidates), [*ranks, *params, RANKED])
        ranked = [tuple(row) for row in cursor.fetchall()]
    return Results(ranked=ranked, more=more)


def kind_labels():
    return {s.kind: s.label for s in kinds()}
