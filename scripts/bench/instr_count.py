"""Instructions per uncached answer, per endpoint, counted by valgrind's callgrind: stable
whatever else the machine runs (CPU-time figures are not on a shared, loaded machine).

    DATABASE_URL=... .venv/bin/python scripts/bench/instr_count.py [--requests 10] [--only a,b]

The parent starts this same script under `valgrind --tool=callgrind --instr-atstart=no`;
the child warms every endpoint up (imports, templates, connections) uninstrumented, then for
each endpoint the parent turns instrumentation on (`callgrind_control -i on`), the child
makes the requests, and the parent dumps the count (`callgrind_control -d`). Only the
Django process is counted (PostgreSQL and Redis run elsewhere). Endpoints and settings as
cpu_profile.py (production settings, page and API caches off); `--accept-encoding "gzip,
deflate, br"` asks as a browser does, so text answers are gzipped as production serves them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(args) -> None:
    sys.argv = [sys.argv[0]]
    sys.path.insert(0, str(HERE))
    import cpu_profile  # noqa: F401 - sets up Django with the production settings
    from cpu_profile import endpoints
    from django.test import Client

    headers = {"HTTP_ACCEPT_ENCODING": args.accept_encoding} if args.accept_encoding else {}
    client = Client(HTTP_USER_AGENT="instr-count/1", REMOTE_ADDR="127.0.0.1", **headers)
    eps = {k: v for k, v in endpoints().items() if not args.only or k in args.only.split(",")}
    for paths in eps.values():
        for p in paths[:3]:
            client.get(p)
    flag = Path(args.flag)
    import gc

    for name, paths in eps.items():
        # A collection owed by the warm-up (or the previous endpoint) is not this one's.
        gc.collect()
        print(f"BEGIN {name}", flush=True)
        while flag.read_text() != f"go {name}":
            time.sleep(0.05)
        for i in range(args.requests):
            client.get(paths[i % len(paths)])
        print(f"END {name}", flush=True)
        while flag.read_text() != f"next {name}":
            time.sleep(0.05)
    print("DONE", flush=True)


def parent(args) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("callgrind.out*"):
        old.unlink()
    flag = out / "flag"
    flag.write_text("")
    proc = subprocess.Popen(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out / 'callgrind.out'}",
            sys.executable,
            __file__,
            "--child",
            "--flag",
            str(flag),
            "--requests",
            str(args.requests),
            *(["--only", args.only] if args.only else []),
            *(["--accept-encoding", args.accept_encoding] if args.accept_encoding else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    results, order = {}, []

    def control(*opts: str) -> None:
        subprocess.run(["callgrind_control", *opts, str(proc.pid)], check=True, capture_output=True)

    for line in proc.stdout:
        line = line.strip()
        if line.startswith("BEGIN "):
            name = line[6:]
            control("-i", "on")
            control("-z")
            flag.write_text(f"go {name}")
        elif line.startswith("END "):
            name = line[4:]
            control("-i", "off")
            control("-d", name.replace(" ", "_"))
            order.append(name)
            flag.write_text(f"next {name}")
        elif line == "DONE":
            break
    proc.wait(timeout=600)
    dumps = sorted(out.glob("callgrind.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
    for path in dumps:
        text = path.read_text(errors="replace")
        desc = re.search(r"^desc: Trigger: (?:dump )?(.+)$", text, re.M)
        total = re.search(r"^totals: (\d+)", text, re.M)  # ("summary" wraps after a -z)
        label = desc.group(1).strip() if desc else path.name
        if total:
            results[label] = int(total.group(1)) / args.requests
    by_name = {}
    for name in order:
        key = next((k for k in results if name.replace(" ", "_") in k), None)
        if key is not None:
            by_name[name] = results[key]
    health = by_name.get("health")
    for name, ir in by_name.items():
        times = f"  {ir / health:5.1f}x health" if health else ""
        print(f"{name:<14} {ir / 1e6:8.2f} M instructions / request{times}")
    print("INSTRJSON " + json.dumps(by_name))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--flag", default="")
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--only", default="")
    parser.add_argument(
        "--accept-encoding",
        default="",
        help='as a browser sends it (e.g. "gzip, deflate, br"): the answers are then compressed '
        "as production compresses them for browsers (wrk and the harness send none)",
    )
    parser.add_argument("--out", default=str(HERE.parents[1] / "var" / "bench" / "callgrind"))
    args = parser.parse_args()
    if args.child:
        child(args)
    else:
        parent(args)


if __name__ == "__main__":
    main()
