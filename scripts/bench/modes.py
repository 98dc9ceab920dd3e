"""The issue #23 modes of the harness that are more than one load run (`run.py` calls them).

- `scale_run`: the caches-off run at several sizes (10,000, 100,000 and 300,000 skills by
  default, 100 events per skill), each in its own database `<prefix><n/1000>k`, seeded when
  needed (the seeding and the first `compute_rankings` are timed), then every endpoint at 8
  clients and the in-process SQL per request; one table (`report_modes.render_scale`).
- `churn`: mixed traffic with the caches on while a sync changes 50 skills every minute and
  `compute_rankings` runs every five: the share of answers served from the cache
  (`X-Cache: hit`, marketplace.pagecache) and the p95.
"""

from __future__ import annotations

import json
import random
import subprocess
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from load import run_httpx
from stats import percentile

#: Events seeded per skill in the scale mode (100,000 skills: 10 M events, as `make bench`).
EVENTS_PER_SKILL = 100


def cpu_profile(run, db, requests: int = 30) -> dict:
    """`cpu_profile.py --json` on `db`: CPU, SQL ms and queries per request, per endpoint."""
    env = {**run.prod_env(db, 0), **run.CACHES_OFF, "ALLOWED_HOSTS": "testserver,127.0.0.1"}
    result = subprocess.run(
        [run.PY, str(run.HERE / "cpu_profile.py"), "--json", "--requests", str(requests)],
        cwd=run.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("PROFILEJSON ")), None)
    if line is None:
        run.log(f"cpu_profile failed: {result.stderr[-800:]}")
        return {}
    return json.loads(line.removeprefix("PROFILEJSON "))


#: cpu_profile.py's names for the harness's endpoints.
PROFILE_NAMES = {
    "Health": "health",
    "Home page": "home",
    "Skill page": "skill page",
    "Search page": "search page",
    "Category page": "category page",
    "API search": "api search",
    "API list": "api list",
    "API detail": "api detail",
}


def scale_run(run, args, server_url: str) -> int:
    sizes = [int(n) for n in args.scale.split(",")]
    seconds = args.seconds or 10.0
    clients = max(int(c) for c in args.concurrency.split(","))
    driver = ("wrk" if run.wrk_available() else "httpx") if args.driver == "auto" else args.driver
    started = datetime.now(UTC)
    results: dict = {
        "mode": "scale",
        "title": "Scale: caches off at " + ", ".join(f"{n:,}" for n in sizes) + " skills",
        "started": started.strftime("%Y-%m-%d %H:%M"),
        "clients": clients,
        "load_seconds": seconds,
        "sizes": [],
        "notes": [],
    }
    names: list[str] = []
    for n in sizes:
        db = run.Database(server_url, f"{args.db_prefix}{n // 1000}k")
        if db.ensure():
            run.log(f"created database {db.name}")
        run.manage(db, "migrate", "--noinput", "-v0")
        size: dict = {"skills": n, "events": n * EVENTS_PER_SKILL}
        if not run.seeded(db, n, n * EVENTS_PER_SKILL):
            run.log(f"seeding {n} skills and {n * EVENTS_PER_SKILL} events into {db.name}")
            t = time.monotonic()
            run.manage(
                db,
                "seed_scale",
                "--skills",
                str(n),
                "--events",
                str(n * EVENTS_PER_SKILL),
                "--force",
            )
            size["seed_seconds"] = time.monotonic() - t
            t = time.monotonic()
            run.manage(db, "compute_rankings")
            size["rankings_seconds"] = time.monotonic() - t
        run.manage(db, "zip_digests")  # stored by ingestion, not by seed_scale
        size.update(run.data_info(db))
        skills = run.sample_skills(db, run.SAMPLE_SKILLS)
        endpoints = run.endpoint_paths(skills, run.sample_categories(db))
        endpoints = [ep for ep in endpoints if ep["name"] != "ZIP download"]
        server = run.Server(db, **run.CACHES_OFF)
        run.manage(db, "collectstatic", "--noinput", "-v0", env=server.env)
        server.start()
        try:
            if "machine" not in results:
                results["machine"] = {**run.machine_info(db, server), "driver": driver}
            warm = [p for ep in endpoints for p in ep["paths"][:10]]
            run.run_httpx(server.base, run.cycle_gets(warm), clients=clients, seconds=5)
            size["endpoints"] = {}
            for ep in endpoints:
                res = run.drive(server.base, ep["paths"], clients, seconds, driver)
                size["endpoints"][ep["name"]] = res.as_dict()
                run.log(
                    f"{n // 1000}k {ep['name']:<13} c={clients}: {res.rps:8.1f} req/s  "
                    f"p95 {res.p95:7.2f} ms  errors {res.errors}"
                )
                if ep["name"] not in names:
                    names.append(ep["name"])
        finally:
            server.stop()
        profile = cpu_profile(run, db)
        for name, key in PROFILE_NAMES.items():
            if name in size["endpoints"] and key in profile:
                size["endpoints"][name].update(
                    sql_ms=profile[key]["sql_ms"],
                    queries=profile[key]["queries"],
                    cpu_ms=profile[key]["cpu_ms"],
                )
        results["sizes"].append(size)
    results["endpoint_names"] = names
    results["machine"]["loadavg_end"] = run.load_average()
    (run.OUT_DIR / "results-scale.json").write_text(json.dumps(results, indent=2, default=str))
    run.update_report(args.report, "scale", run.render_section(results))
    run.log(f"wrote {args.report} and {run.OUT_DIR / 'results-scale.json'}")
    return 0


