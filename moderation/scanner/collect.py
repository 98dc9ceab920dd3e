"""Collecting findings: one per rule, file, line and excerpt; excerpts escaped and masked."""

from __future__ import annotations

import re

from . import patterns as P
from .config import EXCERPT_CHARS, MAX_FINDINGS, MAX_FINDINGS_PER_RULE_AND_FILE
from .findings import Finding, Severity
from .reading import SkillFile
from .rx import Match

_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u2028-\u202e\u205f-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


def escape_text(text: str) -> str:
    """Make text safe to display: control, invisible and bidi characters become \\u escapes."""

    def repl(m: re.Match[str]) -> str:
        cp = ord(m.group())
        if cp == 0x09:
            return " "
        return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"

    return _UNSAFE_CHARS.sub(repl, text)


class Collector:
    def __init__(self) -> None:
        self.findings: dict[tuple[str, str, int | None, str], Finding] = {}
        self.per_rule_file: dict[tuple[str, str], int] = {}
        self.state: dict = {}  # what one stage tells a later, skill-level one

    def add(
        self,
        rule_id: str,
        severity: Severity,
        file: str,
        line: int | None,
        excerpt: str,
        message: str,
    ) -> None:
        if len(self.findings) >= MAX_FINDINGS:
            return
        excerpt = mask_secrets(escape_text(excerpt.strip()))
        if len(excerpt) > EXCERPT_CHARS:
            excerpt = excerpt[: EXCERPT_CHARS - 1] + "…"
        key = (rule_id, file, line, excerpt)
        previous = self.findings.get(key)
        if previous is not None:
            if Severity(previous.severity).rank >= severity.rank:
                return
        else:
            count = self.per_rule_file.get((rule_id, file), 0)
            if count >= MAX_FINDINGS_PER_RULE_AND_FILE:
                return
            self.per_rule_file[(rule_id, file)] = count + 1
        self.findings[key] = Finding(
            rule_id=rule_id,
            severity=severity.value,
            file=file,
            line=line,
            excerpt=excerpt,
            message=escape_text(message),
        )

    def at(
        self,
        rule_id: str,
        severity: Severity,
        f: SkillFile,
        start: int,
        end: int,
        message: str,
        *,
        mask: bool = False,
    ) -> None:
        self.add(
            rule_id,
            severity,
            f.path,
            f.line_of(start),
            excerpt(f.text, start, end, mask=mask),
            message,
        )


def is_placeholder(value: str) -> bool:
    """`your-key-here`, `sk-...xxxx`, `AKIA0000...`: documentation, not a credential."""
    if P.PLACEHOLDER.search(value):
        return True
    return any(ch * 10 in value for ch in set(value))


def mask_secrets(text: str) -> str:
    """Excerpts never repeat a credential in full, whichever rule quoted the line."""

    def mask(m: Match) -> str:
        value = m.group()
        return value if is_placeholder(value) else value[:4] + "…" + value[-4:]

    return P.TOKENS.sub(mask, P.AWS_KEY_ID.sub(mask, text))


def excerpt(text: str, start: int, end: int, *, mask: bool = False) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le == -1 else le
    end = min(end, le)
    if mask and end - start > 8:
        secret = text[start:end]
        shown = secret[:4] + "…" + secret[-4:]
        line = text[ls:start] + shown + text[end:le]
        start_in_line = start - ls
        end_in_line = start_in_line + len(shown)
    else:
        line = text[ls:le]
        start_in_line, end_in_line = start - ls, end - ls
    if len(line) <= EXCERPT_CHARS:
        return line
    a = max(0, start_in_line - 40)
    b = min(len(line), max(end_in_line, a + EXCERPT_CHARS - 2))
    return ("…" if a else "") + line[a:b] + ("…" if b < len(line) else "")
