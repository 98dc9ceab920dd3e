"""The benchmark harness: seed, rank, serve as production, drive load, write the report.

    .venv/bin/python scripts/bench/run.py --quick            # make bench-quick
    .venv/bin/python scripts/bench/run.py                    # make bench (100k skills, 10M events)
    .venv/bin/python scripts/bench/run.py --quick --soak 600 # make soak

Steps: create (or reuse) the database `bench` / `bench_quick` on the PostgreSQL server of
BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432), migrate, run `seed_scale`
unless the data is already there, time `compute_rankings` against a bare aggregate and the
search SQL under EXPLAIN ANALYZE, start gunicorn as production would on a free loopback
port, measure every endpoint at 1 and 8 clients, post event batches and count the rows,
run the ingestion benchmarks when present, and write docs/BENCHMARKS.md (raw figures in
var/bench/results-<mode>.json). Endpoints that answer 404 are reported as not available.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import httpx
import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from load import cycle_gets, run_httpx, run_wrk, wrk_available  # noqa: E402
from queries import SEARCH_QUERIES  # noqa: E402
from report import render_section, update_report  # noqa: E402
from stats import LoadResult, growth_percent, ratio  # noqa: E402

PY = sys.executable
OUT_DIR = ROOT / "var" / "bench"
REPORT = ROOT / "docs" / "BENCHMARKS.md"
SEED_SOURCE_URL = "seed://scale"  # rankings/management/commands/seed_scale.py
EVENT_BATCH = 100
SAMPLE_SKILLS = 200

PROFILES = {
    "quick": {
        "db": "bench_quick",
        "skills": 10_000,
        "events": 1_000_000,
        "seconds": 2.0,
        "events_seconds": 5.0,
    },
    "full": {
        "db": "bench",
        "skills": 100_000,
        "events": 10_000_000,
        "seconds": 10.0,
        "events_seconds": 15.0,
    },
}


def log(message: str) -> None:
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


# --- PostgreSQL ------------------------------------------------------------------------


class Database:
    def __init__(self, server_url: str, name: str):
        self.server_url = server_url.rstrip("/")
        self.name = name
        self.url = f"{self.server_url}/{name}"

    def _admin(self):
        return psycopg.connect(f"{self.server_url}/postgres", autocommit=True)

    def ensure(self) -> bool:
        with self._admin() as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [self.name]
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{self.name}"')
        return not exists

    def recreate(self) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
            conn.execute(f'CREATE DATABASE "{self.name}"')

    def query(self, sql: str, params=None) -> list[tuple]:
        with psycopg.connect(self.url, autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params=None):
        rows = self.query(sql, params)
        return rows[0][0] if rows else None


# --- processes -------------------------------------------------------------------------


def django_env(db: Database, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_REPLICA_URL", "AWS_STORAGE_BUCKET_NAME"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "marketplace.settings",
            "DATABASE_URL": db.url,
            "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/9"),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            "MEDIA_ROOT": str(OUT_DIR / "media"),
            # Every request comes from this machine: raise the rate limits (see report.METHOD).
            "THROTTLE_ANON": "100000000/min",
            "THROTTLE_USER": "100000000/min",
            "THROTTLE_EVENTS": "100000000/min",
            "RANKINGS_EVENTS_PER_MINUTE": "100000000",
            "RANKINGS_EVENTS_PER_ADDRESS_PER_MINUTE": "100000000",
        }
    )
    env.update(extra)
    return env


def prod_env(db: Database, port: int) -> dict[str, str]:
    """ENV=prod as a real deployment, with throwaway secrets and the throttles raised."""
    return django_env(
        db,
        ENV="prod",
        SECRET_KEY=secrets.token_urlsafe(50),
        JWT_SECRET=secrets.token_urlsafe(50),
        ADMIN_PASSWORD=secrets.token_urlsafe(20),
        FINGERPRINT_SALT=secrets.token_urlsafe(20),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_ACCESSLOG=str(OUT_DIR / "access.log"),
        # No restarts during the run, so worker memory growth is measured, not reset.
        GUNICORN_MAX_REQUESTS="0",
    )


def manage(db: Database, *args: str, env: dict | None = None, timeout: float = 7200) -> str:
    started = time.monotonic()
    result = subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env or django_env(db),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    log(f"manage.py {' '.join(args)[:80]}: {time.monotonic() - started:.1f}s")
    return result.stdout


def free_port() -> int:
    """BENCH_PORT when set (a shared machine may allot each engineer fixed ports), else a
    port the system finds free."""
    if os.environ.get("BENCH_PORT"):
        return int(os.environ["BENCH_PORT"])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


#: The issue #23 "caches off" setting: every page and API answer is made afresh.
CACHES_OFF = {"PAGE_CACHE_SECONDS": "0", "API_LIST_CACHE_SECONDS": "0"}


class Server:
    def __init__(self, db: Database, **extra_env: str):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**prod_env(db, self.port), **extra_env}
        self.proc: subprocess.Popen | None = None
        self.log_path = OUT_DIR / "gunicorn.log"
        self.root = ROOT  # the code served (serve_ab.py's BENCH_ROOT: another checkout)

    def start(self) -> None:
        self.log_file = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [str(Path(PY).parent / "gunicorn"), "marketplace.wsgi", "-c", "gunicorn.conf.py"],
            cwd=self.root,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(self.base + "/api/v1/health", timeout=2).status_code == 200:
                    time.sleep(1.0)  # let every worker finish booting
                    log(f"gunicorn up on {self.base}, workers {self.worker_pids()}")
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer /api/v1/health within 60 s")

    def worker_pids(self) -> list[int]:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if self.proc and int(fields[1]) == self.proc.pid:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def worker_rss_kib(self) -> dict[str, int]:
        rss = {}
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
            if match:
                rss[str(pid)] = int(match.group(1))
        return rss

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the master only: it stops its workers
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if hasattr(self, "log_file"):
            self.log_file.close()


# --- measurements ----------------------------------------------------------------------


def machine_info(db: Database, server: Server) -> dict:
    import django
    import gunicorn

    meminfo = Path("/proc/meminfo").read_text()
    mem_kib = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1))
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    workers = int(server.env.get("GUNICORN_WORKERS", 0)) or (os.cpu_count() or 1) * 2
    worker_class = server.env.get("GUNICORN_WORKER_CLASS", "gthread")
    return {
        "cores": os.cpu_count(),
        "cpu_model": model.group(1).strip() if model else platform.processor(),
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "django": django.get_version(),
        "postgresql": db.scalar("SHOW server_version"),
        "gunicorn": gunicorn.__version__,
        "workers": workers,
        # gunicorn.conf.py's defaults: gthread workers, 4 threads each (1 for sync workers).
        "threads": int(server.env.get("GUNICORN_THREADS", 4 if worker_class == "gthread" else 1)),
        "worker_class": worker_class,
        "prepared_statements": server.env.get("DATABASE_PREPARED_STATEMENTS", "")
        not in {
            "",
            "0",
            "false",
            "False",
        },
        "os": platform.platform(),
        "loadavg_start": load_average(),
    }


def load_average() -> str:
    """The 1/5/15-minute load averages: other work on the machine skews every figure."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def seeded(db: Database, skills: int, events: int) -> bool:
    have_skills = (
        db.scalar(
            "SELECT count(*) FROM skills_skillsourcelink l JOIN skills_skillsource s ON s.id = l.source_id "
            "WHERE s.url = %s",
            [SEED_SOURCE_URL],
        )
        or 0
    )
    if have_skills != skills:
        return False
    have_events = db.scalar("SELECT count(*) FROM rankings_skillevent") or 0
    return have_events >= events * 0.99


