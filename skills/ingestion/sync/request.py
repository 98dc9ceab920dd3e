"""A person asks for a source to be synced now: the one entry point for that request.

The console's "Sync now" button and action, "approve and sync" of a submitted repository,
and the staff API's ``POST /api/v1/admin/sources/{id}/sync`` all call
:func:`source_sync_request`. Today it runs the sync in this process and records on the
source row who asked, when, how it went (``sync_state``) and the sync's log
(``last_sync_log``; the counts stay in ``last_stats``, the error in ``last_error``), and
writes a SOURCE_SYNC row in the decision log. When
syncs move to a task queue, this function will mark the row queued and enqueue the task
(which runs :func:`source_sync_run`): callers do not change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext

from marketplace.locks import LockHeld, job_lock
from skills.ingestion.sync.pipeline import source_sync
from skills.ingestion.sync.result import SyncResult
from skills.models import SkillSource, SyncState

SYNC_LOCK_TTL = 3600  # seconds; longer than any sync takes
MAX_LOG_CHARS = 20_000


class SyncRequestError(Exception):
    """The sync cannot be started (say another sync of this source is running)."""


@dataclass
class SyncOutcome:
    source: SkillSource
    result: SyncResult
    log: str


class _Capture(logging.Handler):
    """Collects the log records of the ingestion code while one sync runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record must not break the sync
            message = str(record.msg)
        stamp = timezone.localtime().strftime("%H:%M:%S")
        self.lines.append(f"{stamp} {record.levelname.lower()}: {message}"[:2000])


def _summary(result: SyncResult) -> list[str]:
    if result.error:
        return [f"failed: {result.error}"]
    lines = [
        f"commit {result.commit[:12] or '-'}"
        + (" (unchanged since the last sync: nothing fetched)" if result.same_commit else ""),
        f"found {result.found}: {result.new} new, {result.changed} changed, "
        f"{result.unchanged} unchanged, {result.gone} gone, {result.returned} back",
        f"published automatically: {result.published}; child sources: {result.children}",
    ]
    if result.refused:
        lines.append(
            "refused: " + ", ".join(f"{code} x{n}" for code, n in sorted(result.refused.items()))
        )
    for problem in result.problems[:20]:
        lines.append(
            f"problem {problem.get('code', '')}: {problem.get('message', '')} "
            f"{problem.get('path', '') or problem.get('url', '')}".rstrip()
        )
    for error in result.skill_errors[:20]:
        lines.append(f"skill {error.get('path', '')} not written: {error.get('error', '')}")
    lines.append(f"took {result.seconds:.1f} s")
    return lines


def source_sync_run(*, source: SkillSource, dry_run: bool = False) -> SyncOutcome:
    """Run one sync of the source now, capturing its log; records it unless ``dry_run``."""
    capture = _Capture()
    watched = logging.getLogger("skills")
    watched.addHandler(capture)
    started = timezone.now()
    try:
        if not dry_run:
            SkillSource.objects.filter(pk=source.pk).update(sync_state=SyncState.RUNNING)
        result = source_sync(source=source, dry_run=dry_run)
    finally:
        watched.removeHandler(capture)
    asked = ""
    if source.sync_requested_by_id:
        asked = f" by {source.sync_requested_by}"
    log = "\n".join(
        [
            f"{timezone.localtime(started):%Y-%m-%d %H:%M:%S} sync of {source.name}{asked}",
            *capture.lines,
            *_summary(result),
        ]
    )[:MAX_LOG_CHARS]
    if not dry_run:
        state = SyncState.DONE if result.ok else SyncState.FAILED
        SkillSource.objects.filter(pk=source.pk).update(sync_state=state, last_sync_log=log)
        source.refresh_from_db()
    return SyncOutcome(source=source, result=result, log=log)


def _decision(source: SkillSource, requested_by, result: SyncResult) -> None:
    """The decision log shows who asked for a sync and how it went."""
    from moderation.models import ModerationDecision
    from moderation.services import decision_record

    decision_record(
        action=ModerationDecision.Action.SOURCE_SYNC,
        moderator=requested_by,
        source=source,
        from_state=source.status,
        to_state=SyncState.DONE if result.ok else SyncState.FAILED,
        reason=result.error[:2000],
        details={
            key: getattr(result, key)
            for key in ("found", "new", "changed", "unchanged", "gone", "published", "commit")
        },
    )


def source_sync_request(
    *, source: SkillSource, requested_by=None, dry_run: bool = False
) -> SyncOutcome:
    """A person asked to sync ``source`` now. Records who and when, then runs the sync
    (in this process, for now) under a per-source lock: SyncRequestError when another sync
    of the same source is running."""
    if source.status == SkillSource.Status.PENDING:
        raise SyncRequestError(
            gettext("This source is a submission waiting for review: approve it to sync it.")
        )
    try:
        with job_lock(f"source-sync:{source.pk}", ttl=SYNC_LOCK_TTL):
            if not dry_run:
                source.sync_requested_at = timezone.now()
                source.sync_requested_by = (
                    requested_by if getattr(requested_by, "pk", None) else None
                )
                source.sync_state = SyncState.QUEUED
                source.save(update_fields=["sync_requested_at", "sync_requested_by", "sync_state"])
            outcome = source_sync_run(source=source, dry_run=dry_run)
    except LockHeld as exc:
        raise SyncRequestError(gettext("A sync of this source is already running.")) from exc
    if not dry_run:
        _decision(outcome.source, source.sync_requested_by, outcome.result)
    return outcome
