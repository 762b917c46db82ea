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
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
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


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, env):
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    database_url = os.environ.get("DATABASE_URL")
    created = None
    if not database_url:
        created = f"zif_load_{os.getpid()}"
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", created], check=True)
        database_url = f"postgres://postgres@127.0.0.1:5432/{created}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "load-test-" + "x" * 60 + os.urandom(8).hex(),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "ANON_THROTTLE_RATE": "100000000/minute",
    }
    port = free_port()
    server = None
    try:
        run([str(PYTHON), "manage.py", "migrate", "--no-input", "-v0"], env)
        run([str(PYTHON), "manage.py", "load_zif"], env)
        run([str(PYTHON), "manage.py", "collectstatic", "--no-input", "-v0"], env)
        server = subprocess.Popen(
            [
                str(GUNICORN),
                "zif_portal.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(options.workers),
                "--backlog",
                "2048",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as paths:
            paths.write("\n".join(PATHS) + "\n")
        result = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{options.connections}",
                f"-d{options.seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(ROOT / "bench" / "load.lua"),
                f"http://127.0.0.1:{port}",
            ],
            env={**env, "ZIF_LOAD_PATHS": paths.name},
            capture_output=True,
            text=True,
            check=True,
        )
        stats = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        if server:
            server.terminate()
            server.wait(timeout=20)
        if created:
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", created], check=False)
    errors = sum(
        stats[k]
        for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")
    )
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
        f"errors: {errors} (connect {stats['connect_errors']}, read {stats['read_errors']}, "
        f"write {stats['write_errors']}, non-2xx/3xx {stats['status_errors']}, "
        f"timeouts {stats['timeouts']})"
    )
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
