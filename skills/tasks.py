"""Celery tasks of the catalogue: sync one source, the periodic sync of due sources, and the
GitHub metadata of one source. Thin wrappers over :mod:`skills.ingestion.sync`
(see :mod:`marketplace.tasking` for retries and in-process runs)."""

from __future__ import annotations

import logging
import os
import time
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from marketplace.locks import LockHeld
from marketplace.retry import RetryLater, is_transient, retry_after_of
from marketplace.tasking import BackgroundTask
from skills.models import SkillSource, SyncState

logger = logging.getLogger(__name__)

SYNCABLE = (SkillSource.Status.ACTIVE, SkillSource.Status.FAILING)
LOCK_WAIT_MAX_SECONDS = 60.0  # SYNC_LOCK_WAIT_SECONDS doubles up to this


def _counts(outcome) -> dict:
    result = outcome.result
    return {
        "source": str(outcome.source.pk),
        "ok": result.ok,
        "error": result.error,
        **{k: getattr(result, k) for k in ("found", "new", "changed", "unchanged", "gone")},
    }


@shared_task(bind=True, base=BackgroundTask, name="skills.sync_source")
def sync_source(self, source_id: str, requested: bool = False, failures: int = 0) -> dict:
    """Sync one source (``requested``: a person asked for it, see
    :func:`skills.ingestion.sync.request.source_sync_request`). Idempotent: a second run
    finds everything unchanged. Waits (retries) while another worker syncs the same source;
    a network failure or rate limit is recorded on the source and retried with backoff."""
    from skills.ingestion.sync.request import source_sync_once

    source = SkillSource.objects.filter(pk=source_id).first()
    if source is None:
        return {"source": source_id, "skipped": "no such source"}
    if source.status not in SYNCABLE and not (
        requested and source.status != SkillSource.Status.PENDING
    ):
        return {"source": source_id, "skipped": f"status {source.status}"}
    logger.info("sync of %s starts (task %s, pid %d)", source.name, self.request.id, os.getpid())
    started = time.monotonic()
    try:
        outcome = source_sync_once(
            source=source, record_request=requested, chunk_skills=_chunk_skills(self)
        )
    except LockHeld as exc:
        if self.in_process():
            return {"source": source_id, "skipped": "another sync of this source is running"}
        waited = self.request.retries - failures
        countdown = min(
            LOCK_WAIT_MAX_SECONDS, settings.SYNC_LOCK_WAIT_SECONDS * 2 ** max(0, waited)
        )
        logger.info("sync of %s waits %.0f s: another sync is running", source.name, countdown)
        raise self.retry(exc=exc, countdown=countdown) from exc
    if outcome.handoff is not None:
        return _fan_out(self, outcome, requested=requested)
    result = outcome.result
    logger.info(
        "sync of %s ends (task %s, pid %d) in %.2f s: %s",
        source.name,
        self.request.id,
        os.getpid(),
        time.monotonic() - started,
        result.error or "ok",
    )
    if result.error and result.transient:
        SkillSource.objects.filter(pk=source.pk).update(sync_state=SyncState.RETRYING)
        retried = self.retry_later(
            exc=RetryLater(result.retry_after or 0, result.error),
            retry_after=result.retry_after,
            failures=failures,
            kwargs={"source_id": source_id, "requested": requested, "failures": failures + 1},
        )
        if not retried:
            SkillSource.objects.filter(pk=source.pk).update(sync_state=SyncState.FAILED)
    if (
        result.ok
        and not self.in_process()
        and source.kind in (SkillSource.Kind.LIST, SkillSource.Kind.CATALOG)
    ):
        # Children found for the first time are synced now, not at the next periodic pass.
        for child in SkillSource.objects.filter(
            parent=source, status__in=SYNCABLE, last_synced_at__isnull=True
        ).exclude(sync_state=SyncState.QUEUED):
            sync_source_queue(child)
    return _counts(outcome)


def _chunk_skills(task) -> int:
    """Skills per part when a large sync is spread over tasks: only on a worker (not in
    process) with a result backend (a chord needs one); 0: never spread."""
    if task.in_process() or not task.app.conf.result_backend:
        return 0
    return max(0, int(settings.SYNC_CHUNK_SKILLS))


