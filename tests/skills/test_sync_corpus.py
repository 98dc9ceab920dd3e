"""Every SKILL.md of the shared corpus ends as a RawSkill (any state) or a recorded refusal.

Uses ../shared/corpus (skipped when absent). The security scanner is replaced by a no-op
here to keep the test within a minute on SQLite: the scanner has its own corpus tests, and
this one is about ingestion (discovery, records, refusals, slugs, de-duplication).
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter

import pytest

from skills.ingestion.sources import FetchContext
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import RawSkill, Skill


@pytest.mark.corpus
@pytest.mark.django_db
def test_every_corpus_skill_is_recorded(corpus_dir, tmp_path, monkeypatch):
    from moderation.scanner.findings import ScanReport

    monkeypatch.setattr(
        "moderation.scanner.scan_files",
        lambda files, *, frontmatter=None: ScanReport(verdict="pass", scanner_version="stub"),
    )
    dest = tmp_path / "repos"
    subprocess.run(
        [str(corpus_dir / "make-git-repos.sh"), str(dest)], check=True, capture_output=True
    )
    summary = json.loads((corpus_dir / "skills-summary.json").read_text())
    expected = (
        len(summary)
        if isinstance(summary, list)
        else sum(len(v) for v in summary.values())
        if isinstance(summary, dict)
        else 0
    )
    found = 0
    refused: Counter[str] = Counter()
    with FetchContext() as ctx:
        for meta_path in sorted(dest.glob("*.meta.json")):
            repo = dest / meta_path.name.removesuffix(".meta.json")
            source = source_create(url=str(repo), kind="git", name=repo.name.replace("__", "/"))
            result = source_sync(source=source, ctx=ctx)
            assert result.error == "", result.error
            assert result.skill_errors == []
            found += result.found
            refused.update(result.refused)
    raw_paths = RawSkill.objects.count()
    print(
        f"\nfound {found} skill folders (corpus says {expected}); raw skills {raw_paths}; "
        f"skills {Skill.objects.count()}"
    )
    print("states:", dict(Counter(RawSkill.objects.values_list("state", flat=True))))
    print("refused by problem code:", dict(refused.most_common()))
    assert found == 1309
    assert raw_paths == found  # one RawSkill per folder: listable or a recorded refusal
    assert RawSkill.objects.filter(state=RawSkill.State.REJECTED, is_listable=False).count() == sum(
        1 for r in RawSkill.objects.filter(is_listable=False)
    )
    assert not RawSkill.objects.filter(is_listable=True, skill__isnull=True).exists()
