"""Checks over the whole skill that need no role combination: an SSH client directive that
routes connections through a stranger's host, a fixed public key shipped beside an instruction
to add keys to authorized_keys. Called by roleflow.analyse_skill."""

from __future__ import annotations

import re
from itertools import islice

from . import lexicon as L
from .collect import Collector
from .context import ip_is_internal
from .findings import Severity
from .reading import SkillFile
from .roles import _STRONG, _hosts
from .steps import step_at, teaching_at, teaching_cue

_AT_IP = re.compile(r"@(\d{1,3}(?:\.\d{1,3}){3})\b")
_SSH_ROUTE_LINE = re.compile(r"(?m)^.*\b(?:ProxyCommand|RemoteForward|LocalCommand)\b.*$")


def ssh_routes(out: Collector, files: list[SkillFile]) -> None:
    """An SSH client directive that sends every connection, or runs a command, through a host
    that is neither a placeholder nor a known service (`ProxyCommand ssh -W %h:%p relay@...`):
    a quiet, lasting network redirect, review on its own and sensitive beside concealment."""
    for f in files[:400]:
        if not f.is_markdown or f.binary or ("Proxy" not in f.text and "Forward" not in f.text):
            continue
        for m in islice(_SSH_ROUTE_LINE.finditer(f.text), 8):
            hosts = [(h, c) for h, c in _hosts(m.group()) if c in _STRONG] or [
                (ip.group(1), "hostile")
                for ip in _AT_IP.finditer(m.group())
                if ip_is_internal(ip.group(1)) is False
            ]
            if not hosts or teaching_at(f, m.start()):
                continue
            out.add("exfil.suspicious-endpoint", Severity.MEDIUM, f.path, f.line_of(m.start()),
                    m.group().strip()[:160],
                    f"routes SSH connections or commands through {hosts[0][0]} ({hosts[0][1]} host)")  # fmt: skip
            return


_FULL_KEY = re.compile(
    r"(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+)\s+AAAA[0-9A-Za-z+/]{40,}={0,3}"
)


def planted_keys(out: Collector, files: list[SkillFile]) -> None:
    """A complete public-key literal shipped in a Markdown file that also tells the agent to
    add keys to authorized_keys (in any step, or in SKILL.md's description): someone else's key,
    whose holder can log in from then on. The user's own key is a `.pub` file, never a literal
    the skill carries; an elided example (`AAAAC3Nz...`) is not a key."""
    for f in files[:400]:
        if not f.is_markdown or f.binary or "authorized_keys" not in f.text:
            continue
        for m in islice(_FULL_KEY.finditer(f.text), 4):
            st = step_at(f, m.start())
            if (
                st is None
                or teaching_cue(st.text)
                or (f.kind != "skill_md" and L.TEACHING_PATH.search(f.path) is not None)
            ):
                continue  # judged by the step's own words: "SSH hardening" is not a lesson
            out.add("persistence.ssh-authorized-keys", Severity.HIGH, f.path, f.line_of(m.start()),
                    m.group()[:60] + "...",
                    "ships a fixed SSH public key in a file that adds keys to authorized_keys: "
                    "its holder could log in")  # fmt: skip
            return
