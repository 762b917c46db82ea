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
import urllib.request
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
    """(kind, name, paths): kind is "api" or "html"; one path, or many to rotate over."""
    projects = [f"synthetic-project-{n}" for n in sample["projects"]]
    meetings = [f"synthetic-meeting-{n}" for n in sample["meetings"]]
    people = [f"synthetic-person-{n}" for n in sample["people"]]
    units = sample["units"]
    return [
        ("html", "Home", ["/es/"]),
        ("html", "Territories, filtered", ["/es/territories/?country=EC&level=parish"]),
        ("html", "Territory detail (random)", [f"/en/territories/{u}/" for u in units]),
        ("html", "Zone detail", ["/es/zones/zif/"]),
        ("html", "Map", ["/en/map/"]),
        ("html", "Mechanisms", ["/en/mechanisms/"]),
        ("html", "Mechanism detail", ["/es/mechanisms/border-committee-loja-piura/"]),
        ("html", "Meetings, filtered", ["/es/meetings/?year=2010"]),
        ("html", "Meeting detail (random)", [f"/en/meetings/{m}/" for m in meetings]),
        ("html", "People", ["/es/people/?country=PE"]),
        ("html", "Person detail (random)", [f"/es/people/{p}/" for p in people]),
        ("html", "Plan", ["/es/plan/"]),
        ("html", "Value chain", ["/en/value-chains/coffee/"]),
        ("html", "Projects, filtered", ["/es/projects/?territory=EC-07&status=in_progress"]),
        ("html", "Project detail (random)", [f"/es/projects/{p}/" for p in projects]),
        ("html", "Search", ["/es/search/?q=zamora"]),
        ("html", "Latest changes", ["/en/changes/"]),
        ("api", "API territories, filtered", ["/api/v1/territories/?parent=EC-0701"]),
        ("api", "API territory detail (random)", [f"/api/v1/territories/{u}/" for u in units]),
        ("api", "API mechanisms, filtered", ["/api/v1/mechanisms/?territory=EC-07"]),
        ("api", "API meetings, filtered", ["/api/v1/meetings/?year=2010"]),
        ("api", "API meeting detail (random)", [f"/api/v1/meetings/{m}/" for m in meetings]),
        ("api", "API people", ["/api/v1/people/?country=EC"]),
        ("api", "API projects", ["/api/v1/projects/"]),
        (
            "api",
            "API projects, filtered",
            ["/api/v1/projects/?territory=EC-07&status=in_progress&year=2015"],
        ),
        ("api", "API projects, by amount", ["/api/v1/projects/?ordering=-amount"]),
        ("api", "API project detail (random)", [f"/api/v1/projects/{p}/" for p in projects]),
        ("api", "API search", ["/api/v1/search/?q=comite"]),
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
        for _kind, name, paths in table:
            # One second first, so every worker has its connection and caches warm.
            wrk(base_url, paths, seconds=1, connections=CONNECTIONS)
            stats = wrk(base_url, paths, seconds=seconds, connections=CONNECTIONS)
            results[name] = stats
            print(
                f"  [{label}] {name}: {rate(stats):.0f} req/s, p95 {stats['p95_ms']:.1f} ms,"
                f" errors {stats['errors']}",
                flush=True,
            )
    return results


def rate(stats):
    return stats["requests"] / (stats["duration_us"] / 1e6)


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
        queries = measure_queries(env, [paths[0] for _, _, paths in table])
        print("driving the server…", flush=True)
        cached = run_endpoints(env, table, options.seconds, cached=True)
        uncached = run_endpoints(env, table, options.seconds, cached=False)
    report = write_report(
        options,
        counts,
        started,
        table,
        queries,
        cached,
        uncached,
        home,
        load_seconds,
        generate_seconds,
        suite_seconds,
    )
    print(report)
    errors = sum(stats["errors"] for mode in (cached, uncached) for stats in mode.values())
    bad_status = [url for url, q in queries.items() if q["status"] != 200]
    if errors or bad_status:
        sys.exit(f"failed requests: {errors} under load; not 200: {', '.join(bad_status)}")


def write_report(
    options,
    counts,
    started,
    table,
    queries,
    cached,
    uncached,
    home,
    load_seconds,
    generate_seconds,
    suite_seconds,
):
    lines = [
        "# Benchmark results",
        "",
        f"Run by `bench/scale.py` on {started:%Y-%m-%d %H:%M} UTC. Machine: {machine()}.",
        "",
        f"Data: the real knowledge base plus synthetic scale data ({counts['projects']:,} "
        f"projects, {counts['meetings']:,} meetings, {counts['people']:,} people, "
        f"{counts['units']:,} units), PostgreSQL. Server: gunicorn, 3 sync workers, DEBUG off, "
        f"on 127.0.0.1; wrk with {CONNECTIONS} connections, {options.seconds} s per endpoint, "
        "`Accept-Encoding: gzip`. Detail rows rotate over 500 random records.",
        "",
        "*Cached* is the production setting (page cache on, invalidated by any change to "
        "the data); *uncached* turns the page cache off, so every request does all its "
        "work. Ratio = the endpoint's throughput / the trivial view's, in the same run. "
        "Queries and bytes: one uncached request through Django's test client (gzip body).",
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
    for kind, name, paths in table:
        q = queries[paths[0]]
        c, u = cached[name], uncached[name]
        c_ratio, u_ratio = rate(c) / c_trivial, rate(u) / u_trivial
        floor = 0.5 if kind == "api" else 1 / 3
        ok = all(
            [
                q["status"] == 200,
                q["queries"] <= TARGET_QUERIES,
                c_ratio >= floor,
                c["p95_ms"] < TARGET_P95_MS,
                u["p95_ms"] < TARGET_P95_MS,
                c["errors"] == 0 and u["errors"] == 0,
            ]
        )
        lines.append(
            f"| {name} (`{paths[0]}`) | {kind.upper()} | {q['queries']} | {q['bytes']:,} | "
            f"{rate(c):.0f} | {c_ratio:.2f} | {c['p50_ms']:.1f} | {c['p95_ms']:.1f} | "
            f"{rate(u):.0f} | {u_ratio:.2f} | {u['p50_ms']:.1f} | {u['p95_ms']:.1f} | "
            f"{check(ok, name)} |"
        )
    lines += [
        "",
        "## Targets",
        "",
        f"- At most {TARGET_QUERIES} SQL queries per page and endpoint; API throughput at "
        "least ½ of the trivial view's, HTML at least ⅓ (production setting); p95 under "
        f"{TARGET_P95_MS} ms with and without the page cache; no errors: see the table.",
        f"- Home page with all its assets: {home['bytes']:,} bytes over {home['assets']} "
        f"assets (budget {HOME_BUDGET:,}): "
        f"{check(home['bytes'] < HOME_BUDGET, 'home weight')}; other hosts contacted: "
        f"{', '.join(home['external_hosts']) or 'none'} "
        f"{check(not home['external_hosts'], 'external hosts')}.",
        f"- `load_zif` of the real data into an empty database: {load_seconds:.2f} s, "
        f"command start-up included (target 5 s): {check(load_seconds < 5, 'load_zif')}.",
    ]
    if suite_seconds is not None:
        lines.append(
            f"- Test suite without browser tests (SQLite, 2 workers): {suite_seconds:.0f} s "
            f"(target 60 s): {check(suite_seconds < 60, 'test suite')}."
        )
    lines += [
        f"- Generating the scale data took {generate_seconds:.0f} s.",
        "",
        "Every target met." if not failures else "Not met: " + ", ".join(failures) + ".",
        "",
    ]
    report = "\n".join(lines)
    Path(options.output).write_text(report)
    return report


if __name__ == "__main__":
    main()
