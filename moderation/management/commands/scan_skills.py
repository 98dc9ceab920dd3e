"""Rescan skill versions from their stored files with the current security scanner.

    python manage.py scan_skills --all                  # every version
    python manage.py scan_skills --skill acme/tools/pdf # one skill (slug or id)
    python manage.py scan_skills --changed-rules        # only versions scanned with other rules
    python manage.py scan_skills --all --dry-run        # report what would change, write nothing
    python manage.py scan_skills --changed-rules --engine cisco   # also the optional engine

Each version is rescanned with :func:`moderation.scanning.version_scan` (the same function
ingestion uses; moderators' waivers still apply). When the verdict of a skill's shown
version changes, the skill's ``security_verdict`` follows; when it becomes ``fail`` on a
published skill, the skill is hidden with a HIDE decision by the system (moderator None,
reason "security scan failed (rules <hash>)"); it stays hidden until a moderator unhides it
(a later pass is not an automatic unhide). Pending raw skills get the new verdict and risk,
so the moderation queue's order follows.

One version failing (an unreadable stored file...) is counted, logged and listed in the
summary; the run goes on and that version keeps its previous result.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import time
import uuid
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Exists, OuterRef, Q

from moderation.models import ScanResult
from moderation.rescan import (  # noqa: F401 (skill_verdict_follow: the command's API)
    skill_verdict_follow,
    version_files,
    version_rescan,
)
from moderation.scanner import RULES_HASH, SCANNER_VERSION
from moderation.scanning import version_scan_failed
from skills.cache import catalogue_changed
from skills.models import Skill, SkillVersion

logger = logging.getLogger(__name__)

CISCO_MODULE = "moderation.scanner.cisco"


def versions_to_scan(*, skill: Skill | None = None, changed_rules: bool = False):
    """The versions to rescan (QuerySet), oldest skill first, newest version first."""
    qs = SkillVersion.objects.exclude(skill__status=Skill.Status.REMOVED)
    if skill is not None:
        qs = qs.filter(skill=skill)
    if changed_rules:
        current = ScanResult.objects.filter(
            version=OuterRef("pk"),
            engine="builtin",
            rules_hash=RULES_HASH,
            scanner_version=SCANNER_VERSION,
        )
        qs = qs.annotate(_current=Exists(current)).filter(_current=False)
    return qs.select_related("skill").order_by("skill__created_at", "skill_id", "-created_at")


def _cisco_engine():
    """The optional cisco-ai-skill-scanner wrapper, or (None, why)."""
    if importlib.util.find_spec(CISCO_MODULE) is None:
        return None, f"{CISCO_MODULE} is not present"
    try:
        module = importlib.import_module(CISCO_MODULE)
    except ImportError as exc:
        return None, f"cannot import {CISCO_MODULE}: {exc}"
    if not module.cisco_available():
        return None, "cisco-ai-skill-scanner is not installed"
    return module, ""


def _cisco_store(module, *, version: SkillVersion, files) -> str:
    """Run the extra engine and store its own ScanResult; the version's verdict stays the
    builtin one (the extra engine is advice for moderators)."""
    report = module.scan_files_cisco(files)
    if report is None:  # the package went away between the check and the scan
        return ""
    engine = (getattr(report, "engine", "") or "cisco")[:32]
    if engine == "builtin":
        engine = "cisco"
    ScanResult.objects.update_or_create(
        version=version,
        engine=engine,
        defaults={
            "scanner_version": str(getattr(report, "scanner_version", ""))[:64] or "unknown",
            "rules_hash": str(getattr(report, "rules_hash", ""))[:64],
            "verdict": str(report.verdict)[:16],
            "risk_score": max(0, int(getattr(report, "risk_score", 0) or 0)),
            "findings": [f.as_dict() if hasattr(f, "as_dict") else f for f in report.findings],
        },
    )
    return str(report.verdict)


class Command(BaseCommand):
    help = "Rescan skill versions from their stored files with the current security scanner."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--all", action="store_true", help="Every version of every skill.")
        which.add_argument("--skill", help="One skill: its id (UUID) or slug owner/repo/skill.")
        parser.add_argument(
            "--changed-rules",
            action="store_true",
            help="Only versions without a builtin scan by the current rules.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Scan and report, but write nothing."
        )
        parser.add_argument(
            "--engine",
            choices=["builtin", "cisco"],
            default="builtin",
            help="cisco: also run the optional cisco-ai-skill-scanner wrapper.",
        )
        parser.add_argument("--limit", type=int, default=0, help="Stop after this many versions.")

    def _skill(self, key: str) -> Skill:
        query = Q(slug=key)
        with contextlib.suppress(ValueError):
            query |= Q(pk=uuid.UUID(key))
        skill = Skill.objects.filter(query).first()
        if skill is None:
            raise CommandError(f"No skill {key!r}.")
        return skill

    def handle(self, *args, **opts):
        if not (opts["all"] or opts["skill"] or opts["changed_rules"]):
            raise CommandError("Say which versions: --all, --skill ID|SLUG or --changed-rules.")
        skill = self._skill(opts["skill"]) if opts["skill"] else None
        dry_run = opts["dry_run"]
        cisco = None
        if opts["engine"] == "cisco":
            cisco, why = _cisco_engine()
            if cisco is None:
                self.stdout.write(f"cisco engine skipped: {why}.")
        qs = versions_to_scan(skill=skill, changed_rules=opts["changed_rules"])
        total = qs.count()
        if opts["limit"]:
            total = min(total, opts["limit"])
        self.stdout.write(
            f"Scanning {total} version(s) with scanner {SCANNER_VERSION}, rules {RULES_HASH[:12]}"
            + (" (dry run: nothing is written)" if dry_run else "")
            + "."
        )
        started = time.monotonic()
        verdicts: Counter[str] = Counter()
        changes: Counter[str] = Counter()
        failures: list[tuple[str, str]] = []
        scanned = hidden = cisco_done = 0
        step = max(1, min(100, total // 20 or 1))
        for done, version in enumerate(qs.iterator(chunk_size=200), start=1):
            if opts["limit"] and done > opts["limit"]:
                break
            label = f"{version.skill.slug}@{version.short_hash}"
            before = version.security_verdict
            try:
                files = version_files(version)
                report, was_hidden = version_rescan(version=version, files=files, dry_run=dry_run)
                hidden += was_hidden
                if cisco is not None and not dry_run:
                    _cisco_store(cisco, version=version, files=files)
                    cisco_done += 1
            except Exception as exc:  # recorded on the version; the run goes on with the next one
                logger.warning("scan_skills: %s failed: %s", label, exc)
                error = f"{type(exc).__name__}: {exc}"
                failures.append((label, error[:300]))
                if not dry_run:
                    version_scan_failed(version=version, error=error)
                continue
            scanned += 1
            verdicts[report.verdict] += 1
            if report.verdict != before:
                changes[f"{before or 'unscanned'}->{report.verdict}"] += 1
                if opts["verbosity"] >= 2 or dry_run:
                    self.stdout.write(f"  {label}: {before or 'unscanned'} -> {report.verdict}")
            if done % step == 0 or done == total:
                self.stdout.write(f"  [{done}/{total}] {time.monotonic() - started:.1f} s")
        seconds = time.monotonic() - started
        if scanned and not dry_run:
            catalogue_changed()  # skill pages show the scans; cached copies are stale
        self.stdout.write(
            f"Scanned {scanned}, failed {len(failures)}, in {seconds:.2f} s "
            f"({scanned / seconds if seconds else 0:.0f}/s)."
        )
        self.stdout.write(
            "Verdicts: "
            + (
                ", ".join(f"{k} {verdicts[k]}" for k in ("pass", "review", "fail") if verdicts[k])
                or "none"
            )
        )
        changed = sum(changes.values())
        self.stdout.write(
            f"Changed verdicts: {changed}"
            + (
                " (" + ", ".join(f"{k} {v}" for k, v in sorted(changes.items())) + ")"
                if changed
                else ""
            )
        )
        if not dry_run:
            self.stdout.write(f"Skills hidden because their shown version now fails: {hidden}")
        if cisco is not None:
            self.stdout.write(f"cisco engine results stored: {cisco_done}")
        for label, error in failures[:50]:
            self.stdout.write(self.style.WARNING(f"  failed {label}: {error}"))
        if len(failures) > 50:
            self.stdout.write(f"  ... and {len(failures) - 50} more failures (see the log)")
