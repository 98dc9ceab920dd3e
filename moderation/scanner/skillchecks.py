"""Checks that need the whole skill: frontmatter, allowed-tools, the description's claims."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from . import patterns as P
from .collect import Collector, excerpt
from .findings import Severity
from .mechanisms import check_mechanisms
from .reading import SkillFile
from .roles import host_class


def allowed_tools(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        items: list[str] = []
        word: list[str] = []
        depth = 0
        for ch in value:  # split on commas and spaces outside parentheses: Bash(git log *)
            depth += (ch == "(") - (ch == ")")
            if depth <= 0 and (ch == "," or ch.isspace()):
                items.append("".join(word))
                word, depth = [], 0
            else:
                word.append(ch)
        items.append("".join(word))
    elif isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        return None
    return [i.strip() for i in items if i.strip()]


def find_line(f: SkillFile | None, needle: str) -> tuple[int | None, int]:
    if f is None or not needle:
        return None, -1
    pos = f.text.find(needle[:80])
    return (f.line_of(pos), pos) if pos >= 0 else (None, -1)


def check_skill(
    files: list[SkillFile], frontmatter: dict, out: Collector, state: dict[str, Any]
) -> None:
    skill_md = next((f for f in files if f.kind == "skill_md"), None)
    name = frontmatter.get("name")
    description = frontmatter.get("description")
    name = name if isinstance(name, str) else ""
    description = description if isinstance(description, str) else ""
    if name and not name.isascii():
        has_latin = re.search("[A-Za-z]", name)
        lookalike = P.CYRILLIC.search(name) or re.search("[\u0370-\u03ff]", name)
        if has_latin and lookalike:
            line, _ = find_line(skill_md, name)
            out.add(
                "hidden.homoglyph", Severity.HIGH, "SKILL.md", line, f"name: {name}",
                "the name mixes Latin with Cyrillic/Greek look-alike letters",
            )  # fmt: skip
    if description:
        for m in P.TRIGGER_HIJACK.finditer(description):
            line, _ = find_line(skill_md, m.group())
            out.add(
                "injection.trigger-hijack", Severity.MEDIUM, "SKILL.md", line,
                excerpt(description, m.start(), m.end()),
                "the description asks to be used beyond its purpose",
            )  # fmt: skip
        for m in P.MIXED_CYRILLIC_WORD.finditer(description):
            line, _ = find_line(skill_md, m.group())
            out.add(
                "hidden.homoglyph", Severity.MEDIUM, "SKILL.md", line, m.group(),
                "a description word mixes Latin and Cyrillic letters",
            )  # fmt: skip
    code_files = [f for f in files if f.is_code]
    tools = allowed_tools(frontmatter.get("allowed-tools", frontmatter.get("allowed_tools")))
    if tools:
        names = {t.split("(", 1)[0].strip().lower() for t in tools}
        has_shell = bool(names & {"bash", "shell", "execute", "terminal", "powershell", "*"})
        if not has_shell and code_files:
            out.add(
                "consistency.allowed-tools", Severity.MEDIUM, "SKILL.md", find_line(skill_md, "allowed-tools")[0],
                f"allowed-tools: {', '.join(tools)[:120]}",
                f"allowed-tools grants no shell but the skill ships {len(code_files)} script(s) "
                f"({', '.join(f.path for f in code_files[:3])})",
            )  # fmt: skip
        elif not has_shell and skill_md is not None and "webfetch" not in names:
            for m in P.FETCHER.finditer(skill_md.text):
                if skill_md.fence_at(m.start()) is not None and m.group().lower() in (
                    "curl",
                    "wget",
                ):
                    out.add(
                        "consistency.allowed-tools", Severity.LOW, "SKILL.md", skill_md.line_of(m.start()),
                        f"allowed-tools: {', '.join(tools)[:120]}",
                        "the instructions run network commands that allowed-tools does not grant",
                    )  # fmt: skip
                    break
    if description and P.OFFLINE_CLAIM.search(description):
        net = next((f for f in code_files if P.NETWORK_ANY.search(f.text)), None)
        if net is not None:
            used = P.NETWORK_ANY.search(net.text)
            assert used is not None
            claim = P.OFFLINE_CLAIM.search(description)
            assert claim is not None
            out.add(
                "consistency.description", Severity.MEDIUM, net.path, net.line_of(used.start()),
                excerpt(net.text, used.start(), used.end()),
                f"the description says {claim.group()!r} but this script uses the network",
            )  # fmt: skip
    cred_files = state.get("cred_files", [])
    send_files = state.get("send_files", [])
    if cred_files and send_files and not set(cred_files) & set(send_files):
        out.add(
            "exfil.credential-send", Severity.HIGH, cred_files[0], None,
            f"{cred_files[0]} -> {send_files[0]}",
            "one script reads credentials and another sends data over the network",
        )  # fmt: skip


def check_chains(files: list[SkillFile], out: Collector) -> None:
    """A step that reads a secret and links to a file that sends (or the other way round); and
    the actions judged by what they do (mechanisms.py: disks, access, audit trails)."""
    check_mechanisms(files, out)
    state = out.state
    paths = {f.path for f in files}
    sinks = dict(state.get("text_sinks", {}))
    sources = dict(state.get("text_sources", {}))
    for path in state.get("send_files", []):
        sinks.setdefault(path, (None, "a network send"))
    for path in state.get("cred_files", []):
        sources.setdefault(path, (None, "a credential read"))
    by_path = {f.path: f for f in files}
    for origin, line, target, has_source, has_sink in state.get("links", [])[:200]:
        if target not in paths or target == origin:
            continue
        if has_source and target in sinks and _only_known_hosts(by_path[target]):
            continue  # a script calling its own well-known API (api.openai.com) with a question
        if (
            has_source
            and target in sinks
            and not _can_receive(by_path, origin, line, target, has_source)
        ):
            continue  # "the password comes from `.pgpass`" and a script that never touches it
        if has_source and target in sinks:
            what = f"reads a secret here and sends it with {target} ({sinks[target][1]!r})"
        elif has_sink and target in sources:
            what = f"sends data here that {target} reads from a secret ({sources[target][1]!r})"
        else:
            continue
        out.add(
            "exfil.instructed", Severity.CRITICAL, origin, line, f"{origin} -> {target}",
            f"a step {what}",
        )  # fmt: skip


def _can_receive(by_path: dict, origin: str, line: int | None, target: str, sources) -> bool:
    """Whether what a step reads can reach the file it runs: the file names it too, or the line
    that runs the file carries it (`python scripts/up.py ~/.aws/credentials`), or pipes into it.
    A bare `True` (an older caller) keeps the chain."""
    if sources is True:
        return True
    keys = []
    for s in sources:
        pieces = [p for p in re.split(r"[/\\`'\"\s()$]+", s) if len(p) >= 4]
        if pieces:
            keys.append(pieces[-1].lower())
    if not keys:
        return True
    text = by_path[target].text.lower()
    if any(k in text for k in keys):
        return True
    f = by_path.get(origin)
    if f is None or line is None:
        return True
    lines = f.text.split("\n", line)
    here = lines[line - 1].lower() if 0 < line <= len(lines) else ""
    name = posixpath.basename(target).lower()
    command = command_around(here, name)
    return any(k in command for k in keys) or ("|" in command and name in command.split("|", 1)[1])


def command_around(line: str, name: str) -> str:
    """The command on a line that runs `name`: the backtick span holding it, else the line."""
    at = line.find(name)
    if at < 0:
        return line
    opened = line.rfind("`", 0, at)
    closed = line.find("`", at)
    if opened >= 0 and closed > at and line.count("`", 0, opened) % 2 == 0:
        return line[opened + 1 : closed]
    return line


def _only_known_hosts(f: SkillFile) -> bool:
    """Every URL of the file goes to a well-known service, and there is one."""
    classes = {
        host_class(m.group(1).rsplit("@", 1)[-1].split(":")[0])
        for m in P.URL.finditer(f.text[:65536])
    }
    return bool(classes) and classes <= {"known"}
