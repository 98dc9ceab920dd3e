"""Fail when the Korean catalogue misses a string of the code or templates.

Runs ``makemessages`` in a temporary copy of the project (the working tree is never
touched), then fails when the regenerated catalogue has an untranslated or fuzzy message
(a new or changed string nobody translated), or when the committed ``.mo`` does not hold
exactly the committed ``.po`` (someone forgot ``make messages``). Needs GNU gettext
(``xgettext``, ``msgmerge``, ``msgattrib``, ``msgfmt``), as ``makemessages`` itself does.
``make check`` and CI run it; ``make messages`` updates and compiles the catalogue.
"""

from __future__ import annotations

import gettext
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

#: Folders makemessages skips: no strings of ours live there.
IGNORED = (".venv", "var", "tests", "scripts", "docs", "node_modules", "test-artifacts")
TOOLS = ("xgettext", "msgmerge", "msgattrib", "msgfmt")


def _copy_project(source: Path, target: Path) -> None:
    skip = {*IGNORED, ".git", "__pycache__", ".pytest_cache", ".ruff_cache"}

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {
            n for n in names if n in skip or n.endswith((".sqlite3", ".pyc")) or "egg-info" in n
        }

    shutil.copytree(source, target, ignore=ignore, symlinks=True)


def _entries(po: Path, *flags: str) -> list[str]:
    """The msgids `msgattrib` selects with `flags` (e.g. --untranslated)."""
    out = subprocess.run(
        ["msgattrib", *flags, "--no-wrap", "--no-location", str(po)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    ids = [line[len("msgid ") :] for line in out.splitlines() if line.startswith("msgid ")]
    return [i for i in ids if i != '""']


def _catalog(mo: Path) -> dict:
    with mo.open("rb") as handle:
        catalog = dict(gettext.GNUTranslations(handle)._catalog)
    catalog.pop("", None)  # the header: its dates may differ
    return catalog


class Command(BaseCommand):
    help = "Fail when a string in code or templates is missing from a catalogue (CI check)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--project-dir",
            default=str(settings.BASE_DIR),
            help="the project to check (default: this one)",
        )
        parser.add_argument(
            "--locale", action="append", help="locales to check (default: every non-English one)"
        )

    def handle(self, *args, project_dir: str, locale: list[str] | None, **options):
        missing_tools = [tool for tool in TOOLS if shutil.which(tool) is None]
        if missing_tools:
            raise CommandError(
                f"GNU gettext is needed ({', '.join(missing_tools)} not found): "
                "apt-get install gettext"
            )
        project = Path(project_dir).resolve()
        locales = locale or [code for code, _name in settings.LANGUAGES if code != "en"]
        problems: list[str] = []
        with tempfile.TemporaryDirectory(prefix="check-messages-") as tmp:
            copy = Path(tmp) / "project"
            _copy_project(project, copy)
            command = [sys.executable, "manage.py", "makemessages", "--no-obsolete"]
            command += [f"--locale={code}" for code in locales]
            command += [f"--ignore={folder}/*" for folder in IGNORED]
            result = subprocess.run(command, cwd=copy, capture_output=True, text=True)
            if result.returncode != 0:
                raise CommandError(f"makemessages failed:\n{result.stderr or result.stdout}")
            for code in locales:
                po = copy / "locale" / code / "LC_MESSAGES" / "django.po"
                if not po.is_file():
                    problems.append(f"{code}: no catalogue (locale/{code}/LC_MESSAGES/django.po)")
                    continue
                for msgid in _entries(po, "--untranslated"):
                    problems.append(f"{code}: not translated: {msgid}")
                for msgid in _entries(po, "--only-fuzzy"):
                    problems.append(f"{code}: fuzzy (check and unmark): {msgid}")
                problems += self._compiled_matches(project, code, Path(tmp))
        if problems:
            raise CommandError(
                "The translation catalogues are not complete:\n  "
                + "\n  ".join(problems)
                + "\nRun `make messages`, translate, and commit locale/."
            )
        self.stdout.write(f"Catalogues complete: {', '.join(locales)}.")

    @staticmethod
    def _compiled_matches(project: Path, code: str, tmp: Path) -> list[str]:
        """The committed .mo must hold the committed .po's translations."""
        folder = project / "locale" / code / "LC_MESSAGES"
        po, mo = folder / "django.po", folder / "django.mo"
        if not mo.is_file():
            return [f"{code}: locale/{code}/LC_MESSAGES/django.mo is missing (make messages)"]
        fresh = tmp / f"{code}.mo"
        subprocess.run(
            ["msgfmt", "--check", "-o", str(fresh), str(po)], check=True, capture_output=True
        )
        if _catalog(fresh) != _catalog(mo):
            return [f"{code}: django.mo is older than django.po (make messages)"]
        return []
