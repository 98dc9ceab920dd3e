"""``manage.py add_source URL_OR_PATH``: register a source; prints its id."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from skills.ingestion.sources.services import SourceError, SourceExistsError, source_create
from skills.models import SkillSource


class Command(BaseCommand):
    help = "Add a skill source (git, github, catalog, list, wellknown); prints the new source's id."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "url", help="A git/GitHub URL, a local path, a catalog or list file, a site."
        )
        parser.add_argument(
            "--kind",
            choices=SkillSource.Kind.values,
            default=None,
            help="The kind of source (guessed from the URL when not given).",
        )
        parser.add_argument(
            "--name",
            default=None,
            help="Display name (default from the URL); "
            "'owner/repo' also sets the slug prefix of its skills.",
        )
        parser.add_argument(
            "--trusted", action="store_true", help="Publish listable skills without review."
        )
        parser.add_argument("--dry-run", action="store_true", help="Only show what would be added.")

    def handle(
        self,
        *args,
        url: str,
        kind: str | None,
        name: str | None,
        trusted: bool,
        dry_run: bool,
        **options,
    ) -> None:
        if dry_run:
            from skills.ingestion.sources.services import source_kind_guess, source_url_normalise

            guessed = kind or source_kind_guess(url)
            try:
                norm, ref, subpath = source_url_normalise(url, kind=guessed)
            except SourceError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(
                f"would add {guessed} source {norm} (ref={ref or '-'}, subpath={subpath or '-'})"
            )
            return
        try:
            source = source_create(url=url, kind=kind, name=name, trusted=trusted)
        except SourceExistsError as exc:
            raise CommandError(f"{exc} (id {exc.source.pk})") from exc
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        if self.stdout.isatty() or options.get("verbosity", 1) > 1:
            self.stderr.write(f"Added {source.kind} source {source.name} ({source.url})")
        self.stdout.write(str(source.pk))
