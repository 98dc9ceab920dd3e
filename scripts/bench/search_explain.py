"""Per query of the 50 bench searches: every statement the search page and the API search
run, under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF: no per-node clock reads), with what its plan visited (issue #23, sixth pass).

    DATABASE_URL=postgres://.../wt_x_100k .venv/bin/python scripts/bench/search_explain.py \
        [--out results.json] [--only page,api] [--runs 2]

Each URL is requested once through Django's test client (production settings, caches
off) with its statements captured, then each statement is re-run under
`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` `--runs` times: the best execution and planning
times, the
shared buffers (hit + read) of the last run, and the plan's scans (rows, heap blocks,
index recheck). The buffers are what the load does not change; compare sizes by them.
Prints one line per query and endpoint and writes the whole to `--out` (JSON).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inprocess import setup_django

setup_django()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from queries import SEARCH_QUERIES  # noqa: E402
from stats import percentile  # noqa: E402

URLS = {
    "page": "/skills/?q={}",
    "api": "/api/v1/skills?q={}",
}


def label(sql: str) -> str:
    """A short name for a search statement."""
    if "skill_search_word" in sql:
        return "typo"
    if sql.startswith("WITH tier"):
        return "tier+rest"
    if "COUNT(*) OVER ()" in sql:
        return "tier" if '"installs_band" >=' in sql.split("OVER ()", 1)[1][:2000] else "rank"
    if re.search(r"COUNT\(\*\)", sql, re.I):
        return "count"
    if "skills_skillsearch" in sql and "name_vector" in sql:
        return "suggest"
    if '"skills_skill"."id" IN (' in sql:
        return "page"
    if "skills_skillsearch" in sql:
        return "search"
    return "other"


def scans(node: dict, out: list) -> None:
    kind = node.get("Node Type", "")
    if "Scan" in kind or kind in ("BitmapAnd", "BitmapOr"):
        item = {
            "node": kind,
            "on": node.get("Relation Name") or node.get("Index Name") or "",
            "rows": node.get("Actual Rows", 0) * node.get("Actual Loops", 1),
            "hit": node.get("Shared Hit Blocks", 0),
            "read": node.get("Shared Read Blocks", 0),
        }
        for key in ("Exact Heap Blocks", "Lossy Heap Blocks", "Rows Removed by Index Recheck"):
            if node.get(key):
                item[key] = node[key]
        out.append(item)
    for child in node.get("Plans", []):
        scans(child, out)


def explain(sql: str, params, runs: int) -> dict:
    best, plan, planning = None, None, None
    for _ in range(runs):
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) " + sql, params)
            plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            plan = json.loads(plan)
        ms = float(plan[0]["Execution Time"])
        best = ms if best is None else min(best, ms)
        planned = float(plan[0].get("Planning Time", 0.0))
        planning = planned if planning is None else min(planning, planned)
    top = plan[0]["Plan"]
    found: list = []
    scans(top, found)
    return {
        "ms": best,
        "plan_ms": planning,
        "hit": top.get("Shared Hit Blocks", 0),
        "read": top.get("Shared Read Blocks", 0),
        "temp": top.get("Temp Read Blocks", 0) + top.get("Temp Written Blocks", 0),
        "rows": top.get("Actual Rows", 0),
        "scans": found,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="")
    parser.add_argument("--only", default="page,api")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--query", action="append", default=[])
    parser.add_argument("--plans", action="store_true", help="print each statement's scans")
    args = parser.parse_args()
    client = Client(HTTP_USER_AGENT="search-explain/1", REMOTE_ADDR="127.0.0.1")
    client.get(URLS["page"].format("warm"))
    client.get(URLS["api"].format("warm"))
    queries = args.query or SEARCH_QUERIES
    result: dict = {}
    for kind in args.only.split(","):
        per: dict = {}
        for query in queries:
            with CaptureQueriesContext(connection) as captured:
                response = client.get(URLS[kind].format(quote(query)))
            statements = []
            for q in captured.captured_queries:
                sql = q["sql"]
                if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue
                figures = explain(sql, None, args.runs)
                figures["label"] = label(sql)
                statements.append(figures)
            per[query] = {
                "status": response.status_code,
                "ms": sum(s["ms"] for s in statements),
                "plan_ms": sum(s["plan_ms"] for s in statements),
                "buffers": sum(s["hit"] + s["read"] for s in statements),
                "statements": statements,
            }
            parts = " ".join(
                f"{s['label']}:{s['ms']:.1f}/{s['hit'] + s['read']}" for s in statements
            )
            print(
                f"{kind:4} {query[:22]:22} {per[query]['ms']:7.2f} ms"
                f" (+{per[query]['plan_ms']:.2f} planning) {per[query]['buffers']:6} buf  "
                f"{parts}",
                flush=True,
            )
            if args.plans:
                for s in statements:
                    print(f"     {s['label']}: {s['scans']}")
        ms = [v["ms"] for v in per.values()]
        planned = [v["plan_ms"] for v in per.values()]
        buffers = [v["buffers"] for v in per.values()]
        print(
            f"{kind}: ms median {statistics.median(ms):.2f} p95 {percentile(ms, 95):.2f} "
            f"mean {statistics.mean(ms):.2f}; planning median {statistics.median(planned):.2f}"
            f" mean {statistics.mean(planned):.2f}; buffers median {statistics.median(buffers):.0f} "
            f"p95 {percentile(buffers, 95):.0f} mean {statistics.mean(buffers):.0f}",
            flush=True,
        )
        result[kind] = per
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
