"""Compressed responses, except where a page carries a secret."""

import gzip
import secrets

from corsheaders.middleware import CorsMiddleware
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

# Compressing pages that carry a CSRF token next to attacker-chosen text opens them
# to BREACH; the admin and the login forms are left uncompressed.
UNCOMPRESSED_PREFIXES = ("/es/admin/", "/en/admin/", "/admin/")


# Django compresses at level 6. The pages with a map weigh 100-200 KB: at level 4 their
# compression cost a third of level 6's (6.5 -> 2.3 ms for a project list) for 6-10 %
# more bytes, and at level 2 a quarter less again (a zone's 190 KB page 2.2 -> 1.6 ms,
# a unit's 150 KB 1.9 -> 1.3 ms, a project's 97 KB 1.1 -> 0.85 ms) for 13-14 % more
# bytes than level 4 (42.6 -> 48.6 KB, 35.3 -> 40.2 KB, 23.7 -> 26.8 KB): between a
# tenth and a fifth of those pages' work at cache miss. Level 3 is slower than 4.
LEVEL = 2
MIN_LENGTH = 200  # as Django: not worth it below


def compress(content, max_random_bytes):
    """gzip at LEVEL with, as Django does against BREACH, a random file name of 1 to
    `max_random_bytes` characters in the header, so that a page's compressed length
    varies from one answer to the next."""
    data = gzip.compress(content, compresslevel=LEVEL, mtime=0)
    length = secrets.randbelow(max_random_bytes) + 1
    name = secrets.token_hex(length)[:length]
    header = bytearray(data[:10])
    header[3] = gzip.FNAME
    return bytes(header) + name.encode() + b"\x00" + data[10:]


class CompressionMiddleware(GZipMiddleware):
    """Django's GZipMiddleware at LEVEL, not for the admin. Streaming responses (the
    exports) are Django's own."""

    def process_response(self, request, response):
        if request.path.startswith(UNCOMPRESSED_PREFIXES):
            return response
        if response.streaming:
            return super().process_response(request, response)
        if len(response.content) < MIN_LENGTH or response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if not re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return response
        compressed = compress(response.content, self.max_random_bytes)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag  # RFC 9110 8.8.1, as Django
        response.headers["Content-Encoding"] = "gzip"
        return response


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
