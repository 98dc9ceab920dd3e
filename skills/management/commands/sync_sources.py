"""``manage.py sync_sources``: fetch sources and ingest their skills.

Children found in lists and catalogs are synced after their parent in the same run (once
each). Each source's failure is stored on the source and the run goes on; exit status 1
when any source failed. The operator's command: it runs here, not on the workers, but
under the same per-source lock as the ``skills.sync_source`` task, so a source a worker is
syncing is skipped (and said so).
"""

from __future__ import annotations

import sys
import uuid

from django.core.management.base import BaseCommand, CommandError, CommandParser

from marketplace.locks import LockHeld
from skills.ingestion.sources import FetchContext
from skills.ingestion.sync import SyncResult, source_sync
from skills.ingestion.sync.request import source_lock
from skills.models import SkillSource


class _Bar:
    """A one-line progress bar on stderr (plain lines when not a terminal)."""

    def __init__(self, stream, label: str):
        self.stream, self.label, self.tty = stream, label[:40], stream.isatty()
        self.last = -1

    def __call__(self, event: str, done: int, total: int) -> None:
        if not total:
            return
        width = 30
        filled = int(width * done / total)
        pct = int(100 * done / total)
        if self.tty:
            self.stream.write(
                f"\r{self.label:40} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
            )
            if event == "done" or done == total:
                self.stream.write("\n")
            self.stream.flush()
        elif pct // 25 != self.last // 25 or done == total:
            self.last = pct
            self.stream.write(f"{self.label}: {done}/{total}\n")


class Command(BaseCommand):
    help = "Sync skill sources (fetch, discover, validate, store, scan)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--source", action="append", default=[], metavar="ID", help="A source id (repeatable)."
        )
        parser.add_argument("--all", action="store_true", help="Every active or failing source.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Fetch and discover; write nothing."
        )
        parser.add_argument(
            "--full",
            action="store_true",
            help="Fetch and discover even when a source's commit has not moved.",
        )
        parser.add_argument(
            "--no-children",
            action="store_true",
            help="Do not sync the children found in lists and catalogs.",
        )

    def handle(
        self,
        *args,
        source: list[str],
        all: bool,
        dry_run: bool,
        no_children: bool,
        full: bool,
        **options,
    ) -> None:
        if not source and not all:
            raise CommandError("Give --source ID (repeatable) or --all.")
        if all:
            queue = list(
                SkillSource.objects.filter(
                    status__in=[SkillSource.Status.ACTIVE, SkillSource.Status.FAILING]
                ).order_by("parent_id", "created_at")
            )
        else:
            queue = []
            for pk in source:
                try:
                    queue.append(SkillSource.objects.get(pk=uuid.UUID(pk)))
                except (ValueError, SkillSource.DoesNotExist) as exc:
                    raise CommandError(f"No source with id {pk!r}.") from exc
        results: list[SyncResult] = []
        done: set = set()
        with FetchContext() as ctx:
            while queue:
                src = queue.pop(0)
                if src.pk in done:
                    continue
                done.add(src.pk)
                bar = _Bar(sys.stderr, src.name) if options.get("verbosity", 1) > 0 else None
                try:
                    with source_lock(src.pk):
                        result = source_sync(
                            source=src, dry_run=dry_run, progress=bar, ctx=ctx, full=full
                        )
                except LockHeld:
                    self.stderr.write(f"{src.name}: skipped: a sync of it is running elsewhere.")
                    continue
                results.append(result)
                if result.error:
                    self.stderr.write(f"{src.name}: FAILED: {result.error}")
                if (
                    not no_children
                    and not dry_run
                    and src.kind in (SkillSource.Kind.LIST, SkillSource.Kind.CATALOG)
                ):
                    queue.extend(
                        c
                        for c in SkillSource.objects.filter(parent=src)
                        .exclude(status=SkillSource.Status.PAUSED)
                        .order_by("created_at")
                        if c.pk not in done
                    )
            if ctx.github.exhausted:
                self.stderr.write(
                    f"GitHub API rate limit reserve reached after {ctx.github.calls} calls; "
                    "the remaining sources kept their cached metadata."
                )
        self._summary(results, dry_run=dry_run)
        if any(r.error for r in results):
            sys.exit(1)

    def _summary(self, results: list[SyncResult], *, dry_run: bool) -> None:
        head = (
            "source",
            "found",
            "new",
            "changed",
            "unchanged",
            "refused",
            "gone",
            "errors",
            "seconds",
        )
        rows = []
        for r in results:
            refused = sum(r.refused.values())
            rows.append(
                (
                    r.source_name[:48] + (" (FAILED)" if r.error else ""),
                    r.found,
                    r.new,
                    r.changed,
                    r.unchanged,
                    refused,
                    r.gone,
                    len(r.skill_errors),
                    f"{r.seconds:.1f}",
                )
            )
        total = (
            "TOTAL",
            *(sum(row[i] for row in rows) for i in range(1, 8)),
            f"{sum(r.seconds for r in results):.1f}",
        )
        widths = [max(len(str(x[i])) for x in [head, *rows, total]) for i in range(len(head))]
        line = lambda row: "  ".join(  # noqa: E731
            str(v).ljust(widths[i]) if i == 0 else str(v).rjust(widths[i])
            for i, v in enumerate(row)
        )
        self.stdout.write(("DRY RUN: nothing written\n" if dry_run else "") + line(head))
        for row in rows:
            self.stdout.write(line(row))
        self.stdout.write(line(total))
        codes: dict[str, int] = {}
        for r in results:
            for code, n in r.refused.items():
                codes[code] = codes.get(code, 0) + n
        if codes:
            self.stdout.write(
                "refused by problem code: "
                + ", ".join(f"{c}={n}" for c, n in sorted(codes.items()))
            )
