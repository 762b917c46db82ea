from django.conf import settings
from django.urls import translate_url


def languages(request):
    """Links to the same page in each language, query string kept."""
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        if query:
            url = f"{url}?{query}"
        links.append({"code": code, "name": name, "url": url})
    return {"language_links": links}
