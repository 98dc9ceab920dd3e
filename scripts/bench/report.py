"""Write the benchmark results into docs/BENCHMARKS.md (pure Python, no Django).

Each mode (quick, full, soak) owns one section between HTML comment markers, so a quick
run does not erase the figures of the last full run.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # report_modes, run as a script or not

HEADER = """# Benchmarks

Measured by the harness in `scripts/bench/` (`make bench-quick`, `make bench`, `make soak`,
`make bench-cold`, `make bench-scale`, `make bench-churn`);
every figure below was written by it, not by hand. How it works and how to read the figures:
see the end of this file. Sections are replaced by the next run of the same mode; the
"Findings" section is written by hand from them.
"""

METHOD = """## How the figures are made

- The data: `python manage.py seed_scale --skills N --events M` into a dedicated PostgreSQL
  database (`bench_quick` or `bench`), reused when the skill and event counts are already
  there; then `compute_rankings`.
- The server: gunicorn as production runs it (`gunicorn.conf.py`: gthread workers, ENV=prod,
  DEBUG off, whitenoise over collected static files, Redis as the cache and throttle store),
  bound to a free loopback port. Throttles are raised through the environment
  (`THROTTLE_ANON`, `THROTTLE_EVENTS`, `RANKINGS_EVENTS_PER_MINUTE`,
  `RANKINGS_EVENTS_PER_ADDRESS_PER_MINUTE`) since every request comes
  from one machine; each request carries a random `X-Forwarded-For` (10.x.y.z), which the
  server ignores unless `NUM_PROXIES` is set, so all requests count as one visitor.
- Caches: before each endpoint the catalogue version is bumped (all cached pages and API
  answers stale) and every URL of the endpoint is requested once ("cold" table: the cost of
  a miss); the load runs then measure the warm site.
- The load: a separate process on the same machine (`wrk` when installed, else the httpx
  async driver in `scripts/bench/load.py`), N concurrent keep-alive clients for a fixed time,
  each endpoint cycling through many URLs (50 search queries with typos, operators and CJK;
  200 sampled skills). The load driver shares the machine's cores with the server and
  PostgreSQL, so the figures are a floor for a dedicated app server.
- Latency percentiles are per request (linear interpolation between ranks); errors are any
  answer outside 2xx/3xx, plus connection errors and timeouts.
- Worker memory is the RSS of each gunicorn worker from `/proc/<pid>/status`, after the
  warm-up and after the last load run. Worker recycling (`GUNICORN_MAX_REQUESTS`, 5,000 in
  production) is turned off for the run, so growth is measured rather than reset.
- Caches off (`--cold`, `make bench-cold`): the same run with `PAGE_CACHE_SECONDS=0
  API_LIST_CACHE_SECONDS=0`, so every answer is made afresh (the catalogue-wide counts stay
  cached for `CATALOGUE_CACHE_SECONDS`); the category pages are measured too, and
  `scripts/bench/cpu_profile.py` adds the CPU, SQL time and queries per answer in-process.
  `scripts/bench/instr_count.py` counts instructions per answer under callgrind (stable
  whatever else runs; slow).
- Scale (`--scale`, `make bench-scale`): the caches-off load at each size (databases
  `bench_10k`, `bench_100k`, `bench_300k`, 100 events per skill, seeded when missing) and the
  in-process SQL per request, in one table.
- Churn (`--churn SECONDS`, `make bench-churn`): caches on, 8 clients asking for URLs with
  Zipf-like weights, while a trusted local git source of 50 skills is rewritten and synced
  every minute and `compute_rankings` runs every five; answers say `X-Cache: hit` or `miss`.
- Search SQL time: the queryset of `skills.selectors.skill_search` for each of the 50
  queries, first page (20 rows), run under `EXPLAIN (ANALYZE)`; the median "Execution Time".
- compute_rankings vs the bare aggregate: `rankings_compute()` timed in-process, against
  `SELECT skill_id, count(*) FROM rankings_skillevent WHERE counted GROUP BY skill_id` (best
  of 3), the least work any ranking over the raw events has to do.
- Serving settings side by side (`scripts/bench/serve_ab.py`, by hand): one gunicorn per
  setting (environment variables over the production ones) on one database, each endpoint
  loaded by every setting in turn with the order rotating each round; beside wrk's figures,
  the CPU time per answer of the gunicorn processes and of their PostgreSQL backends (by
  `application_name`), which a loaded machine moves far less than the wall clock.
