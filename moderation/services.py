"""Moderation actions. The admin, the API and commands all call these; each writes
exactly one ModerationDecision (the audit log)."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from moderation.models import ModerationDecision
from moderation.policy import auto_publish_refusal
from skills.cache import catalogue_changed, catalogue_content_changed
from skills.models import RawSkill, Skill, SkillVersion
from skills.services import skill_publish_version


class ModerationError(Exception):
    """The action does not apply to the item in its current state."""


def decision_record(
    *,
    action: str,
    moderator=None,
    raw_skill=None,
    skill=None,
    source=None,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    details: dict | None = None,
) -> ModerationDecision:
    return ModerationDecision.objects.create(
        action=action,
        moderator=moderator,
        raw_skill=raw_skill,
        skill=skill,
        source=source,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        details=details or {},
    )


def _locked_raw(raw_skill: RawSkill) -> RawSkill:
    return (
        RawSkill.objects.select_for_update(of=("self",))
        .select_related("skill", "version")
        .get(pk=raw_skill.pk)
    )


def _auto_publish_refusal(raw: RawSkill) -> str:
    """The publication policy (moderation.policy) for one pending item."""
    skill, live = raw.skill, None
    if skill.status == Skill.Status.PUBLISHED and skill.latest_version_id:
        live = SkillVersion.objects.filter(pk=skill.latest_version_id).first()
    return auto_publish_refusal(
        trusted=raw.source.is_trusted,
        verdict=raw.version.security_verdict,
        risk_score=raw.version.risk_score,
        live_verdict=live.security_verdict if live else None,
        live_risk_score=live.risk_score if live else 0,
    )


@transaction.atomic
def raw_skill_approve(
    *,
    raw_skill: RawSkill,
    moderator=None,
    reason: str = "",
    action: str = ModerationDecision.Action.APPROVE,
) -> RawSkill:
    """Publish a pending raw skill's version. Older pending versions of the skill are superseded."""
    raw = _locked_raw(raw_skill)
    if raw.state != RawSkill.State.PENDING:
        raise ModerationError(
            _("Only pending items can be approved; this one is %(state)s.") % {"state": raw.state}
        )
    if not raw.is_listable or raw.skill is None or raw.version is None:
        raise ModerationError(
            _("This item is not listable (see its problems) and cannot be published.")
        )
    if action == ModerationDecision.Action.AUTO_PUBLISH:
        refusal = _auto_publish_refusal(raw)
        if refusal:
            raise ModerationError(
                _("Not published automatically: %(reason)s.") % {"reason": refusal}
            )
    now = timezone.now()
    raw.state = RawSkill.State.APPROVED
    raw.reviewed_at = now
    raw.save(update_fields=["state", "reviewed_at"])
    RawSkill.objects.filter(
        skill=raw.skill, state=RawSkill.State.PENDING, fetched_at__lt=raw.fetched_at
    ).update(state=RawSkill.State.SUPERSEDED, reviewed_at=now)
    skill_status = raw.skill.status
    skill_publish_version(skill=raw.skill, version=raw.version)
    decision_record(
        action=action,
        moderator=moderator,
        raw_skill=raw,
        skill=raw.skill,
        from_state=RawSkill.State.PENDING,
        to_state=RawSkill.State.APPROVED,
        reason=reason,
        details={
            "skill_status": [skill_status, raw.skill.status],
            "version": raw.version.content_hash,
        },
    )
    return raw


@transaction.atomic
def raw_skill_reject(*, raw_skill: RawSkill, moderator=None, reason: str) -> RawSkill:
    if not reason or not reason.strip():
        raise ModerationError(_("A reason is required to reject."))
    raw = _locked_raw(raw_skill)
    if raw.state != RawSkill.State.PENDING:
        raise ModerationError(
            _("Only pending items can be rejected; this one is %(state)s.") % {"state": raw.state}
        )
    raw.state = RawSkill.State.REJECTED
    raw.reviewed_at = timezone.now()
    raw.save(update_fields=["state", "reviewed_at"])
    decision_record(
        action=ModerationDecision.Action.REJECT,
        moderator=moderator,
        raw_skill=raw,
        skill=raw.skill,
        from_state=RawSkill.State.PENDING,
        to_state=RawSkill.State.REJECTED,
        reason=reason.strip(),
    )
    return raw


def _skill_set_status(
    *, skill: Skill, moderator, reason: str, action: str, allowed_from: set[str], to_state: str
) -> Skill:
    locked = Skill.objects.select_for_update().get(pk=skill.pk)
    if locked.status not in allowed_from:
        raise ModerationError(
            _("Cannot %(action)s a skill that is %(status)s.")
            % {"action": action, "status": locked.status}
        )
    if to_state == Skill.Status.PUBLISHED and locked.latest_version_id is None:
        raise ModerationError(_("This skill has no approved version to show."))
    from_state = locked.status
    locked.status = to_state
    locked.save(update_fields=["status", "updated_at"])
    decision_record(
        action=action,
        moderator=moderator,
        skill=locked,
        from_state=from_state,
        to_state=to_state,
        reason=reason.strip(),
    )
    transaction.on_commit(catalogue_changed)
    skill.status = to_state
    return locked


