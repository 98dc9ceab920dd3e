"""Report sections of the issue #23 modes: caches off (`--cold`), scale (`--scale`) and the
cache under churn (`--churn`). Pure Python, no Django; `report.py` places the sections.
"""

from __future__ import annotations

import math

from report import _fmt, _goal

#: Caches off, 100,000 skills, 8 clients: every one of these under 50 ms at the 95th percentile.
COLD_P95_GOALS = ("Skill page", "Search page", "Category page", "Home page", "API search")
COLD_P95_LIMIT_MS = 50.0
COLD_SEARCH_VS_HEALTH = 0.3


def _run(endpoints: list[dict], name: str, clients: int) -> dict:
    for ep in endpoints:
        if ep["name"] == name:
            return (ep.get("runs") or {}).get(str(clients)) or {}
    return {}


def _by_how_much(value: float | None, limit: float, *, at_least: bool) -> str:
    """ "met", or "**missed** (x1.8)": how far from the goal, as a factor."""
    verdict = _goal(value, limit, at_least=at_least)
    if value is None or verdict == "met" or not limit or not value:
        return verdict
    factor = limit / value if at_least else value / limit
    return f"{verdict} (x{factor:.1f} off)"


def render_cold_goals(results: dict) -> list[str]:
    """The goal rows of a caches-off run (at the highest concurrency)."""
    clients = max(results["concurrencies"])
    endpoints = results["endpoints"]
    rows = []
    for name in COLD_P95_GOALS:
        p95 = _run(endpoints, name, clients).get("p95")
        rows.append(
            f"| {name} p95 ms ({clients} clients, caches off) | {_fmt(p95, 1)} "
            f"| < {COLD_P95_LIMIT_MS:.0f} | {_by_how_much(p95, COLD_P95_LIMIT_MS, at_least=False)} |"
        )
    search, health = _run(endpoints, "API search", clients), _run(endpoints, "Health", clients)
    ratio = search["rps"] / health["rps"] if search.get("rps") and health.get("rps") else None
    rows.append(
        f"| API search req/s / health req/s ({clients} clients, caches off) | {_fmt(ratio, 2)} "
        f"| >= {COLD_SEARCH_VS_HEALTH} | {_by_how_much(ratio, COLD_SEARCH_VS_HEALTH, at_least=True)} |"
    )
    return rows


