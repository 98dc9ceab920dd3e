"""Downloads run where nobody watches (2.5.0).

A download piped to a shell from a host that is not a well-known installer is `review` when a
person runs it (exec.pipe-to-shell, medium): it may be a project's own installer, and the user
sees it happen. The same command is an attack when it sits where it runs by itself, again and
again, with no one to see it: a dev container's lifecycle command, a package's install script,
a launch agent, a systemd unit, a cron line, a shell start-up file, an `.envrc`, a git hook, or
a loop that fetches and runs forever. Each of those runs whatever the host serves *that day*,
on every start, without a prompt. This pass raises such a finding to high (fail); where the
command is run by hand it stays medium. It follows where the command runs, not how it is worded.
"""

from __future__ import annotations

import posixpath
import re

from .collect import Collector
from .context import grade_fetch
from .findings import Severity
from .reading import SkillFile

_RAISED = ("exec.pipe-to-shell", "exec.remote-eval", "exec.download-and-run")
# A key or line whose command runs by itself: container lifecycle, package lifecycle, service
# and agent definitions, cron schedules, loops.
_AUTORUN_LINE = re.compile(
    r"[\"']?(?:postCreateCommand|postStartCommand|postAttachCommand|onCreateCommand|"
    r"updateContentCommand|initializeCommand|preinstall|postinstall|install|prepare|"
    r"prepublish|prepack|postpack)[\"']?\s*:"
    r"|\bExec(?:Start|StartPre|StartPost|Reload|Stop)\s*="
    r"|^\s*(?:@(?:reboot|hourly|daily|weekly|monthly|yearly|annually)|(?:[\d*/,-]+\s+){4}[\d*/,-]+)\s"
    r"|\bwhile\s+(?::|true|\[\s*1\s*\])\s*;?\s*do\b|\bfor\s*\(\s*;\s*;\s*\)|\bwhile\s*\(\s*(?:\$?true|1)\s*\)"
    r"|<string>[^<\n]{0,400}\b(?:curl|wget)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Files whose every command runs by itself.
_AUTORUN_PATH = re.compile(
    r"(?:^|/)(?:\.envrc|\.bashrc|\.zshrc|\.profile|\.bash_profile|\.zprofile|\.zshenv|"
    r"crontab|[\w.-]+\.(?:plist|service|timer)|(?:pre|post)-(?:commit|push|merge|checkout|"
    r"rewrite|receive)|prepare-commit-msg|commit-msg)$",
    re.IGNORECASE,
)
_HOOK_EVENT = (
    r"[\"'](?:SessionStart|SessionEnd|PreToolUse|PostToolUse|UserPromptSubmit|PreCompact|"
    r"SubagentStop|Stop|Notification)[\"']\s*:"
)
_AUTORUN_CONTENT = re.compile(
    r"^\s*\[Service\]|<key>\s*(?:ProgramArguments|RunAtLoad|StartInterval)\s*</key>"
    # an agent's hook configuration (2.8.0): its commands run on the agent's events, every
    # session, with no prompt (Claude Code and plugin `hooks.json`, the same keys elsewhere)
    r"|" + _HOOK_EVENT,
    re.MULTILINE,
)
_AGENT_HOOKS = re.compile(_HOOK_EVENT)


def _autorun_at(f: SkillFile, line_no: int) -> str | None:
    """Why the command on this line runs by itself, or None."""
    if _AUTORUN_PATH.search(f.path) is not None:
        return posixpath.basename(f.path)
    if _AUTORUN_CONTENT.search(f.text[:20_000]) is not None:
        if _AGENT_HOOKS.search(f.text[:20_000]) is not None:
            return "an agent hook, run on the agent's events"
        return "a service or launch agent definition"
    lines = f.text.split("\n", line_no + 1)
    here = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    before = "\n".join(lines[max(0, line_no - 4) : line_no - 1])
    m = _AUTORUN_LINE.search(here)
    if m is None:
        loop = _AUTORUN_LINE.search(before)
        if loop is not None and re.search(r"while|for", loop.group(), re.IGNORECASE):
            m = loop
    if m is None:
        return None
    return m.group().strip()[:40]


def _line(f: SkillFile, line_no: int) -> str:
    lines = f.text.split("\n", line_no)
    return lines[line_no - 1] if 0 < line_no <= len(lines) else ""


def raise_unattended(files: list[SkillFile], out: Collector) -> None:
    """Raise a medium fetch-and-run finding to high where its command runs by itself."""
    by_path = {f.path: f for f in files}
    for f_ in list(out.findings.values()):
        if f_.rule_id not in _RAISED or f_.severity not in ("low", "medium"):
            continue
        f = by_path.get(f_.file)
        if f is None or f.binary or f_.line is None:
            continue
        # a low one was lowered as a quotation: in Markdown that may be teaching, and stays; in
        # a data file or script, quotes are how a service or hook spells its command
        if f_.severity == "low" and (
            f.is_markdown or grade_fetch(_line(f, f_.line))[0].rank < Severity.MEDIUM.rank
        ):
            continue
        why = _autorun_at(f, f_.line)
        if why is None:
            continue
        out.add(
            f_.rule_id, Severity.HIGH, f_.file, f_.line, f_.excerpt,
            f"runs a download from a host that is not a well-known installer where it runs by "
            f"itself ({why!r}): on every start, without anyone seeing it",
        )  # fmt: skip