@transaction.atomic
def skill_hide(
    *, skill: Skill, moderator=None, reason: str, action: str = ModerationDecision.Action.HIDE
) -> Skill:
    if not reason or not reason.strip():
        raise ModerationError(_("A reason is required to hide a skill."))
    return _skill_set_status(
        skill=skill,
        moderator=moderator,
        reason=reason,
        action=action,
        allowed_from={Skill.Status.PUBLISHED, Skill.Status.PENDING},
        to_state=Skill.Status.HIDDEN,
    )


@transaction.atomic
def skill_unhide(*, skill: Skill, moderator=None, reason: str = "") -> Skill:
    return _skill_set_status(
        skill=skill,
        moderator=moderator,
        reason=reason,
        action=ModerationDecision.Action.UNHIDE,
        allowed_from={Skill.Status.HIDDEN},
        to_state=Skill.Status.PUBLISHED,
    )


@transaction.atomic
def report_close(*, report, moderator=None, status: str, resolution: str = ""):
    """Resolve or dismiss an open report, with an audit row."""
    from moderation.models import Report

    locked = Report.objects.select_for_update().get(pk=report.pk)
    if locked.status != Report.Status.OPEN:
        raise ModerationError(_("This report is already %(status)s.") % {"status": locked.status})
    locked.status = status
    locked.resolution = resolution
    locked.resolved_by = moderator
    locked.resolved_at = timezone.now()
    locked.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])
    decision_record(
        action=ModerationDecision.Action.RESOLVE_REPORT,
        moderator=moderator,
        skill=locked.skill,
        from_state=Report.Status.OPEN,
        to_state=status,
        reason=resolution,
        details={"report": str(locked.pk), "reason": locked.reason},
    )
    return locked


@transaction.atomic
def report_hide_skill(*, report, moderator=None, reason: str):
    """Act on a report: hide its skill (a HIDE decision; a skill already hidden, say by
    the reports themselves, stays hidden) and resolve the report (RESOLVE_REPORT)."""
    if not reason or not reason.strip():
        raise ModerationError(_("A reason is required to hide a skill."))
    skill = Skill.objects.get(pk=report.skill_id)
    if skill.status != Skill.Status.HIDDEN:
        skill_hide(skill=skill, moderator=moderator, reason=reason)
    return report_close(
        report=report,
        moderator=moderator,
        status="resolved",
        resolution=f"Skill hidden: {reason.strip()}",
    )


# --- Sources ---------------------------------------------------------------------------


@transaction.atomic
def source_set_status(*, source, moderator=None, status: str, reason: str = ""):
    """Activate (approve a submission) or pause a source, with its decision row.
    Returns None when the source already had that status (nothing recorded)."""
    from skills.models import SkillSource

    actions = {
        SkillSource.Status.ACTIVE: ModerationDecision.Action.SOURCE_APPROVE,
        SkillSource.Status.PAUSED: ModerationDecision.Action.SOURCE_PAUSE,
    }
    if status not in actions:
        raise ModerationError(
            _("A source can be made active or paused, not %(status)r.") % {"status": status}
        )
    locked = SkillSource.objects.select_for_update().get(pk=source.pk)
    if locked.status == status:
        return None
    from_state = locked.status
    locked.status = status
    locked.save(update_fields=["status", "updated_at"])
    source.status = status
    return decision_record(
        action=actions[status],
        moderator=moderator,
        source=locked,
        from_state=from_state,
        to_state=status,
        reason=reason.strip(),
    )


# --- Visitors' reports ----------------------------------------------------------------

logger = logging.getLogger(__name__)
REPORTS_PER_HOUR = 10
AUTO_HIDE_DISTINCT_REPORTERS = 3


class ReportRateLimited(Exception):
    """The visitor sent too many reports recently."""


def _report_rate_limited(fingerprint: str) -> bool:
    from marketplace.ratelimit import rate_limit_hit

    return rate_limit_hit(f"report:{fingerprint}", limit=REPORTS_PER_HOUR, window_seconds=3600)


def report_create(*, skill: Skill, reason: str, details: str = "", fingerprint: str):
    """Record a visitor's report; returns (report, created).

    One report per visitor and skill (a repeat returns the existing one). When open
    reports from AUTO_HIDE_DISTINCT_REPORTERS distinct visitors accumulate on a published
    skill, it is hidden pending review (an AUTO_HIDE decision in the audit log).
    """
    from django.db import IntegrityError

    from moderation.models import Report

    if reason not in Report.Reason.values:
        raise ValueError(f"Unknown report reason {reason!r}.")
    existing = Report.objects.filter(skill=skill, reporter_fingerprint=fingerprint).first()
    if existing is not None:
        return existing, False
    if _report_rate_limited(fingerprint):
        raise ReportRateLimited(_("Too many reports from you in the last hour; try again later."))
    try:
        with transaction.atomic():
            report = Report.objects.create(
                skill=skill,
                reason=reason,
                details=(details or "").strip()[:4000],
                reporter_fingerprint=fingerprint,
            )
    except IntegrityError:  # a concurrent duplicate from the same visitor
        return Report.objects.get(skill=skill, reporter_fingerprint=fingerprint), False
    reporters = (
        Report.objects.filter(skill=skill, status=Report.Status.OPEN)
        .values("reporter_fingerprint")
        .distinct()
        .count()
    )
    if reporters >= AUTO_HIDE_DISTINCT_REPORTERS and skill.status == Skill.Status.PUBLISHED:
        try:
            skill_hide(
                skill=skill,
                reason=f"Automatically hidden: open reports from {reporters} visitors.",
                action=ModerationDecision.Action.AUTO_HIDE,
            )
        except ModerationError as exc:  # hidden concurrently: nothing left to do
            logger.info("auto-hide skipped", extra={"skill": str(skill.pk), "error": str(exc)})
    return report, True


