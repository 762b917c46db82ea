import functools

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def languages(request):
    """Links to the same page in each language, query string kept."""
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, _name in settings.LANGUAGES:
        url = _in_language(request.path, code)
        if query:
            url = f"{url}?{query}"
        links.append({"code": code, "name": _local_name(code), "url": url})
    return {"language_links": links}


@functools.cache
def _local_name(code):
    # Each language is offered in its own name: “English”, “Español”.
    return get_language_info(code)["name_local"].capitalize()


def _in_language(path, code):
    """The path in another language. The portal's paths differ between languages
    only by their prefix (/es/…, /en/…: no pattern is translated), so the prefix is
    swapped; translate_url resolved and reversed the path for each language, a tenth
    of the home page's time at cache miss. Paths outside the prefixed ones go
    through translate_url, which leaves what it cannot resolve as it is."""
    prefix, _, rest = path[1:].partition("/")
    if prefix in _LANGUAGE_CODES:
        return f"/{code}/{rest}"
    return translate_url(path, code)


_LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)


def as_of_today(request):
    """The address of the same page as of today: the query string without `as_of`."""
    if "as_of" not in request.GET:
        return {}
    query = request.GET.copy()
    query.pop("as_of", None)
    query.pop("page", None)
    encoded = query.urlencode()
    return {"as_of_today_url": f"{request.path}?{encoded}" if encoded else request.path}
