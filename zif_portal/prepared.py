"""Querysets whose SQL is built once, then run again and again with new values.

Django builds a query's SQL on every evaluation: for a keyed lookup on a wide
translated row that is 0.2-0.5 ms, where the database answers in 0.03 ms. A record
read by its key through eight such queries spent most of its time building SQL
(API project records: 16 ms at 100,000 projects, ORM compilation first in the
profile). `Prepared` builds the queryset with marker values, compiles it once per
thread, database and language, and from then on only swaps the markers for the
values asked for: the rows still go through the ORM's own converters and model
population (select_related included), so what comes out is what the queryset
itself would give.

    unit = Prepared(lambda code: AdministrativeUnit.objects.filter(code=code), code=str)
    unit.first(code="EC-07")

A parameter is an exact value of the query, or a text within one of its values
(`startswith` gives `LIKE 'EC-07%'`, SQLite's `code__within` a range ending at
"EC-07~"): there the value asked for takes the marker's place, which gives what the
lookup itself gives for a plain value (letters, digits and "-", the characters of
codes and slugs, which no lookup escapes); any other value is read through the ORM.
A lookup that changes the text itself (upper-casing it) does not find its marker:
building fails loudly.

On PostgreSQL the statement is also prepared on the server, once per connection
(PREPARE, then EXECUTE): planning a project's row with its five joined relations
took 1.6 ms, three times running it. PREPARE and DEALLOCATE are not transactional
(a prepared statement outlives the rollback of the transaction that prepared it),
so a connection's statements are known by the connection alone.
"""

import itertools
import re
import sqlite3
import threading

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.query import ModelIterable, ValuesIterable, get_related_populators
from django.utils.translation import get_language
from modeltranslation.manager import FallbackValuesIterable

# Within every integer column's range, the smallest included (a value outside a
# field's range empties the query instead of reaching the SQL). A constant of the
# query equal to a marker is told apart by compiling twice, with two markers.
_MARKER_INT = 32_100

_statement_numbers = itertools.count(1)
_PLACEHOLDER = re.compile(r"%[s%]")
# A text no lookup escapes or rewrites, which may stand within a value (see above).
_PLAIN = re.compile(r"[A-Za-z0-9-]*\Z")


def _numbered(sql):
    """Django's SQL (%s placeholders, %% for a percent sign) as PREPARE takes it."""
    numbers = itertools.count(1)
    return _PLACEHOLDER.sub(lambda m: "%" if m[0] == "%%" else f"${next(numbers)}", sql)


def _prepared_on(wrapper):
    """The names of the statements prepared on the wrapper's current connection."""
    known = wrapper.__dict__.get("_zif_prepared")
    if known is None or known[0] is not wrapper.connection:
        known = wrapper.__dict__["_zif_prepared"] = (wrapper.connection, set())
    return known[1]


_statement_names = {}


def execute(cursor, sql, params, *, wrapper=None):
    """cursor.execute(sql, params), through a statement prepared on the server on
    PostgreSQL (see above): for SQL whose text is the same on every call, with
    the values as parameters."""
    wrapper = wrapper or cursor.db
    if wrapper.vendor == "sqlite":
        _execute_sqlite(cursor, sql, params, wrapper)
        return
    if wrapper.vendor != "postgresql":
        cursor.execute(sql, params)
        return
    name = _statement_names.get(sql)
    if name is None:
        name = _statement_names.setdefault(sql, f"zif_prepared_{next(_statement_numbers)}")
    statements = _prepared_on(wrapper)
    if name not in statements:
        cursor.execute(f"PREPARE {name} AS {_numbered(sql)}")
        statements.add(name)
    placeholders = f" ({', '.join(['%s'] * len(params))})" if params else ""
    cursor.execute(f"EXECUTE {name}{placeholders}", params)


_sqlite_statements = {}


def _execute_sqlite(cursor, sql, params, wrapper):
    """As Django's SQLite cursor runs it, with the text's %s turned into ? once per
    statement, not by a regular expression on every run (a tenth of an API record's
    time at 100,000 projects, profiled in process). Where queries are logged or
    wrapped (DEBUG, the tests' query counts), through Django's own path."""
    if wrapper.queries_logged or wrapper.execute_wrappers:
        cursor.execute(sql, params)
        return
    converted = _sqlite_statements.get(sql)
    if converted is None:
        converted = _sqlite_statements[sql] = cursor.cursor.convert_query(sql)
    wrapper.validate_no_broken_transaction()
    with wrapper.wrap_database_errors:
        sqlite3.Cursor.execute(cursor.cursor, converted, params)


def _marker(name, kind, index, variant=0):
    if kind is int:
        return _MARKER_INT + 2 * index + variant
    if kind is str:
        # Both cases, so that a lookup that upper- or lower-cases its value loses it.
        return f"\x00Prepared:{name}:{variant}\x00"
    raise TypeError(f"Prepared parameters are str or int, not {kind!r}")


def _markers(kinds, variant):
    return {name: _marker(name, kind, i, variant) for i, (name, kind) in enumerate(kinds.items())}


