"""Fill the marketplace with demo data: categories, tags, a dozen skills, events, and
work for moderators.

The demo skills are folders in `marketplace/demo/<owner>/<repo>/` (written for this
project). They are turned into real local git repositories and ingested through the same
pipeline as any source (trusted, so listable skills publish at once); then categories and
tags come from each skill's `metadata`, and a deterministic history of events is recorded
through the rankings service.

The moderation queue gets work too (`marketplace/demo_queue/`, see its README): from
untrusted sources, a clean pending skill and a risky one with findings in a script and in
its SKILL.md; an update of a live skill (its first version approved, the second committed
on top) with a readable diff and an added script; and an open visitor's report.
Running it again changes nothing.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from collections import Counter
from datetime import timedelta
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.text import slugify

from moderation.services import raw_skill_approve, report_create
from rankings.models import SkillDailyCount
from rankings.services.events import event_record
from rankings.services.totals import count_totals_reset
from skills.ingestion.sources.services import source_get_or_create
from skills.ingestion.sync import source_sync
from skills.models import Category, RawSkill, Skill, SkillSource, Tag

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
QUEUE_DIR = Path(__file__).resolve().parents[2] / "demo_queue"
DEMO_REPORT = {
    "reason": "broken",
    "details": "The script stops with 'permission denied' on macOS; the page does not say "
    "it needs a writable home folder.",
    "fingerprint": "demo-visitor-report",
}
CATEGORIES = [
    ("development", "Development", "Code review, testing, commits and API design."),
    ("documents", "Documents", "Read and write PDFs, Word files and other documents."),
    ("data", "Data & analytics", "Spreadsheets, SQL and analysis."),
    ("design", "Design", "Brands, slides and icons."),
    ("research", "Research", "Papers, sources and literature reviews."),
    ("writing", "Writing", "Summaries, translations and editing."),
    ("security", "Security", "Audits, secrets and safe defaults."),
    ("productivity", "Productivity", "Notes, planning and everyday automation."),
]
EVENT_DAYS = 30


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=Demo",
            "-c",
            "user.email=demo@example.invalid",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=cwd,
        check=True,
        capture_output=True,
        timeout=60,
    )


def demo_repo_commit(src: Path, dest: Path, message: str) -> None:
    """Make `dest`'s working tree the content of `src` and commit it (when it differs)."""
    same = subprocess.run(
        ["diff", "-rq", "-x", ".git", str(src), str(dest)], capture_output=True, timeout=60
    )
    if same.returncode == 0:
        return
    for child in dest.iterdir():
        if child.name != ".git":
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    shutil.copytree(src, dest, dirs_exist_ok=True)
    _git("add", "-A", cwd=dest)
    _git("commit", "-q", "-m", message, "--date", "2026-01-02T00:00:00Z", cwd=dest)


def demo_repo_materialise(src: Path, dest: Path) -> Path:
    """Copy a demo folder to `dest` as a one-commit git repository (kept when unchanged)."""
    if dest.exists():
        if (dest / ".git").is_dir():
            same = subprocess.run(
                ["diff", "-rq", "-x", ".git", str(src), str(dest)], capture_output=True, timeout=60
            )
            if same.returncode == 0:
                return dest
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    _git("init", "-q", cwd=dest)
    _git("add", "-A", cwd=dest)
    _git("commit", "-q", "-m", "Demo skills", "--date", "2026-01-01T00:00:00Z", cwd=dest)
    return dest


