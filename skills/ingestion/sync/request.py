"""A person asks for a source to be synced now: the one entry point for that request.

The console's "Sync now" button and action, "approve and sync" of a submitted repository,
and the staff API's ``POST /api/v1/admin/sources/{id}/sync`` all call
:func:`source_sync_request`. It records on the source row who asked and when, then:

- with a Celery broker (``CELERY_BROKER_URL``): marks the row ``queued``, queues the
  ``skills.sync_source`` task (:mod:`skills.tasks`) once the transaction commits and returns
  at once with the task's id (``SyncOutcome.task_id``; ``result`` is None);
- without one (development, tests): runs the sync in this process and returns its result.

Either way the sync itself is :func:`source_sync_once`: under the source's lock (one sync
of a source at a time, on any number of workers), :func:`source_sync_run` records how it
went (``sync_state``), its log (``last_sync_log``; the counts stay in ``last_stats``, the
error in ``last_error``), and a sync a person asked for writes a SOURCE_SYNC row in the
decision log. A dry run always runs in this process (it writes nothing).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from marketplace.locks import LockHeld, job_lock
from skills.ingestion.sync.pipeline import source_sync
from skills.ingestion.sync.result import SyncResult
from skills.models import SkillSource, SyncState

MAX_LOG_CHARS = 20_000


class SyncRequestError(Exception):
    """The sync cannot be started (say another sync of this source is running)."""


@dataclass
class SyncOutcome:
    source: SkillSource
    result: SyncResult | None  # None: queued, not run yet
    log: str = ""
    task_id: str = ""  # the queued task (with a broker)

    @property
    def queued(self) -> bool:
        return self.result is None


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


def sync_lock_name(source_pk) -> str:
    return f"source-sync:{source_pk}"


def source_sync_once(
    *, source: SkillSource, dry_run: bool = False, record_request: bool = False
) -> SyncOutcome:
    """One sync of ``source`` under its lock (:mod:`marketplace.locks`, renewed while it
    runs): raises LockHeld when another process is syncing it. ``record_request``: a person
    asked for it (the decision log says who, from ``sync_requested_by``)."""
    with job_lock(sync_lock_name(source.pk), ttl=settings.SYNC_LOCK_SECONDS, renew=True):
        outcome = source_sync_run(source=source, dry_run=dry_run)
    if record_request and not dry_run and outcome.result is not None:
        _decision(outcome.source, outcome.source.sync_requested_by, outcome.result)
    return outcome


def source_sync_enqueue(*, source: SkillSource, requested: bool = False) -> str:
    """Mark the source queued and queue its sync task after the transaction commits;
    returns the task id (also stored on the row, ``sync_task_id``)."""
    from marketplace.celery import task_named

    sync_source = task_named("skills.sync_source")  # skills.tasks (which imports this module)
    task_id = str(uuid.uuid4())
    SkillSource.objects.filter(pk=source.pk).update(
        sync_state=SyncState.QUEUED, sync_task_id=task_id
    )
    source.sync_state, source.sync_task_id = SyncState.QUEUED, task_id
    transaction.on_commit(
        lambda: sync_source.apply_async(
            args=[str(source.pk)], kwargs={"requested": requested}, task_id=task_id
        )
    )
    return task_id


def source_sync_request(
    *, source: SkillSource, requested_by=None, dry_run: bool = False
) -> SyncOutcome:
    """A person asked to sync ``source`` now. Records who and when, then queues the sync
    (with a broker: the outcome has ``task_id`` and no result yet) or runs it in this
    process under the per-source lock. SyncRequestError when the source is a submission
    waiting for review, or (in this process) when another sync of it is running."""
    from marketplace.celery import runs_in_process

    if source.status == SkillSource.Status.PENDING:
        raise SyncRequestError(
            gettext("This source is a submission waiting for review: approve it to sync it.")
        )
    if not dry_run:
        source.sync_requested_at = timezone.now()
        source.sync_requested_by = requested_by if getattr(requested_by, "pk", None) else None
        source.save(update_fields=["sync_requested_at", "sync_requested_by"])
        if not runs_in_process():
            task_id = source_sync_enqueue(source=source, requested=True)
            return SyncOutcome(source=source, result=None, task_id=task_id)
    try:
        return source_sync_once(source=source, dry_run=dry_run, record_request=not dry_run)
    except LockHeld as exc:
        raise SyncRequestError(gettext("A sync of this source is already running.")) from exc
