import re
import shutil
from pathlib import Path

KINDS = {
    "github token": re.compile(r"\b(ghp_|gho_|github_pat_)[A-Za-z0-9_]{20,}"),
    "openai/anthropic key": re.compile(r"\bsk-(ant-)?[A-Za-z0-9_-]{20,}"),
    "slack token": re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}"),
    "aws key id": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY"),
    "password arg": re.compile(r"(?i)(password|passwd|pwd)=\S+"),
    "bearer header": re.compile(r"(?i)authorization:\s*bearer\s+\S+"),
}

for hist in (Path.home() / ".bash_history", Path.home() / ".zsh_history"):
    if not hist.exists():
        continue
    lines = hist.read_text(errors="replace").splitlines(True)
    hits = [(i, k) for i, l in enumerate(lines) for k, rx in KINDS.items() if rx.search(l)]
    if not hits:
        print(f"{hist}: clean")
        continue
    for i, k in hits:
        print(f"{hist}:{i + 1}: {k}")
    if input(f"remove {len({i for i, _ in hits})} lines from {hist}? [y/N] ").lower() == "y":
        bak = hist.with_name(hist.name + ".bak")
        shutil.copy2(hist, bak)
        bak.chmod(0o600)
        drop = {i for i, _ in hits}
        hist.write_text("".join(l for i, l in enumerate(lines) if i not in drop))
        print(f"done; backup at {bak}. Rotate any real token you found.")
