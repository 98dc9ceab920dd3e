"""Find new sources across GitHub (skills.ingestion.sources.finder): runs the due searches
page by page from their stored cursors, then scores and decides the candidates found.

Stops cleanly when the shared GitHub budget is spent (the next run resumes where this one
stopped); prints each page, a summary and the budget with its next reset.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from marketplace.netsafety import safe_http_client
from skills.ingestion.sources.finder.candidates import FinderRun
from skills.ingestion.sources.finder.queries import custom_search
from skills.ingestion.sources.finder.searches import PageOutcome, discovery_pass
from skills.ingestion.sources.ghapi import GithubBudget


class Command(BaseCommand):
    help = "Find repositories with skills across GitHub and add them as sources."

    def add_arguments(self, parser):
        parser.add_argument(
            "--query",
            action="append",
            default=[],
            help="Run this search only (GitHub search syntax; code search when it names a "
            "filename: or path:, repository search otherwise). Repeatable.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Fetch the first page of each search and show what would be found; write nothing.",
        )
        parser.add_argument("--max-pages", type=int, default=None, help="Stop after N pages.")
        parser.add_argument(
            "--wait",
            type=float,
            default=None,
            help="Seconds a call may wait for the budget's reset (default GITHUB_BUDGET_MAX_WAIT).",
        )

    def handle(self, *args, **options):
        today = timezone.now().date()
        specs = [custom_search(q, today=today) for q in options["query"] if q.strip()] or None
        budget = GithubBudget(max_wait=options["wait"])
        if budget.tokens == [""] and specs is None:
            self.stderr.write("no GitHub token (GITHUB_TOKENS): code search is skipped")
        with safe_http_client(allow_private=False, follow_redirects=False) as http:
            run = FinderRun(http=http, budget=budget, dry_run=options["dry_run"])
            summary = discovery_pass(
                run=run, specs=specs, max_pages=options["max_pages"], progress=self._page
            )
        self.stdout.write(
            f"\n{len(summary.pages)} page(s); {run.new_candidates} new repositories; "
            f"{summary.decided} decided: "
            + (
                ", ".join(f"{k or 'undecided'} {v}" for k, v in sorted(run.decisions.items()))
                or "none"
            )
        )
        if options["dry_run"]:
            for c in sorted(run.seen.values(), key=lambda c: -c.score)[:50]:
                self.stdout.write(
                    f"  {c.full_name}: score {c.score:g} {c.score_parts} -> "
                    f"{c.decision or 'undecided'} ({', '.join(c.channels)})"
                )
            self.stdout.write("dry run: nothing was written")
        if summary.stopped:
            self.stderr.write(
                f"stopped: {summary.stopped}; run again in {summary.retry_after:.0f} s "
                "to resume where this run stopped"
            )
        self._budget(budget)
        if any(p.status == "failed" for p in summary.pages):
            sys.exit(1)

    def _page(self, outcome: PageOutcome) -> None:
        line = f"{outcome.search} page {outcome.page}: {outcome.status}, {outcome.hits} found"
        self.stdout.write(line + (f" ({outcome.note})" if outcome.note else ""))

    def _budget(self, budget: GithubBudget) -> None:
        self.stdout.write("GitHub budget (token, resource, remaining/limit, next reset):")
        for row in budget.snapshot():
            reset = (
                datetime.fromtimestamp(row.reset_at, tz=UTC).strftime("%H:%M:%S UTC")
                if row.reset_at
                else "-"
            )
            remaining = "unknown" if row.remaining is None else str(row.remaining)
            paused = (
                f", paused until {datetime.fromtimestamp(row.paused_until, tz=UTC):%H:%M:%S} UTC"
                if row.paused_until
                else ""
            )
            self.stdout.write(
                f"  {row.token} {row.resource}: {remaining}/{row.limit}, reset {reset}{paused}"
            )
