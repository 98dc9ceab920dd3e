"""Recompute every skill's popularity and write the day's board snapshots.

    python manage.py compute_rankings [--date YYYY-MM-DD] [--dry-run] [--limit 1000]

Run it once a day (cron / a scheduled job). Re-running for a date replaces that date.
Each run first summarises into SkillDailyCount the days that can no longer receive events
(normally one; every day on the first run), then reads those summaries plus the raw events
of the last few days. `-v2` prints the time of each step. `--dry-run` writes nothing,
summaries included.
"""

from __future__ import annotations

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from rankings.services.run import BOARD_LIMIT, rankings_compute


class Command(BaseCommand):
    help = "Recompute popularity scores and write the day's rank snapshots."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Ranking date, YYYY-MM-DD (default: today, UTC).")
        parser.add_argument("--dry-run", action="store_true", help="Compute, write nothing.")
        parser.add_argument(
            "--limit", type=int, default=BOARD_LIMIT, help="Entries kept per board."
        )

    def handle(self, *args, **opts):
        day = None
        if opts["date"]:
            try:
                day = date.fromisoformat(opts["date"])
            except ValueError:
                raise CommandError("--date must be YYYY-MM-DD.") from None
        verbose = opts["verbosity"] > 1

        def progress(message: str) -> None:
            if verbose:
                self.stdout.write(f"  {message}")

        run = rankings_compute(
            on=day, dry_run=opts["dry_run"], board_limit=max(1, opts["limit"]), progress=progress
        )
        self.stdout.write(self.style.SUCCESS(run.summary()))
