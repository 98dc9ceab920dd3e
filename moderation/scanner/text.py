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
from .context import contextual, ip_is_internal
from .findings import Severity
from .reading import SkillFile
from .steps import MAX_STEP_CHARS, Step, file_steps, is_teaching

_MAX_MATCHES = 8  # a step never needs more than a few matches of one pattern
_LINK_TARGET = L.rx.compile(
    r"\]\(\s*<?([^)\s>#?]+)|`((?:\./)?(?:scripts|references|assets|bin|tools|docs|lib)/[^`\s]+)`"
)


def _is_image(text: str, url_start: int) -> bool:
    """The URL at url_start is the source of a Markdown image or an <img>."""
    before = text[max(0, url_start - 300) : url_start]
    if before.rstrip().endswith("("):
        j = before.rfind("[")
        return j > 0 and before[j - 1] == "!"
    low = before.lower()
    return "<img" in low and low.rstrip().endswith(("src=", "src='", 'src="'))


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
        follows = text[m.end() : m.end() + 5]
        named = (word.startswith("$") and not word.lower().startswith("$env")) or (
            word.lower() in ("os.environ", "process.env", "env[")
            and follows[:1] in "[.("
            and not follows.startswith((".items", ".keys", ".values", ".copy"))
        )
        if named:
            out.append(m)
        elif secret_words:  # "environment variables" with keys/tokens/secrets
            out.append(m)
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


def _raw_ip(text: str) -> bool:
    return any(
        ip_is_internal(m.group(1)) is False for m in _some(P.RAW_IP_TARGET, text) if m.group(1)
    )


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
    teaching = is_teaching(f, step)
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
        elif named_only and not conceal and not L.SINK_HOST.search(text) and not _raw_ip(text):
            sev, note = Severity.MEDIUM, " (a named variable sent to a service: check the host)"
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
        if not _is_image(text, m.start()):
            continue  # a link is fetched only if followed; an image is fetched when shown
        sev = Severity.LOW if teaching else (Severity.CRITICAL if conceal else Severity.HIGH)
        emit("exfil.markdown-image", sev, m, f"{where} shows an image whose URL carries data")
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
        settings = L.AGENT_SETTINGS_FILE.search(text)
        instructing = L.IMPERATIVE.search(text)
        if teaching and not conceal:
            sev = Severity.LOW
        elif settings and instructing:  # edits the agent's own settings to allow everything
            sev = Severity.CRITICAL if (conceal or authority) else Severity.HIGH
        else:  # a flag or a value named in passing, or given to another tool: review
            sev = Severity.HIGH if (conceal or authority) and instructing else Severity.MEDIUM
        emit(
            "privilege.agent-permissions", sev, permissive,
            f"{where} turns off the agent's permission prompts",
        )  # fmt: skip
    if conceal and (sensitive or authority) and not teaching and L.IMPERATIVE.search(text):
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
        value = value[:MAX_STEP_CHARS]
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