"""


def _fmt(value, digits: int = 1, suffix: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, int) or (isinstance(value, float) and value >= 1000):
        return f"{value:,.0f}{suffix}"
    return f"{value:,.{digits}f}{suffix}"


def _goal(value: float | None, goal: float, *, at_least: bool) -> str:
    if value is None:
        return "not measured"
    met = value >= goal if at_least else value <= goal
    return "met" if met else "**missed**"


def render_endpoints(endpoints: list[dict], concurrencies: list[int]) -> str:
    lines = [
        "| Endpoint | Clients | req/s | p50 ms | p95 ms | p99 ms | Requests | Errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for ep in endpoints:
        label = f"{ep['name']} `{ep['path']}`"
        if not ep.get("available", True):
            lines.append(f"| {label} | - | not available | | | | | {ep.get('note', '')} |")
            continue
        for c in concurrencies:
            run = ep["runs"].get(str(c))
            if run is None:
                continue
            lines.append(
                f"| {label} | {c} | {_fmt(run['rps'])} | {_fmt(run['p50'], 2)} | {_fmt(run['p95'], 2)} "
                f"| {_fmt(run['p99'], 2)} | {_fmt(run['requests'])} | {_fmt(run['errors'])} |"
            )
    cold = [ep for ep in endpoints if ep.get("cold")]
    if cold:
        lines += [
            "",
            "Cold: each URL requested once, one client, right after the catalogue version was bumped",
            "(every cached page and API answer stale, as after publishing a skill); the load runs above",
            "follow it, so they measure the warm site.",
            "",
            "| Endpoint | URLs | cold p50 ms | cold p95 ms | cold max ms |",
            "|---|---:|---:|---:|---:|",
        ]
        for ep in cold:
            c = ep["cold"]
            lines.append(
                f"| {ep['name']} | {c['requests']} | {_fmt(c['p50'], 2)} | {_fmt(c['p95'], 2)} "
                f"| {_fmt(c['max'], 2)} |"
            )
    return "\n".join(lines)


def render_memory(memory: dict) -> str:
    before, after = memory.get("before", {}), memory.get("after", {})
    lines = ["| Worker pid | RSS before (MiB) | RSS after (MiB) | Growth |", "|---|---:|---:|---:|"]
    for pid in sorted(set(before) | set(after), key=int):
        b, a = before.get(pid), after.get(pid)
        growth = f"{100 * (a - b) / b:+.1f} %" if a and b else ("replaced" if b else "new")
        lines.append(
            f"| {pid} | {_fmt(b / 1024 if b else None)} | {_fmt(a / 1024 if a else None)} | {growth} |"
        )
    return "\n".join(lines)


#: The issues' latency goals at the highest concurrency: (endpoint name, p95 limit in ms).
LATENCY_GOALS = (("Search page", 50.0), ("Skill page", 50.0), ("API search", 30.0))


def _latency_goals(endpoints: list[dict], clients: int) -> list[str]:
    by_name = {ep["name"]: ep for ep in endpoints}
    rows = []
    for name, limit in LATENCY_GOALS:
        run = ((by_name.get(name) or {}).get("runs") or {}).get(str(clients)) or {}
        p95 = run.get("p95")
        rows.append(
            f"| {name} p95 ms ({clients} clients, warm) | {_fmt(p95, 1)} | < {limit:.0f} "
            f"| {_goal(p95, limit, at_least=False)} |"
        )
    return rows


def render_section(results: dict) -> str:
    if results.get("mode") == "scale":
        from report_modes import render_scale

        return render_scale(results)
    if results.get("churn"):
        from report_modes import render_churn

        return render_churn(results)
    m, d = results["machine"], results["data"]
    r = results.get("ratios", {})
    ev = results.get("events") or {}
    out = [
        f"## {results['title']}",
        "",
        f"Run {results['started']} UTC, {results['load_seconds']} s of load per endpoint and "
        f"concurrency; driver: {m.get('driver')}.",
        "",
        "**Machine:** "
        f"{m.get('cores')} cores ({m.get('cpu_model', '?')}), {m.get('memory_gib')} GiB memory; "
        f"Python {m.get('python')}, Django {m.get('django')}, PostgreSQL {m.get('postgresql')}, "
        f"gunicorn {m.get('gunicorn')} ({m.get('workers')} workers x {m.get('threads')} threads, "
        f"{m.get('worker_class')}"
        + ("; prepared statements" if m.get("prepared_statements") else "")
        + f"); Redis cache. Load average at the start {m.get('loadavg_start', '?')}, "
        f"at the end {m.get('loadavg_end', '?')}.",
        "",
        f"**Data:** {_fmt(d.get('skills'))} published skills, {_fmt(d.get('events'))} events, "
        f"{_fmt(d.get('popularity'))} popularity rows; database size {d.get('db_size', '?')}. "
        + (
            f"Seeded in {_fmt(d.get('seed_seconds'))} s."
            if d.get("seed_seconds")
            else "Reused an already seeded database."
        ),
        "",
        "### Goals",
        "",
        "| Goal | Measured | Target | Verdict |",
        "|---|---:|---:|---|",
        f"| Search API req/s / health req/s (8 clients) | {_fmt(r.get('search_vs_health'), 2)} | >= 0.5 "
        f"| {_goal(r.get('search_vs_health'), 0.5, at_least=True)} |",
        f"| Search API p50 / search SQL execution time (1 client) | {_fmt(r.get('search_p50_vs_sql'), 2)} "
        f"| <= 3 | {_goal(r.get('search_p50_vs_sql'), 3, at_least=False)} |",
        f"| compute_rankings / bare GROUP BY aggregate | {_fmt(r.get('rankings_vs_aggregate'), 2)} "
        f"| <= 1.5 | {_goal(r.get('rankings_vs_aggregate'), 1.5, at_least=False)} |",
        *_latency_goals(results["endpoints"], max(results["concurrencies"])),
        f"| Events accepted per second through the batch endpoint | {_fmt(ev.get('per_second'))} "
        f"| >= 2,000 | {_goal(ev.get('per_second'), 2000, at_least=True)} |",
        f"| Events lost (accepted but not stored) | {_fmt(ev.get('lost'))} | 0 "
        f"| {_goal(ev.get('lost'), 0, at_least=False) if ev else 'not measured'} |",
        "",
        "### Endpoints",
        "",
        render_endpoints(results["endpoints"], results["concurrencies"]),
        "",
    ]
    if results.get("caches_off"):
        from report_modes import render_cold_goals, render_cpu_profile

        start = out.index("### Goals") + 4  # after the table's header rows
        end = out.index("### Endpoints") - 1
        out[start:end] = render_cold_goals(results)
        out.insert(
            out.index("### Goals") + 1,
            "\nCaches off: `PAGE_CACHE_SECONDS=0 API_LIST_CACHE_SECONDS=0` (every page and API "
            "answer is made afresh; the catalogue counts, `CATALOGUE_CACHE_SECONDS`, stay cached).",
        )
        cpu = render_cpu_profile(results.get("cpu_profile") or {})
        if cpu:
            out += [
                "### CPU per answer (in-process, caches off)",
                "",
                "`scripts/bench/cpu_profile.py`: Django's test client in one process with the "
                "production settings, CPU time (`time.process_time`, which does not count waiting "
                "for PostgreSQL or other processes, so it holds on a busy machine) per request; "
                "templates, SQL compilation and serializers are the CPU spent under Django's "
                "`rendered_content`, `SQLCompiler.as_sql` and DRF's `.data`.",
                "",
                *cpu,
                "",
            ]
    sql = results.get("search_sql") or {}
    rk = results.get("rankings") or {}
    out += [
        "### Search SQL, rankings, events",
        "",
        f"- Search SQL (`EXPLAIN ANALYZE`, first page, {sql.get('queries', 0)} queries): median "
        f"{_fmt(sql.get('median_ms'), 2)} ms, p95 {_fmt(sql.get('p95_ms'), 2)} ms, slowest "
        f"{_fmt(sql.get('max_ms'), 2)} ms (`{sql.get('slowest_query', '')}`).",
        f"- compute_rankings: {_fmt(rk.get('compute_seconds'), 2)} s; bare GROUP BY aggregate: "
        f"{_fmt(rk.get('aggregate_seconds'), 2)} s. {rk.get('summary', '')}",
    ]
    if ev:
        out.append(
            f"- Event batches: {_fmt(ev.get('requests'))} POSTs of {ev.get('batch')} events by "
            f"{ev.get('clients')} clients in {_fmt(ev.get('seconds'), 1)} s: {_fmt(ev.get('accepted'))} "
            f"accepted, {_fmt(ev.get('rows_delta'))} rows added to `rankings_skillevent`, "
            f"{_fmt(ev.get('lost'))} lost, {_fmt(ev.get('errors'))} error answers; "
            f"p50 {_fmt(ev.get('p50'), 1)} ms per batch."
        )
    else:
        out.append("- Event batches: not available.")
    listings = results.get("listings_sql") or {}
    if listings:
        out += [
            "",
            "Listings by popularity and trending (`sql_probe.py listings`: the page's statement, "
            "24 rows, median of 3 `EXPLAIN (ANALYZE)` execution times):",
            "",
            "| listing | ms |",
            "| --- | ---: |",
            *(f"| {name} | {_fmt(ms, 2)} |" for name, ms in listings.items()),
        ]
    ing = results.get("ingestion") or {}
    out += ["", "### Ingestion", ""]
    for key, label in (
        ("parse", "SKILL.md parse + validate (`scripts/bench_parse.py`)"),
        ("sync", "Shared-corpus sync (`scripts/bench_sync.py`)"),
    ):
        text = ing.get(key)
        out.append(f"{label}:")
        out.append("")
        out.append(f"```\n{text.strip()}\n```" if text else "not run (see notes).")
        out.append("")
    profile = results.get("profile") or {}
    if profile:
        out += [
            "### Where the time goes",
            "",
            "One request per endpoint in-process (Django test client, no HTTP), best of 3, with its "
            "queries captured, the page and API answer caches off (what building an answer costs):",
            "",
            "| Endpoint | Total ms | Queries | SQL ms | Slowest query ms | Slowest query |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for name, row in profile.items():
            sql_text = (row.get("slowest_sql") or "").replace("|", "\\|")
            out.append(
                f"| {name} `{row.get('path', '')[:40]}` | {_fmt(row.get('total_ms'), 1)} | {row.get('queries')} "
                f"| {_fmt(row.get('sql_ms'), 1)} | {_fmt(row.get('slowest_ms'), 1)} | `{sql_text}` |"
            )
        out.append("")
    out += ["### Worker memory", "", render_memory(results.get("memory", {})), ""]
    mem = results.get("memory", {})
    if mem.get("max_growth_percent") is not None:
        out.append(
            f"Largest growth of a surviving worker: {mem['max_growth_percent']:+.1f} % (goal for the soak: < 10 %)."
        )
        out.append("")
    soak = results.get("soak")
    if soak:
        out += [
            "### Soak",
            "",
            f"{_fmt(soak.get('seconds'))} s of mixed traffic ({soak.get('clients')} clients) with event "
            f"writes and `{soak.get('background', '-')}` in the background: {_fmt(soak.get('requests'))} "
            f"requests, {_fmt(soak.get('rps'))} req/s, {_fmt(soak.get('server_errors'))} 5xx answers "
            f"(goal 0: {_goal(soak.get('server_errors'), 0, at_least=False)}), "
            f"{_fmt(soak.get('errors'))} answers outside 2xx/3xx in all; p50 {_fmt(soak.get('p50'), 1)} ms, "
            f"p99 {_fmt(soak.get('p99'), 1)} ms. Worker memory growth: max "
            f"{_fmt(soak.get('max_growth_percent'), 1)} % (goal < 10 %: "
            f"{_goal(soak.get('max_growth_percent'), 10, at_least=False)}); after the first two "
            f"minutes (warm-up): max {_fmt(soak.get('max_growth_after_warmup_percent'), 1)} %. "
            f"Background job: {soak.get('background_result', '-')}",
            "",
        ]
        timeline = soak.get("rss_timeline") or []
        if timeline:
            out += [
                "RSS of all workers together, every 30 s: "
                + ", ".join(f"{at} s: {mib} MiB" for at, mib, _ in timeline)
                + ".",
                "",
            ]
    notes = results.get("notes") or []
    if notes:
        out += ["### Notes", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(out).rstrip() + "\n"


def _markers(mode: str) -> tuple[str, str]:
    return f"<!-- bench:{mode}:start -->", f"<!-- bench:{mode}:end -->"


# "findings" is the one hand-written section (what the figures mean, what to fix); the
# writer keeps it as it is and never generates it.
# lighthouse: scripts/lighthouse; workers: scripts/bench_workers.py; cold, scale and churn:
# scripts/bench/modes.py (issue #23)
MODES = (
    "findings",
    "quick",
    "full",
    "soak",
    "cold",
    "cold-quick",
    "scale",
    "churn",
    "churn-quick",
    "lighthouse",
    "workers",
)


def update_report(path: Path, mode: str, section: str) -> str:
    """Replace (or add) the section of `mode` in the report at `path`; returns the text."""
    path = Path(path)
    existing = path.read_text() if path.exists() else ""
    sections = {}
    for m in MODES:
        start, end = _markers(m)
        match = re.search(re.escape(start) + r"\n(.*?)" + re.escape(end), existing, re.S)
        if match:
            sections[m] = match.group(1)
    sections[mode] = section
    parts = [HEADER]
    for m in MODES:
        if m in sections:
            start, end = _markers(m)
            parts.append(f"{start}\n{sections[m]}{end}\n")
    parts.append(METHOD)
    text = "\n".join(parts)
    path.write_text(text)
    return text
