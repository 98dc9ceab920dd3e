"""Celery tasks of rankings: compute the day's rankings, prune old raw events. Thin
wrappers over :mod:`rankings.services`; each runs under a job lock, so a second run queued
while one runs is skipped (both are idempotent: a rerun for the same day replaces it)."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task

from marketplace.locks import LockHeld, job_lock
from marketplace.tasking import BackgroundTask

logger = logging.getLogger(__name__)


@shared_task(bind=True, base=BackgroundTask, name="rankings.compute")
def compute_rankings(self) -> dict:
    """Recompute popularity and today's rank snapshots (:func:`rankings_compute`)."""
    from rankings.services.run import rankings_compute

    try:
        with job_lock("job:rankings", ttl=2 * 3600):
            run = rankings_compute()
    except LockHeld:
        return {"skipped": "rankings are being computed elsewhere"}
    return {"date": run.date.isoformat(), "skills": run.skills, "boards": run.boards}


@shared_task(bind=True, base=BackgroundTask, name="rankings.prune_events")
def prune_events(self, older_than_days: int = 90) -> dict:
    """Summarise and delete raw events older than ``older_than_days`` (:func:`events_prune`)."""
    from rankings.services.prune import events_prune

    try:
        with job_lock("job:prune", ttl=2 * 3600):
            return events_prune(older_than=timedelta(days=older_than_days))
    except LockHeld:
        return {"skipped": "pruning runs elsewhere"}
