"""Benchmark: first and second sync of the whole shared corpus (not a test).

Usage (on a dedicated, migrated database; it deletes every source, skill and raw skill):

    createdb -h 127.0.0.1 -U postgres bench_sync
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_sync
    .venv/bin/python manage.py migrate -v0
    .venv/bin/python scripts/bench_sync.py [--repos /tmp/corpus-repos] [--untrusted]

Builds the corpus git repositories with ../shared/corpus/make-git-repos.sh (once), adds
one git source per repository (named owner/repo from its metadata), syncs them all, then
syncs them all again with nothing changed, and prints both timings and the counts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repos", type=Path, default=Path(tempfile.gettempdir()) / "corpus-repos")
    parser.add_argument(
        "--untrusted", action="store_true", help="Leave skills pending (no auto-publish)."
    )
    parser.add_argument(
        "--stub-scanner",
        action="store_true",
        help="Replace the security scanner by a no-op, to time the pipeline alone.",
    )
    parser.add_argument(
        "--media", type=Path, default=None, help="MEDIA_ROOT for blobs (default: a temp dir)."
    )
    args = parser.parse_args()
    if not (CORPUS / "repos").is_dir():
        print("the shared corpus is not present", file=sys.stderr)
        return 2
    subprocess.run(
        [str(CORPUS / "make-git-repos.sh"), str(args.repos)], check=True, capture_output=True
    )
    media = args.media or Path(tempfile.mkdtemp(prefix="bench-media-"))
    os.environ["MEDIA_ROOT"] = str(media)

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from moderation.models import ModerationDecision
    from skills.ingestion.sources import FetchContext
    from skills.ingestion.sources.services import source_create
    from skills.ingestion.sync import source_sync
    from skills.models import RawSkill, Skill, SkillSource

    if args.stub_scanner:
        import moderation.scanner
        from moderation.scanner.findings import ScanReport

        moderation.scanner.scan_files = lambda files, *, frontmatter=None: ScanReport(
            verdict="pass", scanner_version="stub"
        )
    ModerationDecision.objects.all()._raw_delete(ModerationDecision.objects.db)
    Skill.objects.all().delete()
    SkillSource.objects.all().delete()
    sources = []
    for meta_path in sorted(args.repos.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text())
        repo_dir = args.repos / meta_path.name.removesuffix(".meta.json")
        owner_name = "/".join(
            meta.get("repo_url", repo_dir.name.replace("__", "/")).rstrip("/").split("/")[-2:]
        )
        sources.append(
            source_create(
                url=str(repo_dir), kind="git", name=owner_name, trusted=not args.untrusted
            )
        )

    def run(label: str):
        started = time.monotonic()
        totals: Counter = Counter()
        refused: Counter = Counter()
        with FetchContext() as ctx:
            for source in sources:
                result = source_sync(source=source, ctx=ctx)
                if result.error:
                    print(f"  {source.name}: FAILED {result.error}")
                totals.update(
                    found=result.found,
                    new=result.new,
                    changed=result.changed,
                    unchanged=result.unchanged,
                    errors=len(result.skill_errors),
                    published=result.published,
                )
                refused.update(result.refused)
        seconds = time.monotonic() - started
        print(f"{label}: {seconds:.1f} s  {dict(totals)}")
        return seconds, totals, refused

    print(f"database: {connection.vendor}; media: {media}; cpus: {os.cpu_count()}")
    print(f"corpus: {len(sources)} repositories in {args.repos}")
    first, _totals, refused = run("first sync ")
    second, _, _ = run("second sync")
    print(f"second / first = {100 * second / first:.1f} %")
    print(f"raw skills: {dict(Counter(RawSkill.objects.values_list('state', flat=True)))}")
    print(f"skills: {dict(Counter(Skill.objects.values_list('status', flat=True)))}")
    print("refused (not listable) by problem code: " + json.dumps(dict(refused.most_common())))
    print(f"limits: file {settings.SKILL_MAX_FILE_BYTES:,} B, skill {settings.SKILL_MAX_BYTES:,} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
