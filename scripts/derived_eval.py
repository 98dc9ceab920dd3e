"""How the "derived from" rule (skills/ingestion/similarity.py) behaves on the shared corpus,
which it was not tuned on (the threshold, 0.80, and the weights were fixed beforehand).

    .venv/bin/python scripts/derived_eval.py [../shared/corpus]

Unpacks every repository of the corpus, reads each skill folder's SKILL.md body and file paths,
and reports, for pairs of skills in **different repositories**:

- pairs with the same `name` (the candidates the sync compares): how many are identical
  (mirrors), close (derived), or not close, with the close ones listed for a person to judge;
- a deterministic sample of pairs with different names: how many the rule would call close
  (false alarms, had they been compared).

No Django, no database: only the pure similarity module.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skills.ingestion.similarity import content_similarity, is_close

_FRONTMATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?", re.S)
_NAME = re.compile(r"^name:\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.M)


def _trees(repo_dir: Path) -> dict[str, list[str]]:
    """Each skill folder's full file list from the corpus's _meta.json (the archives leave
    code files out; the file term must see the real layout)."""
    metas = list(repo_dir.rglob("_meta.json"))
    if not metas:
        return {}
    meta = json.loads(metas[0].read_text())
    return {
        entry["path"]: sorted(f["path"] for f in entry.get("files", []))
        for entry in meta.get("skills", [])
    }


def _skills(root: Path) -> list[dict]:
    found = []
    for repo_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        trees = _trees(repo_dir)
        base = next((m.parent for m in repo_dir.rglob("_meta.json")), repo_dir)
        for skill_md in repo_dir.rglob("SKILL.md"):
            if not skill_md.is_file() or skill_md.is_symlink():
                continue
            text = skill_md.read_text("utf-8", errors="replace")
            match = _FRONTMATTER.match(text)
            front, body = (match.group(1), text[match.end() :]) if match else ("", text)
            name = _NAME.search(front)
            folder = skill_md.parent
            rel = str(folder.relative_to(base))
            paths = trees.get(rel) or sorted(
                str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()
            )
            found.append(
                {
                    "repo": repo_dir.name,
                    "path": rel,
                    "name": (name.group(1).strip() if name else folder.name).lower(),
                    "body": body,
                    "paths": paths,
                }
            )
    return found


def _similarity(a: dict, b: dict) -> float:
    return content_similarity(
        body_a=a["body"], files_a=a["paths"], body_b=b["body"], files_b=b["paths"]
    )


def main(corpus: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for archive in sorted((corpus / "repos").glob("*.tar.gz")):
            dest = root / archive.name.removesuffix(".tar.gz")
            dest.mkdir()
            with tarfile.open(archive) as tar:
                tar.extractall(dest, filter="data")
        skills = _skills(root)
    by_name: dict[str, list[dict]] = defaultdict(list)
    for skill in skills:
        by_name[skill["name"]].append(skill)
    same_name = [
        (a, b)
        for group in by_name.values()
        for a, b in itertools.combinations(group, 2)
        if a["repo"] != b["repo"]
    ]
    started = time.perf_counter()
    scored = [(a, b, _similarity(a, b)) for a, b in same_name]
    identical = [s for s in scored if s[2] == 1.0]
    close = [s for s in scored if is_close(s[2]) and s[2] < 1.0]
    print(f"{len(skills)} skill folders in {len({s['repo'] for s in skills})} repositories")
    print(
        f"same name, different repository: {len(scored)} pairs; identical {len(identical)}, "
        f"close {len(close)}, not close {len(scored) - len(identical) - len(close)}"
    )
    for a, b, sim in sorted(close, key=lambda s: -s[2]):
        print(f"  close {sim:.3f}  {a['repo']}:{a['path']}  ~  {b['repo']}:{b['path']}")
    near = sorted((s for s in scored if 0.6 <= s[2] < 0.8), key=lambda s: -s[2])
    for a, b, sim in near[:10]:
        print(f"  below {sim:.3f}  {a['repo']}:{a['path']}  ~  {b['repo']}:{b['path']}")
    rng = random.Random(17)
    pairs = []
    while len(pairs) < 5000:
        a, b = rng.sample(skills, 2)
        if a["repo"] != b["repo"] and a["name"] != b["name"]:
            pairs.append((a, b))
    sims = [_similarity(a, b) for a, b in pairs]
    alarms = [(a, b, s) for (a, b), s in zip(pairs, sims, strict=True) if is_close(s)]
    sims.sort()
    print(
        f"different names, different repositories (sample of {len(pairs)}): close {len(alarms)}; "
        f"similarity median {sims[len(sims) // 2]:.3f}, p99 {sims[int(len(sims) * 0.99)]:.3f}, "
        f"max {sims[-1]:.3f}"
    )
    for a, b, sim in alarms[:10]:
        print(f"  alarm {sim:.3f}  {a['repo']}:{a['path']}  ~  {b['repo']}:{b['path']}")
    seconds = time.perf_counter() - started
    print(f"{len(scored) + len(pairs)} comparisons in {seconds:.2f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"))
