"""Run scheduled jobs, each under a lock so two schedulers never run the same job at once.

    python manage.py run_scheduled sync rankings scan prune

Jobs (each maps to one management command):

    sync      sync_sources --all
    rankings  compute_rankings
    scan      scan_skills --changed-rules
    prune     prune_events --older-than 90d

A job whose lock is held elsewhere is skipped (not an error: the other scheduler runs
it). A job that fails does not stop the others; the command exits non-zero at the end if
any job failed or is unknown. See docs/DEPLOY.md for cron and systemd-timer examples.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError, CommandParser

from marketplace.locks import LockHeld, job_lock


@dataclass(frozen=True)
class Job:
    command: str
    args: tuple[str, ...] = ()
    ttl: int = 3600  # seconds; only the cache lock (non-PostgreSQL) uses it

    @property
    def command_line(self) -> str:
        return " ".join((self.command, *self.args))


JOBS: dict[str, Job] = {
    "sync": Job("sync_sources", ("--all",), ttl=6 * 3600),
    "rankings": Job("compute_rankings", ttl=2 * 3600),
    "scan": Job("scan_skills", ("--changed-rules",), ttl=6 * 3600),
    "prune": Job("prune_events", ("--older-than", "90d"), ttl=2 * 3600),
}


class Command(BaseCommand):
    help = "Run scheduled jobs (sync, rankings, scan, prune), each under a job lock."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "jobs", nargs="+", metavar="JOB", help=f"One or more of: {', '.join(JOBS)}."
        )
        parser.add_argument(
            "--ttl",
            type=int,
            default=None,
            help="Lock expiry in seconds for the cache lock (default: per job).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would run, and whether each lock is free; run nothing.",
        )

    def handle(self, *args, jobs: list[str], ttl: int | None, dry_run: bool, **options) -> None:
        unknown = [name for name in jobs if name not in JOBS]
        if unknown:
            raise CommandError(f"Unknown job(s): {', '.join(unknown)}. Jobs: {', '.join(JOBS)}.")
        available = get_commands()
        results: list[tuple[str, str, float, str]] = []  # (job, status, seconds, detail)
        for name in dict.fromkeys(jobs):  # each job once, in the order given
            job = JOBS[name]
            if job.command not in available:
                results.append(
                    (
                        name,
                        "missing",
                        0.0,
                        f"the management command {job.command!r} does not exist in this install",
                    )
                )
                continue
            started = time.monotonic()
            try:
                with job_lock(f"job:{name}", ttl=ttl or job.ttl):
                    if dry_run:
                        results.append((name, "would run", 0.0, job.command_line))
                        continue
                    self.stdout.write(f"==> {name}: {job.command_line}")
                    call_command(job.command, *job.args, stdout=self.stdout, stderr=self.stderr)
            except LockHeld as exc:
                results.append((name, "skipped", 0.0, str(exc)))
                continue
            except Exception as exc:  # one job's failure must not stop the others
                results.append(
                    (name, "failed", time.monotonic() - started, f"{type(exc).__name__}: {exc}")
                )
                continue
            if not dry_run:
                results.append((name, "ok", time.monotonic() - started, job.command_line))
        self._summary(results)
        bad = [name for name, status, _, _ in results if status in {"failed", "missing"}]
        if bad:
            raise CommandError(f"Job(s) failed or missing: {', '.join(bad)}.")

    def _summary(self, results) -> None:
        self.stdout.write("Summary:")
        for name, status, seconds, detail in results:
            style = {
                "ok": self.style.SUCCESS,
                "skipped": self.style.WARNING,
                "would run": self.style.NOTICE,
            }.get(status, self.style.ERROR)
            self.stdout.write(f"  {name:<9} {style(status):<10} {seconds:8.1f}s  {detail}")
