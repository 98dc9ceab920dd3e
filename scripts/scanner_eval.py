"""Measure the built-in scanner honestly, beside Cisco's static engine.

    .venv/bin/python scripts/scanner_eval.py                    # tune half, corpus, speed
    .venv/bin/python scripts/scanner_eval.py --half holdout     # the held-back half (once, at the end)
    .venv/bin/python scripts/scanner_eval.py --half holdout2    # the second held-back set (once)
    .venv/bin/python scripts/scanner_eval.py --half holdout3    # the third held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout4    # the fourth held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout5    # the fifth held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout6    # the sixth held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout7    # the seventh held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout8    # the eighth held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout9    # the ninth held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --half holdout10   # the tenth held-back set (spent)
    .venv/bin/python scripts/scanner_eval.py --cisco            # also Cisco (make cisco-venv)
    .venv/bin/python scripts/scanner_eval.py --without-learned  # the rules alone (no learned.py)
    .venv/bin/python scripts/scanner_eval.py --half holdout6 --subset even --show-misses
                                                                # 6a: a spent set's tuning half
    .venv/bin/python scripts/scanner_eval.py --half holdout6 --subset odd
                                                                # 6b: its validation half (figures)
    make scanner-eval                                           # both halves, Cisco, corpus, speed

Labelled data: tests/moderation/scanner_corpus/{tune,holdout,holdout2,...,holdout10}/ (its
labels.json manifest names each sample's half; tune and holdout were split before the rules were
tuned; holdout2 to holdout10 are further held-back sets written later by people blind to
the rules, see the corpus README for which of them are spent and which one is still closed;
`--half both` runs all eleven, each reported separately) and
the older regression samples tests/moderation/scanner_samples/{benign,malicious}/.
Per half it reports recall per attack family (flagged = review or fail, and fail alone), the
false-fail and false-review rates on the benign look-alikes; on the shared corpus of real skills
(benign background; skipped when absent) the fail and review rates; the same figures for Cisco's
engine when its virtualenv exists; and the speed (skills/s on one core over the corpus, median
of 3 runs, by CPU time, the measure of the work, and by wall clock with the load average,
which on a shared machine says how much the wall figure means; the slowest skill; a 3 MB
reference file). Per-sample misses are printed only for the
tune half, the regression samples and the spent held-back sets (--show-misses, SPENT), never
for a closed one.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from moderation.scanner import RULES_BY_ID, scan_files  # noqa: E402

SAMPLES = REPO_ROOT / "tests" / "moderation" / "scanner_samples"
CORPUS_HALVES = REPO_ROOT / "tests" / "moderation" / "scanner_corpus"
CISCO_PYTHON = REPO_ROOT / ".venv-cisco" / "bin" / "python"
CISCO_WORKER = REPO_ROOT / "scripts" / "cisco_eval_worker.py"
# Held-back halves (see the corpus README), each reported on its own.
HELD_BACK = (
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
)
# Held-back halves already run and published: later rounds read them as tuning material, so
# --show-misses may list their per-sample misses. The others stay closed: figures only.
SPENT = (
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
)
# A spent set can be cut in two by the same rule as tune/holdout (sha256 of the name, even or
# odd): tune on one half, validate on the other. (half, subset) pairs listed here are a round's
# validation halves: figures only, like a closed set, until that round's rules are final.
# holdout6 odd was 2.6.0's validation half (session 13): read once its rules were final, spent.
# holdout7 odd was 2.7.0's (session 14): read once its rules were final, spent (and trained on).
# holdout8 odd (8b) was 2.8.0's (session 15): read once its rules were final, spent (and trained on).
# holdout9 odd (9b) was 2.9.0's (session 16): read once its rules were final, spent (and trained on).
CLOSED_SUBSETS: frozenset[tuple[str, str]] = frozenset()


def parity(name: str) -> str:
    """'even' or 'odd': the corpus's split rule (sha256 of the sample name)."""
    return "even" if int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "odd"


def misses_shown(half: str, subset: str = "all") -> bool:
    """Whether --show-misses may print per-sample results for this half: the tuning half and
    the spent held-back sets, never a closed one (a later set until the lead runs it), nor a
    subset listed in CLOSED_SUBSETS (nor the whole set that contains it)."""
    if subset == "all" and any(h == half for h, _ in CLOSED_SUBSETS):
        return False
    if (half, subset) in CLOSED_SUBSETS:
        return False
    return half == "tune" or half in SPENT


