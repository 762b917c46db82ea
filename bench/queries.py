"""SQL queries and bytes of one request to each URL, through Django's test client.

    python bench/queries.py URL [URL ...]     # prints one JSON object

Run by bench/scale.py with the benchmark's database and the page cache off, so
the count is what a page costs when it is not cached.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ["ZIF_PAGE_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def measure(client, url):
    client.get(url)  # the first request of a process warms caches of its own
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    return {
        "status": response.status_code,
        "queries": len(context.captured_queries),
        "bytes": len(response.content),
        "gzip": response.get("Content-Encoding") == "gzip",
    }


def main():
    client = Client()
    print(json.dumps({url: measure(client, url) for url in sys.argv[1:]}))


if __name__ == "__main__":
    main()
