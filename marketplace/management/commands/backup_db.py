"""Back up the PostgreSQL database with pg_dump (custom format, for pg_restore).

    python manage.py backup_db --output /var/backups/marketplace/$(date +%F).dump

Restore drill: `python manage.py restore_check --dump FILE` (see docs/DEPLOY.md).
"""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from marketplace.ops import BackupError, pg_dump


class Command(BaseCommand):
    help = "Dump the configured PostgreSQL database with pg_dump -Fc."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", required=True, type=Path, help="The dump file to write.")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )

    def handle(self, *args, output: Path, database: str, **options) -> None:
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError(
                f"backup_db needs PostgreSQL; the {database!r} database is {connection.vendor}. "
                "(On SQLite, copy the file with `sqlite3 db.sqlite3 .backup FILE`.)"
            )
        started = time.monotonic()
        try:
            size = pg_dump(settings_dict=connection.settings_dict, output=output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Dumped {connection.settings_dict['NAME']!r} to {output} "
                f"({size / 1e6:.1f} MB in {time.monotonic() - started:.1f}s)."
            )
        )
