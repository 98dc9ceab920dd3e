"""Create the default periodic schedules (django-celery-beat) that do not exist yet.

    python manage.py ensure_schedules           # idempotent: run at every deploy
    python manage.py ensure_schedules --reset   # put the defaults back

Schedules are edited in the console (Periodic tasks); this never changes an existing one
unless asked to with ``--reset``. See marketplace/schedules.py for the defaults.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from marketplace.schedules import schedules_ensure


class Command(BaseCommand):
    help = "Create the default periodic schedules (django-celery-beat) that do not exist yet."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Put the default schedules back.")

    def handle(self, *args, reset: bool, **options):
        for job, what in schedules_ensure(reset=reset):
            self.stdout.write(f"  {job:<9} {what}")
