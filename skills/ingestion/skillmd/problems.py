"""What a SKILL.md can get wrong: the problem codes, the limits, and the parse result.

:data:`PROBLEM_CODES` is the documented list (docs/VALIDATION.md is generated from it by
``python -m skills.ingestion.skillmd --markdown``; a test keeps the two in sync).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741

MAX_SKILL_MD_BYTES = 1024 * 1024
# Real frontmatter is a few hundred bytes; a cap keeps YAML work bounded on hostile input.
MAX_FRONTMATTER_BYTES = 64 * 1024
MAX_FRONTMATTER_DEPTH = 32
MAX_NAME_LENGTH = 64
MAX_DESCRIPTION_LENGTH = 1024
MAX_COMPATIBILITY_LENGTH = 500
MAX_BODY_LINES = 500
MAX_BODY_TOKENS = 5000  # estimated as characters / 4

SPEC_FIELDS = frozenset(
    {"name", "description", "license", "compatibility", "metadata", "allowed-tools"}
)

# code -> (severity, one-line explanation). This is the documented list: docs/VALIDATION.md is
# generated from it and a test keeps the two in sync. Codes are stable: never rename one.
PROBLEM_CODES: dict[str, tuple[str, str]] = {
    # Reading the file
    "file.too_large": (E, "SKILL.md is larger than 1 MiB; it is not parsed."),
    "file.binary": (E, "SKILL.md contains NUL bytes: it is binary, not text."),
    "file.encoding": (E, "SKILL.md is not valid UTF-8."),
    "file.unreadable": (E, "SKILL.md could not be read (escaping or dangling symlink, I/O error)."),
    "file.bom": (I, "SKILL.md starts with a UTF-8 byte-order mark (accepted and stripped)."),
    "file.crlf": (I, "SKILL.md uses CRLF line endings (accepted and normalised to LF)."),
    # Frontmatter structure
    "frontmatter.missing": (
        E,
        "The file does not start with a '---' line opening YAML frontmatter.",
    ),
    "frontmatter.unclosed": (E, "The frontmatter has no closing '---' line."),
    "frontmatter.too_large": (E, "The frontmatter is larger than 64 KiB; it is not parsed."),
    "frontmatter.yaml_error": (E, "The frontmatter is not valid YAML (the line is given)."),
    "frontmatter.not_mapping": (E, "The frontmatter is YAML but not a mapping of fields."),
    "frontmatter.yaml11": (
        W,
        "An unquoted value that YAML 1.1 and YAML 1.2 read differently (no, on, 0755, 1:30, "
        "1_000); stored as YAML 1.2 (what agents use) reads it.",
    ),
    "frontmatter.duplicate_key": (E, "A key appears twice in one frontmatter mapping."),
    "frontmatter.alias": (E, "The frontmatter uses YAML aliases (*ref); they are refused."),
    "frontmatter.too_deep": (E, "The frontmatter nests collections more than 32 levels deep."),
    # name
    "name.missing": (E, "The required 'name' field is absent or empty."),
    "name.type": (E, "'name' is not a string."),
    "name.too_long": (E, "'name' is longer than 64 characters."),
    "name.charset": (E, "'name' has characters other than lowercase a-z, digits and hyphens."),
    "name.hyphens": (E, "'name' starts or ends with a hyphen, or has two hyphens in a row."),
    "name.folder_mismatch": (E, "'name' differs from the skill's folder name."),
    # description
    "description.missing": (E, "The required 'description' field is absent or empty."),
    "description.type": (E, "'description' is not a string."),
    "description.too_long": (E, "'description' is longer than 1,024 characters."),
    # optional spec fields
    "compatibility.type": (E, "'compatibility' is not a string."),
    "compatibility.too_long": (E, "'compatibility' is longer than 500 characters."),
    "metadata.type": (E, "'metadata' is not a mapping."),
    "metadata.value_type": (W, "'metadata' has keys or values that are not strings."),
    "license.type": (W, "'license' is not a string."),
    "allowed_tools.list": (
        I,
        "'allowed-tools' is a YAML list (Claude Code form); the spec uses a string.",
    ),
    "allowed_tools.type": (W, "'allowed-tools' is neither a string nor a list of strings."),
    "field.unknown": (
        I,
        "A frontmatter field outside the open spec (kept, e.g. Claude Code's 'model').",
    ),
    # body
    "body.empty": (W, "The Markdown body after the frontmatter is empty."),
    "body.too_long": (W, "The body is longer than 500 lines (the spec advises splitting it)."),
    "body.too_many_tokens": (W, "The body is over about 5,000 tokens (characters / 4)."),
    # Discovery (a skill folder within a repository; see skills/ingestion/discovery/)
    "skill.nested": (W, "This skill's folder is inside another skill's folder."),
    "skill.too_large": (
        W,
        "The skill's files exceed the per-skill byte limit; later files are not stored.",
    ),
    "skill_md.case": (
        W,
        "A folder has 'skill.md' in another case but no 'SKILL.md'; it is not a skill.",
    ),
    "files.too_many": (W, "The skill has more files than the limit; the rest are not listed."),
    "file.over_limit": (W, "A file is larger than the per-file limit; it is listed, not stored."),
    "file.name_encoding": (W, "A file or folder name is not valid UTF-8; it is skipped."),
    "files.skipped_dir": (
        I,
        "A build or dependency folder (node_modules, .git, ...) inside the skill is skipped.",
    ),
    "symlink.escapes": (E, "A symlink resolves outside the repository; its target is never read."),
    "symlink.vcs": (
        E,
        "A symlink resolves into version-control metadata (.git, .hg, .svn, .bzr); never read.",
    ),
    "files.vcs": (I, "A version-control file (a `.git` gitdir pointer) is not stored."),
    "symlink.dangling": (W, "A symlink points to nothing."),
    "symlink.loop": (W, "A symlinked folder leads back into itself; it is listed once."),
    "path.too_long": (
        E,
        "A skill folder's or file's path is over 1,024 characters; it is left out, never cut.",
    ),
    "path.unsafe": (E, "The requested subpath resolves outside the repository."),
    "path.missing": (E, "The requested subpath does not exist or is not a folder."),
    "io.error": (W, "A file or folder could not be read (permissions, I/O error)."),
}


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    severity: str
    message: str
    line: int | None = None
    path: str | None = None

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "line": self.line,
            "path": self.path,
        }


def problem(
    code: str, message: str, *, line: int | None = None, path: str | None = None
) -> Problem:
    """Build a Problem whose severity comes from PROBLEM_CODES (KeyError on an unknown code)."""
    return Problem(code, PROBLEM_CODES[code][0], message, line, path)


# Problems that mean agents would not load the file at all.
_UNLISTABLE_CODES = frozenset(
    {
        "file.too_large",
        "file.binary",
        "file.encoding",
        "file.unreadable",
        "frontmatter.missing",
        "frontmatter.unclosed",
        "frontmatter.too_large",
        "frontmatter.yaml_error",
        "frontmatter.not_mapping",
        "frontmatter.duplicate_key",
        "frontmatter.alias",
        "frontmatter.too_deep",
    }
)


@dataclass(slots=True)
class SkillMd:
    frontmatter: dict
    body: str
    body_start_line: int
    name: str | None
    description: str | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_spec_valid(self) -> bool:
        return not any(p.severity == Severity.ERROR for p in self.problems)

    @property
    def is_listable(self) -> bool:
        if any(p.code in _UNLISTABLE_CODES for p in self.problems):
            return False
        return bool(self.name) and bool(self.description)


def unreadable_skill_md(*, folder_name: str, message: str) -> SkillMd:
    """The SkillMd of a SKILL.md that could not be read at all (so a refusal can be recorded)."""
    return SkillMd({}, "", 1, folder_name or None, None, [problem("file.unreadable", message)])


def problem_codes_markdown() -> str:
    """The problem-code table of docs/VALIDATION.md, generated from PROBLEM_CODES."""
    rows = ["| code | severity | meaning |", "|---|---|---|"]
    for code, (severity, text) in PROBLEM_CODES.items():
        cell = text.replace("|", "\\|")
        rows.append(f"| `{code}` | {severity} | {cell} |")
    return "\n".join(rows) + "\n"
