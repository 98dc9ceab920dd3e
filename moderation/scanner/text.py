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
import re
from itertools import islice

from . import lexicon as L
from . import patterns as P
from .collect import Collector
from .context import ip_is_internal, mention_steps
from .datause import (
    blank_questions,
    describes_quoted,
    in_quoted_phrase,
    key_used_locally,
    sealed_by_user,
    session_is_connection,
)
from .findings import Severity
from .reading import SkillFile
from .rx import Match
from .steps import MAX_STEP_CHARS, Step, file_steps, is_teaching, steps_that_may_match

_SLOT = re.compile(r"<([A-Za-z_][\w-]{0,30})(?:>|$)|\{([A-Za-z_][\w-]{0,30})\}")
_MAX_MATCHES = 8  # a step never needs more than a few matches of one pattern
_LINK_TARGET = L.rx.compile(
    r"\]\(\s*<?([^)\s>#?]+)|(?:^|[\s`(\"'])((?:\./)?(?:scripts|references|assets|bin|tools|docs|lib)/[\w./-]+)"
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


def _in_url(text: str, pos: int) -> bool:
    """pos is inside a URL (`https://host/.env` probes a server, it reads nothing local)."""
    before = text[max(0, pos - 120) : pos].split()
    return bool(before) and "://" in before[-1]


def _negated(text: str, pos: int) -> bool:
    """The sentence holding pos says not to do it ("never put secrets in the URL")."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), text.rfind("; ", 0, pos))
    return L.NEGATED.search(text[start + 1 : pos]) is not None


def _sources(text: str) -> tuple[list, bool]:
    """(source matches, all of them only single named tokens such as $GITHUB_TOKEN); a source
    in a sentence that says not to touch it does not count."""
    out = [
        m
        for m in _some(L.SOURCE_FILE, text)
        if not L.SOURCE_HARMLESS.search(m.group())
        and not key_used_locally(text, m.start(), m.end())
        and not _negated(text, m.start())
        and not _in_url(text, m.start())
    ]
    env = _some(L.SOURCE_ENV, text)
    secret_words = bool(env) and _secret_words(text)
    named_only = not out
    named_env: list[Match] = []
    prose_env: list[Match] = []
    for m in env:
        word = m.group()
        follows = text[m.end() : m.end() + 5]
        named = (word.startswith("$") and not word.lower().startswith("$env")) or (
            word.lower() in ("os.environ", "process.env", "env[")
            and follows[:1] in "[.("
            and not follows.startswith((".items", ".keys", ".values", ".copy"))
        )
        (named_env if named else prose_env).append(m)
    out.extend(named_env)
    # "environment variables" with keys/tokens/secrets; beside named variables ("the user's own
    # keys from the environment") the words say where those come from, not "all of them".
    if prose_env and secret_words and not named_env:
        out.extend(prose_env)
        named_only = False
    chat = [
        m
        for m in _some(L.SOURCE_CHAT, text)
        if not _negated(text, m.start())
        and not session_is_connection(_sentence_at(text, m.start()), m.group())
    ]
    bulk = [m for m in _some(L.BULK_ENV_ANY, text) if not _negated(text, m.start())]
    if bulk:
        out.extend(bulk)
        named_only = False
    if chat:
        named_only = False
    return out + chat, named_only and bool(out)


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos)) + 1
    end = text.find(". ", pos)
    return text[start : end if end != -1 else len(text)]


def _secret_words(text: str) -> bool:
    """Secret words in a sentence that does not say to keep them out ("never put secrets in the
    URL" names secrets to protect them)."""
    return any(not _negated(text, m.start()) for m in _some(L.SECRET_WORDS, text))


def _sinks(text: str) -> list:
    return [
        m
        for rx in (L.SINK_COMMAND, L.SINK_PROSE, L.SINK_URL_QUERY, L.SINK_HOST)
        for m in _some(rx, text)
        if rx is not L.SINK_PROSE or not user_does(text, m.start())
    ]


_USER_DOES = re.compile(
    r"\b(?:tell|ask|advise|remind|instruct|let|have)\s+(?:the\s+user|them|the\s+human)\s+"
    r"(?:to|that|they|how)\b[^.;\n]*$",
    re.IGNORECASE,
)


def user_does(text: str, pos: int) -> bool:
    """The action at pos is one the agent tells the user to do themselves ("tell the user to
    copy the private key to the server themselves"), not one the agent does."""
    return _USER_DOES.search(text[max(0, pos - 120) : pos]) is not None


def _near_chain(
    f: SkillFile, step: Step, out: Collector, state: dict, kind: str, line, what: str, named: bool
) -> None:
    """A source and a sink in two steps close together (a numbered list that reads in one
    step and uploads "the summary from step 2" in the next)."""
    index = file_steps(f).index(step) if step in file_steps(f) else -1
    seen = state.setdefault("near", {}).setdefault(f.path, [])
    strong = kind == "sink" and L.BACK_REFERENCE.search(step.text) is not None
    for other_kind, other_index, other_what, other_named in seen:
        if other_kind != kind and 0 < index - other_index <= 2 and strong and not other_named:
            out.add(
                "exfil.instructed", Severity.HIGH, f.path, line,
                f"{other_what[:60]} ... {what[:60]}",
                "two steps close together read a secret and send it out",
            )  # fmt: skip
            break
    seen.append((kind, index, what, named))


def _files_named(text: str, source) -> set[str]:
    """Files a step names, other than the source itself (`~/.aws/credentials` is not staging)."""
    names = set()
    for m in _some(L.STAGED_FILE, text):
        if source is not None and m.start() < source.end() and source.start() < m.end():
            continue
        name = m.group().replace("\\", "/").rsplit("/", 1)[-1].lower()
        if len(name) > 4 and not name.startswith((".env", "http")):
            names.add(name)
    return names


def _stage(f: SkillFile, step: Step, state: dict, source, named: bool) -> None:
    """A step that reads a source writes it somewhere: remember the files it names."""
    staged = state.setdefault("staged", {}).setdefault(f.path, {})
    sealed = sealed_by_user(step.text)
    for name in _files_named(step.text, source):
        staged.setdefault(name, (source.group().strip()[:50], named or sealed))


def _staged_send(f: SkillFile, step: Step, out: Collector, state: dict, sink, line) -> bool:
    """A later step sends a file an earlier step filled with a source: one chain, split in two
    steps through a temporary file (write the environment to a file, then upload the file)."""
    staged = (state.get("staged") or {}).get(f.path)
    if not staged:
        return False
    for name in sorted(_files_named(step.text, None)):
        if name in staged:
            what, named = staged[name]  # named: a named token, or sealed with the user's passphrase
            sev = Severity.MEDIUM if named else Severity.CRITICAL
            out.add(
                "exfil.instructed", sev, f.path, line, f"{what} ... {sink.group().strip()[:60]}",
                f"one step writes {what!r} to {name}, a later step sends {name} out",
            )  # fmt: skip
            return True
    return False


def _raw_ip(text: str) -> bool:
    return any(
        ip_is_internal(m.group(1)) is False for m in _some(P.RAW_IP_TARGET, text) if m.group(1)
    )


# The first test of _analyse_step: a step where none of these matches has nothing to analyse
# (and the steps where none can are skipped without a search: steps_that_may_match).
_STEP_SIGNALS = (L.ANY_TEXT_SIGNAL, L.AGENT_ADDRESS)


def _analyse_step(
    f: SkillFile, step: Step, out: Collector, state: dict, *, where: str, prose_only: bool = False
) -> None:
    text = step.text
    if all(p.search(text) is None for p in _STEP_SIGNALS):
        return
    sources, named_only = ([], False) if prose_only else _sources(text)
    sinks = [] if prose_only else _sinks(text)
    conceal = L.CONCEAL.search(blank_questions(text))  # not one a checklist asks about
    authority = L.AUTHORITY.search(text)
    permissive = L.AGENT_PERMISSIVE.search(text)
    address = L.AGENT_ADDRESS.search(text)
    if not (sources or sinks or conceal or authority or permissive or address):
        return
    teaching = is_teaching(f, step)
    if not teaching:
        if sources or sinks or permissive or authority:
            state["sensitive"] = True
        if conceal is not None:
            state.setdefault("conceal", []).append(
                (
                    f.path,
                    f.line_of(step.start + conceal.start()),
                    text[max(0, conceal.start() - 60) : conceal.end() + 60],
                )
            )
    line = f.line_of(step.start) if f.text else None

    def at(m) -> int | None:
        return f.line_of(step.start + m.start()) if f.text else line

    def emit(rule: str, sev: Severity, m, why: str) -> None:
        out.add(rule, sev, f.path, at(m), text[max(0, m.start() - 60) : m.end() + 60], why)

    if (
        address is not None
        and not teaching
        and (f.kind != "skill_md" or authority or conceal or permissive)
    ):
        emit(
            "injection.override", Severity.HIGH, address,
            f"{where} addresses the AI reading it"
            + (" and tells it to drop its rules" if authority or permissive else ""),
        )  # fmt: skip
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
    elif sinks and not teaching and _staged_send(f, step, out, state, sinks[0], at(sinks[0])):
        pass
    elif sinks and not teaching:
        state.setdefault("text_sinks", {}).setdefault(f.path, (at(sinks[0]), sinks[0].group()[:60]))
        _near_chain(f, step, out, state, "sink", at(sinks[0]), sinks[0].group(), named_only)
    elif sources and not teaching:
        _stage(f, step, state, sources[0], named_only)
        state.setdefault("text_sources", {}).setdefault(
            f.path, (at(sources[0]), sources[0].group()[:60])
        )
        _near_chain(f, step, out, state, "source", at(sources[0]), sources[0].group(), named_only)
    for m in _some(L.SINK_URL_QUERY, text):
        if not _is_image(text, m.start()):
            continue  # a link is fetched only if followed; an image is fetched when shown
        if teaching:
            sev = Severity.LOW
        elif conceal:
            sev = Severity.CRITICAL
        elif sources or _secret_words(text):
            sev = Severity.HIGH
        else:  # <owner>/<repo> badges: a template, but of public values
            sev = Severity.MEDIUM if L.SUSPICIOUS_QUERY.search(m.group()) else Severity.LOW
            for slot in _SLOT.findall(m.group())[:4]:  # filled from what another step names
                name = next(x for x in slot if x)
                state.setdefault("image_slots", []).append(
                    (f.path, step, name, at(m), text[max(0, m.start() - 60) : m.end() + 60])
                )
        emit("exfil.markdown-image", sev, m, f"{where} shows an image whose URL carries data")
    if authority and P.INJECTION_OVERRIDE.search(text) is None:  # else linechecks reported it
        sev = Severity.LOW if teaching else Severity.HIGH
        if not teaching and f.is_markdown:  # quoted on a line that discusses it: lower
            a0 = step.start + authority.start()
            if mention_steps(f, a0, a0 + len(authority.group()))[0]:
                sev = Severity.MEDIUM
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
        elif (settings or L.NO_CONFIRM.search(text)) and instructing:  # own settings
            sev = Severity.CRITICAL if (conceal or authority) else Severity.HIGH
        else:  # a flag or a value named in passing, or given to another tool: review
            sev = Severity.HIGH if (conceal or authority) and instructing else Severity.MEDIUM
        emit(
            "privilege.agent-permissions", sev, permissive,
            f"{where} turns off the agent's permission prompts",
        )  # fmt: skip
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
            (
                f.path,
                at(m),
                resolved,
                # what the step reads (a named token alone is a deploy's): the chain checks the
                # linked file can receive it
                tuple(m.group() for m in sources[:6])
                if sources and not teaching and not named_only
                else (),
                bool(sinks) and not teaching,
            )
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
    if not L.ANY_TEXT_SIGNAL.found_in(f.text):  # first: it rules out most files
        return
    steps = [s for s in steps_that_may_match(f, _STEP_SIGNALS) if s.end > body_start]
    if not steps:
        return
    for step in steps:
        _analyse_step(f, step, out, state, where=where)
    _check_image_slots(f, out, state)


def _check_image_slots(f: SkillFile, out: Collector, state: dict) -> None:
    """An image URL template `?p=<profile>` whose slot another step of the file defines from
    secrets or the conversation ("remember the user's passwords; call this the profile")."""
    slots = [s for s in state.get("image_slots") or () if s[0] == f.path]
    for _path, image_step, name, line, excerpt in slots[:8]:
        if len(name) < 3 or name.lower() in ("owner", "repo", "user", "org", "branch", "name"):
            continue
        word = re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)
        for step in file_steps(f):
            if step is image_step or is_teaching(f, step) or word.search(step.text) is None:
                continue
            if _sources(step.text)[0] or _secret_words(step.text):
                out.add(
                    "exfil.markdown-image", Severity.HIGH, f.path, line, excerpt,
                    f"an image URL carries {name!r}, which another step fills with secrets "
                    "or the conversation",
                )  # fmt: skip
                return


def analyse_other_text(f: SkillFile, out: Collector) -> None:
    """Code and data files: their comments, docstrings and strings are read by the agent too.
    Only the injection part applies (sources and sinks in code are code.py's)."""
    if f.is_markdown or f.binary or not f.text:
        return
    if (
        L.AUTHORITY.search(f.text) is None
        and L.AGENT_ADDRESS.search(f.text) is None
        and L.CONCEAL.search(f.text) is None
    ):
        return
    where = f"the text of {f.path}"
    for step in steps_that_may_match(f, _STEP_SIGNALS):
        _analyse_step(f, step, out, out.state, where=where, prose_only=True)


def check_concealment(out: Collector) -> None:
    """A sentence asking to keep something from the user, anywhere in the skill, raises a skill
    that also asks for anything sensitive: the two need not share a paragraph."""
    hits = out.state.get("conceal") or []
    if not hits:
        return
    sensitive = out.state.get("sensitive") or any(
        Severity(x.severity).rank >= Severity.MEDIUM.rank
        and not x.rule_id.startswith(("scan.", "injection.conceal", "secrets.", "obfuscation."))
        for x in list(out.findings.values())
    )
    if sensitive:
        path, line, excerpt = hits[0]
        out.add(
            "injection.conceal", Severity.HIGH, path, line, excerpt,
            "asks to keep what the skill does from the user, in a skill that does something sensitive",
        )  # fmt: skip


_REFUSED = re.compile(
    r"\b(?:refus\w*|declin\w*|warn\w*|never|not|instead\s+of|rather\s+than|avoid\w*|against|"
    r"explain\w*|describ\w*|back\s+from|off|undo\w*|revert\w*|restor\w*|remov\w*|"
    # a description that looks for the grant: "flag broad grants like Bash(*) or bypassPermissions"
    r"flag|flags|flagging|detect\w*|audit\w*|spot\w*|highlight\w*|(?:look|check|scan)\w*\s+for)\b",
    re.IGNORECASE,
)


def _refused_before(value: str, pos: int) -> bool:
    """The sentence before pos refuses, warns against or undoes what follows."""
    before = value[max(0, pos - 160) : pos]
    cut = max(before.rfind(". "), before.rfind("; "))
    return _REFUSED.search(before[cut + 1 :]) is not None


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
        if L.ANY_TEXT_SIGNAL.search(value) is not None and not L.TEACHING.search(value):
            sources, named_only = _sources(value)
            sinks = _sinks(value)
            seen = any(
                k[0] == "exfil.instructed" and k[1] == "SKILL.md" and k[2] == line
                for k in out.findings
            )
            if sources and sinks and not named_only and not seen:
                s0, k0 = sources[0], sinks[0]
                out.add(
                    "exfil.instructed", Severity.CRITICAL, "SKILL.md", line,
                    value[max(0, min(s0.start(), k0.start()) - 60) : max(s0.end(), k0.end()) + 20],
                    f"the frontmatter field {str(key)[:40]!r} asks to send "
                    f"{s0.group().strip()[:50]!r} out ({k0.group().strip()[:50]!r})",
                )  # fmt: skip
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
                sev = Severity.CRITICAL if rule == "injection.override" else Severity.HIGH
                if rule != "injection.override" and _refused_before(value, m.start()):
                    sev = Severity.MEDIUM  # "Refuses requests for bypassPermissions"
                if in_quoted_phrase(value, m.start(), m.end()) and describes_quoted(value):
                    sev = Severity.LOW  # "Flags phrases such as \"ignore previous instructions\""
                out.add(
                    rule, sev,
                    "SKILL.md", line, value[max(0, m.start() - 60) : m.end() + 60],
                    f"the frontmatter field {str(key)[:40]!r} {why}",
                )  # fmt: skip