def data_info(db: Database) -> dict:
    return {
        "skills": db.scalar("SELECT count(*) FROM skills_skill WHERE status = 'published'"),
        "events": db.scalar("SELECT count(*) FROM rankings_skillevent"),
        "popularity": db.scalar("SELECT count(*) FROM rankings_skillpopularity"),
        "db_size": db.scalar("SELECT pg_size_pretty(pg_database_size(current_database()))"),
    }


def sample_skills(db: Database, n: int) -> list[tuple[str, str]]:
    rows = db.query(
        "SELECT id::text, slug FROM skills_skill WHERE status = 'published' ORDER BY md5(id::text) LIMIT %s",
        [n],
    )
    return [(r[0], r[1]) for r in rows]


STORE_FILES = """
from skills.downloads import version_zip_digest_store
from skills.models import Skill, SkillFile
from skills.storage import blob_put
ids = %(ids)r
stored = 0
for skill in Skill.objects.filter(pk__in=ids).select_related("latest_version"):
    version = skill.latest_version
    if version is None or version.files.exclude(storage_key="").exists():
        continue
    files = {"SKILL.md": (version.body or "").encode(), "references/README.md": (version.description or "").encode()}
    for path, data in files.items():
        sha, key = blob_put(data)
        SkillFile.objects.update_or_create(version=version, path=path, defaults={
            "size": len(data), "sha256": sha, "storage_key": key, "is_text": True})
    version_zip_digest_store(version=version)  # its ZIP changed: as ingestion stores it
    stored += 1
print(f"STORED {stored}")
"""


