"""Run periodic jobs now: a thin wrapper over the same Celery tasks django-celery-beat runs.

    python manage.py run_scheduled sync rankings scan prune

Jobs (each is one task; see marketplace/schedules.py for the periodic schedules):

    sync      skills.sync_due_sources (everything=True): one sync task per active source
    rankings  rankings.compute
    scan      moderation.scan_changed_rules
    prune     rankings.prune_events (older than 90 days)

With a broker (CELERY_BROKER_URL) the tasks are queued for the workers and the command
returns at once (``--wait`` runs them here instead); without one they run in this process.
One run of a job at a time: the tasks take their own locks (a second run is skipped, a
second sync of a source waits). A job that fails does not stop the others; the command
exits non-zero at the end if any job failed.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from marketplace.schedules import JOBS


class Command(BaseCommand):
    help = "Run periodic jobs (sync, rankings, scan, prune) now: queued, or here without a broker."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "jobs", nargs="+", metavar="JOB", help=f"One or more of: {', '.join(JOBS)}."
        )
        parser.add_argument(
            "--wait",
            action="store_true",
            help="Run the tasks in this process even when a broker is configured.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show which task each job would run."
        )

    def handle(self, *args, jobs: list[str], wait: bool, dry_run: bool, **options) -> None:
        from marketplace.celery import runs_in_process, task_named

        unknown = [name for name in jobs if name not in JOBS]
        if unknown:
            raise CommandError(f"Unknown job(s): {', '.join(unknown)}. Jobs: {', '.join(JOBS)}.")
        results: list[tuple[str, str, float, str]] = []  # (job, status, seconds, detail)
        here = wait or runs_in_process()
        for name in dict.fromkeys(jobs):  # each job once, in the order given
            job = JOBS[name]
            if dry_run:
                results.append((name, "would run" if here else "would queue", 0.0, job.label))
                continue
            task = task_named(job.task)
            started = time.monotonic()
            try:
                if here:
                    self.stdout.write(f"==> {name}: {job.label}")
                    outcome = task.apply(kwargs=dict(job.kwargs), throw=True).get()
                    status = (
                        "skipped" if isinstance(outcome, dict) and "skipped" in outcome else "ok"
                    )
                    detail = str(outcome)[:200]
                else:
                    status, detail = (
                        "queued",
                        f"task {task.apply_async(kwargs=dict(job.kwargs)).id}",
                    )
            except Exception as exc:  # one job's failure must not stop the others
                results.append(
                    (name, "failed", time.monotonic() - started, f"{type(exc).__name__}: {exc}")
                )
                continue
            results.append((name, status, time.monotonic() - started, detail))
        self._summary(results)
        bad = [name for name, status, _, _ in results if status == "failed"]
        if bad:
            raise CommandError(f"Job(s) failed: {', '.join(bad)}.")

    def _summary(self, results) -> None:
        self.stdout.write("Summary:")
        for name, status, seconds, detail in results:
            style = {
                "ok": self.style.SUCCESS,
                "queued": self.style.SUCCESS,
                "skipped": self.style.WARNING,
                "would run": self.style.NOTICE,
                "would queue": self.style.NOTICE,
            }.get(status, self.style.ERROR)
            self.stdout.write(f"  {name:<9} {style(status):<10} {seconds:8.1f}s  {detail}")
