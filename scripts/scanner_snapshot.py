"""Check that a change to the scanner's engine left its results alone.

    .venv/bin/python scripts/scanner_snapshot.py write before.json    # before the change
    .venv/bin/python scripts/scanner_snapshot.py compare before.json  # after: exit 1 on any change

A snapshot holds, for the regression samples, the tuning half and the spent held-back sets of the
labelled corpus (scanner_eval.SPENT) and every skill of the shared corpus, the verdict, the risk
score and every finding (rule, severity, file, line, excerpt). `compare` prints each skill whose
verdict or findings differ. A held-back set not yet spent is never read. Use it for performance
work, where results must be identical; a rule change is expected to change them (and is measured
by scanner_eval.py instead).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scanner_eval import SPENT, _default_corpus, iter_corpus_skills, load_half, load_samples

from moderation.scanner import scan_files


def skills(corpus: Path, limit: int = 0) -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    for s in load_samples():
        yield f"samples/{s.name}", s.files
    for half in ("tune", *SPENT):  # never a closed held-back set
        for s in load_half(half):
            yield f"{half}/{s.name}", s.files
    if (corpus / "repos").is_dir():
        for i, (repo, path, files) in enumerate(iter_corpus_skills(corpus)):
            if limit and i >= limit:
                break
            yield f"corpus/{repo}/{path}", files


def snapshot(corpus: Path, limit: int = 0) -> tuple[dict[str, dict], float]:
    out: dict[str, dict] = {}
    cpu = 0.0
    for key, files in skills(corpus, limit):
        start = time.process_time()
        report = scan_files(files)
        cpu += time.process_time() - start
        out[key] = {
            "verdict": report.verdict,
            "score": report.risk_score,
            "findings": sorted(
                [f.rule_id, f.severity, f.file, f.line or 0, f.excerpt] for f in report.findings
            ),
        }
    return out, cpu


def compare(old: dict[str, dict], new: dict[str, dict]) -> list[str]:
    lines = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{key}: only in {'new' if a is None else 'old'}")
            continue
        head = f"{key}: {a['verdict']} -> {b['verdict']}" if a["verdict"] != b["verdict"] else key
        gone = [f for f in a["findings"] if f not in b["findings"]]
        added = [f for f in b["findings"] if f not in a["findings"]]
        lines.append(f"{head}\n    - {gone}\n    + {added}")
    return lines


def main(argv: list[str] | None = None) -> int:
    if argv is None and os.environ.get("PYTHONHASHSEED") != "0":
        # One rule's output depends on the order of a set of strings (SECURITY_SCANNER.md,
        # "Speed, session 15"): a fixed hash seed, so both snapshots see the same order.
        os.execve(  # noqa: S606 - this same script, with the seed set
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "compare"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=0, help="first N corpus skills only")
    args = parser.parse_args(argv)
    current, cpu = snapshot(args.corpus or _default_corpus(), args.limit)
    print(f"{len(current)} skills scanned in {cpu:.2f} s CPU", file=sys.stderr)
    if args.action == "write":
        args.path.write_text(json.dumps(current, indent=0, sort_keys=True))
        return 0
    diffs = compare(json.loads(args.path.read_text()), current)
    for line in diffs:
        print(line)
    print(f"{len(diffs)} of {len(current)} skills differ", file=sys.stderr)
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