def store_files(db: Database, skill_ids: list[str]) -> None:
    """Seed skills have no stored files, so the ZIP download would answer 404: store the
    SKILL.md (and a small reference file) of the sampled skills through skills.storage."""
    manage(db, "shell", "-c", STORE_FILES % {"ids": skill_ids})


def sample_categories(db: Database) -> list[str]:
    """Every active category that has published skills (the category pages' URLs)."""
    rows = db.query(
        "SELECT c.key FROM skills_category c WHERE c.is_active AND EXISTS ("
        "SELECT 1 FROM skills_skill s WHERE s.category_id = c.id AND s.status = 'published') "
        "ORDER BY c.key"
    )
    return [r[0] for r in rows]


def endpoint_paths(skills: list[tuple[str, str]], categories: list[str] = ()) -> list[dict]:
    ids = [s[0] for s in skills]
    return [
        {"name": "Health", "path": "/api/v1/health", "paths": ["/api/v1/health"]},
        {"name": "Home page", "path": "/", "paths": ["/"]},
        {
            "name": "Search page",
            "path": "/skills/?q=…",
            "paths": [f"/skills/?q={quote(q)}" for q in SEARCH_QUERIES],
        },
        {
            "name": "Skill page",
            "path": "/s/<slug>/",
            "paths": [f"/s/{quote(slug, safe='/')}/" for _, slug in skills],
        },
        {
            "name": "Category page",
            "path": "/categories/<key>/",
            "paths": [f"/categories/{quote(key)}/" for key in categories] or ["/categories/"],
        },
        {
            "name": "API list",
            "path": "/api/v1/skills",
            "paths": ["/api/v1/skills"] + [f"/api/v1/skills?page={p}" for p in range(2, 6)],
        },
        {
            "name": "API search",
            "path": "/api/v1/skills?q=…",
            "paths": [f"/api/v1/skills?q={quote(q)}" for q in SEARCH_QUERIES],
        },
        {
            "name": "API detail",
            "path": "/api/v1/skills/<id>",
            "paths": [f"/api/v1/skills/{i}" for i in ids],
        },
        {
            "name": "ZIP download",
            "path": "/api/v1/skills/<id>/download",
            "paths": [f"/api/v1/skills/{i}/download" for i in ids],
        },
    ]


def probe(base: str, path: str) -> tuple[bool, str]:
    try:
        response = httpx.get(base + path, timeout=30)
    except httpx.HTTPError as exc:
        return False, f"no answer ({type(exc).__name__})"
    if response.status_code == 404:
        try:
            detail = response.json().get("detail", "")
        except ValueError:
            detail = ""
        return False, f"404{': ' + detail if detail else ''}"
    return True, str(response.status_code)


def caches_cold(cache_url: str) -> None:
    """Make every cached page and API answer stale, as publishing a skill does: bump the
    catalogue version (skills.cache) straight in Redis (Django's key `:1:catalogue:version`)."""
    import redis

    client = redis.Redis.from_url(cache_url)
    try:
        client.incr(":1:catalogue:version")
    finally:
        client.close()


