"""The entry point: :func:`parse_skill_md` turns the bytes of one SKILL.md into a SkillMd."""

from __future__ import annotations

from skills.ingestion.skillmd.fields import check_body, check_fields
from skills.ingestion.skillmd.frontmatter import load_frontmatter
from skills.ingestion.skillmd.problems import (
    MAX_FRONTMATTER_BYTES,
    MAX_SKILL_MD_BYTES,
    Problem,
    SkillMd,
    problem,
)


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
        check_body(text, 1, problems)
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

    fm = load_frontmatter(fm_text, first_line, problems)
    if fm is None:
        return SkillMd({}, body, body_start_line, fallback, None, problems)

    check_fields(fm, fm_text, first_line, folder_name, problems)
    check_body(body, body_start_line, problems)

    raw_name = fm.get("name")
    name = raw_name.strip() if isinstance(raw_name, str) and raw_name.strip() else fallback
    raw_desc = fm.get("description")
    description = raw_desc.strip() if isinstance(raw_desc, str) and raw_desc.strip() else None
    return SkillMd(fm, body, body_start_line, name, description, problems)
