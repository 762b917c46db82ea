"""Search latency on the portal's data: p50 and p95 of /api/v1/search/ answers.

    DEBUG=1 python bench/search.py [--rounds 20]          # the database of DATABASE_URL

Requests go through Django's test client in this process (no network, no page
cache), so the figure is the search's own cost. Load the data first
(`manage.py load_zif`). Target: p95 under 50 ms on the portal's data.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zif_portal.settings")
os.environ["ZIF_PAGE_CACHE_SECONDS"] = "0"
os.environ.setdefault("ANON_THROTTLE_RATE", "100000000/minute")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

QUERIES = [
    "zamora",
    "sucumbios",
    "jaen",
    "comite",
    "loja piura",
    "gabinete",
    "vizcarra",
    "cafe",
    "el oro",
    "frontera",
    "plan binacional",
    "machala",
    "piura",
    "amazonas",
    "tumbes",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    client = Client(HTTP_HOST="127.0.0.1")
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            response = client.get("/api/v1/search/", {"q": query})
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.content
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{len(timings)} searches: p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms")
    sys.exit(0 if p95 < 50 else 1)


if __name__ == "__main__":
    main()
