"""Load drivers: N concurrent keep-alive clients for a fixed time against one server.

- `run_httpx`: an asyncio + httpx driver; any method, a body per request, and a callback
  on every answer (the event-batch benchmark counts what the server accepted).
- `run_wrk`: `wrk` with a Lua script cycling through a list of paths (GET only); much
  lighter on the CPU than a Python client, so preferred for GETs when installed.

Ad hoc:  .venv/bin/python scripts/bench/load.py http://127.0.0.1:8000/api/v1/health -c 8 -s 10
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stats import LoadResult, summarize

Request = tuple[str, str, bytes | None]  # method, path, body


def visitor_address() -> str:
    """A random private address for X-Forwarded-For: the load looks like many visitors, as
    in production, so per-client throttle state (DRF keeps a list of each client's request
    times) stays as small as it is there, instead of one client with a huge history."""
    return f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


def cycle_gets(paths: list[str]) -> Callable[[], Request]:
    it = itertools.cycle(paths)
    return lambda: ("GET", next(it), None)


async def _client(
    client: httpx.AsyncClient, next_request, deadline: float, samples: list, on_response
) -> None:
    while time.perf_counter() < deadline:
        method, path, body = next_request()
        headers = {"X-Forwarded-For": visitor_address()}
        if body is not None:
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        try:
            response = await client.request(method, path, content=body, headers=headers)
            status = response.status_code
            if on_response is not None:
                on_response(response)
        except httpx.HTTPError:
            status = 0
        samples.append((time.perf_counter() - started, status))


async def _run(
    base_url: str, next_request, clients: int, seconds: float, on_response
) -> LoadResult:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    samples: list[tuple[float, int]] = []
    async with httpx.AsyncClient(
        base_url=base_url,
        limits=limits,
        timeout=30.0,
        headers={"User-Agent": "marketplace-bench/1"},
    ) as client:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(
            *(_client(client, next_request, deadline, samples, on_response) for _ in range(clients))
        )
        elapsed = time.perf_counter() - started
    return summarize(samples, elapsed)


def run_httpx(
    base_url: str,
    next_request: Callable[[], Request],
    *,
    clients: int,
    seconds: float,
    on_response: Callable[[httpx.Response], None] | None = None,
) -> LoadResult:
    return asyncio.run(_run(base_url, next_request, clients, seconds, on_response))


WRK_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
request = function()
  counter = counter + 1
  -- Many visitors, as in production: per-client throttle state stays small.
  local xff = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["X-Forwarded-For"] = xff})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %%d, "duration_us": %%d, "status_errors": %%d, "socket_errors": %%d, ' ..
    '"p50": %%f, "p95": %%f, "p99": %%f, "mean": %%f}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean))
end
"""


def _lua_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def run_wrk(base_url: str, paths: list[str], *, clients: int, seconds: float) -> LoadResult:
    """GET `paths` in turn with wrk; percentiles from wrk's own histogram (ms)."""
    script = WRK_SCRIPT % {"paths": ", ".join(_lua_string(p) for p in paths)}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        threads = min(clients, 2)
        result = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{clients}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "30s",
                "-H",
                "User-Agent: marketplace-bench/1",
                "-s",
                fh.name,
                base_url,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=False,
        )
    finally:
        Path(fh.name).unlink(missing_ok=True)
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("BENCHJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result: {result.stdout[-500:]} {result.stderr[-500:]}")
    data = json.loads(line.removeprefix("BENCHJSON "))
    errors = data["status_errors"] + data["socket_errors"]
    return LoadResult(
        requests=data["requests"],
        errors=errors,
        seconds=data["duration_us"] / 1e6,
        p50=data["p50"] / 1000,
        p95=data["p95"] / 1000,
        p99=data["p99"] / 1000,
        mean=data["mean"] / 1000,
        statuses={
            "ok (2xx/3xx)": data["requests"] - data["status_errors"],
            ">=400": data["status_errors"],
            "socket errors": data["socket_errors"],
        },
    )


def main() -> None:
    import argparse
    from urllib.parse import urlsplit

    parser = argparse.ArgumentParser(description="Drive GET load at one URL.")
    parser.add_argument("url")
    parser.add_argument("-c", "--clients", type=int, default=8)
    parser.add_argument("-s", "--seconds", type=float, default=10)
    parser.add_argument("--driver", choices=("httpx", "wrk"), default="httpx")
    args = parser.parse_args()
    parts = urlsplit(args.url)
    base, path = (
        f"{parts.scheme}://{parts.netloc}",
        parts.path + (f"?{parts.query}" if parts.query else ""),
    )
    if args.driver == "wrk":
        result = run_wrk(base, [path], clients=args.clients, seconds=args.seconds)
    else:
        result = run_httpx(base, cycle_gets([path]), clients=args.clients, seconds=args.seconds)
    print(json.dumps(result.as_dict(), indent=2))


if __name__ == "__main__":
    main()
