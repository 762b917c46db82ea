"""What the benchmarks share: a throw-away PostgreSQL database, the production
server on a loopback port, and wrk."""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LUA = ROOT / "bench" / "load.lua"


def require_wrk():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(database_url, **extra):
    """DEBUG off, as `make serve` runs, with the anonymous throttle raised: one
    load client would otherwise be limited to 120 requests a minute."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-" + "x" * 60 + os.urandom(8).hex(),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "ANON_THROTTLE_RATE": "100000000/minute",
        **extra,
    }


def manage(env, *args):
    subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


@contextmanager
def throwaway_database(prefix, *, vendor="postgresql", name=None, keep=False):
    """A new database, dropped afterwards: on the local PostgreSQL server, or a SQLite
    file in the temporary folder. `name` picks the PostgreSQL database or the SQLite
    file (default: `prefix` and the process id); `keep` leaves it in place (and reuses
    one that exists) so repeated runs skip the data load. DATABASE_URL, if set, is used
    as it is."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    name = name or f"{prefix}_{os.getpid()}"
    if vendor == "sqlite":
        path = Path(name) if "/" in name else Path(tempfile.gettempdir()) / f"{name}.sqlite3"
        try:
            yield f"sqlite:///{path}"
        finally:
            if not keep:
                for suffix in ("", "-journal", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    exists = (
        subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-tAc",
                f"select 1 from pg_database where datname = '{name}'",
            ],
            capture_output=True,
            text=True,
        ).stdout.strip()
        == "1"
    )
    if not (keep and exists):
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{name}"
    finally:
        if not keep:
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", name], check=False)


@contextmanager
def gunicorn(env, *, workers=3):
    """The production server on 127.0.0.1, stopped (by its PID) on the way out."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(GUNICORN),
            "zif_portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--backlog",
            "2048",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if server.poll() is not None:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def wrk(base_url, paths, *, seconds, connections, threads=2):
    """Drive the server over `paths` in turn; returns wrk's summary as a dict
    (requests, duration_us, bytes, p50_ms, p95_ms, p99_ms and the error counts)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        result = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(LUA),
                base_url,
            ],
            env={**os.environ, "ZIF_LOAD_PATHS": listing.name},
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(listing.name)
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    stats["errors"] = sum(
        stats[k]
        for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")
    )
    return stats
