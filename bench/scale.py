"""The performance benchmark at scale, on PostgreSQL and on SQLite: every main page
and API endpoint against a trivial view in the same server and run, written to
bench/results.md.

    .venv/bin/python bench/scale.py            # or: make bench

For each database (`--databases postgresql,sqlite`, both by default): a throw-away
database (PostgreSQL on 127.0.0.1:5432, see RECIPES; SQLite a file in the
temporary folder), the real data (`load_zif`, timed), the synthetic scale data
(100,000 projects, 5,000 meetings, 20,000 people, 10,000 units), then the
production server (gunicorn, 3 sync workers, DEBUG off) on a loopback port, driven
by wrk with 10 concurrent clients. Two tables per database:

- The long tail (bench/longtail.py), the page cache off: for each kind of page and
  endpoint, many distinct URLs drawn at random (every unit's page and API record,
  20,000 projects, 2,000 combinations of project and meeting filters, 400 searches
  of one and two words, ...), beside the trivial view in the same server and run.
  Targets: HTML at least 0.2 of the trivial view's throughput, API 0.3, p95 under
  50 ms, at most 10 queries.
- The single-URL rows with the page cache on, as in production: ratio 0.6.

Each row's SQL queries come from requests through Django's test client
(bench/queries.py; for the long tail the most over the first URLs of the row). The
home page's weight counts every asset it loads.

Options: --seconds per row (default 8), --databases, --projects/--meetings/
--people/--units, --only REGEX (rows whose name matches), --skip-cached,
--skip-suite (do not time the test suite), --keep NAME (keep the database under
that name and reuse it next time, skipping the data load: for iterating), --output.
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
import tempfile
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
TAIL_P95_MS = 50
TAIL_FLOOR = {"html": 0.2, "api": 0.3}
CACHED_FLOOR = 0.6
TARGET_QUERIES = 10
HOME_BUDGET = 100 * 1024


def endpoints(sample):
    """(kind, name, paths): kind is "api" or "html"; one URL each, asked again and
    again, which the page cache answers (the long tail is bench/longtail.py)."""
    projects = [f"synthetic-project-{n}" for n in sample["projects"]]
    meetings = [f"synthetic-meeting-{n}" for n in sample["meetings"]]
    people = [f"synthetic-person-{n}" for n in sample["people"]]
    units = sample["units"]
    return [
        ("html", "Home", ["/es/"]),
        ("html", "Territories, filtered", ["/es/territories/?country=EC&level=parish"]),
        ("html", "Territory detail", ["/en/territories/EC-07/"]),
        ("html", "Parish detail", [f"/es/territories/{units[0]}/"]),
        ("html", "Zone detail", ["/es/zones/zif/"]),
        ("html", "Map", ["/en/map/"]),
        ("html", "Mechanisms", ["/en/mechanisms/"]),
        ("html", "Mechanism detail", ["/es/mechanisms/border-committee-loja-piura/"]),
        ("html", "Meetings, filtered", ["/es/meetings/?year=2010"]),
        ("html", "Meeting detail", [f"/en/meetings/{meetings[0]}/"]),
        ("html", "People, filtered", ["/es/people/?country=PE"]),
        ("html", "Person detail", [f"/es/people/{people[0]}/"]),
        ("html", "Plan", ["/es/plan/"]),
        ("html", "Value chain", ["/en/value-chains/coffee/"]),
        ("html", "Projects, filtered", ["/es/projects/?territory=EC-07&status=in_progress"]),
        ("html", "Project detail", [f"/es/projects/{projects[0]}/"]),
        ("html", "Search", ["/es/search/?q=zamora"]),
        ("html", "Latest changes", ["/en/changes/"]),
        ("api", "API territories, filtered", ["/api/v1/territories/?parent=EC-0701"]),
        ("api", "API territory detail", [f"/api/v1/territories/{units[0]}/"]),
        ("api", "API mechanisms, filtered", ["/api/v1/mechanisms/?territory=EC-07"]),
        ("api", "API meetings, filtered", ["/api/v1/meetings/?year=2010"]),
        ("api", "API meeting detail", [f"/api/v1/meetings/{meetings[0]}/"]),
        ("api", "API people, filtered", ["/api/v1/people/?country=EC"]),
        ("api", "API projects", ["/api/v1/projects/"]),
        (
            "api",
            "API projects, filtered",
            ["/api/v1/projects/?territory=EC-07&status=in_progress&year=2015"],
        ),
        ("api", "API projects, by amount", ["/api/v1/projects/?ordering=-amount"]),
        ("api", "API project detail", [f"/api/v1/projects/{projects[0]}/"]),
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
    own = base_url.split("/")[2]
    external = sorted(
        {r.split("/")[2] for r in assets if r.startswith(("http:", "https:"))} - {own}
    )
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
    """Seconds the command took. Its output is kept and, if it fails, its last lines
    are printed: a failing step (a test of the suite) must say what failed."""
    start = time.perf_counter()
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        tail = (result.stdout + result.stderr).splitlines()[-60:]
        sys.exit(f"{' '.join(map(str, args))} failed ({result.returncode}):\n" + "\n".join(tail))
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


def long_tail_rows(env, seed=1):
    result = subprocess.run(
        [str(PYTHON), "bench/longtail.py", "--seed", str(seed)],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    return [tuple(row) for row in json.loads(result.stdout.strip().splitlines()[-1])]


def run_long_tail(env, rows, seconds):
    """The trivial view and every long-tail row in one server, the page cache off."""
    server_env = {**env, "ZIF_PAGE_CACHE_SECONDS": "0"}
    results = {}
    with gunicorn(server_env) as base_url:
        wait_for_workers(base_url)
        wrk(base_url, ["/bench/trivial/"], seconds=1, connections=CONNECTIONS)
        results["trivial"] = wrk(
            base_url, ["/bench/trivial/"], seconds=seconds, connections=CONNECTIONS
        )
        print(f"  [long tail] trivial view: {rate(results['trivial']):.0f} req/s", flush=True)
        for _kind, name, paths in rows:
            wrk(base_url, paths, seconds=1, connections=CONNECTIONS)
            stats = wrk(base_url, paths, seconds=seconds, connections=CONNECTIONS)
            results[name] = stats
            if stats["errors"]:
                stats["error_sample"] = first_failure(base_url, paths)
                print(f"  [long tail] {name}: a request answers {stats['error_sample']}")
            print(
                f"  [long tail] {name}: {rate(stats):.0f} req/s, p95 {stats['p95_ms']:.1f} ms,"
                f" p99 {stats['p99_ms']:.1f} ms, errors {stats['errors']}",
                flush=True,
            )
    return results


def wait_for_workers(base_url, seconds=120):
    """Until the trivial view answers many times in a row: gunicorn accepts
    connections before its workers have loaded Django, and on a loaded machine that
    takes seconds, which would count against the first row measured."""
    deadline = time.monotonic() + seconds
    answered = 0
    while answered < 30 and time.monotonic() < deadline:
        answered = answered + 1 if probe(base_url + "/bench/trivial/") == 200 else 0
        if not answered:
            time.sleep(0.5)


def first_failure(base_url, paths):
    for path in paths[:200]:
        answer = probe(base_url + path)
        if answer != 200:
            return f"{path}: {answer}"
    return "none of the first 200 URLs failed again"


def prepare(env, counts):
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
    if env["DATABASE_URL"].startswith("postgres"):
        # What autovacuum does soon after a bulk load in production: statistics for
        # the planner, and the GIN index's pending entries merged into it.
        subprocess.run(["psql", env["DATABASE_URL"], "-q", "-c", "VACUUM ANALYZE"], check=True)
    return load_seconds, generate_seconds


def bench_database(vendor, options, counts):
    keep = bool(options.keep)
    name = None
    if options.keep:
        # A name, or a path (/tmp/me/zif_bench): PostgreSQL takes its last part, SQLite
        # the file NAME.sqlite3 (in the temporary folder when only a name is given).
        keep_path = Path(options.keep)
        if vendor == "postgresql":
            name = keep_path.name
        else:
            folder = keep_path.parent if "/" in options.keep else Path(tempfile.gettempdir())
            name = str(folder / f"{keep_path.name}.sqlite3")
    with throwaway_database("zif_bench", vendor=vendor, name=name, keep=keep) as database_url:
        env = production_env(database_url, DJANGO_SETTINGS_MODULE="bench.settings")
        load_seconds = generate_seconds = None
        if not (keep and scale_data_present(env)):
            load_seconds, generate_seconds = prepare(env, counts)
        else:
            manage(env, "migrate", "--no-input", "-v0")
        manage(env, "collectstatic", "--no-input", "-v0")
        with gunicorn(env) as base_url:
            with urllib.request.urlopen(f"{base_url}/bench/trivial/") as answer:
                assert json.load(answer) == {"status": "ok"}, "the trivial view is not served"
            sample = sample_keys(base_url, counts, random.Random(1))
            home = page_weight(base_url, "/es/")
        only = re.compile(options.only) if options.only else None
        table = [row for row in endpoints(sample) if not only or only.search(row[1])]
        tail = [row for row in long_tail_rows(env) if not only or only.search(row[1])]
        print(f"[{vendor}] counting queries…", flush=True)
        queries = measure_queries(env, [paths[0] for _, _, paths in table])
        tail_queries = measure_queries(env, [p for _, _, paths in tail for p in paths[:3]])
        print(f"[{vendor}] driving the server…", flush=True)
        long_tail = run_long_tail(env, tail, options.seconds)
        cached = {} if options.skip_cached else run_cached(env, table, options.seconds)
    return Run(
        vendor=vendor,
        table=table,
        tail=tail,
        queries=queries,
        tail_queries=tail_queries,
        cached=cached,
        long_tail=long_tail,
        home=home,
        load_seconds=load_seconds,
        generate_seconds=generate_seconds,
    )


def scale_data_present(env):
    result = subprocess.run(
        [
            str(PYTHON),
            "manage.py",
            "shell",
            "-c",
            "from plan.models import Project; print(Project.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    try:
        return int(result.stdout.strip().splitlines()[-1]) > 1000
    except (ValueError, IndexError):
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=5_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--only", help="only the rows whose name matches this regex")
    parser.add_argument("--skip-cached", action="store_true")
    parser.add_argument("--skip-suite", action="store_true")
    parser.add_argument("--keep", help="keep the database under this name and reuse it")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.md"))
    options = parser.parse_args()
    require_wrk()
    vendors = [v.strip() for v in options.databases.split(",") if v.strip()]
    unknown = set(vendors) - {"postgresql", "sqlite"}
    if unknown or not vendors:
        sys.exit("--databases takes postgresql, sqlite or both (comma-separated)")
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
    runs = [bench_database(vendor, options, counts) for vendor in vendors]
    report, failures = write_report(options, counts, started, runs, suite_seconds)
    print(report)
    errors = sum(
        stats["errors"]
        for run in runs
        for mode in (run.cached, run.long_tail)
        for stats in mode.values()
    )
    bad_status = [
        url
        for run in runs
        for url, q in {**run.queries, **run.tail_queries}.items()
        if q["status"] != 200
    ]
    if errors or bad_status:
        sys.exit(f"failed requests: {errors} under load; not 200: {', '.join(bad_status)}")


def run_cached(env, table, seconds):
    """The single-URL rows with the page cache on, as in production."""
    server_env = {**env, "ZIF_PAGE_CACHE_SECONDS": "600"}
    results = {}
    with gunicorn(server_env) as base_url:
        wait_for_workers(base_url)
        wrk(base_url, ["/bench/trivial/"], seconds=1, connections=CONNECTIONS)
        results["trivial"] = wrk(
            base_url, ["/bench/trivial/"], seconds=seconds, connections=CONNECTIONS
        )
        print(f"  [cached] trivial view: {rate(results['trivial']):.0f} req/s", flush=True)
        for _kind, name, paths in table:
            wrk(base_url, paths, seconds=1, connections=CONNECTIONS)
            stats = wrk(base_url, paths, seconds=seconds, connections=CONNECTIONS)
            results[name] = stats
            if stats["errors"]:
                stats["error_sample"] = probe(base_url + paths[0])
            print(
                f"  [cached] {name}: {rate(stats):.0f} req/s, p95 {stats['p95_ms']:.1f} ms,"
                f" errors {stats['errors']}",
                flush=True,
            )
    return results


@dataclass
class Run:
    """Everything one benchmark run measured on one database."""

    vendor: str
    table: list
    tail: list
    queries: dict
    tail_queries: dict
    cached: dict
    long_tail: dict
    home: dict
    load_seconds: float | None
    generate_seconds: float | None


VENDOR_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


def write_report(options, counts, started, runs, suite_seconds):
    lines = [
        "# Benchmark results",
        "",
        f"Run by `bench/scale.py` on {started:%Y-%m-%d %H:%M} UTC. Machine: {machine()}.",
        "",
        f"Data: the real knowledge base plus synthetic scale data ({counts['projects']:,} "
        f"projects, {counts['meetings']:,} meetings, {counts['people']:,} people, "
        f"{counts['units']:,} units), on "
        + " and on ".join(VENDOR_NAMES[r.vendor] for r in runs)
        + ". Server: gunicorn, 3 sync workers, DEBUG off, on 127.0.0.1; wrk with "
        f"{CONNECTIONS} connections, {options.seconds} s per row after a one-second "
        "warm-up, `Accept-Encoding: gzip`. The machine is shared (2 cores, other work "
        "running): absolute numbers are noisy, the ratio to the trivial view measured in "
        "the same server and run is what the targets judge.",
        "",
        "*Long tail*: the page cache off, each row drawing its URLs at random from many "
        "distinct ones (column *URLs*), as visitors and API clients spread over every "
        "project, unit, filter combination and search. Targets: throughput at least "
        f"{TAIL_FLOOR['html']} of the trivial view's for pages and {TAIL_FLOOR['api']} for "
        f"the API, p95 under {TAIL_P95_MS} ms, at most {TARGET_QUERIES} queries (the most "
        "over the row's first three URLs, through Django's test client). *Cached*: one URL "
        "again and again with the page cache on, as in production; target ratio at least "
        f"{CACHED_FLOOR}, p95 under {TARGET_P95_MS} ms.",
        "",
    ]
    failures = []

    def check(ok, message):
        if not ok:
            failures.append(message)
        return "yes" if ok else "**no**"

    for run in runs:
        db = VENDOR_NAMES[run.vendor]
        tail, trivial = run.long_tail, run.long_tail["trivial"]
        t_rate = rate(trivial)
        lines += [
            f"## {db}: long tail, page cache off",
            "",
            "| Row | Kind | URLs | Queries | req/s | Ratio | p50 ms | p95 ms | p99 ms "
            "| Target met |",
            "|" + "---|" * 10,
            f"| Trivial JSON view | — | 1 | 0 | {t_rate:.0f} | 1.00 | {trivial['p50_ms']:.1f} "
            f"| {trivial['p95_ms']:.1f} | {trivial['p99_ms']:.1f} | |",
        ]
        for kind, name, paths in run.tail:
            stats = tail[name]
            q = max(run.tail_queries[p]["queries"] for p in paths[:3])
            r = ratio(rate(stats), t_rate)
            ok = (
                r >= TAIL_FLOOR[kind]
                and stats["p95_ms"] < TAIL_P95_MS
                and q <= TARGET_QUERIES
                and stats["errors"] == 0
                and all(run.tail_queries[p]["status"] == 200 for p in paths[:3])
            )
            lines.append(
                f"| {name} (`{paths[0]}` …) | {kind.upper()} | {len(paths):,} | {q} | "
                f"{rate(stats):.0f} | {r:.2f} | {stats['p50_ms']:.1f} | {stats['p95_ms']:.1f} "
                f"| {stats['p99_ms']:.1f} | {check(ok, f'{db} long tail: {name}')} |"
            )
        lines.append("")
        if run.cached:
            cached = run.cached
            c_rate = rate(cached["trivial"])
            lines += [
                f"## {db}: one URL each, page cache on",
                "",
                "| Endpoint | Kind | Queries (cache off) | Bytes (gzip) | req/s | Ratio "
                "| p50 ms | p95 ms | p99 ms | Target met |",
                "|" + "---|" * 10,
                f"| Trivial JSON view | — | 0 | — | {c_rate:.0f} | 1.00 | "
                f"{cached['trivial']['p50_ms']:.1f} | {cached['trivial']['p95_ms']:.1f} | "
                f"{cached['trivial']['p99_ms']:.1f} | |",
            ]
            for kind, name, paths in run.table:
                q, c = run.queries[paths[0]], cached[name]
                r = ratio(rate(c), c_rate)
                ok = all(
                    [
                        q["status"] == 200,
                        q["queries"] <= TARGET_QUERIES,
                        r >= CACHED_FLOOR,
                        c["p95_ms"] < TARGET_P95_MS,
                        c["errors"] == 0,
                    ]
                )
                lines.append(
                    f"| {name} (`{paths[0]}`) | {kind.upper()} | {q['queries']} | "
                    f"{q['bytes']:,} | {rate(c):.0f} | {r:.2f} | {c['p50_ms']:.1f} | "
                    f"{c['p95_ms']:.1f} | {c['p99_ms']:.1f} | {check(ok, f'{db} cached: {name}')} |"
                )
            lines.append("")
        home = run.home
        lines += [
            f"### {db}: other figures",
            "",
            f"- Home page with all its assets: {home['bytes']:,} bytes over {home['assets']} "
            f"assets (budget {HOME_BUDGET:,}): "
            f"{check(home['bytes'] < HOME_BUDGET, f'{db} home weight')}; other hosts "
            f"contacted: {', '.join(home['external_hosts']) or 'none'} "
            f"{check(not home['external_hosts'], f'{db} external hosts')}.",
        ]
        if run.load_seconds is not None:
            lines += [
                f"- `load_zif` of the real data into an empty database: "
                f"{run.load_seconds:.2f} s, command start-up included (target 5 s): "
                f"{check(run.load_seconds < 5, f'{db} load_zif')}.",
                f"- Generating the scale data took {run.generate_seconds:.0f} s.",
            ]
        lines.append("")
    if suite_seconds is not None:
        lines += [
            f"Test suite without browser tests (SQLite, 2 workers): {suite_seconds:.0f} s "
            f"(target 60 s): {check(suite_seconds < 60, 'test suite')}.",
            "",
        ]
    lines += [
        "Every target met." if not failures else "Not met: " + "; ".join(failures) + ".",
        "",
    ]
    report = "\n".join(lines)
    Path(options.output).write_text(report)
    return report, failures


if __name__ == "__main__":
    main()