class _Compiled:
    def __init__(self, build, kinds, alias):
        """Compiled twice, with two sets of markers: a parameter is where the first
        set's marker and the second's stand; every other value must be the same."""
        first, second = _markers(kinds, 0), _markers(kinds, 1)
        queryset = build(**first)
        compiler = queryset.query.get_compiler(alias)
        sql, params = compiler.as_sql()
        other_sql, other_params = build(**second).query.get_compiler(alias).as_sql()
        by_marker = {marker: name for name, marker in first.items()}
        pairs = list(zip(params, other_params, strict=False))
        self.slots = [
            by_marker.get(a) if by_marker.get(a) and second[by_marker[a]] == b else None
            for a, b in pairs
        ]
        # Where a text marker stands within a value: (name, before, after).
        self.within = {}
        for i, (a, b) in enumerate(pairs):
            if self.slots[i] is None and isinstance(a, str) and isinstance(b, str):
                for name, kind in kinds.items():
                    parts = a.split(first[name]) if kind is str else ()
                    if len(parts) == 2 and b.split(second[name]) == parts:
                        self.slots[i] = name
                        self.within[i] = tuple(parts)
        self.embedded = {self.slots[i] for i in self.within}
        unmatched = set(kinds) - set(self.slots)
        rewritten = (sql, len(params)) != (other_sql, len(other_params)) or any(
            slot is None and a != b for slot, (a, b) in zip(self.slots, pairs, strict=True)
        )
        if unmatched or rewritten:
            raise ValueError(
                f"Prepared query: parameters {sorted(unmatched) or '?'} are not exact values "
                "of the query (a lookup rewrote them)."
            )
        self.sql, self.params, self.compiler, self.alias = sql, list(params), compiler, alias
        columns = [selected[0] for selected in compiler.select[: compiler.col_count]]
        self.converters = compiler.get_converters(columns)
        iterable = queryset._iterable_class
        self.values = iterable in (ValuesIterable, FallbackValuesIterable)
        if self.values:
            query = queryset.query
            self.names = [*query.extra_select, *query.values_select, *query.annotation_select]
            folded = getattr(queryset, "translation_fields", ())
            if folded:
                # modeltranslation reads a translated name from its language columns
                # and folds them back in its own iterable: name the columns instead.
                raise ValueError(f"Prepared query: name the columns of {sorted(folded)}.")
        elif iterable is not ModelIterable:
            raise ValueError("Prepared query: a plain or values() queryset only.")

    def rows(self, values):
        params = [
            values[slot] if slot else param
            for slot, param in zip(self.slots, self.params, strict=True)
        ]
        for i, (before, after) in self.within.items():
            params[i] = before + params[i] + after
        wrapper = connections[self.alias]
        with wrapper.cursor() as cursor:
            execute(cursor, self.sql, params, wrapper=wrapper)
            fetched = cursor.fetchall()
        if fetched and self.converters:
            return list(self.compiler.apply_converters(fetched, self.converters))
        return fetched

    def dicts(self, values):
        return [dict(zip(self.names, row, strict=True)) for row in self.rows(values)]

    def instances(self, values):
        """As ModelIterable builds them, from rows already fetched."""
        compiler = self.compiler
        select, klass_info = compiler.select, compiler.klass_info
        annotation_col_map = compiler.annotation_col_map
        model_cls = klass_info["model"]
        select_fields = klass_info["select_fields"]
        start, end = select_fields[0], select_fields[-1] + 1
        init_list = [f[0].target.attname for f in select[start:end]]
        populators = get_related_populators(klass_info, select, self.alias)
        objects = []
        for row in self.rows(values):
            obj = model_cls.from_db(self.alias, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in annotation_col_map.items():
                setattr(obj, name, row[position])
            objects.append(obj)
        return objects


def prefetched(instance, **lists):
    """Each `instance.<name>.all()` answers its list, as after prefetch_related. Lists,
    not querysets, so that filtering one fails loudly instead of querying without the
    relation's condition. Returns the instance."""
    cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    cache.update(lists)
    return instance


class Prepared:
    def __init__(self, build, **params):
        """`build(**markers)` returns the queryset; `params` maps each parameter's name
        to its type (str or int)."""
        for name, kind in params.items():
            _marker(name, kind, 0)  # a type without a marker fails here, not at first use
        self._build = build
        self._kinds = params
        self._local = threading.local()

    def _compiled(self, alias):
        key = (alias, get_language())
        cache = getattr(self._local, "compiled", None)
        if cache is None:
            cache = self._local.compiled = {}
        compiled = cache.get(key)
        if compiled is None:
            compiled = cache[key] = _Compiled(self._build, self._kinds, alias)
        return compiled

    def _values(self, values):
        if set(values) != set(self._kinds):
            raise TypeError(f"Prepared query takes {sorted(self._kinds)}, got {sorted(values)}")
        return values

    def all(self, alias=DEFAULT_DB_ALIAS, **values):
        """The rows: model instances, or dicts for a values() queryset."""
        compiled = self._compiled(alias)
        values = self._values(values)
        if any(not _PLAIN.match(values[name]) for name in compiled.embedded):
            return list(self._build(**values).using(alias))
        return compiled.dicts(values) if compiled.values else compiled.instances(values)

    def first(self, alias=DEFAULT_DB_ALIAS, **values):
        rows = self.all(alias, **values)
        return rows[0] if rows else None
