"""Compressed responses, except where a page carries a secret."""

from corsheaders.middleware import CorsMiddleware
from django.middleware.gzip import GZipMiddleware

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

# Compressing pages that carry a CSRF token next to attacker-chosen text opens them
# to BREACH; the admin and the login forms are left uncompressed.
UNCOMPRESSED_PREFIXES = ("/es/admin/", "/en/admin/", "/admin/")


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(UNCOMPRESSED_PREFIXES):
            return response
        return super().process_response(request, response)


class RejectControlCharactersMiddleware:
    """A NUL or other control character in the address is never meaningful here, and
    PostgreSQL refuses NUL in text: answer 400 before any view sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        values = [request.path, *request.GET.keys()]
        for items in request.GET.lists():
            values.extend(items[1])
        if any(_has_control_characters(value) for value in values):
            from .errors import bad_request

            return bad_request(request)
        return self.get_response(request)


def _has_control_characters(text):
    return any(ord(char) < 32 and char not in "\t\n\r" for char in text)


class ReadOnlyCorsMiddleware(CorsMiddleware):
    """CORS for reads only: a GET, HEAD or OPTIONS from another origin is answered with
    `Access-Control-Allow-Origin: *`; a write from another origin gets no CORS header,
    so the browser does not let the page read the answer (and the preflight of a JSON
    or authenticated write offers only the read methods)."""

    def is_enabled(self, request):
        return request.method in SAFE_METHODS and super().is_enabled(request)
