"""`reverse`, remembered per process: the same name and arguments give the same
address for the life of the process, in a given language, script prefix and URLconf.

Django resolves every {% url %} and get_absolute_url afresh, trying its patterns'
regular expressions each time: 18 addresses on a project's page were a tenth of
its time at cache miss (profiled in process at 100,000 projects). The LRU bound
keeps the memory flat when visitors spread over every record (an address is a
short string: SIZE of them take a few megabytes).
"""

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
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
def _remembered(viewname, args, kwargs, current_app, _language, _prefix, urlconf):
    # The language, prefix and URLconf are in the key because Django's reverse reads
    # them from the thread's state: i18n_patterns' prefix, SCRIPT_NAME, a request's
    # own urlconf.
    return django_reverse(
        viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


@receiver(setting_changed)
def _forget(setting, **kwargs):
    # As Django clears its own URL caches when a test changes the URLconf or the
    # languages.
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "FORCE_SCRIPT_NAME"}:
        _remembered.cache_clear()
