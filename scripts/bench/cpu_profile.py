"""Where an uncached answer's time goes: CPU per request, SQL count and time, and the
top functions, per endpoint, in-process (Django's test client, production settings,
page and API caches off).

    DATABASE_URL=... .venv/bin/python scripts/bench/cpu_profile.py [--requests 40] [--top 25]

CPU time (`time.process_time`) does not count waiting for PostgreSQL, so it is a fair
figure on a loaded machine where wall-clock times are not; the ratio to /api/v1/health
(measured in the same process) is reported too.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inprocess import ROOT, SqlTimer, setup_django

setup_django()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from queries import SEARCH_QUERIES  # noqa: E402


def endpoints() -> dict[str, list[str]]:
    from skills.models import Category, Skill

    slugs = list(Skill.objects.published().order_by("pk").values_list("slug", "pk")[:40])
    cats = list(Category.objects.filter(is_active=True).values_list("key", flat=True))
    return {
        "health": ["/api/v1/health"],
        "home": ["/"],
        "skill page": [f"/s/{quote(s, safe='/')}/" for s, _ in slugs],
        "search page": [f"/skills/?q={quote(q)}" for q in SEARCH_QUERIES],
        "category page": [f"/categories/{c}/" for c in cats],
        "api search": [f"/api/v1/skills?q={quote(q)}" for q in SEARCH_QUERIES],
        "api list": ["/api/v1/skills"],
        "api detail": [f"/api/v1/skills/{pk}" for _, pk in slugs],
    }


#: (label, file suffix, function name): cumulative CPU time under these calls, as a share
#: of the request's. Nested parts overlap (a query compiled while rendering counts in both).
PARTS = [
    ("view", "generic/base.py", "dispatch"),
    ("drf view", "rest_framework/views.py", "dispatch"),
    ("templates", "template/response.py", "rendered_content"),
    ("serializers", "rest_framework/serializers.py", "data"),
    ("sql compile", "sql/compiler.py", "as_sql"),
    ("sql execute", "backends/utils.py", "_execute"),
    ("rows to models", "models/query.py", "__iter__"),
    ("queryset building", "models/query.py", "_filter_or_exclude"),
    ("gettext", "gettext.py", "gettext"),
    ("middleware before/after", "utils/deprecation.py", "__call__"),
]


def breakdown(prof) -> dict[str, float]:
    stats = pstats.Stats(prof).stats  # (file, line, func) -> (cc, nc, tt, ct, callers)
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in stats.values())
    shares = {}
    for label, suffix, func in PARTS:
        ct = 0.0
        for (file, _line, fn), (_cc, _nc, _tt, cum, _callers) in stats.items():
            if fn == func and file.endswith(suffix):
                # only the outermost calls: cumulative time from callers outside this function
                ct = max(ct, cum)
        shares[label] = ct / total if total else 0.0
    return shares


class Split:
    """CPU time under a few functions (outermost calls only), without a profiler's cost."""

    TARGETS = [
        (
            "templates",
            "django.template.response",
            "SimpleTemplateResponse",
            "rendered_content",
            True,
        ),
        ("serializers", "rest_framework.serializers", "ListSerializer", "data", True),
        ("serializers", "rest_framework.serializers", "Serializer", "data", True),
        (
            "sql (compile+run+fetch)",
            "django.db.models.sql.compiler",
            "SQLCompiler",
            "execute_sql",
            False,
        ),
        ("sql compile", "django.db.models.sql.compiler", "SQLCompiler", "as_sql", False),
        ("db driver", "django.db.backends.utils", "CursorWrapper", "_execute", False),
    ]

    def __init__(self):
        import importlib

        self.totals: dict[str, float] = {}
        self.depth: dict[str, int] = {}
        for label, module, cls_name, attr, is_prop in self.TARGETS:
            cls = getattr(importlib.import_module(module), cls_name)
            original = cls.__dict__[attr]
            func = original.fget if is_prop else original
            wrapped = self._wrap(label, func)
            setattr(cls, attr, property(wrapped) if is_prop else wrapped)
            self.totals.setdefault(label, 0.0)
            self.depth.setdefault(label, 0)

    def _wrap(self, label, func):
        def wrapper(*args, **kwargs):
            if self.depth[label]:
                return func(*args, **kwargs)
            self.depth[label] += 1
            t = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.totals[label] += time.process_time() - t
                self.depth[label] -= 1

        return wrapper

    def reset(self):
        for k in self.totals:
            self.totals[k] = 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--top", type=int, default=0)
    parser.add_argument("--only", default="")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    split = Split()
    client = Client(HTTP_USER_AGENT="cpu-profile/1", REMOTE_ADDR="127.0.0.1")
    eps = endpoints()
    out = {}
    for name, paths in eps.items():
        if args.only and name not in args.only.split(","):
            continue
        for p in paths[:5]:  # warm: imports, template loading, connections
            client.get(p)
        timer = SqlTimer()
        split.reset()
        prof = cProfile.Profile(time.process_time) if args.top else None
        cpu0, wall0 = time.process_time(), time.perf_counter()
        statuses: dict[int, int] = {}
        with connection.execute_wrapper(timer):
            for i in range(args.requests):
                path = paths[i % len(paths)]
                if prof:
                    prof.enable()
                r = client.get(path)
                if prof:
                    prof.disable()
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        n = args.requests
        out[name] = {
            "cpu_ms": 1000 * cpu / n,
            "wall_ms": 1000 * wall / n,
            "sql_ms": 1000 * timer.seconds / n,
            "queries": timer.count / n,
            "statuses": statuses,
            "split_ms": {k: 1000 * v / n for k, v in split.totals.items()},
        }
        print(
            f"{name:<14} cpu {out[name]['cpu_ms']:7.2f} ms  wall {out[name]['wall_ms']:7.2f} ms  "
            f"sql {out[name]['sql_ms']:6.2f} ms in {out[name]['queries']:.1f} queries  {statuses}",
            flush=True,
        )
        print("   " + "  ".join(f"{k} {v:.2f}" for k, v in out[name]["split_ms"].items()))
        if prof:
            out[name]["shares"] = breakdown(prof)
            print("   " + "  ".join(f"{k} {v:.0%}" for k, v in out[name]["shares"].items()))
        if prof and args.top > 1:
            s = io.StringIO()
            st = pstats.Stats(prof, stream=s)
            st.sort_stats("tottime").print_stats(args.top)
            print(s.getvalue()[-12000:])
            s = io.StringIO()
            st = pstats.Stats(prof, stream=s)
            st.sort_stats("cumulative").print_stats(
                rf"{ROOT}/(skills|marketplace|rankings|moderation)/", args.top
            )
            print(s.getvalue()[-12000:])
    if args.json:
        print("PROFILEJSON " + json.dumps(out))


if __name__ == "__main__":
    main()
