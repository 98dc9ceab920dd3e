"""Moderation: the audit log of decisions, visitors' reports, and security scan results."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Audit rows are written once and never changed."""


class EvidenceImmutableError(Exception):
    """Scan results change only through a new scan or a waiver (with its decision row)."""


class ModerationDecision(models.Model):
    """An append-only audit row for every moderation action."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("Approve")
        REJECT = "reject", _("Reject")
        HIDE = "hide", _("Hide")
        UNHIDE = "unhide", _("Unhide")
        AUTO_PUBLISH = "auto_publish", _("Auto-publish (trusted source)")
        AUTO_HIDE = "auto_hide", _("Auto-hide (reports)")
        ACCEPT_FINDING = "accept_finding", _("Accept finding")
        RESOLVE_REPORT = "resolve_report", _("Resolve report")
        SOURCE_APPROVE = "source_approve", _("Approve source")
        SOURCE_PAUSE = "source_pause", _("Pause source")
        SOURCE_SYNC = "source_sync", _("Sync source (asked by a person)")
        SOURCE_MOVE = "source_move", _("Source moved (GitHub rename or transfer)")
        SOURCE_UPSTREAM = "source_upstream", _("Source archived or deleted upstream")
        IDENTITY_MOVE = "identity_move", _("Listing returned to its original repository")

    id = models.BigAutoField(primary_key=True)
    action = models.CharField(verbose_name=_("action"), max_length=32, choices=Action.choices)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_decisions",
    )
    raw_skill = models.ForeignKey(
        "skills.RawSkill",
        verbose_name=_("raw skill"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    skill = models.ForeignKey(
        "skills.Skill",
        verbose_name=_("skill"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    source = models.ForeignKey(
        "skills.SkillSource",
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    from_state = models.CharField(verbose_name=_("from state"), max_length=32, blank=True)
    to_state = models.CharField(verbose_name=_("to state"), max_length=32, blank=True)
    reason = models.TextField(verbose_name=_("reason"), blank=True)
    details = models.JSONField(verbose_name=_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(
        verbose_name=_("time"), default=timezone.now, editable=False, db_index=True
    )

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["skill", "-created_at"], name="decision_skill_time")]

    def __str__(self) -> str:
        return f"{self.action} {self.from_state}->{self.to_state} by {self.moderator or 'system'}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AppendOnlyError("Moderation decisions are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Moderation decisions are append-only.")


class Report(models.Model):
    class Reason(models.TextChoices):
        MALICIOUS = "malicious", _("Malicious or dangerous")
        SPAM = "spam", _("Spam")
        BROKEN = "broken", _("Broken or does not work")
        LICENSE = "license", _("License problem")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    skill = models.ForeignKey(
        "skills.Skill", verbose_name=_("skill"), on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(verbose_name=_("reason"), max_length=16, choices=Reason.choices)
    details = models.TextField(verbose_name=_("details"), blank=True, max_length=4000)
    reporter_fingerprint = models.CharField(verbose_name=_("reporter"), max_length=64)
    status = models.CharField(
        verbose_name=_("status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    resolution = models.TextField(verbose_name=_("resolution"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolved_at = models.DateTimeField(verbose_name=_("resolved at"), null=True, blank=True)
    created_at = models.DateTimeField(
        verbose_name=_("reported at"), default=timezone.now, editable=False
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["skill", "reporter_fingerprint"], name="report_one_per_visitor"
            ),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="report_status_time")]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on {self.skill}"


class ScanResult(models.Model):
    """The findings of one scanner engine on one skill version (recomputed on rescan)."""

    id = models.BigAutoField(primary_key=True)
    version = models.ForeignKey(
        "skills.SkillVersion",
        verbose_name=_("version"),
        on_delete=models.CASCADE,
        related_name="scans",
    )
    engine = models.CharField(verbose_name=_("engine"), max_length=32, default="builtin")
    scanner_version = models.CharField(verbose_name=_("scanner version"), max_length=64)
    rules_hash = models.CharField(verbose_name=_("rules hash"), max_length=64, blank=True)
    verdict = models.CharField(verbose_name=_("verdict"), max_length=16)
    risk_score = models.PositiveIntegerField(verbose_name=_("risk score"), default=0)
    findings = models.JSONField(verbose_name=_("findings"), default=list, blank=True)
    scanned_at = models.DateTimeField(verbose_name=_("scanned at"), default=timezone.now)

    class Meta:
        verbose_name = _("scan result")
        verbose_name_plural = _("scan results")
        ordering = ["-scanned_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "engine"], name="scan_unique_version_engine"
            ),
        ]
        indexes = [models.Index(fields=["engine", "rules_hash"], name="scan_engine_rules")]

    def __str__(self) -> str:
        return f"{self.engine} {self.verdict} on {self.version_id}"

    def save(self, *args, **kwargs) -> None:
        """Evidence: a stored result changes only through a new scan or a waiver (both name
        the fields they write, moderation.scanning and moderation.services); a plain
        ``save()`` of an edited row (the admin's form, a shell session) is refused."""
        if not self._state.adding and kwargs.get("update_fields") is None:
            raise EvidenceImmutableError(
                "Scan results are evidence: rescan the version or waive a finding instead."
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise EvidenceImmutableError("Scan results are evidence and are not deleted.")


class FindingWaiver(models.Model):
    """A moderator accepted a finding as a false positive (with a reason)."""

    version = models.ForeignKey(
        "skills.SkillVersion",
        verbose_name=_("version"),
        on_delete=models.CASCADE,
        related_name="waivers",
    )
    finding_key = models.CharField(verbose_name=_("finding"), max_length=200)
    reason = models.TextField(
        verbose_name=_("reason"),
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(verbose_name=_("time"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("finding waiver")
        verbose_name_plural = _("finding waivers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "finding_key"], name="waiver_unique_finding"
            ),
        ]

    def __str__(self) -> str:
        return self.finding_key