def _fan_out(task, outcome, *, requested: bool) -> dict:
    """Queue the parts of a handed-off sync as a chord whose body finishes it; a part that
    fails for good fails the chord, and its errback records the failure and frees the lock."""
    from celery import chord

    source, job, run = outcome.source, outcome.handoff, outcome.run
    source_id = str(source.pk)
    started = time.time() - (outcome.result.seconds if outcome.result else 0)
    partial = outcome.result.as_dict()
    finish = sync_source_finish.s(
        source_id=source_id,
        run=run,
        job=job,
        partial=partial,
        log=outcome.log,
        requested=requested,
        started=started,
        task=task.request.id,
    )
    finish.on_error(sync_source_failed.s(source_id=source_id, run=run, job=job, log=outcome.log))
    header = [
        sync_source_chunk.si(source_id=source_id, run=run, job=job, part=i, paths=paths)
        for i, paths in enumerate(job["chunks"])
    ]
    try:
        chord(header, finish).apply_async()
    except Exception as exc:  # the broker or the result backend refused: nothing was queued
        from marketplace.locks import lease_release
        from skills.ingestion.sync.fanout import run_dir_remove
        from skills.ingestion.sync.request import source_sync_abandoned, sync_lock_name

        source_sync_abandoned(source=source, error=f"{type(exc).__name__}: {exc}", log=outcome.log)
        lease_release(sync_lock_name(source.pk), token=run)
        run_dir_remove(job)
        raise
    logger.info(
        "sync of %s spread over %d tasks (task %s, pid %d)",
        source.name,
        len(header),
        task.request.id,
        os.getpid(),
    )
    return {"source": source_id, "parts": len(header), "found": outcome.result.found}


@shared_task(bind=True, base=BackgroundTask, name="skills.sync_source_chunk", ignore_result=False)
def sync_source_chunk(
    self, *, source_id: str, run: str, job: dict, part: int, paths: list[str], failures: int = 0
) -> dict:
    """One part of a sync spread over tasks: write these skill folders (idempotent: a part
    run again writes only what is not written yet). Takes the run's lock again (renewed while
    it runs); when another run holds it, this run was overtaken: the part is skipped."""
    from marketplace.locks import lease_kept
    from skills.ingestion.sync.fanout import chunk_sync
    from skills.ingestion.sync.request import sync_lock_name

    source = SkillSource.objects.filter(pk=source_id).first()
    if source is None:
        return {"skipped": "no such source"}
    logger.info(
        "sync part %d of %s starts (task %s, pid %d): %d folders",
        part,
        source.name,
        self.request.id,
        os.getpid(),
        len(paths),
    )
    try:
        with lease_kept(
            sync_lock_name(source.pk), token=run, ttl=settings.SYNC_LOCK_SECONDS, release=False
        ):
            counts = chunk_sync(source=source, job=job, paths=paths)
    except LockHeld:
        logger.warning(
            "sync part %d of %s skipped: another sync holds the source", part, source.name
        )
        return {"skipped": "another sync holds the source"}
    except Exception as exc:
        if not is_transient(exc):
            raise
        self.retry_later(
            exc=exc,
            retry_after=retry_after_of(exc),
            failures=failures,
            kwargs={
                "source_id": source_id,
                "run": run,
                "job": job,
                "part": part,
                "paths": paths,
                "failures": failures + 1,
            },
        )
        raise
    logger.info(
        "sync part %d of %s ends (task %s, pid %d): %d new, %d changed",
        part,
        source.name,
        self.request.id,
        os.getpid(),
        counts["new"],
        counts["changed"],
    )
    return counts