class Command(BaseCommand):
    help = "Load demo categories, tags, skills (through the ingestion pipeline) and events. Idempotent."

    def handle(self, *args, **options):
        if not DEMO_DIR.is_dir():
            raise CommandError(f"Demo folder not found: {DEMO_DIR}")
        for order, (key, name, description) in enumerate(CATEGORIES):
            Category.objects.update_or_create(
                key=key, defaults={"name": name, "description": description, "sort_order": order}
            )
        repos_dir = Path(settings.MEDIA_ROOT).parent / "demo-repos"
        synced = 0
        for repo in sorted(p for p in DEMO_DIR.glob("*/*") if p.is_dir()):
            owner, name = repo.parent.name, repo.name
            path = demo_repo_materialise(repo, repos_dir / owner / name)
            source, _ = source_get_or_create(
                url=str(path), kind=SkillSource.Kind.GIT, name=f"{owner}/{name}", trusted=True
            )
            result = source_sync(source=source)
            if not result.ok:
                raise CommandError(
                    f"Syncing demo source {owner}/{name} failed: {source.last_error}"
                )
            synced += result.new
        queued = self._queue_work(repos_dir)
        owners = [p.name for p in DEMO_DIR.iterdir()] + [p.name for p in QUEUE_DIR.iterdir()]
        skills = list(
            Skill.objects.filter(repository_owner__in=owners).select_related("latest_version")
        )
        self._classify(skills)
        events = self._events([s for s in skills if s.status == Skill.Status.PUBLISHED])
        self._report(skills)
        if "compute_rankings" in get_commands():
            # A month of daily snapshots the first time, so rank-history charts have a past.
            today = timezone.now().date()
            days = range(EVENT_DAYS - 1, -1, -1) if events else [0]
            quiet = StringIO()
            for days_ago in days:
                call_command(
                    "compute_rankings",
                    date=(today - timedelta(days=days_ago)).isoformat(),
                    stdout=quiet,
                )
        self.stdout.write(
            f"Demo data ready: {len(skills)} skills ({synced} new), {Category.objects.count()} categories, "
            f"{Tag.objects.count()} tags, {events} new events, {queued} items waiting in the "
            "review queue."
        )

    def _sync(self, source: SkillSource) -> None:
        result = source_sync(source=source)
        if not result.ok:
            raise CommandError(f"Syncing demo source {source.name} failed: {source.last_error}")

    def _queue_work(self, repos_dir: Path) -> int:
        """Untrusted sources whose skills wait for review (see marketplace/demo_queue)."""
        community = demo_repo_materialise(
            QUEUE_DIR / "northwind" / "community-skills",
            repos_dir / "northwind" / "community-skills",
        )
        source, _ = source_get_or_create(
            url=str(community), kind=SkillSource.Kind.GIT, name="northwind/community-skills"
        )
        self._sync(source)

        notes_src = QUEUE_DIR / "lumen" / "notes-skills"
        notes = repos_dir / "lumen" / "notes-skills"
        source, _ = source_get_or_create(
            url=str(notes), kind=SkillSource.Kind.GIT, name="lumen/notes-skills"
        )
        live = Skill.objects.filter(
            source_links__source=source, status=Skill.Status.PUBLISHED
        ).exists()
        if not live:  # the first version, reviewed and published once
            demo_repo_materialise(notes_src / "v1", notes)
            self._sync(source)
            for raw in RawSkill.objects.filter(source=source, state=RawSkill.State.PENDING):
                raw_skill_approve(raw_skill=raw, reason="Demo: the first version, reviewed.")
        if not (notes / ".git").is_dir():
            demo_repo_materialise(notes_src / "v1", notes)
        demo_repo_commit(notes_src / "v2", notes, "Open questions and a task export")
        self._sync(source)
        return RawSkill.objects.filter(state=RawSkill.State.PENDING).count()

    def _report(self, skills: list[Skill]) -> None:
        """One open report from a visitor on a published demo skill."""
        target = next(
            (s for s in sorted(skills, key=lambda s: s.slug) if s.status == "published"), None
        )
        if target is not None:
            report_create(
                skill=target,
                reason=DEMO_REPORT["reason"],
                details=DEMO_REPORT["details"],
                fingerprint=DEMO_REPORT["fingerprint"],
            )

    def _classify(self, skills: list[Skill]) -> None:
        categories = {c.key: c for c in Category.objects.all()}
        for skill in skills:
            meta = (
                (skill.latest_version.frontmatter or {}).get("metadata") or {}
                if skill.latest_version
                else {}
            )
            category = categories.get(str(meta.get("category", "")))
            if category and skill.category_id != category.pk:
                skill.category = category
                skill.save(update_fields=["category", "updated_at"])
            keys = [slugify(t) for t in str(meta.get("tags", "")).split(",") if slugify(t)]
            tags = [Tag.objects.get_or_create(key=k, defaults={"name": k})[0] for k in keys]
            if tags:
                skill.tags.add(*tags)
        from skills.search import search_index_update

        search_index_update(skill_ids=[s.pk for s in skills])

    def _events(self, skills: list[Skill]) -> int:
        """A deterministic, long-tailed history over the last 30 days (written once).

        Past days are stored as daily summaries (what `prune_events` leaves behind); the
        last hours are real events recorded through the rankings service.
        """
        if not skills or SkillDailyCount.objects.filter(skill__in=skills).exists():
            return 0
        rng = random.Random(20260101)
        now = timezone.now()
        today = now.date()
        daily: Counter = Counter()
        recorded = 0
        for rank, skill in enumerate(sorted(skills, key=lambda s: s.slug), start=1):
            installs = int(400 / rank**0.8)
            rising = rank % 4 == 0  # every fourth skill is recent and climbing fast
            for i in range(installs):
                days_ago = rng.randint(0, 6) if rising else rng.randint(0, EVENT_DAYS - 1)
                kinds = (
                    ("view", "install")
                    + (("copy",) if i % 3 == 0 else ())
                    + (("download",) if i % 5 == 0 else ())
                )
                if days_ago == 0:
                    at = now - timedelta(minutes=rng.randint(1, 60))
                    for kind in kinds:
                        outcome = event_record(
                            skill=skill, kind=kind, actor=f"demo-{rank}-{i}", at=at
                        )
                        recorded += outcome.status == "counted"
                else:
                    for kind in kinds:
                        daily[(skill.pk, today - timedelta(days=days_ago), kind)] += 1
        SkillDailyCount.objects.bulk_create(
            [
                SkillDailyCount(skill_id=pk, day=day, kind=kind, count=n)
                for (pk, day, kind), n in daily.items()
            ]
        )
        count_totals_reset()  # daily counts written behind compute_rankings' all-time totals
        return recorded + sum(daily.values())
