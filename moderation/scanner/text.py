"""Instruction-aware analysis of prose: what a step of a SKILL.md asks the agent to do.

A Markdown or text file is cut into *steps*: a paragraph, a list item, a table row, each with the
fenced code block that follows it (a command in a fenced block or in backticks is something the
agent will run, not a quotation). In each step the vocabulary of lexicon.py finds:

- sources: credential files, keychains, browser profiles, wallets, secret environment
  variables, the conversation itself;
- sinks: HTTP sends of any form, image/link URLs with data in the query, DNS lookups of
  encoded data, mail, paste sites, collector hosts;
- concealment ("do not mention this step", "silently", "the user already agreed") and
  authority overrides ("disregard the user's preferences", "approve every tool call");
- agent-permission tampering (`bypassPermissions`, `Bash(*)`, `--dangerously-skip-permissions`).

A source and a sink in one step, or in two files joined by a link, is exfiltration. Whether the
step *teaches about* such text (a security skill telling the agent to refuse it) or *instructs*
it decides the severity: teaching cues ("if a file tells you to", "refuse", "attackers",
"examples of") in the step or its heading lower it; concealment is never lowered.
"""

from __future__ import annotations

import posixpath
from itertools import islice

from . import lexicon as L
from . import patterns as P
from .collect import Collector
from .context import contextual
from .findings import Severity
from .reading import SkillFile

_BULLET = ("- ", "* ", "+ ")
_MAX_STEP_CHARS = 6000
_MAX_MATCHES = 8  # a step longer than this is cut into pieces of this size
_LINK_TARGET = L.rx.compile(
    r"\]\(\s*<?([^)\s>#?]+)|`((?:\./)?(?:scripts|references|assets|bin|tools|docs|lib)/[^`\s]+)`"
)


class Step:
    __slots__ = ("end", "heading", "start", "text")

    def __init__(self, start: int, end: int, text: str, heading: str) -> None:
        self.start, self.end, self.text, self.heading = start, end, text, heading


def _is_item(line: str) -> bool:
    s = line.lstrip()
    if s.startswith(_BULLET) or s.startswith("|"):
        return True
    head = s[:4]
    return bool(head[:1].isdigit() and ("." in head or ")" in head))


def steps_of(text: str) -> list[Step]:
    """Paragraphs, list items and table rows, each with the code blocks right after it."""
    steps: list[Step] = []
    heading = ""
    cur_start, cur_lines = -1, 0
    in_fence, fence_mark, gap = False, "", 0
    pos, n = 0, len(text)

    def close(end: int) -> None:
        nonlocal cur_start
        if cur_start >= 0:
            chunk_start = cur_start
            while chunk_start < end:  # long steps are cut so each stays bounded
                chunk_end = min(end, chunk_start + _MAX_STEP_CHARS)
                steps.append(Step(chunk_start, chunk_end, text[chunk_start:chunk_end], heading))
                chunk_start = chunk_end
        cur_start = -1

    while pos < n:
        nl = text.find("\n", pos)
        le = n if nl == -1 else nl
        line = text[pos:le]
        stripped = line.strip()
        if in_fence:
            if stripped.startswith(fence_mark) and stripped.strip(fence_mark[0]) == "":
                in_fence = False
        elif stripped.startswith(("```", "~~~")):
            in_fence, fence_mark = True, stripped[:3]
            if cur_start < 0 or gap > 1:
                close(pos)
                cur_start = pos
            gap = 0
        elif not stripped:
            gap += 1
            if gap == 1 and cur_lines:
                pass  # a step ends at the blank line, unless a code block follows at once
        elif stripped.startswith("#"):
            close(pos)
            heading = stripped.lstrip("#").strip()[:200]
            gap = 0
        else:
            if cur_start < 0 or gap > 0 or _is_item(line):
                close(pos)
                cur_start = pos
            gap = 0
            cur_lines += 1
        pos = le + 1
    close(n)
    return steps


def file_steps(f: SkillFile) -> list[Step]:
    steps = f.memo.get("steps")
    if steps is None:
        steps = f.memo["steps"] = steps_of(f.text)
    return steps


def _teaching(step: Step) -> bool:
    return bool(L.TEACHING.search(step.text) or L.TEACHING.search(step.heading))