@shared_task(bind=True, base=BackgroundTask, name="skills.sync_source_finish")
def sync_source_finish(
    self,
    parts: list,
    *,
    source_id: str,
    run: str,
    job: dict,
    partial: dict,
    log: str,
    requested: bool = False,
    started: float = 0.0,
    task: str = "",
) -> dict:
    """The finishing step of a sync spread over tasks (the chord's body, given every part's
    counts): gone marks, the record on the source, the lock freed. Idempotent: run again
    after the lock was freed, it finds the run over (another run or none holds the lock)."""
    from marketplace.locks import lease_holder
    from skills.ingestion.sync.fanout import fanout_finish, run_dir_remove
    from skills.ingestion.sync.request import (
        source_lock,
        source_sync_finished,
        sync_lock_name,
    )

    source = SkillSource.objects.filter(pk=source_id).first()
    if source is None:
        return {"source": source_id, "skipped": "no such source"}
    if lease_holder(sync_lock_name(source.pk)) not in (run, None):
        logger.warning("sync of %s: finishing step skipped: another sync holds it", source.name)
        return {"source": source_id, "skipped": "another sync holds the source"}
    try:
        with source_lock(source.pk, run=run):
            result = fanout_finish(source=source, job=job, partial=partial, parts=parts)
            outcome = source_sync_finished(
                source=source, result=result, log=log, record_request=requested
            )
            # Logged before the lock is freed: the next sync of the source starts after this
            # line, not while the run's folder is still being removed.
            logger.info(
                "sync of %s ends (task %s, pid %d) in %.2f s: %s",
                source.name,
                task or self.request.id,
                os.getpid(),
                time.time() - started if started else result.seconds,
                result.error or "ok",
            )
    except LockHeld:
        return {"source": source_id, "skipped": "another sync holds the source"}
    finally:
        run_dir_remove(job)
    return _counts(outcome)


@shared_task(base=BackgroundTask, name="skills.sync_source_failed")
def sync_source_failed(*args, source_id: str, run: str, job: dict, log: str) -> dict:
    """Errback of a spread sync whose part failed for good: the failure is recorded on the
    source (``last_error``, ``error_count``, state ``failed``) and the lock freed. The
    skills the other parts wrote stay; the next sync finds them unchanged.

    Not bound, and taking ``*args``: Celery then calls it with (request, exception,
    traceback), so the part's error is what is recorded (a bound errback only gets an id)."""
    from marketplace.locks import lease_release
    from skills.ingestion.sync.fanout import run_dir_remove
    from skills.ingestion.sync.request import source_sync_abandoned, sync_lock_name

    exc = next((a for a in args if isinstance(a, BaseException)), None)
    error = f"{type(exc).__name__}: {exc}" if exc is not None else "a part of the sync failed"
    source = SkillSource.objects.filter(pk=source_id).first()
    if source is not None:
        source_sync_abandoned(source=source, error=error, log=log)
        lease_release(sync_lock_name(source.pk), token=run)
    run_dir_remove(job)
    logger.warning("sync of %s failed in a part: %s", source.name if source else source_id, error)
    return {"source": source_id, "error": error}


def sync_source_queue(source: SkillSource) -> str:
    from skills.ingestion.sync.request import source_sync_enqueue

    return source_sync_enqueue(source=source)


def sources_due(*, everything: bool = False):
    """Active and failing sources whose last sync is older than SYNC_INTERVAL_MINUTES (or
    never happened), not already queued in the last interval; ``everything``: all of them."""
    sources = SkillSource.objects.filter(status__in=SYNCABLE)
    if everything:
        return sources.order_by("parent_id", "created_at")
    cutoff = timezone.now() - timedelta(minutes=settings.SYNC_INTERVAL_MINUTES)
    return sources.filter(Q(last_synced_at__isnull=True) | Q(last_synced_at__lt=cutoff)).order_by(
        "parent_id", "created_at"
    )


@shared_task(bind=True, base=BackgroundTask, name="skills.sync_due_sources")
def sync_due_sources(self, everything: bool = False) -> dict:
    """The periodic sync: one ``skills.sync_source`` task per due source (in this process,
    one after the other, when there is no broker). Idempotent: a source synced by the
    first run is no longer due for the second."""
    queued = 0
    for source in sources_due(everything=everything).iterator():
        if self.in_process():
            sync_source.apply(args=[str(source.pk)])
        else:
            sync_source_queue(source)
        queued += 1
    logger.info("sync_due_sources: %d source(s)", queued)
    return {"sources": queued}


