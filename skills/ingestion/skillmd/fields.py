"""The checks of a SKILL.md's frontmatter fields and body against the Agent Skills spec."""

from __future__ import annotations

import re

from skills.ingestion.skillmd.problems import (
    MAX_BODY_LINES,
    MAX_BODY_TOKENS,
    MAX_COMPATIBILITY_LENGTH,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    SPEC_FIELDS,
    Problem,
    problem,
)

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


def check_fields(
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


def check_body(body: str, body_start_line: int, out: list[Problem]) -> None:
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
