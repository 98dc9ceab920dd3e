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

Run ``python -m skills.ingestion.skillmd --markdown`` to print the problem-code table for the docs.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import re
import sys
from collections.abc import Hashable
from dataclasses import dataclass, field
from enum import StrEnum

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, SequenceNode

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
    # Discovery (a skill folder within a repository; see skills/ingestion/discovery.py)
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
    "symlink.dangling": (W, "A symlink points to nothing."),
    "symlink.loop": (W, "A symlinked folder leads back into itself; it is listed once."),
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


# --- YAML loading -------------------------------------------------------------------------

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKeyError(ConstructorError):
    pass


class _StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that refuses duplicate keys (PyYAML silently keeps the last one)."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        self.flatten_mapping(node)
        mapping: dict = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found an unhashable key",
                    key_node.start_mark,
                )
            if key in mapping:
                raise _DuplicateKeyError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _lenient_scalar(constructor_name: str):
    """Wrap a scalar constructor so a value YAML cannot convert stays the text it was written as.

    ``created: 2024-02-31`` or a 10,000-digit integer should not make a whole skill unreadable.
    """
    base = getattr(_BaseLoader, constructor_name)

    def construct(loader: _StrictLoader, node: Node) -> object:
        try:
            return base(loader, node)
        except (ValueError, OverflowError):
            return node.value

    return construct


_StrictLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _lenient_scalar("construct_yaml_timestamp")
)
_StrictLoader.add_constructor("tag:yaml.org,2002:int", _lenient_scalar("construct_yaml_int"))
_StrictLoader.add_constructor("tag:yaml.org,2002:float", _lenient_scalar("construct_yaml_float"))


class _AliasError(Exception):
    def __init__(self, line: int | None) -> None:
        self.line = line


class _DepthError(Exception):
    def __init__(self, line: int | None) -> None:
        self.line = line


def _check_node_graph(root: Node) -> None:
    """Refuse aliases and deep nesting before anything is constructed.

    The composer shares one node object for an anchor and each of its aliases, so a node seen
    twice is an alias. Walking with a seen-set visits each distinct node once: a "billion
    laughs" document is refused after a handful of steps instead of being expanded.
    """
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise _AliasError(node.start_mark.line if node.start_mark else None)
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            if depth > MAX_FRONTMATTER_DEPTH:
                raise _DepthError(node.start_mark.line)
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            if depth > MAX_FRONTMATTER_DEPTH:
                raise _DepthError(node.start_mark.line)
            for key_node, value_node in node.value:
                stack.append((key_node, depth + 1))
                stack.append((value_node, depth + 1))