# --- Churn -----------------------------------------------------------------------------

CHURN_SKILLS = 50
CHURN_SKILL_MD = """---
name: churn-{i:02d}
description: A skill the benchmark rewrites every minute (round {round}); it converts pdf and csv files.
license: MIT
---

# churn-{i:02d}

Round {round}. Converts files between formats.
"""

CHURN_SOURCE = """
from skills.ingestion.sources.services import source_get_or_create
from skills.models import SkillSource
source, made = source_get_or_create(url=%(url)r, kind="git", name="bench churn")
SkillSource.objects.filter(pk=source.pk).update(is_trusted=True, status="active")
print(f"SOURCE {source.pk}")
"""


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def churn_repo_write(root: Path, round_: int) -> None:
    """The churn repository at `round_`: 50 skills whose text changes every round."""
    if not (root / ".git").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        _git("init", "-q", cwd=root)
        _git("config", "user.email", "bench@example.invalid", cwd=root)
        _git("config", "user.name", "bench", cwd=root)
    for i in range(CHURN_SKILLS):
        folder = root / "skills" / f"churn-{i:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "SKILL.md").write_text(CHURN_SKILL_MD.format(i=i, round=round_))
    _git("add", "-A", cwd=root)
    _git("commit", "-q", "--allow-empty", "-m", f"round {round_}", cwd=root)


def zipf_pick(rng: random.Random, items: list, s: float = 1.0):
    """An item, the k-th with weight 1/k**s: a few are asked for often, most rarely."""
    weights = [1 / (k**s) for k in range(1, len(items) + 1)]
    return rng.choices(items, weights=weights)[0]


#: The traffic's mix: (endpoint name, share of requests).
CHURN_MIX = (
    ("Home page", 10),
    ("Search page", 20),
    ("Skill page", 30),
    ("Category page", 10),
    ("API search", 15),
    ("API list", 5),
    ("API detail", 10),
)
PAGES = {"Home page", "Search page", "Skill page", "Category page"}


