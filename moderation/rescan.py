"""Rescanning one stored version with the current scanner: the command ``scan_skills`` and
the ``moderation.scan_version`` task both call :func:`version_rescan`."""

from __future__ import annotations

import logging

from django.db import transaction

from moderation.models import ModerationDecision
from moderation.scanner import RULES_HASH
from moderation.scanner.findings import ScanReport
from moderation.scanning import version_scan
from moderation.services import ModerationError, skill_hide
from skills.models import RawSkill, Skill, SkillVersion
from skills.storage import blob_read

logger = logging.getLogger(__name__)


class _DryRun(Exception):
    pass


def version_files(version: SkillVersion) -> list[tuple[str, bytes]]:
    """The stored files of a version as (path, bytes), binary ones included (the scanner
    classifies them: executables, archives). Files never stored (over the size limits) are
    skipped. An unreadable stored file raises: a partial rescan could turn a fail into a pass."""
    return [
        (f.path, blob_read(f.storage_key))
        for f in version.files.exclude(storage_key="").order_by("path")
    ]


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


def version_rescan(
    *, version: SkillVersion, files: list[tuple[str, bytes]] | None = None, dry_run: bool = False
) -> tuple[ScanReport, bool]:
    """Rescan ``version`` from its stored files (read here unless given) and follow the new
    verdict onto its raw skills and skill (hidden when its shown version now fails).
    Returns (report, hidden). Idempotent: a second rescan by the same rules changes nothing.
    ``dry_run``: scan, then roll everything back."""
    if files is None:
        files = version_files(version)
    before = version.security_verdict
    hidden = False
    report: ScanReport | None = None
    try:
        with transaction.atomic():
            report = version_scan(version=version, files=files)
            if dry_run:
                raise _DryRun
            if report.verdict != before:
                hidden = skill_verdict_follow(
                    version=version, verdict=report.verdict, risk=version.risk_score
                )
            else:
                RawSkill.objects.filter(version=version).update(
                    security_verdict=report.verdict, risk_score=version.risk_score
                )
    except _DryRun:
        pass
    assert report is not None
    return report, hidden