# --- Scanner findings -----------------------------------------------------------------


def _findings_from_stored(rows: list[dict]):
    """Scanner Finding objects rebuilt from a ScanResult's stored ``findings``."""
    from moderation.scanner import Finding

    findings = []
    for row in rows or []:
        if not isinstance(row, dict) or "rule_id" not in row:
            continue
        findings.append(
            Finding(
                rule_id=str(row.get("rule_id", "")),
                severity=str(row.get("severity", "info")),
                file=str(row.get("file", "")),
                line=row.get("line"),
                excerpt=str(row.get("excerpt", "")),
                message=str(row.get("message", "")),
            )
        )
    return findings


def version_verdict_recompute(
    *, version, accepted: frozenset[str] | None = None
) -> tuple[str, int]:
    """Recompute a version's verdict from its stored builtin ScanResult and its waivers (no
    rescan). Updates the ScanResult, the version and, when it is the shown version, the
    skill's ``security_verdict``. Returns (verdict, risk score)."""
    from moderation.models import FindingWaiver, ScanResult
    from moderation.scanner import verdict_for

    scan = ScanResult.objects.select_for_update().get(version=version, engine="builtin")
    if accepted is None:
        accepted = frozenset(
            FindingWaiver.objects.filter(version=version).values_list("finding_key", flat=True)
        )
    findings = _findings_from_stored(scan.findings)
    verdict, risk = verdict_for(findings, accepted=accepted)
    rows = []
    for row in scan.findings or []:
        if isinstance(row, dict) and row.get("key") in accepted:
            row = {**row, "waived": True}
        rows.append(row)
    scan.findings, scan.verdict, scan.risk_score = rows, verdict, max(0, int(risk))
    scan.save(update_fields=["findings", "verdict", "risk_score"])
    version.security_verdict = verdict
    version.risk_score = max(0, int(risk))
    version.save(update_fields=["security_verdict", "risk_score"])
    from skills.models import RawSkill

    RawSkill.objects.filter(version=version).update(
        security_verdict=verdict, risk_score=version.risk_score
    )
    Skill.objects.filter(pk=version.skill_id, latest_version=version).update(
        security_verdict=verdict
    )
    # The skill's page shows the findings and the verdict, its card the verdict.
    changed = list(Skill.objects.filter(pk=version.skill_id).values_list("pk", "slug"))
    transaction.on_commit(lambda: catalogue_content_changed(skills=changed))
    return verdict, version.risk_score


@transaction.atomic
def finding_accept(*, version, finding_key: str, moderator, reason: str):
    """Accept one scanner finding of a version as a false positive, with a reason.

    Creates the FindingWaiver, recomputes the version's verdict from the stored findings
    (``verdict_for(findings, accepted=...)``: no rescan), updates the version, its raw skills
    and the skill's verdict when it is the shown version, and writes an ACCEPT_FINDING
    decision. Later rescans keep honouring the waiver (see moderation.scanning).
    """
    from moderation.models import FindingWaiver, ScanResult

    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("A reason is required to accept a finding."))
    scan = ScanResult.objects.filter(version=version, engine="builtin").first()
    if scan is None:
        raise ModerationError(_("This version has not been scanned."))
    row = next(
        (f for f in scan.findings or [] if isinstance(f, dict) and f.get("key") == finding_key),
        None,
    )
    if row is None:
        raise ModerationError(_("No such finding on this version's latest scan."))
    if FindingWaiver.objects.filter(version=version, finding_key=finding_key).exists():
        raise ModerationError(_("This finding is already accepted."))
    waiver = FindingWaiver.objects.create(
        version=version, finding_key=finding_key, reason=reason, moderator=moderator
    )
    before = version.security_verdict
    verdict, risk = version_verdict_recompute(version=version)
    decision_record(
        action=ModerationDecision.Action.ACCEPT_FINDING,
        moderator=moderator,
        skill=version.skill,
        from_state=before,
        to_state=verdict,
        reason=reason,
        details={
            "rule_id": row.get("rule_id", ""),
            "finding_key": finding_key,
            "file": row.get("file", ""),
            "line": row.get("line"),
            "severity": row.get("severity", ""),
            "version": version.content_hash,
            "risk_score": risk,
        },
    )
    return waiver
