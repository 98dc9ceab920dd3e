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
from django.db import transaction
from django.db.models import Exists, OuterRef, Q

from moderation.models import ModerationDecision, ScanResult
from moderation.scanner import RULES_HASH, SCANNER_VERSION
from moderation.scanning import version_scan, version_scan_failed
from moderation.services import ModerationError, skill_hide
from skills.cache import catalogue_changed
from skills.models import RawSkill, Skill, SkillVersion
from skills.storage import blob_read

logger = logging.getLogger(__name__)

CISCO_MODULE = "moderation.scanner.cisco"


class _DryRun(Exception):
    pass


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


def version_files(version: SkillVersion) -> list[tuple[str, bytes]]:
    """The stored files of a version as (path, bytes), binary ones included (the scanner
    classifies them: executables, archives). Files never stored (over the size limits) are
    skipped. An unreadable stored file raises: a partial rescan could turn a fail into a pass."""
    return [
        (f.path, blob_read(f.storage_key))
        for f in version.files.exclude(storage_key="").order_by("path")
    ]


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


def skill_verdict_follow(*, version: SkillVersion, verdict: str, risk: int) -> bool:
    """After a rescan: update raw skills, and the skill when this is its shown version.
    Returns True when a published skill was hidden because its shown version now fails."""
    RawSkill.objects.filter(version=version).update(security_verdict=verdict, risk_score=risk)
    skill = Skill.objects.get(pk=version.skill_id)
    if skill.latest_version_id != version.pk:
        return False
    if skill.security_verdict != verdict:
        Skill.objects.filter(pk=skill.pk).update(security_verdict=verdict)
    if verdict == Skill.Verdict.FAIL and skill.status == Skill.Status.PUBLISHED:
        try:
            skill_hide(
                skill=skill,
                moderator=None,
                action=ModerationDecision.Action.HIDE,
                reason=f"security scan failed (rules {RULES_HASH[:12]})",
            )
        except ModerationError as exc:  # hidden concurrently
            logger.info("scan_skills: hide skipped for %s: %s", skill.slug, exc)
            return False
        return True
    return False


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
                with transaction.atomic():
                    report = version_scan(version=version, files=files)
                    if dry_run:
                        raise _DryRun
                    if report.verdict != before:
                        hidden += skill_verdict_follow(
                            version=version, verdict=report.verdict, risk=version.risk_score
                        )
                    else:
                        RawSkill.objects.filter(version=version).update(
                            security_verdict=report.verdict, risk_score=version.risk_score
                        )
                if cisco is not None:
                    _cisco_store(cisco, version=version, files=files)
                    cisco_done += 1
            except _DryRun:
                pass
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
