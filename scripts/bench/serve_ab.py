"""A/B of serving configurations: several gunicorns on one database, measured in turn.

    .venv/bin/python scripts/bench/serve_ab.py --db wt_me_100k \\
        --config "now:" \\
        --config "sync3:GUNICORN_WORKER_CLASS=sync,GUNICORN_WORKERS=3" \\
        --endpoints "Search page,Skill page,API search" --rounds 3 --seconds 10

Every configuration (`name:VAR=value,VAR=value`, environment variables over the benchmark's
production environment with the caches off) gets its own gunicorn on its own port, all
started at once against the same database (`PG_OPTIONS=-c jit=off -c ...` in a configuration
sets its PostgreSQL session options; `BENCH_ROOT=/path` serves another checkout of the code,
e.g. a `git archive` of the code before a change, with this virtualenv); then, round after
round, each endpoint is loaded with wrk by every configuration in turn (the order rotates
each round), so the A and B of a pair run minutes apart on the same machine, whatever else it is doing. Beside wrk's rate and
percentiles, each run records the CPU time its gunicorn processes and its PostgreSQL
backends (found by `application_name`) used per request: on a shared, loaded machine the
CPU per request moves much less than the wall clock does.

The summary gives each figure's median over the rounds and its range; the raw runs go to
var/bench/ab-<time>.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import psycopg

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402
from load import run_wrk  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid: int) -> float | None:
    """User + system CPU seconds of one process, None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