def _default_corpus() -> Path:
    for candidate in (
        os.environ.get("SKILLS_CORPUS_DIR", ""),
        REPO_ROOT.parent / "shared" / "corpus",
        REPO_ROOT.parent.parent / "shared" / "corpus",
    ):
        if candidate and (Path(candidate) / "repos").is_dir():
            return Path(candidate)
    return REPO_ROOT.parent / "shared" / "corpus"


class Sample:
    __slots__ = ("family", "files", "folder", "label", "name")

    def __init__(self, label: str, family: str, name: str, folder: Path) -> None:
        self.label, self.family, self.name, self.folder = label, family, name, folder
        self.files = [
            (p.relative_to(folder).as_posix(), p.read_bytes())
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "labels.json"
        ]


def load_samples(root: Path = SAMPLES) -> list[Sample]:
    """The regression samples: <label>/<family>__<slug>/ folders."""
    out = []
    for label in ("benign", "malicious"):
        for folder in sorted((root / label).iterdir()):
            if folder.is_dir():
                out.append(Sample(label, folder.name.split("__", 1)[0], folder.name, folder))
    return out


def _entries(labels: object) -> Iterator[dict]:
    if isinstance(labels, dict) and isinstance(labels.get("samples"), list | dict):
        labels = labels["samples"]
    if isinstance(labels, dict):
        for key, value in labels.items():
            row = dict(value) if isinstance(value, dict) else {"label": value}
            row.setdefault("id", key)
            yield row
    elif isinstance(labels, list):
        yield from (row for row in labels if isinstance(row, dict))


def load_half(half: str, root: Path = CORPUS_HALVES) -> list[Sample]:
    """One half of the labelled corpus, from the manifest root/labels.json
    (`{"samples": [{"path", "half", "label", "family", ...}]}`; see its README)."""
    manifest = root / "labels.json"
    if not manifest.is_file():
        return []
    out = []
    base = root.resolve()
    for row in _entries(json.loads(manifest.read_text())):
        if str(row.get("half", "")) != half:
            continue
        rel = str(row.get("path") or "")
        folder = (root / rel).resolve()
        if not rel or not folder.is_dir() or base not in folder.parents:
            continue
        label = "malicious" if str(row.get("label", "")).lower().startswith("mal") else "benign"
        family = str(row.get("family") or ("benign" if label == "benign" else "other"))
        out.append(Sample(label, family, str(row.get("name") or rel), folder))
    return out


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
                        fh = tar.extractfile(m)
                        if fh is not None:
                            grouped[sp].append((rel[len(sp) + 1 :] if sp else rel, fh.read()))
                        break
            for sp in sorted(grouped):
                yield meta["repo"], sp, grouped[sp]


# -- Cisco, in its own virtualenv ------------------------------------------------------------------


def cisco_available() -> bool:
    return CISCO_PYTHON.is_file() and os.access(CISCO_PYTHON, os.X_OK)


def cisco_verdicts(folders: dict[str, Path]) -> dict[str, dict]:
    """{id: {"verdict", "max_severity", "seconds", "error"}} from the Cisco worker."""
    jobs = "".join(json.dumps({"id": k, "dir": str(v)}) + "\n" for k, v in folders.items())
    proc = subprocess.run(
        [str(CISCO_PYTHON), str(CISCO_WORKER)],
        input=jobs, capture_output=True, text=True, check=False, timeout=7200,
    )  # fmt: skip
    rows = {}
    for line in proc.stdout.splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        rows[row["id"]] = row
    return rows