def churn(run, db, server, endpoints: list[dict], *, seconds: float, clients: int) -> dict:
    """Mixed anonymous GETs while the catalogue changes (see the module docstring)."""
    sync_every, rankings_every = 60.0, 300.0
    repo = run.OUT_DIR / "churn-repo"
    churn_repo_write(repo, 0)
    out = run.manage(db, "shell", "-c", CHURN_SOURCE % {"url": str(repo)})
    source_id = next(ln.split()[1] for ln in out.splitlines() if ln.startswith("SOURCE "))
    run.manage(db, "sync_sources", "--source", source_id)  # publishes the 50 skills

    by_name = {ep["name"]: ep for ep in endpoints if ep.get("available", True)}
    mix = [(by_name[name], share) for name, share in CHURN_MIX if name in by_name]
    rng = random.Random(23)
    samples: dict[str, list[float]] = {}
    counts: dict[str, dict[str, int]] = {}
    lock = threading.Lock()

    def next_request():
        ep = rng.choices([m[0] for m in mix], weights=[m[1] for m in mix])[0]
        path = zipf_pick(rng, ep["paths"])
        return "GET", path, None

    def on_response(response: httpx.Response) -> None:
        path = response.request.url.raw_path.decode()
        name = next((n for n, ep in by_name.items() if path in ep["_pathset"]), "other")
        elapsed = response.elapsed.total_seconds() * 1000
        with lock:
            row = counts.setdefault(name, {"hit": 0, "miss": 0, "requests": 0})
            row["requests"] += 1
            status = response.headers.get("X-Cache")
            if status in ("hit", "miss"):
                row[status] += 1
            samples.setdefault(name, []).append(elapsed)

    for ep in by_name.values():
        ep["_pathset"] = set(ep["paths"])
    jobs: list[str] = []
    stop = threading.Event()
    t0 = time.monotonic()

    def background():
        round_, next_sync, next_rankings = 0, t0 + sync_every, t0 + rankings_every
        while not stop.is_set():
            now = time.monotonic()
            if now >= next_rankings:
                t = time.monotonic()
                try:
                    run.manage(db, "compute_rankings")
                    jobs.append(f"rankings at {now - t0:.0f} s took {time.monotonic() - t:.0f} s")
                except RuntimeError as exc:
                    jobs.append(f"rankings failed: {str(exc)[:100]}")
                next_rankings += rankings_every
            elif now >= next_sync:
                round_ += 1
                t = time.monotonic()
                churn_repo_write(repo, round_)
                try:
                    run.manage(db, "sync_sources", "--source", source_id)
                    jobs.append(f"sync at {now - t0:.0f} s took {time.monotonic() - t:.0f} s")
                except RuntimeError as exc:
                    jobs.append(f"sync failed: {str(exc)[:100]}")
                next_sync += sync_every
            else:
                stop.wait(1.0)

    thread = threading.Thread(target=background, daemon=True)
    thread.start()

    result = run_httpx(
        server.base, next_request, clients=clients, seconds=seconds, on_response=on_response
    )
    stop.set()
    thread.join(timeout=300)
    groups: dict[str, dict] = {}
    page_rows = {"hit": 0, "miss": 0, "requests": 0}
    page_times: list[float] = []
    api_rows = {"hit": 0, "miss": 0, "requests": 0}
    api_times: list[float] = []
    for name, row in sorted(counts.items()):
        times = samples.get(name, [])
        groups[name] = {**row, "p50": percentile(times, 50), "p95": percentile(times, 95)}
        target, target_times = (page_rows, page_times) if name in PAGES else (api_rows, api_times)
        for k in ("hit", "miss", "requests"):
            target[k] += row[k]
        target_times.extend(times)
    groups["**All pages**"] = {
        **page_rows,
        "p50": percentile(page_times, 50),
        "p95": percentile(page_times, 95),
    }
    groups["**All API answers**"] = {
        **api_rows,
        "p50": percentile(api_times, 50),
        "p95": percentile(api_times, 95),
    }
    for ep in by_name.values():
        ep.pop("_pathset", None)
    return {
        "seconds": seconds,
        "clients": clients,
        "requests": result.requests,
        "rps": result.rps,
        "errors": result.errors,
        "p50": result.p50,
        "p95": result.p95,
        "groups": groups,
        "changed_per_sync": CHURN_SKILLS,
        "sync_every": sync_every,
        "rankings_every": rankings_every,
        "syncs": sum(1 for j in jobs if j.startswith("sync at")),
        "rankings_runs": sum(1 for j in jobs if j.startswith("rankings at")),
        "jobs": jobs,
        "ttl": server.env.get("PAGE_CACHE_SECONDS", "60"),
    }
