"""What every Celery task of the marketplace shares: retries with backoff, and in-process runs.

Tasks are thin wrappers over services (``skills/tasks.py``, ``moderation/tasks.py``,
``rankings/tasks.py``): they take ids, read fresh rows and are idempotent (run twice = run
once). A task whose work failed on the network or a rate limit (:mod:`marketplace.retry`)
calls :meth:`BackgroundTask.retry_later`: retried with exponential backoff, or after the
``retry_after`` seconds the server asked for, at most ``TASK_MAX_RETRIES`` times; the
failure itself is recorded on the row by the service.

Without a broker (``CELERY_TASK_ALWAYS_EAGER``) a task runs in the process that queued it:
a retry would run again at once and block that process, so an in-process task does not
retry: its failure stays recorded and the next scheduled run tries again.
"""

from __future__ import annotations

import logging

from celery import Task
from django.conf import settings

from marketplace.retry import backoff_seconds

logger = logging.getLogger(__name__)


class BackgroundTask(Task):
    """Base class of the marketplace's tasks (``@shared_task(bind=True, base=BackgroundTask)``)."""

    abstract = True
    # Acknowledged when done: a task whose worker died goes back to the queue (settings).
    acks_late = True
    reject_on_worker_lost = True
    max_retries = None  # retry_later counts (TASK_MAX_RETRIES); lock waits do not count

    def in_process(self) -> bool:
        return bool(getattr(self.request, "is_eager", False))

    def retry_later(
        self,
        *,
        exc: BaseException | None,
        retry_after: float | None = None,
        failures: int | None = None,
        kwargs: dict | None = None,
    ):
        """Retry this task after the backoff for ``failures`` earlier failures (default: its
        retries so far), or after ``retry_after`` seconds when given. Returns False (do not
        retry: in process, or out of retries); otherwise raises celery's Retry."""
        done = self.request.retries if failures is None else failures
        if self.in_process():
            return False
        if done >= settings.TASK_MAX_RETRIES:
            logger.warning(
                "task %s: giving up after %d retries: %s", self.name, done, exc or "no error"
            )
            return False
        countdown = backoff_seconds(
            done,
            retry_after=retry_after,
            base=settings.TASK_RETRY_BASE_SECONDS,
            cap=settings.TASK_RETRY_MAX_SECONDS,
        )
        logger.info(
            "task %s: retry %d in %.0f s: %s", self.name, done + 1, countdown, exc or "no error"
        )
        raise self.retry(exc=exc, countdown=countdown, kwargs=kwargs)
