"""Store the ZIP download's sha256 on versions that have none (`SkillVersion.zip_sha256`,
filled at ingestion since migration 0021): versions from before it, or seeded."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from skills.downloads import version_zip_digest_store
from skills.models import SkillVersion


class Command(BaseCommand):
    help = "Store the ZIP download's sha256 on every version that has none yet."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count the versions only.")

    def handle(self, *args, dry_run: bool = False, **options):
        missing = SkillVersion.objects.filter(zip_sha256="")
        total = missing.count()
        if dry_run:
            self.stdout.write(f"{total} version(s) have no stored ZIP digest.")
            return
        done = stored = 0
        # Only what the ZIP is built from: its name, hash and files (read per version); the
        # writes of 500 versions in one transaction (one commit each made it ~10x slower).
        ids = list(missing.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            chunk = SkillVersion.objects.filter(pk__in=ids[start : start + 500])
            with transaction.atomic():
                for version in chunk.only("id", "name", "content_hash"):
                    stored += bool(version_zip_digest_store(version=version))
                    done += 1
            if done % 10000 < 500:
                self.stdout.write(f"  {done}/{total}")
        self.stdout.write(
            f"Stored the ZIP digest of {stored} of {done} version(s); the rest name their "
            "listing's slug (a file left out) or are too large for one ZIP: the skill page "
            "computes and caches those."
        )