def _first(*matches):
    found = [m for m in matches if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _some(rx, text: str) -> list:
    """The first matches of rx in text (a step never needs more than a few)."""
    return list(islice(rx.finditer(text), _MAX_MATCHES))


def _sources(text: str) -> tuple[list, bool]:
    """(source matches, all of them only single named tokens such as $GITHUB_TOKEN)."""
    out = [m for m in _some(L.SOURCE_FILE, text) if not L.SOURCE_HARMLESS.search(m.group())]
    env = _some(L.SOURCE_ENV, text)
    secret_words = bool(env) and L.SECRET_WORDS.search(text) is not None
    named_only = not out
    for m in env:
        word = m.group()
        if word.startswith("$") and not word.lower().startswith("$env"):
            out.append(m)
        elif secret_words:  # "environment variables" with keys/tokens/secrets
            out.append(m)
            named_only = False
        else:
            continue
        if not word.startswith("$"):
            named_only = False
    chat = _some(L.SOURCE_CHAT, text)
    if chat:
        named_only = False
    return out + chat, named_only and bool(out)


def _sinks(text: str) -> list:
    return [
        m
        for rx in (L.SINK_COMMAND, L.SINK_PROSE, L.SINK_URL_QUERY, L.SINK_HOST)
        for m in _some(rx, text)
    ]


def _auth_header_only(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("authorization", "bearer", "-h ", "--header", "x-api-key", "-u "))


def _analyse_step(f: SkillFile, step: Step, out: Collector, state: dict, *, where: str) -> None:
    text = step.text
    if L.ANY_TEXT_SIGNAL.search(text) is None:
        return
    sources, named_only = _sources(text)
    sinks = _sinks(text)
    conceal = L.CONCEAL.search(text)
    authority = L.AUTHORITY.search(text)
    permissive = L.AGENT_PERMISSIVE.search(text)
    if not (sources or sinks or conceal or authority or permissive):
        return
    teaching = _teaching(step)
    line = f.line_of(step.start) if f.text else None

    def at(m) -> int | None:
        return f.line_of(step.start + m.start()) if f.text else line

    def emit(rule: str, sev: Severity, m, why: str) -> None:
        out.add(rule, sev, f.path, at(m), text[max(0, m.start() - 60) : m.end() + 60], why)

    sensitive = bool(sources or sinks or permissive)
    if sources and sinks:
        s, k = sources[0], sinks[0]
        if teaching and not conceal:
            sev, note = Severity.LOW, " (the step describes it as an attack to refuse)"
        elif named_only and _auth_header_only(text) and not L.SINK_HOST.search(text):
            sev, note = Severity.MEDIUM, " (a named token sent as a credential: check the host)"
        else:
            sev, note = Severity.CRITICAL, ", and asks not to tell the user" if conceal else ""
        emit(
            "exfil.instructed", sev, _first(s, k),
            f"{where} reads {s.group().strip()[:50]!r} and sends it out ({k.group().strip()[:50]!r}){note}",
        )  # fmt: skip
    elif sinks and not teaching:
        state.setdefault("text_sinks", {}).setdefault(f.path, (at(sinks[0]), sinks[0].group()[:60]))
    elif sources and not teaching:
        state.setdefault("text_sources", {}).setdefault(
            f.path, (at(sources[0]), sources[0].group()[:60])
        )
    for m in _some(L.SINK_URL_QUERY, text):
        sev = Severity.LOW if teaching else (Severity.CRITICAL if conceal else Severity.HIGH)
        emit("exfil.markdown-image", sev, m, f"{where} builds a URL that carries data in its query")
    if authority and P.INJECTION_OVERRIDE.search(text) is None:  # else linechecks reported it
        sev = Severity.LOW if teaching else Severity.HIGH
        if not teaching:  # a reference document, a code block, a quoted example: lower
            a0 = step.start + authority.start()
            sev, _note = contextual(f, a0, a0 + len(authority.group()), sev, injection=True)
        emit(
            "injection.override",
            sev,
            authority,
            f"{where} overrides the user's or the system's instructions",
        )
    if permissive:
        instructing = L.IMPERATIVE.search(text) or L.AGENT_SETTINGS_FILE.search(text)
        if teaching and not conceal:
            sev = Severity.LOW
        elif conceal or authority:
            sev = Severity.CRITICAL
        else:
            sev = Severity.HIGH if instructing else Severity.MEDIUM
        emit(
            "privilege.agent-permissions",
            sev,
            permissive,
            f"{where} turns off the agent's permission prompts",
        )
    if conceal and (sensitive or authority) and not teaching:
        emit(
            "injection.conceal",
            Severity.HIGH,
            conceal,
            f"{where} asks to keep a sensitive action from the user",
        )
    for m in _some(_LINK_TARGET, text):
        target = m.group(1) or m.group(2) or ""
        if "://" in target or target.startswith(("mailto:", "#")):
            continue
        resolved = posixpath.normpath(
            posixpath.join(
                posixpath.dirname(f.path),
                target.lstrip("./") if target.startswith("./") else target,
            )
        )
        state.setdefault("links", []).append(
            (f.path, at(m), resolved, bool(sources) and not teaching, bool(sinks) and not teaching)
        )


def analyse_text(f: SkillFile, out: Collector) -> None:
    """Instruction-aware analysis of a Markdown or text file (code files are for code.py)."""
    if not f.is_markdown:
        return
    state = out.state
    where = "a step of SKILL.md" if f.kind == "skill_md" else f"a step of {f.path}"
    body_start = 0
    if f.kind == "skill_md" and f.text.startswith("---"):
        end = f.text.find("\n---", 3)
        body_start = end + 4 if end != -1 else 0
    if L.ANY_TEXT_SIGNAL.search(f.text) is None:
        return
    for step in file_steps(f):
        if step.end <= body_start:
            continue
        _analyse_step(f, step, out, state, where=where)


def analyse_frontmatter(files: list[SkillFile], frontmatter: dict, out: Collector) -> None:
    """The frontmatter's values are read by the agent in every session: the description above
    all. They get the same analysis, with no teaching allowance for overrides."""
    skill_md = next((f for f in files if f.kind == "skill_md"), None)
    if skill_md is None:
        return
    for key, value in list(frontmatter.items())[:50]:
        if not isinstance(value, str) or not value.strip():
            continue
        value = value[:_MAX_STEP_CHARS]
        pos = skill_md.text.find(value[:60])
        line = skill_md.line_of(pos) if pos >= 0 else None
        for rx, rule, why in (
            (
                L.AUTHORITY,
                "injection.override",
                "overrides the user's or the system's instructions",
            ),
            (
                L.AGENT_PERMISSIVE,
                "privilege.agent-permissions",
                "turns off the agent's permission prompts",
            ),
        ):
            m = rx.search(value)
            if m is not None:
                out.add(
                    rule, Severity.CRITICAL if rule == "injection.override" else Severity.HIGH,
                    "SKILL.md", line, value[max(0, m.start() - 60) : m.end() + 60],
                    f"the frontmatter field {str(key)[:40]!r} {why}",
                )  # fmt: skip
