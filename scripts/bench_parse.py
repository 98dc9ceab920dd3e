"""Throughput of SKILL.md parse + validate, ours against skills-ref, on one core.

Usage:  .venv/bin/python scripts/bench_parse.py [--corpus PATH] [--rounds 5]

Reads every SKILL.md of ``<corpus>/repos/*.tar.gz`` into memory (no disk I/O is timed), then
times, in the same process and pinned to one CPU:

- ours: ``skills.ingestion.skillmd.parse_skill_md(data, folder_name=...)`` (decode, frontmatter, checks);
- skills-ref: ``parse_frontmatter(data.decode())`` + ``validate_metadata(meta, folder)``, the
  two steps its ``validate()`` runs after reading the file (a ParseError counts as a result).

Each side runs ``--rounds`` times over all files; the best round is reported (the least
disturbed by other processes) together with the median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tarfile
import time
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from skills.ingestion.skillmd import parse_skill_md  # noqa: E402

DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus"


def load_corpus(corpus: Path) -> list[tuple[str, bytes]]:
    """(folder name, SKILL.md bytes) for every SKILL.md in the corpus tarballs."""
    items = []
    for tarball in sorted((corpus / "repos").glob("*.tar.gz")):
        repo_name = tarball.name.removesuffix(".tar.gz").split("__", 1)[1]
        with tarfile.open(tarball) as tar:
            for member in tar:
                path = PurePosixPath(member.name)
                if member.isfile() and path.name == "SKILL.md":
                    folder = path.parent.name if len(path.parts) > 2 else repo_name
                    fh = tar.extractfile(member)
                    if fh is not None:
                        items.append((folder, fh.read()))
    return items


def run_ours(items: list[tuple[str, bytes]]) -> int:
    valid = 0
    for folder, data in items:
        valid += parse_skill_md(data, folder_name=folder).is_spec_valid
    return valid


def run_skills_ref(items: list[tuple[str, bytes]]) -> int:
    from skills_ref.errors import ParseError
    from skills_ref.parser import parse_frontmatter
    from skills_ref.validator import validate_metadata

    valid = 0
    for folder, data in items:
        try:
            metadata, _ = parse_frontmatter(data.decode("utf-8"))
        except (ParseError, UnicodeDecodeError):
            continue
        valid += not validate_metadata(metadata, Path(folder))
    return valid


def bench(fn, items, rounds: int) -> tuple[float, float, int]:
    rates = []
    result = 0
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn(items)
        rates.append(len(items) / (time.perf_counter() - start))
    return max(rates), statistics.median(rates), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not (args.corpus / "repos").is_dir():
        print(f"No corpus at {args.corpus}", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    items = load_corpus(args.corpus)
    size = sum(len(d) for _, d in items)
    print(
        f"{len(items)} SKILL.md files, {size / 1e6:.1f} MB ({size / len(items) / 1024:.1f} KiB average)"
    )
    run_ours(items[:50])  # warm-up (imports, regex compilation)
    best, median, ours_valid = bench(run_ours, items, args.rounds)
    print(
        f"ours:       {best:8,.0f} files/s best, {median:8,.0f} median  ({ours_valid} spec-valid)"
    )
    ref_best, ref_median, ref_valid = bench(run_skills_ref, items, max(1, args.rounds // 2))
    print(
        f"skills-ref: {ref_best:8,.0f} files/s best, {ref_median:8,.0f} median  ({ref_valid} valid)"
    )
    print(f"ratio (best): {best / ref_best:.1f}x   ratio (median): {median / ref_median:.1f}x")
    print(f"throughput: {best * size / len(items) / 1e6:.1f} MB/s of SKILL.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