def cold_pass(base: str, paths: list[str]) -> dict:
    """GET each path once, one at a time, right after `caches_cold`: what a visitor waits
    for when a page is not cached (the first request after a change). It also fills the
    caches, so the load runs that follow measure a warm site, as production mostly is."""
    times = []
    with httpx.Client(
        base_url=base, timeout=60, headers={"User-Agent": "marketplace-bench/1"}
    ) as client:
        for path in paths:
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()

    def pct(q: float) -> float:
        return times[min(len(times) - 1, round(q * (len(times) - 1)))]

    return {"requests": len(times), "p50": pct(0.5), "p95": pct(0.95), "max": times[-1]}


def drive(base: str, paths: list[str], clients: int, seconds: float, driver: str) -> LoadResult:
    if driver == "wrk":
        return run_wrk(base, paths, clients=clients, seconds=seconds)
    return run_httpx(base, cycle_gets(paths), clients=clients, seconds=seconds)


class EventBatches:
    """Bodies of event batches with unique client_event_ids, and what the server accepted."""

    def __init__(self, skill_ids: list[str], batch: int = EVENT_BATCH):
        self.skill_ids, self.batch = skill_ids, batch
        self.run_id = uuid.uuid4().hex[:8]
        self.counter = 0
        self.accepted = 0
        self.lock = threading.Lock()
        self.rng = random.Random(7)

    def next_request(self):
        events = []
        for _ in range(self.batch):
            self.counter += 1
            events.append(
                {
                    "skill": self.rng.choice(self.skill_ids),
                    "kind": self.rng.choice(["view", "view", "copy", "download", "install"]),
                    "client_event_id": f"bench-{self.run_id}-{self.counter}",
                }
            )
        return "POST", "/api/v1/events", json.dumps({"events": events}).encode()

    def on_response(self, response: httpx.Response) -> None:
        if response.status_code == 202:
            with self.lock:
                self.accepted += int(response.json().get("accepted", 0))


def measure_events(
    db: Database, base: str, skill_ids: list[str], clients: int, seconds: float
) -> dict:
    max_id = db.scalar("SELECT coalesce(max(id), 0) FROM rankings_skillevent")
    batches = EventBatches(skill_ids)
    result = run_httpx(
        base,
        batches.next_request,
        clients=clients,
        seconds=seconds,
        on_response=batches.on_response,
    )
    time.sleep(0.5)
    # Only this run's own events: page views recorded by the earlier page phases can be
    # written in the same window and would otherwise count as "negative losses".
    added = db.scalar(
        "SELECT count(*) FROM rankings_skillevent WHERE id > %s AND client_event_id LIKE %s",
        [max_id, f"bench-{batches.run_id}-%"],
    )
    return {
        "clients": clients,
        "batch": EVENT_BATCH,
        "requests": result.requests,
        "errors": result.errors,
        "statuses": result.statuses,
        "seconds": result.seconds,
        "accepted": batches.accepted,
        "rows_delta": added,
        "lost": batches.accepted - added,
        "per_second": batches.accepted / result.seconds if result.seconds else 0.0,
        "p50": result.p50,
        "p99": result.p99,
    }