class CpuMeter:
    """CPU used by a server's workers and its PostgreSQL backends during one run. Backends
    are looked up every half second, so one that closes in the middle (CONN_MAX_AGE) is
    counted up to its last sample."""

    def __init__(self, server: run.Server, admin_url: str, app_name: str):
        self.server, self.admin_url, self.app_name = server, admin_url, app_name
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.kind: dict[int, str] = {}
        self._stop = threading.Event()

    def _sample(self, conn) -> None:
        pids = {pid: "app" for pid in [self.server.proc.pid, *self.server.worker_pids()]}
        for (pid,) in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s", [self.app_name]
        ).fetchall():
            pids[pid] = "pg"
        for pid, kind in pids.items():
            cpu = proc_cpu(pid)
            if cpu is None:
                continue
            self.first.setdefault(pid, cpu)
            self.last[pid] = cpu
            self.kind[pid] = kind

    def _loop(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            self._sample(conn)
            self._ready.set()
            while not self._stop.wait(0.5):
                self._sample(conn)
            self._sample(conn)

    def __enter__(self) -> CpuMeter:
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(10)

    def seconds(self, kind: str) -> float:
        return sum(self.last[p] - self.first[p] for p in self.last if self.kind[p] == kind)

    def busiest_share(self) -> float:
        """The busiest worker's share of the workers' CPU: 1/workers when balanced."""
        used = [self.last[p] - self.first[p] for p in self.last if self.kind[p] == "app"]
        return max(used) / sum(used) if sum(used) else 0.0


def parse_config(text: str) -> tuple[str, dict[str, str]]:
    name, _, rest = text.partition(":")
    pairs = [p for p in rest.split(",") if p.strip()]
    return name.strip(), dict(p.strip().split("=", 1) for p in pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="A seeded, ranked database.")
    parser.add_argument("--config", action="append", required=True, help="name:VAR=v,VAR=v")
    parser.add_argument("--endpoints", default="Search page,Skill page,API search")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--port", type=int, default=0, help="First port (default: free ones).")
    parser.add_argument("--warm", type=float, default=8.0, help="Warm-up seconds per server.")
    parser.add_argument("--caches-on", action="store_true", help="Keep the page/API caches.")
    args = parser.parse_args()

    pg_url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
    db = run.Database(pg_url, args.db)
    configs = [parse_config(c) for c in args.config]
    wanted = [e.strip() for e in args.endpoints.split(",") if e.strip()]
    skills = run.sample_skills(db, run.SAMPLE_SKILLS)
    endpoints = {
        ep["name"]: ep["paths"]
        for ep in run.endpoint_paths(skills, run.sample_categories(db))
        if ep["name"] in wanted
    }
    if missing := set(wanted) - set(endpoints):
        parser.error(f"unknown endpoints: {sorted(missing)}")

    run.OUT_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    raw_path = run.OUT_DIR / f"ab-{stamp}.jsonl"
    servers: dict[str, run.Server] = {}
    try:
        for i, (name, extra) in enumerate(configs):
            app_name = f"ab_{name}"
            query = {"application_name": app_name}
            # PostgreSQL session settings for this configuration, e.g.
            # PG_OPTIONS=-c plan_cache_mode=force_custom_plan (replaces the default -c jit=off).
            if "PG_OPTIONS" in extra:
                query["options"] = extra.pop("PG_OPTIONS")
            # BENCH_ROOT=/path: serve another checkout of the code (e.g. `git archive` of the
            # code before a change) with this virtualenv: code A/Bs in the same minutes.
            root = extra.pop("BENCH_ROOT", None)
            db_url = f"{db.url}?{urlencode(query)}"
            env = {**({} if args.caches_on else run.CACHES_OFF), **extra}
            server = run.Server(db, **env)
            if args.port:
                server.port = args.port + i
                server.base = f"http://127.0.0.1:{server.port}"
            server.env.update(
                DATABASE_URL=db_url,
                GUNICORN_BIND=f"127.0.0.1:{server.port}",
                GUNICORN_ACCESSLOG=extra.get(
                    "GUNICORN_ACCESSLOG", str(run.OUT_DIR / f"ab-{name}-access.log")
                ),
            )
            server.log_path = run.OUT_DIR / f"ab-{name}-gunicorn.log"
            if root:
                server.root = Path(root)
            server.app_name = app_name  # type: ignore[attr-defined]
            if i == 0:
                run.manage(db, "collectstatic", "--noinput", "-v0", env=server.env)
            server.start()
            servers[name] = server
        warm = [p for paths in endpoints.values() for p in paths[:50]]
        for name, server in servers.items():
            run.log(f"warming {name}")
            run_wrk(server.base, warm, clients=args.clients, seconds=args.warm)

        names = list(servers)
        for rnd in range(args.rounds):
            order = names[rnd % len(names) :] + names[: rnd % len(names)]
            for endpoint, paths in endpoints.items():
                for name in order:
                    server = servers[name]
                    load = run.load_average()
                    with CpuMeter(server, f"{pg_url}/postgres", server.app_name) as meter:
                        result = run_wrk(
                            server.base, paths, clients=args.clients, seconds=args.seconds
                        )
                    n = max(result.requests, 1)
                    row = {
                        "round": rnd,
                        "config": name,
                        "endpoint": endpoint,
                        "at": datetime.now(UTC).strftime("%H:%M:%S"),
                        "load": load,
                        "rps": result.requests / result.seconds,
                        "p50": result.p50,
                        "p95": result.p95,
                        "p99": result.p99,
                        "errors": result.errors,
                        "app_cpu_ms": 1000 * meter.seconds("app") / n,
                        "pg_cpu_ms": 1000 * meter.seconds("pg") / n,
                        "busiest_worker": meter.busiest_share(),
                    }
                    with raw_path.open("a") as fh:
                        fh.write(json.dumps(row) + "\n")
                    run.log(
                        f"r{rnd} {endpoint:<13} {name:<12} {row['rps']:7.1f} req/s  "
                        f"p50 {row['p50']:6.1f}  p95 {row['p95']:6.1f}  "
                        f"app {row['app_cpu_ms']:5.2f} ms  pg {row['pg_cpu_ms']:5.2f} ms  "
                        f"busiest {row['busiest_worker']:.2f}  err {row['errors']}  load {load}"
                    )
    finally:
        for server in servers.values():
            server.stop()
    summarize(raw_path)
    return 0


def summarize(raw_path: Path) -> None:
    rows = [json.loads(line) for line in raw_path.read_text().splitlines()]
    print(f"\n{raw_path}: median over rounds (min-max)")
    print("| endpoint | config | req/s | p50 ms | p95 ms | app CPU ms/req | PG CPU ms/req |")
    print("|---|---|---:|---:|---:|---:|---:|")
    seen: list[tuple[str, str]] = []
    for r in rows:
        if (r["endpoint"], r["config"]) not in seen:
            seen.append((r["endpoint"], r["config"]))
    for endpoint, config in sorted(seen, key=lambda k: [e for e, _ in seen].index(k[0])):
        rs = [r for r in rows if r["endpoint"] == endpoint and r["config"] == config]

        def cell(key: str, fmt: str = "{:.1f}", rs=rs) -> str:
            values = [r[key] for r in rs]
            med = fmt.format(statistics.median(values))
            if len(values) == 1:
                return med
            return f"{med} ({fmt.format(min(values))}-{fmt.format(max(values))})"

        print(
            f"| {endpoint} | {config} | {cell('rps')} | {cell('p50')} | {cell('p95')} | "
            f"{cell('app_cpu_ms', '{:.2f}')} | {cell('pg_cpu_ms', '{:.2f}')} |"
        )


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1].endswith(".jsonl"):
        summarize(Path(sys.argv[1]))
    else:
        sys.exit(main())
