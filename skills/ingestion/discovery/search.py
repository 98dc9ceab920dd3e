"""Searching a checked-out tree for the folders that hold a SKILL.md."""

from __future__ import annotations

import os

from skills.ingestion.discovery.records import join_rel
from skills.ingestion.skillmd import Problem, problem

SKILL_MD = "SKILL.md"
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "bower_components",
        "target",
        "dist",
        "build",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".next",
        ".gradle",
        ".cache",
        ".terraform",
        "site-packages",
    }
)


def find_skill_dirs(
    start: str, start_rel: str, problems: list[Problem], *, max_path_chars: int = 1024
) -> list[str]:
    """Relative (posix) paths of the folders under ``start`` that contain a SKILL.md.

    A skill folder whose path is longer than ``max_path_chars`` is refused (``path.too_long``).
    """
    found: list[str] = []
    stack = [(start, start_rel)]
    while stack:
        directory, rel = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = list(it)
        except OSError as exc:
            problems.append(
                problem("io.error", f"Cannot list folder: {exc.strerror}.", path=rel or ".")
            )
            continue
        has_skill_md = False
        other_case = None
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                if name not in SKIP_DIRS:
                    stack.append((entry.path, join_rel(rel, name)))
            elif name == SKILL_MD:
                has_skill_md = True
            elif name.lower() == "skill.md":
                other_case = name
        if has_skill_md and len(rel) > max_path_chars:
            problems.append(
                problem(
                    "path.too_long",
                    f"A skill folder's path is {len(rel):,} characters long; at most "
                    f"{max_path_chars:,} are stored, so it is not listed.",
                    path=rel[:200] + "...",
                )
            )
        elif has_skill_md:
            found.append(rel)
        elif other_case:
            problems.append(
                problem(
                    "skill_md.case",
                    f"Found '{other_case}' but no 'SKILL.md'; agents only load 'SKILL.md', so this "
                    "folder is not treated as a skill. Rename the file.",
                    path=join_rel(rel, other_case),
                )
            )
    return found
