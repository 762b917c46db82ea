"""The performance benchmark: every main page and API endpoint at scale, against a
trivial view in the same server, written to bench/results.md.

    .venv/bin/python bench/scale.py            # or: make bench

One command does it all, on the local PostgreSQL (see RECIPES: 127.0.0.1:5432):
a throw-away database, the real data (`load_zif`, timed), the synthetic scale
data (100,000 projects, 5,000 meetings, 20,000 people, 10,000 units), then the
production server (gunicorn, DEBUG off) on a loopback port. For each endpoint,
wrk drives it with 10 concurrent clients and reports throughput and the 50th and
95th percentile latency; detail endpoints rotate over 500 random records, so the
page cache does not answer them all. The run is made twice: with the page cache
as in production, and with it off (every request does its full work). Each
endpoint's SQL queries and bytes come from one request through Django's test
client (bench/queries.py). The home page's weight counts every asset it loads.

Options: --seconds per endpoint (default 8), --projects/--meetings/--people/
--units, --skip-suite (do not time the test suite), --output.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    PYTHON,
    ROOT,
    gunicorn,
    manage,
    production_env,
    require_wrk,
    throwaway_database,
    wrk,
)

CONNECTIONS = 10
TARGET_P95_MS = 100
TARGET_QUERIES = 10
HOME_BUDGET = 100 * 1024


def endpoints(sample):
    """(kind, name, paths, targeted): kind is "api" or "html"; one path, or many to
    rotate over. Targets are judged on the single-URL rows; the rows that rotate
    over 500 random records show what cache misses cost."""
    projects = [f"synthetic-project-{n}" for n in sample["projects"]]
    meetings = [f"synthetic-meeting-{n}" for n in sample["meetings"]]
    people = [f"synthetic-person-{n}" for n in sample["people"]]
    units = sample["units"]
    many = "500 random records"
    return [
        ("html", "Home", ["/es/"], True),
        ("html", "Territories, filtered", ["/es/territories/?country=EC&level=parish"], True),
        ("html", "Territory detail", ["/en/territories/EC-07/"], True),
        ("html", "Parish detail", [f"/es/territories/{units[0]}/"], True),
        ("html", "Zone detail", ["/es/zones/zif/"], True),
        ("html", "Map", ["/en/map/"], True),
        ("html", "Mechanisms", ["/en/mechanisms/"], True),
        ("html", "Mechanism detail", ["/es/mechanisms/border-committee-loja-piura/"], True),
        ("html", "Meetings, filtered", ["/es/meetings/?year=2010"], True),
        ("html", "Meeting detail", [f"/en/meetings/{meetings[0]}/"], True),
        ("html", "People, filtered", ["/es/people/?country=PE"], True),
        ("html", "Person detail", [f"/es/people/{people[0]}/"], True),
        ("html", "Plan", ["/es/plan/"], True),
        ("html", "Value chain", ["/en/value-chains/coffee/"], True),
        ("html", "Projects, filtered", ["/es/projects/?territory=EC-07&status=in_progress"], True),
        ("html", "Project detail", [f"/es/projects/{projects[0]}/"], True),
        ("html", "Search", ["/es/search/?q=zamora"], True),
        ("html", "Latest changes", ["/en/changes/"], True),
        ("api", "API territories, filtered", ["/api/v1/territories/?parent=EC-0701"], True),
        ("api", "API territory detail", [f"/api/v1/territories/{units[0]}/"], True),
        ("api", "API mechanisms, filtered", ["/api/v1/mechanisms/?territory=EC-07"], True),
        ("api", "API meetings, filtered", ["/api/v1/meetings/?year=2010"], True),
        ("api", "API meeting detail", [f"/api/v1/meetings/{meetings[0]}/"], True),
        ("api", "API people, filtered", ["/api/v1/people/?country=EC"], True),
        ("api", "API projects", ["/api/v1/projects/"], True),
        (
            "api",
            "API projects, filtered",
            ["/api/v1/projects/?territory=EC-07&status=in_progress&year=2015"],
            True,
        ),
        ("api", "API projects, by amount", ["/api/v1/projects/?ordering=-amount"], True),
        ("api", "API project detail", [f"/api/v1/projects/{projects[0]}/"], True),
        ("api", "API search", ["/api/v1/search/?q=comite"], True),
        ("html", f"Project detail, {many}", [f"/es/projects/{p}/" for p in projects], False),
        ("html", f"Territory detail, {many}", [f"/en/territories/{u}/" for u in units], False),
        ("api", f"API project detail, {many}", [f"/api/v1/projects/{p}/" for p in projects], False),
        ("api", f"API meeting detail, {many}", [f"/api/v1/meetings/{m}/" for m in meetings], False),
    ]


def sample_keys(base_url, counts, rng):
    units = []
    for level in ("parish", "district"):
        with urllib.request.urlopen(
            f"{base_url}/api/v1/territories/?level={level}&page_size=200"
        ) as answer:
            units += [u["code"] for u in json.load(answer)["results"]]

    def pick(population):
        return rng.sample(population, min(len(population), 500))

    return {
        "projects": pick(range(counts["projects"])) or [0],
        "meetings": pick(range(counts["meetings"])) or [0],
        "people": pick(range(counts["people"])) or [0],
        "units": pick(units) or ["EC-0701"],
    }


def page_weight(base_url, path):
    """Bytes of a page and every asset it loads (gzip, as a browser asks), and the
    hosts other than the server it would contact."""

    def fetch(url):
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as answer:
            return answer.read()

    body = fetch(base_url + path)
    html = (gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body).decode()
    refs = re.findall(r'<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]+)"', html)
    assets = [r for r in refs if r.startswith("/static/") or r.startswith(("http:", "https:"))]
    external = sorted({r.split("/")[2] for r in assets if r.startswith(("http:", "https:"))})
    local = [r for r in assets if r.startswith("/static/")]
    total = len(body) + sum(len(fetch(base_url + r)) for r in local)
    return {"bytes": total, "assets": len(local), "external_hosts": external}


def measure_queries(env, urls):
    result = subprocess.run(
        [str(PYTHON), "bench/queries.py", *urls],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_endpoints(env, table, seconds, *, cached):
    label = "cached" if cached else "uncached"
    server_env = {**env, "ZIF_PAGE_CACHE_SECONDS": "600" if cached else "0"}
    with gunicorn(server_env) as base_url:
        results = {}
        wrk(base_url, ["/bench/trivial/"], seconds=1, connections=CONNECTIONS)
        trivial = wrk(base_url, ["/bench/trivial/"], seconds=seconds, connections=CONNECTIONS)
        results["trivial"] = trivial
        print(f"  [{label}] trivial view: {rate(trivial):.0f} req/s", flush=True)
        for _kind, name, paths, _targeted in table:
            # One second first, so every worker has its connection and caches warm.
            wrk(base_url, paths, seconds=1, connections=CONNECTIONS)
            stats = wrk(base_url, paths, seconds=seconds, connections=CONNECTIONS)
            results[name] = stats
            if stats["errors"]:
                stats["error_sample"] = probe(base_url + paths[0])
                print(f"  [{label}] {name}: a request now answers {stats['error_sample']}")
            print(
                f"  [{label}] {name}: {rate(stats):.0f} req/s, p95 {stats['p95_ms']:.1f} ms,"
                f" errors {stats['errors']}",
                flush=True,
            )
    return results


def probe(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return f"{error.code}: {error.read()[:200]!r}"
    except OSError as error:
        return repr(error)


def rate(stats):
    return stats["requests"] / (stats["duration_us"] / 1e6)


def ratio(value, trivial):
    # A one-second smoke run on a saturated machine can record no trivial request at
    # all: report a ratio of 0 (target not met) rather than fail on a division.
    return value / trivial if trivial else 0.0


def time_command(args, env):
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    pg = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "show server_version"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return (
        f"{os.cpu_count()} cores ({cpu}){memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; PostgreSQL {pg or '?'}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=5_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--skip-suite", action="store_true")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.md"))
    options = parser.parse_args()
    require_wrk()
    counts = {k: getattr(options, k) for k in ("projects", "meetings", "people", "units")}
    started = datetime.datetime.now(datetime.UTC)
    suite_seconds = None
    if not options.skip_suite:
        print("timing the test suite without browser tests…", flush=True)
        suite_seconds = time_command(
            [
                str(ROOT / ".venv" / "bin" / "pytest"),
                "-m",
                "not browser",
                "-q",
                "-p",
                "no:cacheprovider",
            ],
            {k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        )
    with throwaway_database("zif_bench") as database_url:
        env = production_env(database_url, DJANGO_SETTINGS_MODULE="bench.settings")
        manage(env, "migrate", "--no-input", "-v0")
        load_seconds = time_command([str(PYTHON), "manage.py", "load_zif"], env)
        print(f"load_zif: {load_seconds:.2f} s; generating scale data…", flush=True)
        generate_seconds = time_command(
            [
                str(PYTHON),
                "manage.py",
                "generate_scale_data",
                "--seed",
                "1",
                *[f"--{k}={v}" for k, v in counts.items()],
            ],
            env,
        )
        manage(env, "collectstatic", "--no-input", "-v0")
        with gunicorn(env) as base_url:
            with urllib.request.urlopen(f"{base_url}/bench/trivial/") as answer:
                assert json.load(answer) == {"status": "ok"}, "the trivial view is not served"
            sample = sample_keys(base_url, counts, random.Random(1))
            home = page_weight(base_url, "/es/")
        table = endpoints(sample)
        print("counting queries…", flush=True)
        queries = measure_queries(env, [paths[0] for _, _, paths, _ in table])
        print("driving the server…", flush=True)
        cached = run_endpoints(env, table, options.seconds, cached=True)
        uncached = run_endpoints(env, table, options.seconds, cached=False)
    run = Run(
        counts=counts,
        started=started,
        table=table,
        queries=queries,
        cached=cached,
        uncached=uncached,
        home=home,
        load_seconds=load_seconds,
        generate_seconds=generate_seconds,
        suite_seconds=suite_seconds,
    )
    report = write_report(options, run)
    print(report)
    errors = sum(stats["errors"] for mode in (cached, uncached) for stats in mode.values())
    bad_status = [url for url, q in queries.items() if q["status"] != 200]
    if errors or bad_status:
        sys.exit(f"failed requests: {errors} under load; not 200: {', '.join(bad_status)}")


@dataclass
class Run:
    """Everything one benchmark run measured."""

    counts: dict
    started: datetime.datetime
    table: list
    queries: dict
    cached: dict
    uncached: dict
    home: dict
    load_seconds: float
    generate_seconds: float
    suite_seconds: float | None


def write_report(options, run):
    counts, table, queries = run.counts, run.table, run.queries
    cached, uncached, home = run.cached, run.uncached, run.home
    lines = [
        "# Benchmark results",
        "",
        f"Run by `bench/scale.py` on {run.started:%Y-%m-%d %H:%M} UTC. Machine: {machine()}.",
        "",
        f"Data: the real knowledge base plus synthetic scale data ({counts['projects']:,} "
        f"projects, {counts['meetings']:,} meetings, {counts['people']:,} people, "
        f"{counts['units']:,} units), PostgreSQL. Server: gunicorn, 3 sync workers, DEBUG off, "
        f"on 127.0.0.1; wrk with {CONNECTIONS} connections, {options.seconds} s per endpoint "
        "after a one-second warm-up, `Accept-Encoding: gzip`.",
        "",
        "*Cached* is the production setting: anonymous pages and API answers are cached "
        "and invalidated by any change to the data. *Uncached* turns the page cache off, so "
        "every request does all its work. Ratio = the endpoint's throughput / the trivial "
        "view's, in the same server and run. Queries and bytes: one request with the page "
        "cache off, through Django's test client (gzip body). Targets are judged on the "
        "single-URL rows in the production setting (≤ 10 queries, ratio ≥ ½ for the API "
        "and ≥ ⅓ for pages, p95 < 100 ms, no failed request); the uncached columns and "
        "the rows over 500 random records show what a cache miss costs.",
        "",
    ]
    failures = []

    def check(ok, message):
        if not ok:
            failures.append(message)
        return "yes" if ok else "**no**"

    header = (
        "| Endpoint | Kind | Queries | Bytes (gzip) | Cached req/s | Ratio | p50 ms | p95 ms "
        "| Uncached req/s | Ratio | p50 ms | p95 ms | Targets met |"
    )
    lines += [header, "|" + "---|" * 13]
    c_trivial, u_trivial = rate(cached["trivial"]), rate(uncached["trivial"])
    lines.append(
        f"| Trivial JSON view | — | 0 | — | {c_trivial:.0f} | 1.00 | "
        f"{cached['trivial']['p50_ms']:.1f} | {cached['trivial']['p95_ms']:.1f} | "
        f"{u_trivial:.0f} | 1.00 | {uncached['trivial']['p50_ms']:.1f} | "
        f"{uncached['trivial']['p95_ms']:.1f} | |"
    )
    for kind, name, paths, targeted in table:
        q = queries[paths[0]]
        c, u = cached[name], uncached[name]
        c_ratio, u_ratio = ratio(rate(c), c_trivial), ratio(rate(u), u_trivial)
        floor = 0.5 if kind == "api" else 1 / 3
        ok = all(
            [
                q["status"] == 200,
                q["queries"] <= TARGET_QUERIES,
                c_ratio >= floor,
                c["p95_ms"] < TARGET_P95_MS,
                c["errors"] == 0 and u["errors"] == 0,
            ]
        )
        verdict = check(ok, name) if targeted else "(cache misses)"
        shown = f"`{paths[0]}`" if len(paths) == 1 else f"`{paths[0]}` …"
        lines.append(
            f"| {name} ({shown}) | {kind.upper()} | {q['queries']} | {q['bytes']:,} | "
            f"{rate(c):.0f} | {c_ratio:.2f} | {c['p50_ms']:.1f} | {c['p95_ms']:.1f} | "
            f"{rate(u):.0f} | {u_ratio:.2f} | {u['p50_ms']:.1f} | {u['p95_ms']:.1f} | "
            f"{verdict} |"
        )
    lines += [
        "",
        "## Targets",
        "",
        f"- At most {TARGET_QUERIES} SQL queries per page and endpoint, API throughput at "
        "least ½ of the trivial view's and pages at least ⅓, p95 under "
        f"{TARGET_P95_MS} ms, no failed request: see the last column.",
        "- Pages and endpoints whose p95 exceeds 100 ms when the cache misses: "
        + (
            ", ".join(name for _, name, _, _ in table if uncached[name]["p95_ms"] >= TARGET_P95_MS)
            or "none"
        )
        + ".",
        f"- Home page with all its assets: {home['bytes']:,} bytes over {home['assets']} "
        f"assets (budget {HOME_BUDGET:,}): "
        f"{check(home['bytes'] < HOME_BUDGET, 'home weight')}; other hosts contacted: "
        f"{', '.join(home['external_hosts']) or 'none'} "
        f"{check(not home['external_hosts'], 'external hosts')}.",
        f"- `load_zif` of the real data into an empty database: {run.load_seconds:.2f} s, "
        f"command start-up included (target 5 s): {check(run.load_seconds < 5, 'load_zif')}.",
    ]
    if run.suite_seconds is not None:
        lines.append(
            f"- Test suite without browser tests (SQLite, 2 workers): {run.suite_seconds:.0f} s "
            f"(target 60 s): {check(run.suite_seconds < 60, 'test suite')}."
        )
    lines += [
        f"- Generating the scale data took {run.generate_seconds:.0f} s.",
        "",
        "Every target met." if not failures else "Not met: " + ", ".join(failures) + ".",
        "",
    ]
    report = "\n".join(lines)
    Path(options.output).write_text(report)
    return report


if __name__ == "__main__":
    main()
