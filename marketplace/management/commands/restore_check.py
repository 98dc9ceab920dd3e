"""The restore drill: restore a dump into a scratch database and compare it with the live one.

    python manage.py backup_db --output /tmp/drill.dump
    python manage.py restore_check --dump /tmp/drill.dump [--keep]

Creates `<name>_restore_<timestamp>` on the same server, restores with pg_restore, then
compares row counts of the main tables and the first 1,000 published listings (slug,
name, status, in order). Run it right after the dump (or on a quiet database): writes
between the two steps show up as differences. The scratch database is dropped unless
--keep is given.
"""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from marketplace.ops import (
    BackupError,
    drill_snapshot,
    pg_create_database,
    pg_drop_database,
    pg_restore,
)


class Command(BaseCommand):
    help = "Restore a pg_dump into a scratch database and compare it with the live database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dump", required=True, type=Path, help="A file written by backup_db.")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )
        parser.add_argument("--keep", action="store_true", help="Keep the restored database.")

    def handle(self, *args, dump: Path, database: str, keep: bool, **options) -> None:
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError("restore_check needs PostgreSQL.")
        if not dump.is_file():
            raise CommandError(f"No dump at {dump}.")
        sd = connection.settings_dict
        scratch = f"{sd['NAME']}_restore_{int(time.time())}"
        started = time.monotonic()
        try:
            pg_create_database(settings_dict=sd, name=scratch)
            try:
                pg_restore(settings_dict=sd, dump=dump, database=scratch)
                restored_in = time.monotonic() - started
                live = drill_snapshot(settings_dict=sd, database=sd["NAME"])
                restored = drill_snapshot(settings_dict=sd, database=scratch)
            finally:
                if not keep:
                    pg_drop_database(settings_dict=sd, name=scratch)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        differences = [
            f"{table}: live {live['counts'][table]} vs restored {restored['counts'].get(table)}"
            for table in live["counts"]
            if live["counts"][table] != restored["counts"].get(table)
        ]
        if live["listing"] != restored["listing"]:
            differences.append("the published listings differ")
        for table, count in restored["counts"].items():
            self.stdout.write(f"  {table:<32} {count:>12}")
        where = f" (kept as {scratch!r})" if keep else ""
        if differences:
            raise CommandError("Restore drill FAILED: " + "; ".join(differences) + where)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restore drill passed: {dump} restored in {restored_in:.1f}s; counts and "
                f"{len(restored['listing'])} listings match{where}."
            )
        )
