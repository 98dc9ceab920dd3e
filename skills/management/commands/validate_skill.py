"""``manage.py validate_skill PATH``: check one skill folder the way ingestion would.

A thin wrapper: discovery, parsing and the report live in skills.ingestion.discovery / skills.ingestion.skillmd.
Exit status 1 when agents would not load the skill (not listable), 0 otherwise.
"""

from __future__ import annotations

import json as jsonlib
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from skills.ingestion.discovery import skill_folder_check, skill_report_lines


class Command(BaseCommand):
    help = "Validate one skill folder (its SKILL.md and files) and print problems and verdicts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="The skill folder (the one holding SKILL.md).")
        parser.add_argument(
            "--root",
            type=Path,
            default=None,
            help="Repository root; symlinks may point anywhere inside it (default: PATH itself).",
        )
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def handle(self, *args, path: Path, root: Path | None, json: bool = False, **options) -> None:
        if not path.is_dir():
            raise CommandError(f"{path} is not a folder.")
        if root is not None and not path.resolve().is_relative_to(root.resolve()):
            raise CommandError(f"{path} is not inside --root {root}.")
        skill = skill_folder_check(path, root=root)
        if json:
            self.stdout.write(_as_json(skill))
        else:
            for line in skill_report_lines(skill):
                self.stdout.write(line)
        if not skill.skill_md.is_listable:
            raise SystemExit(1)


def _as_json(skill) -> str:
    md = skill.skill_md
    return jsonlib.dumps(
        {
            "path": skill.path,
            "name": md.name,
            "description": md.description,
            "is_spec_valid": skill.is_spec_valid,
            "is_listable": md.is_listable,
            "problems": [p.as_dict() for p in skill.problems],
            "capabilities": skill.capabilities,
            "license": skill.license,
            "license_source": skill.license_source,
            "license_confidence": skill.license_confidence,
            "content_hash": skill.content_hash,
        },
        indent=2,
        ensure_ascii=False,
    )
