"""Natural-key lookups remembered for the length of a load.

A fixture names each source, unit and country it links to by its key; a load
would otherwise look the same source up hundreds of times.
"""

import contextvars
from contextlib import contextmanager

_memo = contextvars.ContextVar("natural_key_memo", default=None)


@contextmanager
def remembered_natural_keys():
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def get_by_key(queryset, **lookup):
    memo = _memo.get()
    if memo is None:
        return queryset.get(**lookup)
    key = (queryset.model, tuple(sorted(lookup.items())))
    if key not in memo:
        memo[key] = queryset.get(**lookup)
    return memo[key]