@shared_task(bind=True, base=BackgroundTask, name="skills.refresh_github_metadata")
def refresh_github_metadata(self, source_id: str) -> dict:
    """Ask the GitHub API about a github source's repository (conditionally: a 304 costs
    nothing) and mirror its stars onto the source's skills. Retried when the API is out of
    reach or rate limited (after ``x-ratelimit-reset``, or a RetryLater's ``retry_after``)."""
    from skills.ingestion.sources import FetchContext
    from skills.ingestion.sync.mirrors import github_metadata_refresh
    from skills.ingestion.sync.result import SyncResult

    source = SkillSource.objects.filter(pk=source_id).first()
    if source is None or source.kind != SkillSource.Kind.GITHUB:
        return {"source": source_id, "skipped": "no such github source"}
    result = SyncResult(source_id=source_id, source_name=source.name)
    with FetchContext() as ctx:
        try:
            github_metadata_refresh(source=source, result=result, ctx=ctx)
        except Exception as exc:
            if not is_transient(exc):
                raise
            if not self.retry_later(exc=exc, retry_after=retry_after_of(exc)):
                return {"source": source_id, "github": f"failed: {exc}"}
        if ctx.github.exhausted and result.github.startswith(("rate limit", "rate limited")):
            reset = ctx.github.reset_at or 0
            wait = max(1.0, reset - time.time()) if reset else None
            exc = RetryLater(wait or 0, result.github)
            if not self.retry_later(exc=exc, retry_after=wait):
                return {"source": source_id, "github": result.github}
        if result.github.startswith("request failed"):
            self.retry_later(exc=ConnectionError(result.github))
    return {"source": source_id, "github": result.github, "stars_changed": result.stars_changed}


# -- discovery across GitHub (skills.ingestion.sources.finder.work) ----------------------


@shared_task(bind=True, base=BackgroundTask, name="skills.discover_page")
def discover_page(self, search_id: int, page: int | None = None, failures: int = 0) -> dict:
    """Discover: one page of one query. Idempotent: a page the search has moved past is
    not fetched again, and one worker at a time works on a search. The next page (or the
    two halves of a split search) is queued after it; when the search is done, the new
    candidates are decided. A rate limit leaves the cursor where it is and retries after
    GitHub's reset (``retry_after``)."""
    from skills.ingestion.sources.finder.work import discovery_page_run
    from skills.ingestion.sources.ghapi import GithubRateLimited

    try:
        result = discovery_page_run(search_id=search_id, page=page)
    except GithubRateLimited as exc:
        self.retry_later(
            exc=exc,
            retry_after=exc.retry_after,
            failures=failures,
            kwargs={"search_id": search_id, "page": page, "failures": failures + 1},
        )
        return {"search": search_id, "stopped": str(exc), "retry_after": exc.retry_after}
    if not self.in_process() and "skipped" not in result:
        if result["more"]:
            discover_page.delay(search_id, result["next_page"])
        for part in result["parts"]:
            discover_page.delay(part, 1)
        if not result["more"] and not result["parts"]:
            discover_decide.delay()
    return result


@shared_task(bind=True, base=BackgroundTask, name="skills.discover_decide")
def discover_decide(self, limit: int = 500, failures: int = 0) -> dict:
    """Complete the metadata of the candidates not decided yet and decide them (the policy
    of docs/INGESTION.md). Idempotent: a decided candidate is not decided again."""
    from skills.ingestion.sources.finder.work import discovery_decide_run
    from skills.ingestion.sources.ghapi import GithubRateLimited

    try:
        return discovery_decide_run(limit=limit)
    except GithubRateLimited as exc:
        self.retry_later(
            exc=exc,
            retry_after=exc.retry_after,
            failures=failures,
            kwargs={"limit": limit, "failures": failures + 1},
        )
        return {"stopped": str(exc), "retry_after": exc.retry_after}


@shared_task(bind=True, base=BackgroundTask, name="skills.discover_due")
def discover_due(self) -> dict:
    """The periodic discovery: one ``skills.discover_page`` task per due search (a search
    finished less than DISCOVERY_PASS_HOURS ago is not due). Without a broker the whole
    pass runs here, page after page, until done or the budget says stop."""
    from skills.ingestion.sources.finder.searches import discovery_pass
    from skills.ingestion.sources.finder.work import discovery_due_ids, finder_run

    if self.in_process():
        with finder_run() as run:
            summary = discovery_pass(run=run)
        return {
            "pages": len(summary.pages),
            "new": run.new_candidates,
            "decided": summary.decided,
            "stopped": summary.stopped,
        }
    ids = discovery_due_ids()
    for search_id in ids:
        discover_page.delay(search_id)
    return {"searches": len(ids)}
