"""From a checked-out repository folder to skill records.

Pure Python, no Django. The modules, in the order a discovery runs: :mod:`.search` (the
SKILL.md folders), :mod:`.walk` (one skill's files), :mod:`.summary` (capabilities, content
hash, licence), :mod:`.discover` (the entry points); :mod:`.records` holds what they return,
:mod:`.report` the text report. :func:`discover_skills` finds every ``SKILL.md`` under a folder,
parses it (:mod:`skills.ingestion.skillmd`), lists and hashes the skill's files within limits, and
works out capabilities and licence. It reads hostile repositories: it never raises on their
content, never reads a file through a symlink that leaves the repository, and never reads
more than the limits into memory.

Decisions (see docs/VALIDATION.md):

- Only a file named exactly ``SKILL.md`` makes a skill. A ``skill.md`` (any other case)
  without a ``SKILL.md`` beside it is reported (``skill_md.case``) but is not a skill: agents
  look for ``SKILL.md`` and on case-sensitive file systems would not load it.
- Build, dependency and VCS folders (:data:`SKIP_DIRS`) are skipped; other dot-folders are
  searched (openai/skills keeps skills under ``.curated/`` and ``.system/``).
- Symlinked folders are not followed while searching for ``SKILL.md`` (the real folder is
  found on its own, and loops are impossible). Inside a skill, a symlink (file or folder) is
  followed only when it resolves inside the repository.
- A skill inside another skill's folder is still a skill (with ``skill.nested``); the outer
  skill's file list leaves the inner skill's folder out.
- Problem paths on a skill are relative to the skill folder; on the Discovery, relative to the
  repository root.
"""

from skills.ingestion.discovery.discover import discover_skills, read_skill_file, skill_folder_check
from skills.ingestion.discovery.records import (
    DiscoveredSkill,
    Discovery,
    FileEntry,
    Limits,
    UnsafePathError,
)
from skills.ingestion.discovery.report import skill_report_lines
from skills.ingestion.discovery.search import SKIP_DIRS
from skills.ingestion.discovery.summary import LICENSE_FILE_NAMES

__all__ = [
    "LICENSE_FILE_NAMES",
    "SKIP_DIRS",
    "DiscoveredSkill",
    "Discovery",
    "FileEntry",
    "Limits",
    "UnsafePathError",
    "discover_skills",
    "read_skill_file",
    "skill_folder_check",
    "skill_report_lines",
]
