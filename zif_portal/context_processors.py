from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def languages(request):
    """Links to the same page in each language, query string kept."""
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, _name in settings.LANGUAGES:
        # Each language is offered in its own name: “English”, “Español”.
        name = get_language_info(code)["name_local"].capitalize()
        url = translate_url(request.path, code)
        if query:
            url = f"{url}?{query}"
        links.append({"code": code, "name": name, "url": url})
    return {"language_links": links}


def as_of_today(request):
    """The address of the same page as of today: the query string without `as_of`."""
    if "as_of" not in request.GET:
        return {}
    query = request.GET.copy()
    query.pop("as_of", None)
    query.pop("page", None)
    encoded = query.urlencode()
    return {"as_of_today_url": f"{request.path}?{encoded}" if encoded else request.path}
