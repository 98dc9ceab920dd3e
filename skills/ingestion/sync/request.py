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

The lock is a lease (:func:`marketplace.locks.lease_take`) held by the sync's run token: a
sync spread over several tasks (:mod:`.fanout`) keeps it from its first task to its
finishing step (:func:`source_sync_finished`), which frees it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from marketplace.locks import LockHeld, lease_kept, lease_release
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
    run: str = ""  # the run's token (holds the source's lock)
    handoff: dict | None = None  # spread over other tasks: what they need (see .fanout)

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


def source_sync_run(
    *, source: SkillSource, dry_run: bool = False, chunk_skills: int = 0
) -> SyncOutcome:
    """Run one sync of the source now, capturing its log; records it unless ``dry_run``.
    ``chunk_skills``: see :func:`source_sync` (a handed-off sync stays ``running``)."""
    capture = _Capture()
    watched = logging.getLogger("skills")
    watched.addHandler(capture)
    started = timezone.now()
    try:
        if not dry_run:
            SkillSource.objects.filter(pk=source.pk).update(sync_state=SyncState.RUNNING)
        result = source_sync(source=source, dry_run=dry_run, chunk_skills=chunk_skills)
    finally:
        watched.removeHandler(capture)
    asked = ""
    if source.sync_requested_by_id:
        asked = f" by {source.sync_requested_by}"
    head = [
        f"{timezone.localtime(started):%Y-%m-%d %H:%M:%S} sync of {source.name}{asked}",
        *capture.lines,
    ]
    if result.handoff is not None:
        chunks = result.handoff["chunks"]
        head.append(
            f"found {result.found}: {result.unchanged} unchanged; "
            f"{sum(len(c) for c in chunks) + len(result.handoff['deferred'])} to write, "
            f"spread over {len(chunks)} tasks"
        )
        log = "\n".join(head)[:MAX_LOG_CHARS]
        SkillSource.objects.filter(pk=source.pk).update(last_sync_log=log)
        return SyncOutcome(source=source, result=result, log=log, handoff=result.handoff)
    log = "\n".join([*head, *_summary(result)])[:MAX_LOG_CHARS]
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


def source_lock(source_pk, *, run: str | None = None):
    """The source's lock for a sync run in this process (a context manager): raises
    LockHeld when another run holds it; renewed while the block runs, freed at its end."""
    return lease_kept(
        sync_lock_name(source_pk),
        token=run or uuid.uuid4().hex,
        ttl=settings.SYNC_LOCK_SECONDS,
        release=True,
    )


def source_sync_once(
    *,
    source: SkillSource,
    dry_run: bool = False,
    record_request: bool = False,
    chunk_skills: int = 0,
) -> SyncOutcome:
    """One sync of ``source`` under its lock (a lease renewed while it runs): raises
    LockHeld when another run is syncing it. ``record_request``: a person asked for it (the
    decision log says who, from ``sync_requested_by``). ``chunk_skills``: a large sync may
    be handed off (``outcome.handoff``): the lock then stays with the run (``outcome.run``)
    until :func:`source_sync_finished` or :func:`source_sync_abandoned`."""
    run = uuid.uuid4().hex
    name = sync_lock_name(source.pk)
    with lease_kept(name, token=run, ttl=settings.SYNC_LOCK_SECONDS, release=False):
        try:
            outcome = source_sync_run(source=source, dry_run=dry_run, chunk_skills=chunk_skills)
        except BaseException:
            lease_release(name, token=run)
            raise
    outcome.run = run
    if outcome.handoff is not None:
        return outcome
    lease_release(name, token=run)
    if record_request and not dry_run and outcome.result is not None:
        _decision(outcome.source, outcome.source.sync_requested_by, outcome.result)
    return outcome


def source_sync_finished(
    *, source: SkillSource, result: SyncResult, log: str, record_request: bool
) -> SyncOutcome:
    """Record the end of a sync spread over tasks (its finishing step ran): state, log with
    the summary, the decision when a person asked for it."""
    log = "\n".join([log, *_summary(result)])[:MAX_LOG_CHARS]
    state = SyncState.DONE if result.ok else SyncState.FAILED
    SkillSource.objects.filter(pk=source.pk).update(sync_state=state, last_sync_log=log)
    source.refresh_from_db()
    if record_request:
        _decision(source, source.sync_requested_by, result)
    return SyncOutcome(source=source, result=result, log=log)


def source_sync_abandoned(*, source: SkillSource, error: str, log: str) -> None:
    """A sync spread over tasks failed in one of them: recorded on the source like a failed
    fetch (``last_error``, ``error_count``), state ``failed``."""
    from skills.ingestion.sync.fetch import source_failed

    source_failed(source, error, dry_run=False)
    log = "\n".join([log, f"failed: {error}"])[:MAX_LOG_CHARS]
    SkillSource.objects.filter(pk=source.pk).update(sync_state=SyncState.FAILED, last_sync_log=log)


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
