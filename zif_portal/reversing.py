"""`reverse`, remembered per process: the same name and arguments give the same
address for the life of the process, in a given language, script prefix and URLconf.

Django resolves every {% url %} and get_absolute_url afresh, trying its patterns'
regular expressions each time: 18 addresses on a project's page were a tenth of
its time at cache miss (profiled in process at 100,000 projects). The LRU bound
keeps the memory flat when visitors spread over every record (an address is a
short string: SIZE of them take a few megabytes).

An address nobody asked for before (a record's page, its feed, its API twin: half a
dozen on each record's page) is the view's address with the record's key put in:
each view's address is reversed once with a stand-in for each keyword (`_shape`),
and a key that its converter accepts and that a URL carries as it is goes in its
place. Anything else goes to Django's own reverse.
"""

import re
from functools import lru_cache
from itertools import product

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, Resolver404, get_script_prefix, get_urlconf, resolve
from django.urls import reverse as django_reverse
from django.utils.translation import get_language

SIZE = 16_384
# Values whose address is their str(); bool is left out because the memo's key holds
# True and 1 as one (the addresses ".../True/" and ".../1/" differ).
_PLAIN = (str, int)


def _plain(value):
    return isinstance(value, _PLAIN) and not isinstance(value, bool)


def reverse(viewname, args=None, kwargs=None, current_app=None):
    """As django.urls.reverse (NoReverseMatch included). Remembered for a view's name
    with strings and integers as arguments; anything else (a view function, a model
    instance, whose address would follow its str()) goes to Django's own."""
    key_args = tuple(args) if args else ()
    key_kwargs = tuple(sorted(kwargs.items())) if kwargs else ()
    values = (*key_args, *(v for _k, v in key_kwargs))
    if not isinstance(viewname, str) or not all(_plain(value) for value in values):
        return django_reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)
    return _remembered(
        viewname,
        key_args,
        key_kwargs,
        current_app,
        get_language(),
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
    )


@lru_cache(maxsize=SIZE)
def _remembered(viewname, args, kwargs, current_app, language, prefix, urlconf):
    # The language, prefix and URLconf are in the key because Django's reverse reads
    # them from the thread's state: i18n_patterns' prefix, SCRIPT_NAME, a request's
    # own urlconf.
    if kwargs and not args:
        shape = _shape(
            viewname, tuple(k for k, _v in kwargs), current_app, language, prefix, urlconf
        )
        if shape is not None:
            address = shape.fill(kwargs)
            if address is not None:
                return address
    return django_reverse(
        viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


def keyed(viewname, keyword):
    """`key -> reverse(viewname, kwargs={keyword: key})`, for rows drawn by string
    formatting that address one view per row: the view's shape is looked up once per
    table, and each key goes in its place when its converter accepts it as a URL
    carries it (anything else goes to Django's reverse)."""
    shape = _shape(
        viewname,
        (keyword,),
        None,
        get_language(),
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
    )

    def address(key):
        filled = shape.fill(((keyword, key),)) if shape is not None else None
        return filled if filled is not None else django_reverse(viewname, kwargs={keyword: key})

    return address


# What each of Django's converters accepts; a keyword of any other converter goes to
# Django's reverse every time.
_ACCEPTS = {
    "str": re.compile(r"[^/]+"),
    "slug": re.compile(r"[-a-zA-Z0-9_]+"),
    "int": re.compile(r"[0-9]+"),
}
# Characters that quote() leaves as they are: a key of these goes in unchanged.
_AS_IS = re.compile(r"[A-Za-z0-9_.~-]+")
_ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<parameter>[^>]+)>")
# Stand-ins, one of letters and one of digits per keyword (an int converter takes
# only the second); neither can be mistaken for the rest of an address.
_LETTERS = "zzstandin{}zz"
_DIGITS = "9876543210{}"


class _Shape:
    def __init__(self, template, names, checks):
        # The address's literal parts, with the keywords' places between them.
        pieces = re.split("\x00([0-9]+)\x00", template)
        self.parts = [
            (piece, None) if i % 2 == 0 else ("", names[int(piece)])
            for i, piece in enumerate(pieces)
        ]
        self.checks = checks

    def fill(self, kwargs):
        texts = {}
        for name, value in kwargs:
            text = str(value)
            if not (_AS_IS.fullmatch(text) and self.checks[name].fullmatch(text)):
                return None
            texts[name] = text
        return "".join(texts[name] if name else literal for literal, name in self.parts)


@lru_cache(maxsize=1024)
def _shape(viewname, names, current_app, _language, _prefix, urlconf):
    """The view's address with a stand-in for each keyword, and what each keyword's
    converter accepts; None where that is not certain (an unknown converter, two
    patterns of the name that the stand-ins tell apart, a stand-in the address
    changes or repeats)."""
    found = {}
    for kinds in product((_LETTERS, _DIGITS), repeat=len(names)):
        stand_ins = {
            name: kind.format(i) for i, (name, kind) in enumerate(zip(names, kinds, strict=True))
        }
        try:
            address = django_reverse(
                viewname, urlconf=urlconf, kwargs=stand_ins, current_app=current_app
            )
        except NoReverseMatch:
            continue
        if any(address.count(stand_in) != 1 for stand_in in stand_ins.values()):
            return None
        template = address
        for i, name in enumerate(names):
            template = template.replace(stand_ins[name], f"\x00{i}\x00")
        found[kinds] = (address, stand_ins, template)
    if not found or len({template for _a, _s, template in found.values()}) != 1:
        return None
    address, _stand_ins, template = next(iter(found.values()))
    try:
        route = resolve(address[len(_prefix) - 1 :], urlconf=urlconf).route
    except Resolver404:
        return None
    converters = {m["parameter"]: m["converter"] or "str" for m in _ROUTE_PARAMETER.finditer(route)}
    checks = {name: _ACCEPTS.get(converters.get(name)) for name in names}
    if any(check is None for check in checks.values()):
        return None
    return _Shape(template, names, checks)


@receiver(setting_changed)
def _forget(setting, **kwargs):
    # As Django clears its own URL caches when a test changes the URLconf or the
    # languages.
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "FORCE_SCRIPT_NAME"}:
        _remembered.cache_clear()
        _shape.cache_clear()
