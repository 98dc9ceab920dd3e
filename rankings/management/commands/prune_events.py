"""Summarise old raw events into daily counts, then delete them.

    python manage.py prune_events --older-than 90d [--dry-run]

Whole UTC days older than the cutoff are summarised (SkillDailyCount: the same rows
`compute_rankings` already wrote for them) and their raw events deleted, oldest first, one
transaction per day; rankings read the summary for those days, so no ranking changes.
"""

from __future__ import annotations

import re
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from rankings.services.prune import MIN_PRUNE_AGE, events_prune

_AGE = re.compile(r"^(\d+)\s*([dw])$")


def parse_age(text: str) -> timedelta:
    match = _AGE.match(text.strip().lower())
    if not match:
        raise CommandError("--older-than takes days or weeks, e.g. 90d or 12w.")
    number, unit = int(match.group(1)), match.group(2)
    return timedelta(days=number * (7 if unit == "w" else 1))


class Command(BaseCommand):
    help = "Summarise raw events older than a cutoff into daily counts and delete them."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", default="90d", help="Age, e.g. 90d (default) or 12w.")
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, **opts):
        age = parse_age(opts["older_than"])
        if age < MIN_PRUNE_AGE:
            raise CommandError(f"--older-than must be at least {MIN_PRUNE_AGE.days}d.")
        stats = events_prune(
            older_than=age, dry_run=opts["dry_run"], progress=lambda m: self.stdout.write(f"  {m}")
        )
        verb = "Would summarise and delete" if opts["dry_run"] else "Summarised and deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {stats['events']} events of {stats['days']} days before {stats['cutoff']} "
                f"({stats['summary_rows']} daily counts)."
            )
        )
