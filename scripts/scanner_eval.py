"""Measure the built-in scanner: precision/recall on the labelled samples, flag rate on the shared
corpus, the most frequent rules there, and the scanning speed on one core.

    .venv/bin/python scripts/scanner_eval.py [--corpus ../shared/corpus] [--show-flags 20]

Labelled samples live in tests/moderation/scanner_samples/{benign,malicious}/<family>__<slug>/.
A skill counts as flagged when its verdict is not "pass"; "fail-only" counts only "fail".
The corpus tarballs are read in memory (nothing is unpacked) and grouped into skill folders with
each tarball's _meta.json.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from moderation.scanner import RULES_BY_ID, ScanReport, scan_files  # noqa: E402

SAMPLES = REPO_ROOT / "tests" / "moderation" / "scanner_samples"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"

Skill = tuple[str, list[tuple[str, bytes]]]


def load_samples(root: Path = SAMPLES) -> list[tuple[str, str, str, list[tuple[str, bytes]]]]:
    """(label, family, name, files) for every labelled sample folder."""
    samples = []
    for label in ("benign", "malicious"):
        for folder in sorted((root / label).iterdir()):
            if not folder.is_dir():
                continue
            files = [
                (p.relative_to(folder).as_posix(), p.read_bytes())
                for p in sorted(folder.rglob("*"))
                if p.is_file()
            ]
            family = folder.name.split("__", 1)[0]
            samples.append((label, family, folder.name, files))
    return samples


def iter_corpus_skills(corpus: Path) -> Iterator[tuple[str, str, list[tuple[str, bytes]]]]:
    """(repository, skill path, files) for every skill folder of every corpus tarball."""
    for tarball in sorted((corpus / "repos").glob("*.tar.gz")):
        with tarfile.open(tarball, "r:gz") as tar:
            members = [m for m in tar.getmembers() if m.isfile()]
            meta_member = next(
                m for m in members if m.name.endswith("/_meta.json") and m.name.count("/") == 1
            )
            prefix = meta_member.name.split("/", 1)[0] + "/"
            meta = json.load(tar.extractfile(meta_member))  # type: ignore[arg-type]
            skill_paths = sorted(
                {
                    s["path"].strip("/") if s["path"] not in (".", "") else ""
                    for s in meta["skills"]
                },
                key=len,
                reverse=True,
            )
            grouped: dict[str, list[tuple[str, bytes]]] = collections.defaultdict(list)
            for m in members:
                rel = m.name[len(prefix) :]
                if rel == "_meta.json":
                    continue
                for sp in skill_paths:
                    if sp == "" or rel.startswith(sp + "/"):
                        inner = rel[len(sp) + 1 :] if sp else rel
                        fh = tar.extractfile(m)
                        if fh is not None:
                            grouped[sp].append((inner, fh.read()))
                        break
            for sp in sorted(grouped):
                yield meta["repo"], sp, grouped[sp]


def is_flagged(report: ScanReport, *, fail_only: bool = False) -> bool:
    return report.verdict == "fail" if fail_only else report.verdict != "pass"


def evaluate_samples(samples: list[tuple[str, str, str, list[tuple[str, bytes]]]]) -> dict:
    rows = []
    for label, family, name, files in samples:
        report = scan_files(files)
        rows.append((label, family, name, report))
    out: dict = {"n_benign": 0, "n_malicious": 0}
    for fail_only in (False, True):
        tp = sum(1 for r in rows if r[0] == "malicious" and is_flagged(r[3], fail_only=fail_only))
        fp = sum(1 for r in rows if r[0] == "benign" and is_flagged(r[3], fail_only=fail_only))
        fn = sum(
            1 for r in rows if r[0] == "malicious" and not is_flagged(r[3], fail_only=fail_only)
        )
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        out["fail_only" if fail_only else "flagged"] = {
            "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 3), "recall": round(recall, 3),
        }  # fmt: skip
    out["n_benign"] = sum(1 for r in rows if r[0] == "benign")
    out["n_malicious"] = sum(1 for r in rows if r[0] == "malicious")
    families: dict[str, dict[str, int]] = collections.defaultdict(lambda: collections.Counter())
    for label, family, _name, report in rows:
        c = families[family]
        c[f"{label}_n"] += 1
        c[f"{label}_flagged"] += int(is_flagged(report))
        c[f"{label}_fail"] += int(report.verdict == "fail")
    out["families"] = {k: dict(v) for k, v in sorted(families.items())}
    out["misses"] = [
        (name, report.verdict, [f"{f.rule_id}/{f.severity}" for f in report.findings])
        for label, _family, name, report in rows
        if (label == "malicious") != is_flagged(report)
    ]
    return out


def evaluate_corpus(corpus: Path, show_flags: int) -> dict:
    skills = list(iter_corpus_skills(corpus))
    n_files = sum(len(files) for _r, _s, files in skills)
    n_bytes = sum(len(b) for _r, _s, files in skills for _p, b in files)
    verdicts: collections.Counter[str] = collections.Counter()
    rule_counts: collections.Counter[str] = collections.Counter()
    rule_counts_flagging: collections.Counter[str] = collections.Counter()
    per_repo: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    flagged = []
    start = time.process_time()
    reports = [(repo, path, scan_files(files)) for repo, path, files in skills]
    elapsed = time.process_time() - start
    for repo, path, report in reports:
        verdicts[report.verdict] += 1
        per_repo[repo][report.verdict] += 1
        for rule_id in {f.rule_id for f in report.findings}:
            rule_counts[rule_id] += 1
        for rule_id in {
            f.rule_id for f in report.findings if f.severity in ("medium", "high", "critical")
        }:
            rule_counts_flagging[rule_id] += 1
        if report.verdict != "pass":
            flagged.append((repo, path, report))
    return {
        "skills": len(skills),
        "files": n_files,
        "bytes": n_bytes,
        "verdicts": dict(verdicts),
        "flag_rate": round((verdicts["review"] + verdicts["fail"]) / max(1, len(skills)), 4),
        "fail_rate": round(verdicts["fail"] / max(1, len(skills)), 4),
        "per_repo": {k: dict(v) for k, v in sorted(per_repo.items())},
        "top_rules_any": rule_counts.most_common(15),
        "top_rules_flagging": rule_counts_flagging.most_common(15),
        "cpu_seconds": round(elapsed, 3),
        "skills_per_second": round(len(skills) / elapsed, 1) if elapsed else None,
        "mb_per_second": round(n_bytes / 1e6 / elapsed, 2) if elapsed else None,
        "flagged_sample": [
            (
                repo, path, report.verdict,
                [
                    (f.rule_id, f.severity, f.file, f.line, f.excerpt[:100])
                    for f in report.findings
                    if f.severity in ("medium", "high", "critical")
                ][:4],
            )
            for repo, path, report in flagged[:show_flags]
        ],
    }  # fmt: skip


def rules_markdown() -> str:
    """The rules table of docs/SECURITY_SCANNER.md, generated from RULES."""
    from moderation.scanner import RULES

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| id | family | max severity | looks for | why it matters | fix |",
        "|---|---|---|---|---|---|",
    ]
    for r in RULES:
        lines.append(
            f"| `{r.id}` | {r.family} | {r.severity} | {cell(r.looks_for)} | {cell(r.why)} | {cell(r.fix)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-flags", type=int, default=15, help="corpus flags to print")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--rules-markdown",
        action="store_true",
        help="print the rules table for docs/SECURITY_SCANNER.md",
    )
    args = parser.parse_args(argv)
    if args.rules_markdown:
        print(rules_markdown())
        return 0

    result: dict = {"samples": evaluate_samples(load_samples())}
    if (args.corpus / "repos").is_dir():
        result["corpus"] = evaluate_corpus(args.corpus, args.show_flags)
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0

    s = result["samples"]
    print(f"Labelled samples: {s['n_benign']} benign, {s['n_malicious']} malicious")
    for key in ("flagged", "fail_only"):
        m = s[key]
        print(
            f"  {key:9}  precision {m['precision']:.3f}  recall {m['recall']:.3f}"
            f"  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})"
        )
    print("  per family (malicious flagged/n | benign flagged/n):")
    for family, c in s["families"].items():
        print(
            f"    {family:13} {c.get('malicious_flagged', 0):>2}/{c.get('malicious_n', 0):<2}"
            f" (fail {c.get('malicious_fail', 0)}) | {c.get('benign_flagged', 0)}/{c.get('benign_n', 0)}"
        )
    for name, verdict, rules in s["misses"]:
        print(f"  MISS {name}: {verdict} {rules}")
    c = result.get("corpus")
    if c is None:
        print("Corpus: not found, skipped")
        return 0
    print(
        f"\nCorpus: {c['skills']} skills, {c['files']} files, {c['bytes'] / 1e6:.1f} MB; "
        f"verdicts {c['verdicts']}; flag rate {c['flag_rate']:.1%} (fail {c['fail_rate']:.1%})"
    )
    for repo, v in c["per_repo"].items():
        print(f"    {repo:42} {v}")
    print("  skills with a finding of the rule (any severity):")
    for rule_id, n in c["top_rules_any"]:
        print(f"    {n:5}  {rule_id}  ({RULES_BY_ID[rule_id].title})")
    print("  skills with a medium+ finding of the rule:")
    for rule_id, n in c["top_rules_flagging"]:
        print(f"    {n:5}  {rule_id}")
    print(
        f"  speed: {c['skills_per_second']} skills/s, {c['mb_per_second']} MB/s "
        f"({c['cpu_seconds']} s CPU, one core)"
    )
    if c["flagged_sample"]:
        print("  flagged corpus skills (first ones):")
        for repo, path, verdict, rows in c["flagged_sample"]:
            print(f"    [{verdict}] {repo}/{path}")
            for row in rows:
                print(f"        {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
