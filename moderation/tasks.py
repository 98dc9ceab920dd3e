"""Celery tasks of moderation: rescan one version, and the periodic rescan of the versions
the current rules have not scanned. Thin wrappers over :mod:`moderation.rescan`."""

from __future__ import annotations

import logging

from celery import shared_task

from marketplace.locks import LockHeld, job_lock
from marketplace.retry import is_transient, retry_after_of
from marketplace.tasking import BackgroundTask

logger = logging.getLogger(__name__)


@shared_task(bind=True, base=BackgroundTask, name="moderation.scan_version")
def scan_version(self, version_id: str) -> dict:
    """Rescan one version with the current rules. Idempotent (the result is upserted per
    engine); a failure is recorded on the version (``scan_error``, ``scan_error_count``)
    and retried when it was transient (object storage out of reach)."""
    from moderation.rescan import version_rescan
    from moderation.scanning import version_scan_failed
    from skills.models import SkillVersion

    version = SkillVersion.objects.select_related("skill").filter(pk=version_id).first()
    if version is None:
        return {"version": version_id, "skipped": "no such version"}
    try:
        report, hidden = version_rescan(version=version)
    except Exception as exc:
        version_scan_failed(version=version, error=f"{type(exc).__name__}: {exc}")
        if is_transient(exc):
            self.retry_later(exc=exc, retry_after=retry_after_of(exc))
        return {"version": version_id, "error": f"{type(exc).__name__}: {exc}"[:500]}
    return {"version": version_id, "verdict": report.verdict, "hidden": hidden}


@shared_task(bind=True, base=BackgroundTask, name="moderation.scan_changed_rules")
def scan_changed_rules(self) -> dict:
    """One ``moderation.scan_version`` task per version not yet scanned by the current
    rules (in this process when there is no broker). Idempotent: a version scanned by the
    first run is not selected by the second."""
    from moderation.management.commands.scan_skills import versions_to_scan
    from skills.cache import catalogue_changed

    try:
        with job_lock("job:scan", ttl=6 * 3600):
            ids = [
                str(pk) for pk in versions_to_scan(changed_rules=True).values_list("pk", flat=True)
            ]
            for version_id in ids:
                if self.in_process():
                    scan_version.apply(args=[version_id])
                else:
                    scan_version.delay(version_id)
    except LockHeld:
        return {"skipped": "another scan pass is running"}
    if ids and self.in_process():
        catalogue_changed()
    return {"versions": len(ids)}
