"""What discovery returns (skills, their files, problems), its limits, and path helpers."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from skills.ingestion.skillmd import Problem, SkillMd


@dataclass(frozen=True, slots=True)
class Limits:
    #: Longest path stored: a skill folder's (from the repository root) or a file's (from its
    #: skill folder); longer ones are refused with a problem (``path.too_long``), never cut.
    max_path_chars: int = 1024
    max_file_bytes: int = 5 * 1024**2
    max_files: int = 2000
    max_skill_bytes: int = 50 * 1024**2
    max_skill_md_bytes: int = 1024**2


@dataclass(slots=True)
class FileEntry:
    path: str  # posix, relative to the skill folder
    size: int
    sha256: str  # "" when the file was not read (over a limit, escaping symlink, ...)
    is_text: bool
    stored: bool
    reason: str | None = None  # why not stored


@dataclass(slots=True)
class DiscoveredSkill:
    path: str
    folder_name: str
    skill_md: SkillMd
    files: list[FileEntry]
    content_hash: str
    capabilities: dict
    license: str | None
    license_confidence: float
    license_source: str | None
    problems: list[Problem]

    @property
    def is_spec_valid(self) -> bool:
        """No error-severity problem in any of the skill's files (SKILL.md and the rest: an
        escaping symlink in ``scripts/`` makes the skill invalid even when SKILL.md is fine)."""
        return self.skill_md.is_spec_valid and not any(
            str(p.severity) == "error" for p in self.problems
        )


@dataclass(slots=True)
class Discovery:
    skills: list[DiscoveredSkill] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    repo_license: str | None = None


class UnsafePathError(ValueError):
    """A requested file is outside the repository, not stored, or not a regular file."""


def inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(root_real + os.sep)


#: Version-control metadata: never read, stored or served, however it is reached (by name or
#: through a symlink). The clone's own ``.git`` holds the ingester's paths, hooks and objects.
VCS_NAMES = frozenset({".git", ".hg", ".svn", ".bzr"})


def in_vcs(real: str, root_real: str) -> bool:
    """Whether the resolved path ``real`` is (inside) version-control metadata of the tree."""
    rel = os.path.relpath(real, root_real)
    return any(part in VCS_NAMES for part in rel.split(os.sep))


def readable(real: str, root_real: str) -> bool:
    """A resolved path we may read: inside the repository and not in its VCS metadata."""
    return inside(real, root_real) and not in_vcs(real, root_real)


def join_rel(rel: str, name: str) -> str:
    return f"{rel}/{name}" if rel else name


def read_bounded(path: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes (callers pass limit + 1 to detect "over the limit")."""
    with open(path, "rb") as fh:
        return fh.read(limit)