def _write_skill(root: Path, files: list[tuple[str, bytes]]) -> Path:
    for name, content in files:
        rel = PurePosixPath(name)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            continue
        target = root.joinpath(*rel.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return root


# -- figures --------------------------------------------------------------------------------------


def figures(samples: list[Sample], verdicts: dict[str, str]) -> dict:
    """Recall per family (flagged, fail), false fail/review on benign, from {name: verdict}."""
    fam: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    mal = collections.Counter()
    ben = collections.Counter()
    for s in samples:
        v = verdicts.get(s.name, "pass")
        c = mal if s.label == "malicious" else ben
        c["n"] += 1
        c["flagged"] += v != "pass"
        c["fail"] += v == "fail"
        c["review"] += v == "review"
        if s.label == "malicious":
            fam[s.family]["n"] += 1
            fam[s.family]["flagged"] += v != "pass"
            fam[s.family]["fail"] += v == "fail"

    def rate(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "malicious": mal["n"],
        "benign": ben["n"],
        "recall_flagged": rate(mal["flagged"], mal["n"]),
        "recall_fail": rate(mal["fail"], mal["n"]),
        "benign_fail_rate": rate(ben["fail"], ben["n"]),
        "benign_review_rate": rate(ben["review"], ben["n"]),
        "families": {
            k: {"n": c["n"], "flagged": rate(c["flagged"], c["n"]), "fail": rate(c["fail"], c["n"])}
            for k, c in sorted(fam.items())
        },
    }


def rules_verdict(findings: list) -> str:
    """The rule stages' own verdict of a report: without the learned step's findings (the step
    only adds findings, after the rules' verdict, so this is that verdict exactly)."""
    from moderation.scanner.verdict import verdict_for

    return verdict_for([f for f in findings if not f.rule_id.startswith("learned.")])[0]


def evaluate_set(samples: list[Sample], *, cisco: bool) -> dict:
    reports = {s.name: scan_files(s.files) for s in samples}
    out = {"builtin": figures(samples, {k: r.verdict for k, r in reports.items()})}
    # the rules alone from the same scans: one run of a validation half gives both lines
    out["rules"] = figures(samples, {k: rules_verdict(r.findings) for k, r in reports.items()})
    out["_reports"] = reports
    if cisco and cisco_available() and samples:
        rows = cisco_verdicts({s.name: s.folder for s in samples})
        out["cisco"] = figures(samples, {k: r["verdict"] for k, r in rows.items()})
        out["cisco"]["errors"] = sum(1 for r in rows.values() if r.get("error"))
    return out


def evaluate_corpus(corpus: Path, *, cisco: bool, runs: int = 3, limit: int = 0) -> dict:
    skills = list(iter_corpus_skills(corpus))
    if limit:
        skills = skills[:limit]
    times: list[float] = []
    walls: list[float] = []
    per_skill: dict[int, float] = collections.defaultdict(float)
    reports = []
    load_before = _load_average()
    for run in range(runs):
        start, wall = time.process_time(), time.perf_counter()
        for i, (_repo, _path, files) in enumerate(skills):
            t = time.process_time()
            report = scan_files(files)
            per_skill[i] = (
                max(per_skill[i], time.process_time() - t) if run else (time.process_time() - t)
            )
            if run == 0:
                reports.append(report)
        times.append(time.process_time() - start)
        walls.append(time.perf_counter() - wall)
    verdicts = collections.Counter(r.verdict for r in reports)
    rules = collections.Counter(
        rid for r in reports if r.verdict != "pass" for rid in {f.rule_id for f in r.findings
                                                                 if f.severity in ("medium", "high", "critical")}
    )  # fmt: skip
    slowest = max(per_skill, key=per_skill.get) if per_skill else 0
    n = len(skills)
    out = {
        "skills": n,
        "verdicts": dict(verdicts),
        "fail_rate": round(verdicts["fail"] / n, 4) if n else 0.0,
        "review_rate": round(verdicts["review"] / n, 4) if n else 0.0,
        "rules_on_flagged": rules.most_common(12),
        "flagged": [
            (
                skills[i][0],
                skills[i][1],
                r.verdict,
                [
                    (f.rule_id, f.severity, f.file, f.line)
                    for f in r.findings
                    if f.severity in ("medium", "high", "critical")
                ][:3],
            )
            for i, r in enumerate(reports)
            if r.verdict != "pass"
        ],
        "skills_per_second_median": round(n / statistics.median(times), 1) if n else 0.0,
        "cpu_seconds_runs": [round(t, 2) for t in times],
        "wall_skills_per_second_median": round(n / statistics.median(walls), 1) if n else 0.0,
        "wall_seconds_runs": [round(t, 2) for t in walls],
        "load_average": [load_before, _load_average()],
        "slowest_skill": (skills[slowest][0], skills[slowest][1], round(per_skill[slowest], 3))
        if n
        else None,
    }
    if cisco and cisco_available():
        with tempfile.TemporaryDirectory(prefix="cisco-corpus-") as tmp:
            folders = {
                str(i): _write_skill(Path(tmp) / str(i), files)
                for i, (_r, _p, files) in enumerate(skills)
            }
            rows = cisco_verdicts(folders)
        cv = collections.Counter(r["verdict"] for r in rows.values())
        out["cisco"] = {
            "skills": len(rows),
            "fail_rate": round(cv["fail"] / max(1, len(rows)), 4),
            "review_rate": round(cv["review"] / max(1, len(rows)), 4),
            "errors": sum(1 for r in rows.values() if r.get("error")),
            "cpu_seconds": round(sum(r.get("seconds", 0) for r in rows.values()), 1),
        }
    return out


def _load_average() -> str:
    """The 1, 5 and 15 minute load averages (as `uptime` prints them): wall-clock figures mean
    little without them on a shared machine."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def big_reference_case() -> dict:
    """A skill with a 3 MB reference document: CPU seconds and verdict."""
    para = (
        "## Section\n\nThe API returns JSON. Use `curl https://api.example.com/v1/items` to list "
        "items and `jq .` to read them. Tokens go in the `Authorization` header.\n\n"
    )
    doc = (para * (3 * 1024 * 1024 // len(para) + 1))[: 3 * 1024 * 1024]
    files = [
        ("SKILL.md", b"---\nname: api\ndescription: Calls the API.\n---\nSee references/api.md\n"),
        ("references/api.md", doc.encode()),
    ]
    start, wall = time.process_time(), time.perf_counter()
    report = scan_files(files)
    return {
        "cpu_seconds": round(time.process_time() - start, 3),
        "wall_seconds": round(time.perf_counter() - wall, 3),
        "verdict": report.verdict,
    }


# -- printing ---------------------------------------------------------------------------------------


def _print_set(title: str, result: dict) -> None:
    b = result["builtin"]
    print(f"\n== {title}: {b['malicious']} malicious, {b['benign']} benign")
    engines = [("builtin", b)]
    if result.get("rules") and result["rules"] != b:
        engines.append(("rules", result["rules"]))  # builtin without the learned step
    engines += [("cisco", result["cisco"])] if "cisco" in result else []
    for name, m in engines:
        print(
            f"  {name:8} flagged {m['recall_flagged']:.1%}  fail {m['recall_fail']:.1%}  "
            f"| benign: false fail {m['benign_fail_rate']:.1%}, false review {m['benign_review_rate']:.1%}"
        )
    print("  per family (flagged / fail), builtin" + (" | cisco" if "cisco" in result else ""))
    for fam, c in b["families"].items():
        line = f"    {fam:22} n={c['n']:<3} {c['flagged']:6.1%} / {c['fail']:6.1%}"
        if "cisco" in result and fam in result["cisco"]["families"]:
            cc = result["cisco"]["families"][fam]
            line += f"  | {cc['flagged']:6.1%} / {cc['fail']:6.1%}"
        print(line)


def _print_misses(samples: list[Sample], result: dict) -> None:
    for s in samples:
        r = result["_reports"][s.name]
        wrong = (s.label == "malicious" and r.verdict != "fail") or (
            s.label == "benign" and r.verdict == "fail"
        )
        if wrong:
            rules = [f"{f.rule_id}/{f.severity}" for f in r.findings if f.severity != "info"][:5]
            print(f"    MISS [{s.label}/{s.family}] {s.name}: {r.verdict} {rules}")


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
    parser.add_argument(
        "--half", choices=["tune", *HELD_BACK, "both", "none"], default="tune",
        help="both: tune and every held-back half, each reported separately",
    )  # fmt: skip
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--corpus-limit", type=int, default=0, help="first N corpus skills only")
    parser.add_argument("--runs", type=int, default=3, help="timed runs over the corpus")
    parser.add_argument("--cisco", action="store_true", help="also run Cisco's engine")
    parser.add_argument(
        "--show-misses", action="store_true",
        help="per-sample misses: samples, tune and the spent sets (never a closed set)",
    )  # fmt: skip
    parser.add_argument(
        "--subset", choices=["all", "even", "odd"], default="all",
        help="only the samples whose sha256(name) is even / odd (a spent set cut in two)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rules-markdown", action="store_true")
    parser.add_argument(
        "--without-learned", action="store_true",
        help="the rules alone: switch off the learned second opinion (learned.py)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    halves = {"both": ["tune", *HELD_BACK], "none": []}.get(args.half, [args.half])
    if args.show_misses and not all(misses_shown(h, args.subset) for h in halves):
        parser.error("--show-misses: per-sample results of a closed set or subset are never shown")
    if args.without_learned:
        from moderation.scanner import learned

        learned.load_model = lambda *a, **k: None  # the engine then skips the step
    if args.rules_markdown:
        print(rules_markdown())
        return 0
    result: dict = {}
    samples = load_samples()
    result["samples"] = evaluate_set(samples, cisco=args.cisco)
    loaded = {h: load_half(h) for h in halves}
    if args.subset != "all":
        loaded = {h: [x for x in s if parity(x.name) == args.subset] for h, s in loaded.items()}
    for h, s in loaded.items():
        result[h] = evaluate_set(s, cisco=args.cisco) if s else None
    corpus = args.corpus or _default_corpus()
    if not args.no_corpus and (corpus / "repos").is_dir():
        result["corpus"] = evaluate_corpus(
            corpus, cisco=args.cisco, runs=args.runs, limit=args.corpus_limit
        )
    result["big_reference"] = big_reference_case()
    if args.json:
        clean = {
            k: ({kk: vv for kk, vv in v.items() if kk != "_reports"} if isinstance(v, dict) else v)
            for k, v in result.items()
        }
        print(json.dumps(clean, indent=2, default=str))
        return 0
    print(f"cisco engine: {'yes' if args.cisco and cisco_available() else 'not run'}")
    print(f"learned second opinion: {'off' if args.without_learned else 'on'}")
    _print_set("regression samples (tests/moderation/scanner_samples)", result["samples"])
    if args.show_misses:
        _print_misses(samples, result["samples"])
    for h in halves:
        if result.get(h) is None:
            print(f"\n== {h}: no labelled data at {CORPUS_HALVES / h}")
            continue
        sub = "" if args.subset == "all" else f" ({args.subset} subset)"
        _print_set(f"{h} half{sub}", result[h])
        if args.show_misses and misses_shown(h, args.subset):
            _print_misses(loaded[h], result[h])
    c = result.get("corpus")
    if c is None:
        print("\n== shared corpus: not found, skipped")
    else:
        print(
            f"\n== shared corpus (benign background): {c['skills']} skills, verdicts {c['verdicts']}"
            f"\n  builtin  fail {c['fail_rate']:.2%}  review {c['review_rate']:.2%}"
        )
        if "cisco" in c:
            cc = c["cisco"]
            print(f"  cisco    fail {cc['fail_rate']:.2%}  review {cc['review_rate']:.2%}"
                  f"  ({cc['skills']} skills, {cc['errors']} errors, {cc['cpu_seconds']} s CPU)")  # fmt: skip
        print(f"  rules on flagged skills: {c['rules_on_flagged']}")
        if args.show_misses:
            for repo, path, verdict, rows in c["flagged"]:
                print(f"    [{verdict}] {repo}/{path} {rows}")
        print(
            f"  speed: {c['skills_per_second_median']} skills/s on one core by CPU time (median of "
            f"{len(c['cpu_seconds_runs'])} runs, CPU s {c['cpu_seconds_runs']}); by wall clock "
            f"{c['wall_skills_per_second_median']} skills/s (wall s {c['wall_seconds_runs']}; "
            f"load average {c['load_average'][0]} before, {c['load_average'][1]} after); "
            f"slowest skill {c['slowest_skill']} (CPU s)"
        )
    br = result["big_reference"]
    print(
        f"  3 MB reference file: {br['cpu_seconds']} s CPU, {br['wall_seconds']} s wall, "
        f"verdict {br['verdict']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["RULES_BY_ID", "evaluate_set", "figures", "load_half", "load_samples", "main"]
