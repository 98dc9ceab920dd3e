"""Lighthouse on the pages people land on, served as in production, into docs/BENCHMARKS.md.

    python scripts/lighthouse/run.py            # or: make lighthouse
    python scripts/lighthouse/run.py --serve    # only serve (prints the address), for a look

The demo data (`load_demo`) in a throwaway SQLite database, `ENV=prod` (DEBUG off, whitenoise's
compressed manifest storage after `collectstatic`, the production middleware), gunicorn with
`gunicorn.conf.py` on a free loopback port, addressed as `localhost` (a secure context, as
HTTPS would be). Then `audit.mjs` runs Lighthouse (npm `lighthouse@12.2.3`, its Node API, with
Puppeteer to emulate `prefers-color-scheme: dark`) on home, search, a skill page, a category
page and rankings, mobile and desktop, light and dark, with Lighthouse's default (simulated)
throttling, and the table replaces the one between the markers in docs/BENCHMARKS.md with the
load average it ran under. The npm packages are installed once into
~/.cache/agent-skills-marketplace/npm (or $NPM_TOOLS_DIR); Chromium is $CHROME_PATH or
/usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
NODE_PACKAGES = ("lighthouse@12.2.3", "puppeteer-core@24.43.1")
CACHE = Path(
    os.environ.get("NPM_TOOLS_DIR", Path.home() / ".cache" / "agent-skills-marketplace" / "npm")
)
PAGES = (
    ("home", "/"),
    ("search", "/skills/?q=pdf"),
    ("skill", "/s/acme-labs/document-skills/pdf-extract/"),
    ("category", "/categories/documents/"),
    ("rankings", "/rankings/"),
)
BENCHMARKS = ROOT / "docs" / "BENCHMARKS.md"
sys.path.insert(0, str(ROOT / "scripts"))
from bench.report import update_report  # noqa: E402 - the section writer `make bench` uses


def log(text: str) -> None:
    print(f"[lighthouse] {text}", file=sys.stderr, flush=True)


def node_tools() -> Path:
    folder = CACHE / "lighthouse-run@12.2.3"
    if not (folder / "node_modules" / "lighthouse" / "package.json").exists():
        folder.mkdir(parents=True, exist_ok=True)
        log(f"npm install {' '.join(NODE_PACKAGES)} into {folder}")
        subprocess.run(
            ["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", *NODE_PACKAGES],
            check=True,
            capture_output=True,
            timeout=900,
        )
    return folder


def free_port() -> int:
    """BENCH_PORT when set (a shared machine may allot each engineer fixed ports, as for
    scripts/bench/run.py), else a port the system finds free."""
    if os.environ.get("BENCH_PORT"):
        return int(os.environ["BENCH_PORT"])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(work: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        ENV="prod",
        SECRET_KEY=secrets.token_urlsafe(50),
        JWT_SECRET=secrets.token_urlsafe(50),
        ADMIN_PASSWORD=secrets.token_urlsafe(20),
        FINGERPRINT_SALT=secrets.token_urlsafe(20),
        ALLOWED_HOSTS="localhost,127.0.0.1",
        SECURE_SSL_REDIRECT="false",  # plain HTTP on loopback; a proxy does TLS in production
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        MEDIA_ROOT=str(work / "media"),
        CACHE_URL="locmemcache://lighthouse",
        ALLOW_LOCAL_SOURCES="true",  # load_demo reads its folders from the package
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
        GUNICORN_ACCESSLOG=str(work / "access.log"),
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    result = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)}: {result.stderr.decode()[-3000:]}")


def serve(work: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = server_env(work, port)
    started = time.monotonic()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "-v0")
    log(f"demo data and collectstatic: {time.monotonic() - started:.0f} s")
    gunicorn = Path(PY).parent / "gunicorn"
    proc = subprocess.Popen(
        [str(gunicorn), "marketplace.wsgi", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=(work / "gunicorn.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://localhost:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base}/api/v1/health", timeout=2)  # noqa: S310 - loopback
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError((work / "gunicorn.log").read_text()[-3000:]) from None
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("gunicorn did not answer within 60 s")


def audit(base: str, work: Path, chrome: str) -> list[dict]:
    jobs = [
        {"name": name, "url": base + path, "form": form, "scheme": scheme}
        for name, path in PAGES
        for form in ("mobile", "desktop")
        for scheme in ("light", "dark")
    ]
    (work / "jobs.json").write_text(json.dumps({"chrome": chrome, "jobs": jobs}))
    tools = node_tools()
    script = tools / "audit.mjs"  # next to its node_modules, so the imports resolve
    shutil.copy(Path(__file__).with_name("audit.mjs"), script)
    subprocess.run(
        ["node", str(script), str(work / "jobs.json"), str(work / "results.json")],
        check=True,
        timeout=3600,
    )
    return json.loads((work / "results.json").read_text())


def table(results: list[dict], load: str, chrome_version: str) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Lighthouse (browser, as served in production)",
        "",
        f"Run {when} by `make lighthouse` (scripts/lighthouse/run.py): Lighthouse 12.2.3 "
        f"(Node API) with {chrome_version}, headless; demo data served by gunicorn with "
        "`ENV=prod` (whitenoise, compressed HTML); Lighthouse's default simulated throttling "
        "(mobile: 4x CPU slowdown, slow 4G; desktop: its desktop preset); dark = "
        "`prefers-color-scheme: dark` emulated through Puppeteer (checked after each run). "
        f"Load average before the run: {load}.",
        "",
        "| page | device | scheme | performance | accessibility | best practices | SEO "
        "| HTML (transferred / size) | page weight | below 100 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s, m = r["scores"], r["metrics"]
        html = (
            f"{m['html_transfer'] / 1024:.1f} / {m['html_resource'] / 1024:.1f} KB"
            if m["html_transfer"] is not None
            else "-"
        )
        below = ", ".join(f"`{f['id']}`" for f in r["failing"]) or "-"
        if r.get("error"):
            below = f"run failed: `{r['error']}` ({r['attempts']} attempts)"
        scheme = r["scheme"] + ("" if (r["scheme"] == "dark") == r["dark"] else " (not applied!)")
        lines.append(
            f"| {r['name']} | {r['form']} | {scheme} | {s['performance']} | {s['accessibility']} "
            f"| {s['best-practices']} | {s['seo']} | {html} | {m['bytes'] / 1024:.1f} KB "
            f"| {below} |"
        )
    lines += [
        "",
        '"below 100": the audits that count in a category and did not get a full score (a '
        "category can still round to 100). Search results carry `noindex, follow` on purpose "
        "(endless query URLs stay out of the index), so `is-crawlable` fails there and the "
        "search page's SEO score is not 100 by design; SEO is judged on the other pages. "
        'HTML "transferred" is what went over the wire (gzip), "size" the page itself.',
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help="only serve the demo, as audited")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        work = Path(tmp)
        proc, base = serve(work)
        try:
            if args.serve:
                log(f"serving on {base} (Ctrl-C stops)")
                proc.wait()
                return
            load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
            version = subprocess.run(
                [chrome, "--version"], capture_output=True, text=True
            ).stdout.strip()
            results = audit(base, work, chrome)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    text = table(results, load, version)
    print(text)
    if not args.no_write:
        update_report(BENCHMARKS, "lighthouse", text)
        log(f"table written to {BENCHMARKS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
