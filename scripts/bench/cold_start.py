"""The first seconds after the catalogue's cached aggregates are gone (issue #23): how many
times each is computed, and the latency of the answers meanwhile.

    .venv/bin/python scripts/bench/cold_start.py --db wt_me_100k [--rounds 3] [--seconds 8]
        [--clients 8] [--root /path/to/another/checkout]

Starts gunicorn as production runs it (run.Server: 4 workers x 4 threads, caches off),
warms every worker up (imports, connections, the aggregates), then each round deletes the
catalogue aggregates (`catalogue:aggregate:*`, what `CATALOGUE_CACHE_SECONDS` keeps, as
when they expire or Redis is flushed; `--expire`: makes them stale instead, as
`skills.cache.cached_once` keeps them past their time) and at once starts `--clients` threads cycling
through the search page, API search, home and the category pages (no warm-up). Redis's
MONITOR counts the writes of those keys (one per computation: `cache.get_or_set`'s
`SET NX`, or `skills.cache.cached_once`'s `SET`) on this database number only. Prints,
per round, the computations per aggregate, and the latency of the answers started in the
first second, the first three and the whole run (p50 / p95 / max).

Uses BENCH_CACHE_URL's Redis database (delete-able by this script) and BENCH_PORT.
"""

from __future__ import annotations

import argparse
import itertools
import os
import pickle
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import redis

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402
from queries import SEARCH_QUERIES  # noqa: E402
from stats import percentile  # noqa: E402


def paths(db: run.Database) -> list[str]:
    cats = [key for (key,) in db.query("SELECT key FROM skills_category WHERE is_active")]
    search = [f"/skills/?q={quote(q)}" for q in SEARCH_QUERIES]
    api = [f"/api/v1/skills?q={quote(q)}" for q in SEARCH_QUERIES]
    mixed = []
    for n, (page, answer) in enumerate(zip(search, api, strict=True)):
        mixed += [page, answer]
        if n % 5 == 0:
            mixed.append("/")
        if n % 5 == 2 and cats:
            mixed.append(f"/categories/{cats[n % len(cats)]}/")
    return mixed


class Monitor:
    """Counts, through Redis's MONITOR, the writes of the aggregate keys on one database."""

    def __init__(self, url: str):
        self.db = int(url.rsplit("/", 1)[1] or 0)
        host = re.match(r"redis://([^:/]+):?(\d*)", url)
        self.cmd = ["redis-cli", "-h", host.group(1), "-p", host.group(2) or "6379", "monitor"]
        self.proc: subprocess.Popen | None = None
        self.lines: list[str] = []
        self.sets: list[str] = []

    def start(self) -> None:
        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, text=True)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()
        time.sleep(0.3)

    def _read(self) -> None:
        for line in self.proc.stdout:
            if f"[{self.db} " in line and "catalogue:aggregate:" in line:
                self.lines.append(line)

    def stop(self) -> dict[str, int]:
        self.proc.terminate()
        self.proc.wait(timeout=5)
        counts: dict[str, int] = {}
        for line in self.lines:
            parts = line.split('"')
            command = parts[1].upper() if len(parts) > 1 else ""
            key = parts[3] if len(parts) > 3 else ""
            if command == "SET" and not key.endswith(":computing"):
                self.sets.append(line[:120])
                name = key.rsplit(":", 1)[1] if ":licenses:" not in key else "licenses"
                counts[name] = counts.get(name, 0) + 1
        return counts


def expire(r: redis.Redis, keys: list[bytes]) -> None:
    """Mark `cached_once` entries (fresh until, value) as past their freshness, keeping their
    time to live (what an entry looks like when CATALOGUE_CACHE_SECONDS has passed)."""
    from inprocess import setup_django

    setup_django()  # the entries hold model instances (the categories)
    for key in keys:
        raw = r.get(key)
        entry = pickle.loads(raw)  # noqa: S301 - our own cache's values
        if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], float)):
            raise SystemExit(f"{key!r} is not a cached_once entry: --expire needs this code")
        r.set(key, pickle.dumps((0.0, entry[1]), pickle.HIGHEST_PROTOCOL), keepttl=True)


def load(base: str, urls: list[str], clients: int, seconds: float) -> list[tuple]:
    """(started after t0, latency s, status) of every answer. The clients are made (and
    connected) before t0: making one costs tens of milliseconds of this process's CPU."""
    samples: list[tuple] = []
    lock = threading.Lock()
    ready = threading.Barrier(clients + 1)
    t0 = 0.0

    def client(n: int) -> None:
        it = itertools.islice(itertools.cycle(urls), n * 7, None)
        with httpx.Client(base_url=base, timeout=60) as http:
            ready.wait()
            deadline = t0 + seconds
            while time.perf_counter() < deadline:
                url = next(it)
                started = time.perf_counter()
                try:
                    status = http.get(url).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    samples.append((started - t0, time.perf_counter() - started, status))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    t0 = time.perf_counter()
    ready.wait()
    for thread in threads:
        thread.join()
    return samples


def summary(samples: list[tuple], within: float | None) -> str:
    chosen = [s[1] * 1000 for s in samples if within is None or s[0] < within]
    if not chosen:
        return "none"
    return (
        f"n={len(chosen)} p50 {percentile(chosen, 50):.0f} p95 {percentile(chosen, 95):.0f}"
        f" max {max(chosen):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--root", type=Path, help="Serve this checkout's code instead.")
    parser.add_argument(
        "--expire",
        action="store_true",
        help="Make the entries stale instead of deleting them (cached_once's entries; an "
        "expired get_or_set entry is a missing one).",
    )
    args = parser.parse_args()
    cache_url = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/9")
    db = run.Database(os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432"), args.db)
    server = run.Server(db, **run.CACHES_OFF)
    if args.root:
        server.root = args.root
    urls = paths(db)
    r = redis.Redis.from_url(cache_url)
    subprocess.run(
        [run.PY, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=server.root,
        env=server.env,
        check=True,
    )
    server.start()
    try:
        load(server.base, urls, args.clients, 4.0)  # every worker warm, the aggregates cached
        for n in range(args.rounds):
            time.sleep(1.0)
            keys = [
                k for k in r.scan_iter(match="*catalogue:aggregate:*") if not k.endswith(b"ing")
            ]
            if args.expire:
                expire(r, keys)
            monitor = Monitor(cache_url)  # after --expire's own writes
            monitor.start()
            if keys and not args.expire:
                r.delete(*keys)
            samples = load(server.base, urls, args.clients, args.seconds)
            counts = monitor.stop()
            errors = sum(1 for s in samples if s[2] != 200)
            load_average = Path("/proc/loadavg").read_text().split()[:3]
            print(
                f"round {n + 1}: {'expired' if args.expire else 'deleted'} {len(keys)} keys; computed {counts};"
                f" errors {errors}; load {' '.join(load_average)}\n"
                f"  first 1 s: {summary(samples, 1.0)}\n"
                f"  first 3 s: {summary(samples, 3.0)}\n"
                f"  all {args.seconds:.0f} s: {summary(samples, None)}",
                flush=True,
            )
            if any(count > 1 for count in counts.values()):
                print("  writes:\n   " + "\n   ".join(monitor.sets), flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