def _jsonable(value: object) -> object:
    """Make a constructed YAML value JSON-serialisable (depth is already bounded)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {
            (k if isinstance(k, str) else str(_jsonable(k))): _jsonable(v) for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, set):
        return sorted(str(_jsonable(v)) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def _mark_line(exc: yaml.YAMLError, first_line: int) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None
    return first_line + mark.line


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem_text = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    parts = [p for p in (context, problem_text) if p]
    message = ", ".join(parts) if parts else str(exc).splitlines()[0]
    if "mapping values are not allowed" in message:
        message += " (a value containing ': ' must be quoted)"
    return message


def _load_frontmatter(text: str, first_line: int, problems: list[Problem]) -> dict | None:
    """Load the frontmatter YAML; on failure append a problem and return None."""
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        _check_node_graph(node)
        data = loader.construct_document(node)
    except _DuplicateKeyError as exc:
        problems.append(
            problem(
                "frontmatter.duplicate_key",
                f"The frontmatter has a duplicate key: {(exc.problem or '').removeprefix('found duplicate key ')}.",
                line=_mark_line(exc, first_line),
            )
        )
        return None
    except _AliasError as exc:
        line = None if exc.line is None else first_line + exc.line
        problems.append(
            problem(
                "frontmatter.alias",
                "YAML aliases (*name) are not allowed in frontmatter.",
                line=line,
            )
        )
        return None
    except _DepthError as exc:
        problems.append(
            problem(
                "frontmatter.too_deep",
                f"The frontmatter nests more than {MAX_FRONTMATTER_DEPTH} levels deep.",
                line=None if exc.line is None else first_line + exc.line,
            )
        )
        return None
    except yaml.YAMLError as exc:
        line = _mark_line(exc, first_line)
        where = f" at line {line}" if line else ""
        problems.append(
            problem(
                "frontmatter.yaml_error",
                f"The frontmatter is not valid YAML{where}: {_yaml_message(exc)}.",
                line=line,
            )
        )
        return None
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as exc:
        # e.g. a timestamp like 2024-02-31, or an integer with 10,000 digits.
        problems.append(
            problem(
                "frontmatter.yaml_error",
                f"The frontmatter has a value that cannot be read: {type(exc).__name__}: {exc}"[
                    :300
                ],
            )
        )
        return None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = type(data).__name__
        problems.append(
            problem(
                "frontmatter.not_mapping",
                f"The frontmatter must be a mapping of fields (name: ..., description: ...), not a {kind}.",
                line=first_line,
            )
        )
        return None
    return _jsonable(data)  # type: ignore[return-value]


# --- Field checks ---------------------------------------------------------------------------

_NAME_OK_RE = re.compile(r"[a-z0-9-]+")
_NAME_BAD_CHARS_RE = re.compile(r"[^a-z0-9-]")


def _key_line(fm_text: str, key: str, first_line: int) -> int | None:
    """Line of a top-level key, for messages. Cheap text search, good enough for reporting."""
    m = re.search(r"(?m)^[\"']?" + re.escape(key) + r"[\"']?\s*:", fm_text)
    if m is None:
        return None
    return first_line + fm_text.count("\n", 0, m.start())


def _check_name(value: object, folder_name: str, line: int | None, out: list[Problem]) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        out.append(problem("name.missing", "The 'name' field is empty.", line=line))
        return
    if not isinstance(value, str):
        out.append(
            problem("name.type", f"'name' must be a string, not {type(value).__name__}.", line=line)
        )
        return
    if len(value) > MAX_NAME_LENGTH:
        out.append(
            problem(
                "name.too_long",
                f"'name' is {len(value)} characters long; the limit is {MAX_NAME_LENGTH}.",
                line=line,
            )
        )
    if not _NAME_OK_RE.fullmatch(value):
        bad = sorted(set(_NAME_BAD_CHARS_RE.findall(value)))
        shown = " ".join(repr(c) for c in bad[:8])
        hint = " (use lowercase)" if any(c.isupper() for c in bad) else ""
        out.append(
            problem(
                "name.charset",
                f"'name' may only contain lowercase letters a-z, digits and hyphens{hint}; "
                f"found {shown}.",
                line=line,
            )
        )
    if value.startswith("-") or value.endswith("-") or "--" in value:
        out.append(
            problem(
                "name.hyphens",
                "'name' must not start or end with a hyphen or contain two hyphens in a row.",
                line=line,
            )
        )
    if folder_name and value != folder_name:
        out.append(
            problem(
                "name.folder_mismatch",
                f"'name' is {value!r} but the folder is named {folder_name!r}; they must match.",
                line=line,
            )
        )


def _check_fields(
    fm: dict, fm_text: str, first_line: int, folder_name: str, out: list[Problem]
) -> None:
    def line_of(key: str) -> int | None:
        return _key_line(fm_text, key, first_line)

    if "name" not in fm:
        out.append(problem("name.missing", "The required 'name' field is missing."))
    else:
        _check_name(fm["name"], folder_name, line_of("name"), out)

    description = fm.get("description")
    if "description" not in fm:
        out.append(problem("description.missing", "The required 'description' field is missing."))
    elif description is None or (isinstance(description, str) and not description.strip()):
        out.append(
            problem(
                "description.missing",
                "The 'description' field is empty.",
                line=line_of("description"),
            )
        )
    elif not isinstance(description, str):
        out.append(
            problem(
                "description.type",
                f"'description' must be a string, not {type(description).__name__}.",
                line=line_of("description"),
            )
        )
    elif len(description) > MAX_DESCRIPTION_LENGTH:
        out.append(
            problem(
                "description.too_long",
                f"'description' is {len(description):,} characters long; the limit is "
                f"{MAX_DESCRIPTION_LENGTH:,}.",
                line=line_of("description"),
            )
        )

    if "compatibility" in fm:
        value = fm["compatibility"]
        if not isinstance(value, str):
            out.append(
                problem(
                    "compatibility.type",
                    f"'compatibility' must be a string, not {type(value).__name__}.",
                    line=line_of("compatibility"),
                )
            )
        elif len(value) > MAX_COMPATIBILITY_LENGTH:
            out.append(
                problem(
                    "compatibility.too_long",
                    f"'compatibility' is {len(value)} characters long; the limit is "
                    f"{MAX_COMPATIBILITY_LENGTH}.",
                    line=line_of("compatibility"),
                )
            )

    if "metadata" in fm:
        value = fm["metadata"]
        if not isinstance(value, dict):
            out.append(
                problem(
                    "metadata.type",
                    f"'metadata' must be a mapping of strings, not {type(value).__name__}.",
                    line=line_of("metadata"),
                )
            )
        else:
            bad_keys = [k for k, v in value.items() if not isinstance(v, str)]
            if bad_keys:
                shown = ", ".join(repr(k) for k in bad_keys[:5])
                out.append(
                    problem(
                        "metadata.value_type",
                        f"'metadata' values should be strings; not a string: {shown}.",
                        line=line_of("metadata"),
                    )
                )

    if "license" in fm and not isinstance(fm["license"], str):
        out.append(
            problem(
                "license.type",
                f"'license' should be a string, not {type(fm['license']).__name__}.",
                line=line_of("license"),
            )
        )

    if "allowed-tools" in fm:
        value = fm["allowed-tools"]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            out.append(
                problem(
                    "allowed_tools.list",
                    "'allowed-tools' is a YAML list; the spec form is one space-separated string.",
                    line=line_of("allowed-tools"),
                )
            )
        elif not isinstance(value, str):
            out.append(
                problem(
                    "allowed_tools.type",
                    "'allowed-tools' should be a space-separated string (or a list of strings).",
                    line=line_of("allowed-tools"),
                )
            )

    for key in fm:
        if key not in SPEC_FIELDS:
            out.append(
                problem(
                    "field.unknown",
                    f"'{key}' is not an Agent Skills spec field (kept as is).",
                    line=line_of(key),
                )
            )


def _check_body(body: str, body_start_line: int, out: list[Problem]) -> None:
    if not body.strip():
        out.append(problem("body.empty", "The skill has no instructions after the frontmatter."))
        return
    n_lines = body.count("\n") + (0 if body.endswith("\n") else 1)
    if n_lines > MAX_BODY_LINES:
        out.append(
            problem(
                "body.too_long",
                f"The body is {n_lines:,} lines long; keep SKILL.md under {MAX_BODY_LINES} lines "
                "and move details to references/.",
                line=body_start_line + MAX_BODY_LINES,
            )
        )
    tokens = len(body) // 4
    if tokens > MAX_BODY_TOKENS:
        out.append(
            problem(
                "body.too_many_tokens",
                f"The body is about {tokens:,} tokens; the spec advises under {MAX_BODY_TOKENS:,}.",
            )
        )


# --- Entry point ----------------------------------------------------------------------------


def _find_closing(text: str, start: int) -> tuple[int, int] | None:
    """Find the closing '---' line at or after ``start`` (an index just after a newline).

    Returns (index where the closing line starts, index just after its newline) or None.
    """
    pos = start - 1
    while True:
        idx = text.find("\n---", pos)
        if idx < 0:
            return None
        line_start = idx + 1
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        if not text[line_start + 3 : line_end].strip(" \t"):
            return line_start, min(line_end + 1, len(text))
        pos = line_end if line_end > idx else idx + 1


def parse_skill_md(
    data: bytes, *, folder_name: str, max_bytes: int = MAX_SKILL_MD_BYTES
) -> SkillMd:
    """Parse and validate the bytes of one SKILL.md. Never raises on bad input.

    ``folder_name`` is the skill's folder (the repository name for a repo-root skill): the
    spec requires ``name`` to equal it, and it is the listing name when ``name`` is unusable.
    """
    problems: list[Problem] = []
    fallback = folder_name or None

    def refused() -> SkillMd:
        return SkillMd({}, "", 1, fallback, None, problems)

    if len(data) > max_bytes:
        problems.append(
            problem(
                "file.too_large",
                f"SKILL.md is {len(data):,}+ bytes; the limit is {max_bytes:,} bytes.",
            )
        )
        return refused()
    if b"\x00" in data:
        problems.append(
            problem("file.binary", "SKILL.md contains NUL bytes; it looks like a binary file.")
        )
        return refused()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(
            problem("file.bom", "SKILL.md starts with a UTF-8 byte-order mark; it was stripped.")
        )
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(
            problem(
                "file.encoding",
                f"SKILL.md is not valid UTF-8 (byte {exc.start:,}, line {line}); save it as UTF-8.",
                line=line,
            )
        )
        return refused()
    if "\r" in text:
        if "\r\n" in text:
            problems.append(problem("file.crlf", "SKILL.md uses Windows (CRLF) line endings."))
            text = text.replace("\r\n", "\n")
        text = text.replace("\r", "\n")

    first_nl = text.find("\n")
    first = text if first_nl < 0 else text[:first_nl]
    if first.rstrip(" \t") != "---":
        problems.append(
            problem(
                "frontmatter.missing",
                "SKILL.md must start with a '---' line followed by YAML frontmatter "
                "(name, description) and a closing '---' line.",
                line=1,
            )
        )
        _check_body(text, 1, problems)
        return SkillMd({}, text, 1, fallback, None, problems)

    fm_start = first_nl + 1
    closing = _find_closing(text, fm_start) if first_nl >= 0 else None
    if closing is None:
        problems.append(
            problem(
                "frontmatter.unclosed",
                "The frontmatter opened on line 1 is never closed with '---'.",
                line=1,
            )
        )
        return SkillMd({}, text, 1, fallback, None, problems)

    close_start, body_start = closing
    fm_text = text[fm_start:close_start]
    body = text[body_start:]
    body_start_line = fm_text.count("\n") + 3
    first_line = 2  # file line of the first frontmatter line

    if len(fm_text) > MAX_FRONTMATTER_BYTES:
        problems.append(
            problem(
                "frontmatter.too_large",
                f"The frontmatter is {len(fm_text):,} characters; the limit is {MAX_FRONTMATTER_BYTES:,}.",
                line=first_line,
            )
        )
        return SkillMd({}, body, body_start_line, fallback, None, problems)

    fm = _load_frontmatter(fm_text, first_line, problems)
    if fm is None:
        return SkillMd({}, body, body_start_line, fallback, None, problems)

    _check_fields(fm, fm_text, first_line, folder_name, problems)
    _check_body(body, body_start_line, problems)

    raw_name = fm.get("name")
    name = raw_name.strip() if isinstance(raw_name, str) and raw_name.strip() else fallback
    raw_desc = fm.get("description")
    description = raw_desc.strip() if isinstance(raw_desc, str) and raw_desc.strip() else None
    return SkillMd(fm, body, body_start_line, name, description, problems)


def problem_codes_markdown() -> str:
    """The problem-code table of docs/VALIDATION.md, generated from PROBLEM_CODES."""
    rows = ["| code | severity | meaning |", "|---|---|---|"]
    for code, (severity, text) in PROBLEM_CODES.items():
        cell = text.replace("|", "\\|")
        rows.append(f"| `{code}` | {severity} | {cell} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # pragma: no cover - `python -m skills.ingestion.skillmd --markdown`
    if "--markdown" in sys.argv[1:]:
        sys.stdout.write(problem_codes_markdown())
    else:
        sys.stderr.write("usage: python -m skills.ingestion.skillmd --markdown\n")
        sys.exit(2)
