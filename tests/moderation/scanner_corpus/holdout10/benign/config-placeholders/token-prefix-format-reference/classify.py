"""Classify credential-shaped strings in files by prefix. Prints type and first 6 chars only."""
import re
import sys
from pathlib import Path

TYPES = [
    ("GitHub token", r"\b(gh[pousr]_[A-Za-z0-9_]{10,}|github_pat_[A-Za-z0-9_]{10,})"),
    ("GitLab token", r"\bglpat-[A-Za-z0-9_-]{10,}"),
    ("Slack token", r"\bxox[bpas]-[A-Za-z0-9-]{10,}"),
    ("Stripe key", r"\b[sr]k_(live|test)_[A-Za-z0-9_]{6,}"),
    ("Stripe webhook secret", r"\bwhsec_[A-Za-z0-9_]{6,}"),
    ("AWS access key id", r"\bAKIA[0-9A-Z]{16}\b"),
    ("OpenAI key", r"\bsk-(proj-)?[A-Za-z0-9_-]{10,}"),
    ("npm token", r"\bnpm_[A-Za-z0-9]{10,}"),
    ("private key", r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
]
PLACEHOLDER = re.compile(r"(?i)(example|replace|your[_-]|xxxx|placeholder|changeme|_here)")

for root in sys.argv[1:] or ["."]:
    for p in [Path(root)] if Path(root).is_file() else Path(root).rglob("*"):
        if not p.is_file() or p.stat().st_size > 2_000_000:
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            for kind, pat in TYPES:
                for m in re.finditer(pat, line):
                    value = m.group(0)
                    status = "placeholder" if PLACEHOLDER.search(value) else ("test key" if "_test_" in value else "LOOKS LIVE")
                    print(f"{p}:{n}: {kind:22} {value[:6]}...  {status}")
