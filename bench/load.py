"""Load test: the production server under 50 concurrent clients for 60 seconds.

    python bench/load.py [--seconds 60] [--connections 50]

It creates a throw-away PostgreSQL database (or uses DATABASE_URL), migrates and
loads the real data, collects the static files, starts gunicorn on a loopback
port with DEBUG off, and drives it with wrk over the main pages and API
endpoints. It prints throughput, the 50th/95th/99th percentile latency and the
error count, and exits 1 if any request failed or was dropped.

A single load client would trip the anonymous throttle (120 requests a minute
per client); for this run the server gets ANON_THROTTLE_RATE=100000000/minute.
The page cache is left on, as in production.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    gunicorn,
    manage,
    production_env,
    require_wrk,
    throwaway_database,
    wrk,
)

PATHS = [
    "/es/",
    "/en/",
    "/es/territories/",
    "/en/territories/?country=EC&level=canton",
    "/es/territories/EC-07/",
    "/en/territories/EC-0701/",
    "/es/zones/ecuador-amazon-provinces/",
    "/en/mechanisms/",
    "/es/mechanisms/border-committee-loja-piura/",
    "/en/meetings/",
    "/es/plan/",
    "/en/value-chains/coffee/",
    "/es/projects/",
    "/en/map/",
    "/es/search/?q=zamora",
    "/api/v1/territories/?parent=EC-07",
    "/api/v1/territories/EC-0701/",
    "/api/v1/mechanisms/?territory=EC-07",
    "/api/v1/meetings/",
    "/api/v1/projects/",
    "/api/v1/search/?q=comite",
    "/api/v1/zones/zif-peru/",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()
    require_wrk()
    with throwaway_database("zif_load") as database_url:
        env = production_env(database_url)
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "load_zif")
        manage(env, "collectstatic", "--no-input", "-v0")
        with gunicorn(env, workers=options.workers) as base_url:
            stats = wrk(base_url, PATHS, seconds=options.seconds, connections=options.connections)
    seconds = stats["duration_us"] / 1e6
    print(
        f"{options.connections} clients, {seconds:.0f} s, {len(PATHS)} URLs, "
        f"{options.workers} gunicorn workers"
    )
    print(f"requests: {stats['requests']}  throughput: {stats['requests'] / seconds:.0f} req/s")
    print(
        f"latency p50 {stats['p50_ms']:.1f} ms, p95 {stats['p95_ms']:.1f} ms, "
        f"p99 {stats['p99_ms']:.1f} ms"
    )
    print(
        f"errors: {stats['errors']} (connect {stats['connect_errors']}, "
        f"read {stats['read_errors']}, write {stats['write_errors']}, "
        f"non-2xx/3xx {stats['status_errors']}, timeouts {stats['timeouts']})"
    )
    sys.exit(1 if stats["errors"] else 0)


if __name__ == "__main__":
    main()