def render_cpu_profile(profile: dict) -> list[str]:
    """`cpu_profile.py --json`: CPU, SQL and queries per request, in-process."""
    if not profile:
        return []
    health = (profile.get("health") or {}).get("cpu_ms")
    out = [
        "| Endpoint | CPU ms / request | x health | SQL ms / request | Queries | Templates ms | SQL compile ms | Serializers ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in profile.items():
        split = row.get("split_ms") or {}
        times = row["cpu_ms"] / health if health else None
        out.append(
            f"| {name} | {_fmt(row.get('cpu_ms'), 2)} | {_fmt(times, 0)} | {_fmt(row.get('sql_ms'), 2)} "
            f"| {_fmt(row.get('queries'), 1)} | {_fmt(split.get('templates'), 2)} "
            f"| {_fmt(split.get('sql compile'), 2)} | {_fmt(split.get('serializers'), 2)} |"
        )
    return out


def render_scale(results: dict) -> str:
    """One table for every size: p95 and SQL per request per endpoint, and the growth."""
    sizes = results[
        "sizes"
    ]  # [{"skills": n, "events": m, "seed_seconds", "db_size", "endpoints": {...}}]
    labels = [f"{s['skills'] // 1000}k" for s in sizes]
    names = [n for n in results["endpoint_names"]]
    out = [
        f"## {results['title']}",
        "",
        f"Run {results['started']} UTC; caches off (`PAGE_CACHE_SECONDS=0 API_LIST_CACHE_SECONDS=0`), "
        f"{results['clients']} clients, {results['load_seconds']} s per endpoint and size; driver "
        f"{results['machine'].get('driver')}. **Machine:** {results['machine'].get('cores')} cores "
        f"({results['machine'].get('cpu_model', '?')}), {results['machine'].get('memory_gib')} GiB; "
        f"load average at the start {results['machine'].get('loadavg_start', '?')}, at the end "
        f"{results['machine'].get('loadavg_end', '?')}.",
        "",
        "| Size | Skills | Events | Seeding | compute_rankings (first run) | Database size |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, s in zip(labels, sizes, strict=True):
        seed = f"{_fmt(s.get('seed_seconds'), 0)} s" if s.get("seed_seconds") else "reused"
        rank = f"{_fmt(s.get('rankings_seconds'), 0)} s" if s.get("rankings_seconds") else "-"
        out.append(
            f"| {label} | {_fmt(s.get('skills'))} | {_fmt(s.get('events'))} | {seed} | {rank} "
            f"| {s.get('db_size', '?')} |"
        )
    first, last = sizes[0]["skills"], sizes[-1]["skills"]
    log_growth = math.log(last) / math.log(first) if first > 1 else None
    out += [
        "",
        f"p95 ms at {results['clients']} clients / SQL ms per request (in-process, "
        "`cpu_profile.py`) / queries per request. Growth is the last size's p95 over the first's; "
        f"log(n) grows x{_fmt(log_growth, 2)} from {labels[0]} to {labels[-1]}, n itself "
        f"x{_fmt(last / first, 0)}.",
        "",
        "| Endpoint | " + " | ".join(labels) + " | p95 growth | SQL growth |",
        "|---|" + "---:|" * (len(labels) + 2),
    ]
    for name in names:
        cells, p95s, sqls = [], [], []
        for s in sizes:
            ep = s["endpoints"].get(name) or {}
            p95, sql, q = ep.get("p95"), ep.get("sql_ms"), ep.get("queries")
            p95s.append(p95)
            sqls.append(sql)
            cells.append(f"{_fmt(p95, 1)} / {_fmt(sql, 1)} / {_fmt(q, 1)}")
        growth = p95s[-1] / p95s[0] if p95s[0] and p95s[-1] else None
        sql_growth = sqls[-1] / sqls[0] if sqls[0] and sqls[-1] else None
        out.append(
            f"| {name} | " + " | ".join(cells) + f" | x{_fmt(growth, 2)} | x{_fmt(sql_growth, 2)} |"
        )
    notes = results.get("notes") or []
    if notes:
        out += ["", *[f"- {n}" for n in notes]]
    return "\n".join(out).rstrip() + "\n"


def render_churn(results: dict) -> str:
    churn = results["churn"]
    m = results["machine"]
    out = [
        f"## {results['title']}",
        "",
        f"Run {results['started']} UTC: {_fmt(churn['seconds'])} s of mixed traffic "
        f"({churn['clients']} clients, URLs drawn with Zipf-like weights: a few popular skills "
        "and searches, a long tail) with the page and API caches on "
        f"(`PAGE_CACHE_SECONDS`/`API_LIST_CACHE_SECONDS` {churn.get('ttl', '60')}), while a sync "
        f"changed {churn['changed_per_sync']} skills every {_fmt(churn['sync_every'])} s and "
        f"`compute_rankings` ran every {_fmt(churn['rankings_every'])} s. "
        f"**Machine:** {m.get('cores')} cores, load average at the start "
        f"{m.get('loadavg_start', '?')}, at the end {m.get('loadavg_end', '?')}. "
        f"Data: {_fmt(results['data'].get('skills'))} skills, {_fmt(results['data'].get('events'))} events.",
        "",
        "| | Requests | Served from the cache (`X-Cache: hit`) | Made (`miss`) | Hit share | p50 ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, row in churn["groups"].items():
        total = row["hit"] + row["miss"]
        share = row["hit"] / total if total else None
        out.append(
            f"| {label} | {_fmt(row['requests'])} | {_fmt(row['hit'])} | {_fmt(row['miss'])} "
            f"| {_fmt(share * 100 if share is not None else None, 1)} % | {_fmt(row.get('p50'), 1)} "
            f"| {_fmt(row.get('p95'), 1)} |"
        )
    out += [
        "",
        f"Overall: {_fmt(churn['requests'])} requests, {_fmt(churn['rps'])} req/s, p50 "
        f"{_fmt(churn['p50'], 1)} ms, p95 {_fmt(churn['p95'], 1)} ms, {_fmt(churn['errors'])} "
        f"answers outside 2xx/3xx. Syncs: {churn.get('syncs', '-')}; rankings runs: "
        f"{churn.get('rankings_runs', '-')}.",
    ]
    if churn.get("jobs"):
        out += ["", "Background jobs: " + "; ".join(churn["jobs"][:12])]
    notes = results.get("notes") or []
    if notes:
        out += ["", *[f"- {n}" for n in notes]]
    return "\n".join(out).rstrip() + "\n"
