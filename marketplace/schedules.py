"""The periodic jobs and their default schedules (django-celery-beat).

:data:`JOBS` names each periodic job's task; ``python manage.py ensure_schedules`` (run by
``make migrate`` and at deploy) creates a django-celery-beat PeriodicTask for each job that
has none yet, with the default below. Existing schedules are never changed: operators edit
them in the console (Periodic tasks), and ``--reset`` puts the defaults back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    task: str
    kwargs: dict = field(default_factory=dict)
    #: crontab fields (minute, hour, day_of_week, day_of_month, month_of_year) or None
    crontab: tuple[str, str, str, str, str] | None = None
    every_minutes: int | None = None
    description: str = ""

    @property
    def label(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items())
        return f"{self.task}({args})"


JOBS: dict[str, Job] = {
    "sync": Job(
        "skills.sync_due_sources",
        {"everything": True},
        every_minutes=None,
        description="Sync every active source now (run_scheduled only).",
    ),
    "sync-due": Job(
        "skills.sync_due_sources",
        every_minutes=15,
        description="Every 15 minutes: queue a sync for each source not synced in "
        "SYNC_INTERVAL_MINUTES (default 6 hours).",
    ),
    "rankings": Job(
        "rankings.compute",
        crontab=("10", "*", "*", "*", "*"),
        description="Hourly at :10: popularity, trending and today's rank snapshots.",
    ),
    "scan": Job(
        "moderation.scan_changed_rules",
        crontab=("40", "2", "*", "*", "*"),
        description="Daily 02:40 UTC: rescan versions the current scanner rules have not seen.",
    ),
    "prune": Job(
        "rankings.prune_events",
        {"older_than_days": 90},
        crontab=("30", "0", "*", "*", "*"),
        description="Daily 00:30 UTC: summarise and delete raw events older than 90 days.",
    ),
    "discover": Job(
        "skills.discover_due",
        every_minutes=60,
        description="Hourly: one discover-page task per due discovery search across GitHub "
        "(a finished search is due again after DISCOVERY_PASS_HOURS); the candidates found are "
        "then decided.",
    ),
}


def schedule_name(job: str) -> str:
    return f"marketplace: {job}"


def schedules_ensure(*, reset: bool = False) -> list[tuple[str, str]]:
    """Create the default PeriodicTask of each scheduled job that has none (``reset``: put
    the default back). Returns [(job, "created" | "kept" | "reset")]. Idempotent."""
    import json

    from django.db import transaction
    from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

    done = []
    with transaction.atomic():
        for job_name, job in JOBS.items():
            if job.crontab is None and job.every_minutes is None:
                continue  # run on demand only
            name = schedule_name(job_name)
            existing = PeriodicTask.objects.filter(name=name).first()
            if existing is not None and not reset:
                done.append((job_name, "kept"))
                continue
            values: dict = {
                "task": job.task,
                "kwargs": json.dumps(job.kwargs),
                "description": job.description,
                "enabled": True,
                "interval": None,
                "crontab": None,
            }
            if job.crontab is not None:
                minute, hour, dow, dom, moy = job.crontab
                values["crontab"], _ = CrontabSchedule.objects.get_or_create(
                    minute=minute,
                    hour=hour,
                    day_of_week=dow,
                    day_of_month=dom,
                    month_of_year=moy,
                    timezone="UTC",
                )
            else:
                values["interval"], _ = IntervalSchedule.objects.get_or_create(
                    every=job.every_minutes, period=IntervalSchedule.MINUTES
                )
            PeriodicTask.objects.update_or_create(name=name, defaults=values)
            done.append((job_name, "reset" if existing is not None else "created"))
    return done