def run_script(args: list[str], *, env: dict, timeout: float) -> str | None:
    script = ROOT / args[0]
    if not script.exists():
        return None
    started = time.monotonic()
    try:
        result = subprocess.run(
            [PY, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"{args[0]}: stopped after {timeout:.0f} s (time bound)"
    log(f"{args[0]}: {time.monotonic() - started:.1f}s (exit {result.returncode})")
    text = result.stdout.strip()
    if result.returncode != 0:
        text += f"\n(exit {result.returncode}) {result.stderr.strip()[-1500:]}"
    return text


def ingestion(args, profile: str, server_url: str) -> dict:
    out: dict = {}
    rounds = "1" if profile == "quick" else "3"
    out["parse"] = run_script(
        ["scripts/bench_parse.py", "--rounds", rounds], env=dict(os.environ), timeout=600
    )
    if args.sync:
        sync_db = Database(
            server_url, "bench_harness_sync"
        )  # not bench_sync: that one is the ingestion team's
        sync_db.recreate()
        manage(sync_db, "migrate", "--noinput", "-v0")
        out["sync"] = run_script(
            ["scripts/bench_sync.py"], env=django_env(sync_db), timeout=args.sync_timeout
        )
    return out


# --- soak ------------------------------------------------------------------------------


SOAK_SOURCES = """
from pathlib import Path
from marketplace.management.commands.load_demo import DEMO_DIR, demo_repo_materialise
from skills.models import SkillSource
from skills.ingestion.sources.services import source_get_or_create
SkillSource.objects.filter(url__startswith="seed://").update(status=SkillSource.Status.PAUSED)
made = 0
for repo in sorted(p for p in DEMO_DIR.glob("*/*") if p.is_dir()):
    path = demo_repo_materialise(repo, Path("%(dest)s") / repo.parent.name / repo.name)
    made += source_get_or_create(url=str(path), kind="git", name=f"bench {repo.parent.name}/{repo.name}")[1]
print(f"SOURCES {SkillSource.objects.filter(status='active').count()} {made}")
"""


def soak_sources(db: Database) -> str:
    """Real sources for the background sync: the demo skill folders as local git repositories
    (untrusted: their skills wait for review, so the published catalogue stays the seed one).
    The seed source has nothing to fetch and is paused."""
    try:
        out = manage(db, "shell", "-c", SOAK_SOURCES % {"dest": OUT_DIR / "demo-repos"})
    except RuntimeError as exc:
        return f"no demo sources: {str(exc)[:200]}"
    line = next((ln for ln in out.splitlines() if ln.startswith("SOURCES ")), "SOURCES ? ?")
    active, _ = line.split()[1:3]
    return f"{active} demo git sources synced"


def soak(
    db: Database,
    server: Server,
    endpoints: list[dict],
    skill_ids: list[str],
    seconds: float,
    clients: int,
) -> dict:
    """Mixed traffic (reads and event writes) with scheduled jobs running in the background."""
    rng = random.Random(11)
    available = [ep for ep in endpoints if ep.get("available")]
    weights = {
        "Health": 1,
        "Home page": 3,
        "Search page": 4,
        "Skill page": 6,
        "API list": 2,
        "API search": 4,
        "API detail": 4,
        "ZIP download": 1,
    }
    pool = [(ep, weights.get(ep["name"], 1)) for ep in available]
    cursors = {ep["name"]: 0 for ep in available}
    batches = EventBatches(skill_ids, batch=20)

    def next_request():
        if rng.random() < 0.1:
            return batches.next_request()
        ep = rng.choices([p[0] for p in pool], weights=[p[1] for p in pool])[0]
        cursors[ep["name"]] += 1
        return "GET", ep["paths"][cursors[ep["name"]] % len(ep["paths"])], None

    sources = soak_sources(db)
    before = server.worker_rss_kib()
    background = ["run_scheduled", "sync", "rankings"]
    job_output: list[str] = []

    def jobs():
        # Scheduled work while serving: repeat until the soak ends.
        deadline = time.monotonic() + seconds - 5
        while time.monotonic() < deadline:
            result = subprocess.run(
                [PY, "manage.py", *background],
                cwd=ROOT,
                env=django_env(db),
                capture_output=True,
                text=True,
                check=False,
                timeout=max(30, seconds),
            )
            job_output.append(
                f"exit {result.returncode}: "
                + " | ".join(
                    ln.strip()
                    for ln in result.stdout.splitlines()
                    if ln.strip().startswith(("rankings", "sync"))
                )
            )
            time.sleep(5)

    timeline: list[tuple[float, dict[str, int]]] = []
    soak_started = time.monotonic()

    def sample_memory():
        # RSS every 30 s: a leak keeps growing, warm-up caches level off.
        while time.monotonic() - soak_started < seconds:
            time.sleep(30)
            timeline.append((round(time.monotonic() - soak_started), server.worker_rss_kib()))

    thread = threading.Thread(target=jobs, daemon=True)
    thread.start()
    sampler = threading.Thread(target=sample_memory, daemon=True)
    sampler.start()
    result = run_httpx(
        server.base, next_request, clients=clients, seconds=seconds, on_response=batches.on_response
    )
    thread.join(timeout=120)
    after = server.worker_rss_kib()
    growths = [growth_percent(before[p], after[p]) for p in before if p in after]
    # Growth after the first two minutes (warm-up: imports, template and query caches).
    settled = next((rss for at, rss in timeline if at >= 120), None)
    settled_growths = [growth_percent(settled[p], after[p]) for p in (settled or {}) if p in after]
    server_errors = sum(n for status, n in result.statuses.items() if status.startswith("5"))
    return {
        "seconds": seconds,
        "clients": clients,
        "requests": result.requests,
        "rps": result.rps,
        "errors": result.errors,
        "server_errors": server_errors,
        "statuses": result.statuses,
        "p50": result.p50,
        "p99": result.p99,
        "rss_before": before,
        "rss_after": after,
        "max_growth_percent": max(growths) if growths else None,
        "max_growth_after_warmup_percent": max(settled_growths) if settled_growths else None,
        "rss_timeline": [(at, sum(rss.values()) // 1024, len(rss)) for at, rss in timeline],
        "background": "manage.py " + " ".join(background) + f" (repeated; {sources})",
        "background_result": "; ".join(job_output[:3])
        + (f" (+{len(job_output) - 3} more runs)" if len(job_output) > 3 else ""),
        "events_accepted": batches.accepted,
    }


# --- main ------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10,000 skills, ~30 s of load.")
    parser.add_argument("--skills", type=int, help="Override the number of skills to seed.")
    parser.add_argument("--events", type=int, help="Override the number of events to seed.")
    parser.add_argument("--seconds", type=float, help="Load time per endpoint and concurrency.")
    parser.add_argument("--concurrency", default="1,8", help="Client counts, comma-separated.")
    parser.add_argument("--driver", choices=("auto", "wrk", "httpx"), default="auto")
    parser.add_argument(
        "--soak",
        type=float,
        default=0,
        metavar="SECONDS",
        help="Instead of the endpoint runs: mixed traffic for this long.",
    )
    parser.add_argument(
        "--sync", action="store_true", help="Also run scripts/bench_sync.py (slow)."
    )
    parser.add_argument("--sync-timeout", type=float, default=1200)
    parser.add_argument("--no-ingestion", action="store_true")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="Caches off: PAGE_CACHE_SECONDS=0 API_LIST_CACHE_SECONDS=0 (issue #23 goals).",
    )
    parser.add_argument(
        "--scale",
        nargs="?",
        const="10000,100000,300000",
        metavar="SIZES",
        help="Caches off at several sizes (default 10000,100000,300000), one table.",
    )
    parser.add_argument(
        "--churn",
        type=float,
        default=0,
        metavar="SECONDS",
        help="Mixed traffic, caches on, while syncs and rankings runs change the catalogue.",
    )
    parser.add_argument("--db", help="The database to use (default: bench or bench_quick).")
    parser.add_argument(
        "--db-prefix", default="bench_", help="Scale mode: databases <prefix>10k, <prefix>100k..."
    )
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()
    if args.scale:
        from modes import scale_run

        OUT_DIR.mkdir(parents=True, exist_ok=True)
        return scale_run(
            sys.modules[__name__],
            args,
            os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432"),
        )

    profile = "quick" if args.quick else "full"
    conf = dict(PROFILES[profile])
    if args.skills:
        conf["skills"] = args.skills
    if args.events is not None:
        conf["events"] = args.events
    seconds = args.seconds or conf["seconds"]
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    driver = ("wrk" if wrk_available() else "httpx") if args.driver == "auto" else args.driver
    server_url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    if args.db:
        conf["db"] = args.db
    if args.churn:
        mode = "churn" if profile == "full" else "churn-quick"
    elif args.cold:
        mode = "cold" if profile == "full" else "cold-quick"
    else:
        mode = "soak" if args.soak else profile
    started = datetime.now(UTC)
    notes: list[str] = []

    db = Database(server_url, conf["db"])
    if db.ensure():
        log(f"created database {db.name}")
    manage(db, "migrate", "--noinput", "-v0")
    seed_seconds = None
    if seeded(db, conf["skills"], conf["events"]):
        log(f"reusing {db.name}: {conf['skills']} seed skills and their events are there")
    else:
        log(f"seeding {conf['skills']} skills and {conf['events']} events (seed_scale)")
        t = time.monotonic()
        # --force: the soak adds a few real (demo) sources to this dedicated database.
        manage(
            db,
            "seed_scale",
            "--skills",
            str(conf["skills"]),
            "--events",
            str(conf["events"]),
            "--force",
        )
        seed_seconds = time.monotonic() - t

    probe_out = {}
    if args.churn:
        manage(db, "compute_rankings")
    elif not args.soak:
        log("compute_rankings vs the bare aggregate, search SQL under EXPLAIN ANALYZE")
        out = subprocess.run(
            # Caches off: the rankings are not what is measured, and cpu_profile.py replaces
            # the in-process endpoint probe.
            [PY, str(HERE / "sql_probe.py"), "search", "listings"]
            if args.cold
            else [PY, str(HERE / "sql_probe.py"), "rankings", "search", "listings", "endpoints"],
            cwd=ROOT,
            env=django_env(db),
            capture_output=True,
            text=True,
            check=False,
            timeout=7200,
        )
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("PROBEJSON ")), None)
        if line:
            probe_out = json.loads(line.removeprefix("PROBEJSON "))
        else:
            notes.append(f"sql_probe failed: {out.stderr.strip()[-500:]}")
    else:
        manage(db, "compute_rankings")

    store_files(db, [s[0] for s in sample_skills(db, SAMPLE_SKILLS)])
    # What ingestion stores on every version (seed_scale does not): the ZIP digests.
    manage(db, "zip_digests")
    server = Server(db, **(CACHES_OFF if args.cold else {}))
    manage(db, "collectstatic", "--noinput", "-v0", env=server.env)
    results: dict = {
        "mode": mode,
        "started": started.strftime("%Y-%m-%d %H:%M"),
        "concurrencies": concurrencies,
        "load_seconds": seconds,
        "notes": notes,
        "caches_off": bool(args.cold),
    }
    server.start()
    try:
        results["machine"] = {
            **machine_info(db, server),
            "driver": driver if not (args.soak or args.churn) else "httpx",
        }
        results["data"] = {**data_info(db), "seed_seconds": seed_seconds}
        skills = sample_skills(db, SAMPLE_SKILLS)
        skill_ids = [s[0] for s in skills]
        endpoints = endpoint_paths(skills, sample_categories(db))
        for ep in endpoints:
            ep["available"], ep["note"] = probe(server.base, ep["paths"][0])
            ep["runs"] = {}
        events_available, events_note = True, ""
        status = httpx.post(
            server.base + "/api/v1/events", json={"events": []}, timeout=30
        ).status_code
        if status in (404, 405):
            events_available, events_note = False, f"{status}: not implemented yet"

        # Warm-up: every worker imports, connects and fills its caches before we measure.
        warm = [p for ep in endpoints if ep["available"] for p in ep["paths"][:25]]
        run_httpx(server.base, cycle_gets(warm), clients=8, seconds=3 if profile == "quick" else 10)
        memory_before = server.worker_rss_kib()

        if args.churn:
            from modes import churn

            results["title"] = f"Cache under churn ({profile} data, {args.churn:.0f} s)"
            results["churn"] = churn(
                sys.modules[__name__], db, server, endpoints, seconds=args.churn, clients=8
            )
        elif args.soak:
            results["title"] = f"Soak ({profile} data, {args.soak:.0f} s)"
            results["soak"] = soak(db, server, endpoints, skill_ids, args.soak, clients=8)
            results["memory"] = {
                "before": results["soak"]["rss_before"],
                "after": results["soak"]["rss_after"],
                "max_growth_percent": results["soak"]["max_growth_percent"],
            }
        else:
            results["title"] = (
                f"Quick run ({db.name}: {conf['skills']:,} skills)"
                if profile == "quick"
                else f"Full run ({db.name}: {conf['skills']:,} skills, {conf['events']:,} events)"
            )
            if args.cold:
                results["title"] = "Caches off: " + results["title"]
            for ep in endpoints:
                if not ep["available"]:
                    log(f"{ep['name']}: not available ({ep['note']})")
                    continue
                if not args.cold:  # with the caches off every request is a cold one
                    caches_cold(server.env["CACHE_URL"])
                    ep["cold"] = cold_pass(server.base, ep["paths"])
                    log(
                        f"{ep['name']:<13} cold: p50 {ep['cold']['p50']:7.2f} ms  p95 {ep['cold']['p95']:7.2f} ms "
                        f"({ep['cold']['requests']} first requests)"
                    )
                for clients in concurrencies:
                    res = drive(server.base, ep["paths"], clients, seconds, driver)
                    ep["runs"][str(clients)] = res.as_dict()
                    log(
                        f"{ep['name']:<13} c={clients}: {res.rps:8.1f} req/s  p50 {res.p50:7.2f} ms  "
                        f"p99 {res.p99:7.2f} ms  errors {res.errors}"
                    )
            if events_available:
                results["events"] = measure_events(
                    db, server.base, skill_ids, max(concurrencies), conf["events_seconds"]
                )
                ev = results["events"]
                log(
                    f"events: {ev['per_second']:.0f}/s accepted, {ev['lost']} lost, {ev['errors']} errors"
                )
            else:
                notes.append(f"POST /api/v1/events: {events_note}")
            memory_after = server.worker_rss_kib()
            growths = [
                growth_percent(memory_before[p], memory_after[p])
                for p in memory_before
                if p in memory_after
            ]
            results["memory"] = {
                "before": memory_before,
                "after": memory_after,
                "max_growth_percent": max(growths) if growths else None,
            }
        results["endpoints"] = [{k: v for k, v in ep.items() if k != "paths"} for ep in endpoints]
    finally:
        server.stop()
    errors_5xx = _server_errors_in_log(OUT_DIR / "access.log")
    if errors_5xx:
        notes.append(f"{errors_5xx} answers with a 5xx status in the access log.")

    if args.cold:
        from modes import cpu_profile

        results["cpu_profile"] = cpu_profile(sys.modules[__name__], db)
    if not args.soak and not args.churn:
        by_name = {ep["name"]: ep for ep in results["endpoints"]}
        top = str(max(concurrencies))

        def run_of(name: str, clients: str) -> dict | None:
            ep = by_name.get(name) or {}
            return (ep.get("runs") or {}).get(clients)

        health, search8, search1 = (
            run_of("Health", top),
            run_of("API search", top),
            run_of("API search", "1"),
        )
        sql = probe_out.get("search") or {}
        rk = probe_out.get("rankings") or {}
        results["ratios"] = {
            "search_vs_health": ratio(search8 and search8["rps"], health and health["rps"]),
            "search_p50_vs_sql": ratio(search1 and search1["p50"], sql.get("median_ms")),
            "rankings_vs_aggregate": ratio(rk.get("compute_seconds"), rk.get("aggregate_seconds")),
        }
        results["search_sql"] = {k: v for k, v in sql.items() if k != "per_query_ms"}
        results["search_sql_per_query"] = sql.get("per_query_ms")
        results["rankings"] = rk
        results["profile"] = probe_out.get("endpoints") or {}
        results["listings_sql"] = probe_out.get("listings") or {}
        if not args.no_ingestion:
            log("ingestion benchmarks")
            results["ingestion"] = ingestion(args, profile, server_url)
        if driver == "wrk":
            notes.append(
                "GET endpoints driven by wrk; the event batches by the httpx driver (it reads each answer)."
            )
    results["machine"]["loadavg_end"] = load_average()
    busy = max(
        float(x)
        for x in (
            results["machine"]["loadavg_start"] + " " + results["machine"]["loadavg_end"]
        ).split()
        if x.replace(".", "", 1).isdigit()
    )
    if busy > (os.cpu_count() or 1):
        notes.insert(
            0,
            f"The machine was busy with other work during the run (load average up to {busy:.1f} "
            f"on {os.cpu_count()} cores); the figures are lower than on a quiet machine.",
        )
    results["notes"] = notes
    (OUT_DIR / f"results-{mode}.json").write_text(json.dumps(results, indent=2, default=str))
    update_report(args.report, mode, render_section(results))
    log(f"wrote {args.report} and {OUT_DIR / f'results-{mode}.json'}")
    return 0


def _server_errors_in_log(path: Path) -> int:
    if not path.exists():
        return 0
    count = 0
    with path.open(errors="replace") as fh:
        for line in fh:
            if re.search(r'" 5\d\d ', line):
                count += 1
    return count


if __name__ == "__main__":
    sys.exit(main())
