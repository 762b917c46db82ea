"""The long tail: for each kind of page and endpoint, many distinct URLs drawn at random.

    python bench/longtail.py [--seed 1]     # prints one JSON list of rows

Run by bench/scale.py against the benchmark's database. Each row is
[kind, name, paths]; wrk sends the paths of a row in a random order, with the page
cache off, so every request does its full work, as it does for the visitors and API
clients spread over thousands of URLs (each project, each unit, each combination of
filters, each search) whom a page cache rarely answers.
"""

import json
import os
import random
import sys
from itertools import product
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from governance.models import CoordinationMechanism, Meeting, Person  # noqa: E402
from plan.models import Programme, Project, ProjectStatus, ValueChain  # noqa: E402
from territories.models import AdministrativeUnit, Level, Zone  # noqa: E402
from zif_portal.models import SearchEntry  # noqa: E402

FILTER_COMBINATIONS = 2_000
SEARCHES = 400
DETAIL_SAMPLE = 20_000


def languages(rng, paths):
    return [f"/{rng.choice(('es', 'en'))}{path}" for path in paths]


def sample(rng, population, n):
    population = list(population)
    return rng.sample(population, min(n, len(population)))


def combinations(rng, axes, n):
    """`n` distinct query strings drawn from the product of the filter axes (each axis
    a list of values, "" meaning the filter left out), the empty query excluded."""
    names = list(axes)
    space = [c for c in product(*(axes[name] for name in names)) if any(c)]
    picked = sample(rng, space, n)
    return [
        urlencode([(k, v) for k, v in zip(names, values, strict=True) if v]) for values in picked
    ]


def search_queries(rng, n):
    """Half one word, half two words, taken from the titles of the index so that they
    find something (a real province, a synthetic project's words)."""
    titles = list(SearchEntry.objects.values_list("title_es_folded", flat=True))
    words = sorted({w for t in titles for w in t.split() if len(w) > 2 and not w.isdigit()})
    single = sample(rng, words, n // 2)
    pairs = set()
    while len(pairs) < n - len(single):
        title = rng.choice(titles).split()
        if len(title) >= 2:
            i = rng.randrange(len(title) - 1)
            pairs.add(" ".join(title[i : i + 2]))
    return [*single, *sorted(pairs)]


def rows(seed=1):
    rng = random.Random(seed)
    units = list(AdministrativeUnit.objects.values_list("code", flat=True))
    provinces = list(AdministrativeUnit.objects.above_local_level().values_list("code", flat=True))
    projects = sample(rng, Project.objects.values_list("slug", flat=True), DETAIL_SAMPLE)
    meetings = sample(rng, Meeting.objects.values_list("slug", flat=True), DETAIL_SAMPLE)
    people = sample(rng, Person.objects.values_list("slug", flat=True), DETAIL_SAMPLE)
    mechanisms = list(CoordinationMechanism.objects.values_list("slug", flat=True))
    chains = list(ValueChain.objects.values_list("slug", flat=True))
    programmes = list(Programme.objects.values_list("slug", flat=True))
    zones = list(Zone.objects.values_list("slug", flat=True))
    years = [str(y) for y in range(1999, 2026)]

    project_filters = combinations(
        rng,
        {
            "territory": ["", *sample(rng, units, 300), *provinces],
            "status": ["", *ProjectStatus.values],
            "year": ["", *years],
            "value_chain": ["", *chains],
            "programme": ["", *programmes],
            "country": ["", "EC", "PE"],
        },
        FILTER_COMBINATIONS,
    )
    meeting_filters = combinations(
        rng,
        {
            "mechanism": ["", *mechanisms],
            "country": ["", "EC", "PE"],
            "year": ["", *years],
            "person": ["", *people[:200]],
        },
        FILTER_COMBINATIONS,
    )
    unit_filters = combinations(
        rng,
        {
            "country": ["", "EC", "PE"],
            "level": ["", *Level.values],
            "parent": ["", *provinces],
            "in_zif": ["", "true", "false"],
        },
        FILTER_COMBINATIONS,
    )
    searches = [urlencode({"q": q}) for q in search_queries(rng, SEARCHES)]
    return [
        ("html", "Home", ["/es/", "/en/"]),
        ("html", "Project pages", languages(rng, [f"/projects/{s}/" for s in projects])),
        ("html", "Unit pages, every unit", languages(rng, [f"/territories/{c}/" for c in units])),
        (
            "html",
            "Units, filter combinations",
            languages(rng, [f"/territories/?{q}" for q in unit_filters]),
        ),
        (
            "html",
            "Projects, 2,000 filter combinations",
            languages(rng, [f"/projects/?{q}" for q in project_filters]),
        ),
        (
            "html",
            "Meetings, 2,000 filter combinations",
            languages(rng, [f"/meetings/?{q}" for q in meeting_filters]),
        ),
        ("html", "Meeting pages", languages(rng, [f"/meetings/{s}/" for s in meetings])),
        ("html", "Person pages", languages(rng, [f"/people/{s}/" for s in people])),
        (
            "html",
            "Mechanism pages",
            [f"/{lang}/mechanisms/{s}/" for s in mechanisms for lang in ("es", "en")],
        ),
        (
            "html",
            "Value chain pages",
            [f"/{lang}/value-chains/{s}/" for s in chains for lang in ("es", "en")],
        ),
        ("html", "Zone pages", [f"/{lang}/zones/{s}/" for s in zones for lang in ("es", "en")]),
        (
            "html",
            "Search, 400 of one and two words",
            languages(rng, [f"/search/?{q}" for q in searches]),
        ),
        ("api", "API project records", [f"/api/v1/projects/{s}/" for s in projects]),
        ("api", "API unit records, every unit", [f"/api/v1/territories/{c}/" for c in units]),
        (
            "api",
            "API projects, 2,000 filter combinations",
            [f"/api/v1/projects/?{q}" for q in project_filters],
        ),
        (
            "api",
            "API meetings, 2,000 filter combinations",
            [f"/api/v1/meetings/?{q}" for q in meeting_filters],
        ),
        ("api", "API meeting records", [f"/api/v1/meetings/{s}/" for s in meetings]),
        ("api", "API search, 400 of one and two words", [f"/api/v1/search/?{q}" for q in searches]),
    ]


def main():
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    print(json.dumps(rows(seed)))


if __name__ == "__main__":
    main()
