"""Running the security scanner on a skill version and recording the result.

:func:`version_scan` is the one place a version gets its ``security_verdict`` and
``risk_score``: ingestion calls it for every new version, a rescan command may call it again
(ScanResult is upserted per engine). Moderators' FindingWaivers on the version are applied:
a waived finding stays in the stored findings (marked ``"waived": true``) but no longer
counts towards the verdict.
"""

from __future__ import annotations

from dataclasses import replace

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from moderation.models import FindingWaiver, ScanResult
from moderation.scanner.findings import ScanReport


@transaction.atomic
def version_scan(*, version, files: list[tuple[str, bytes]]) -> ScanReport:
    """Scan a version's files, store ScanResult(engine="builtin") and set its verdict."""
    from moderation import scanner

    report = scanner.scan_files(files, frontmatter=version.frontmatter or {})
    return version_scan_store(version=version, report=report)


def version_scan_store(*, version, report: ScanReport, created: bool = False) -> ScanReport:
    """Store a builtin scan report of a version (after its waivers) and set its verdict.

    Ingestion scans in worker processes and stores the report here, in its transaction.
    ``created``: the version was made in this transaction with the report's verdict and risk
    already set (a sync): it has no waivers and no scan yet, so only the report is inserted
    (one statement instead of four).
    """
    from moderation.scanner import verdict_for

    risk = max(0, int(report.risk_score))
    if created:
        ScanResult.objects.create(version=version, **_scan_fields(report, report.findings))
        if (version.security_verdict, version.risk_score) != (report.verdict, risk):
            version.security_verdict, version.risk_score = report.verdict, risk
            version.save(update_fields=["security_verdict", "risk_score"])
        return report
    waived = frozenset(
        FindingWaiver.objects.filter(version=version).values_list("finding_key", flat=True)
    )
    if waived:
        verdict, risk = verdict_for(report.findings, accepted=waived)
        report = replace(report, verdict=verdict, risk_score=risk)
    findings = []
    for finding in report.findings:
        data = finding.as_dict()
        if data["key"] in waived:
            data["waived"] = True
        findings.append(data)
    row = _scan_fields(report, findings)
    ScanResult.objects.update_or_create(version=version, engine=row.pop("engine"), defaults=row)
    version.security_verdict = report.verdict
    version.risk_score = max(0, int(report.risk_score))
    fields = ["security_verdict", "risk_score"]
    if version.scan_error or version.scan_error_count:  # a completed scan clears the last failure
        version.scan_error, version.scan_error_count = "", 0
        fields += ["scan_error", "scan_error_count"]
    version.save(update_fields=fields)
    return report


def _scan_fields(report: ScanReport, findings) -> dict:
    return {
        "engine": report.engine or "builtin",
        "scanner_version": report.scanner_version[:64],
        "rules_hash": report.rules_hash[:64],
        "verdict": report.verdict,
        "risk_score": max(0, int(report.risk_score)),
        "findings": [f if isinstance(f, dict) else f.as_dict() for f in findings],
        "scanned_at": timezone.now(),
    }


def version_scan_failed(*, version, error: str) -> None:
    """Record on the version that a scan could not complete (its verdict stays the last
    completed scan's); the next completed scan clears it."""
    from skills.models import SkillVersion

    SkillVersion.objects.filter(pk=version.pk).update(
        scan_error=error[:2000], scan_error_count=F("scan_error_count") + 1
    )
