"""Parse and validate one SKILL.md (YAML frontmatter + Markdown body).

Pure Python, no Django: the ingestion pipeline, the ``validate_skill`` command and the
cross-check script all call :func:`parse_skill_md`. It reads bytes from the internet and
never raises on bad input; everything that is wrong becomes a :class:`Problem` with a stable
code (the full list, with severities, is :data:`PROBLEM_CODES` and docs/VALIDATION.md).

Two verdicts come out of one parse:

- ``is_spec_valid``: no ERROR under the open Agent Skills specification (agentskills.io).
- ``is_listable``: what agents actually load: readable text, a frontmatter mapping we could
  parse, an effective name (the frontmatter ``name`` or else the folder name) and a non-empty
  description. Many real skills are listable without being spec-valid (Title Case names,
  names that differ from their folders, descriptions over 1,024 characters).

The modules: :mod:`.problems` (codes, limits, the result), :mod:`.frontmatter` (strict
YAML), :mod:`.fields` (the spec's checks), :mod:`.parse` (the entry point).

Run ``python -m skills.ingestion.skillmd --markdown`` to print the problem-code table for the docs.
"""

from skills.ingestion.skillmd.parse import parse_skill_md
from skills.ingestion.skillmd.problems import (
    MAX_BODY_LINES,
    MAX_BODY_TOKENS,
    MAX_COMPATIBILITY_LENGTH,
    MAX_DESCRIPTION_LENGTH,
    MAX_FRONTMATTER_BYTES,
    MAX_NAME_LENGTH,
    MAX_SKILL_MD_BYTES,
    PROBLEM_CODES,
    SPEC_FIELDS,
    Problem,
    Severity,
    SkillMd,
    problem,
    problem_codes_markdown,
    unreadable_skill_md,
)

__all__ = [
    "MAX_BODY_LINES",
    "MAX_BODY_TOKENS",
    "MAX_COMPATIBILITY_LENGTH",
    "MAX_DESCRIPTION_LENGTH",
    "MAX_FRONTMATTER_BYTES",
    "MAX_NAME_LENGTH",
    "MAX_SKILL_MD_BYTES",
    "PROBLEM_CODES",
    "SPEC_FIELDS",
    "Problem",
    "Severity",
    "SkillMd",
    "parse_skill_md",
    "problem",
    "problem_codes_markdown",
    "unreadable_skill_md",
]
