"""Context of a match: mention or instruction, and how trustworthy the hosts on a line are.

Markdown gets context: a match inside a fenced block, in a reference document, or on a line that
reads as a mention ("for example", "attackers use", "never run") is reported at a lower
severity, so a security guide that quotes an attack is not treated like a skill that performs
one. Scripts get no such allowance.
"""

from __future__ import annotations

import ipaddress

from . import patterns as P
from . import rx
from .collect import Collector
from .config import SUSPICIOUS_TLDS, TRUSTED_INSTALL_HOSTS
from .findings import Severity
from .reading import SkillFile
from .rx import Match
from .steps import teaching_at


def cue_text(text: str) -> str:
    """Text with URLs and concealment phrases removed, so `example.invalid` or `do not tell the
    user` are not taken for the words of a security guide."""
    return P.INJECTION_CONCEAL.sub(" ", P.URL.sub(" ", text))


_CONFIG_FORMATS = frozenset({".json", ".jsonc", ".yaml", ".yml", ".toml"})


def _outside_code_span(before: str, after: str) -> tuple[str, str]:
    """The text around a match minus the inline code span holding it: a command in backticks is
    something the agent runs, and the quotes inside it are the command's own syntax."""
    if before.count("`") % 2 == 1:
        close = after.find("`")
        return before[: before.rfind("`")], (after[close + 1 :] if close != -1 else "")
    return before, after


def mention_steps(f: SkillFile, start: int, end: int) -> tuple[int, str]:
    """How many levels to lower a Markdown finding that reads as a mention, and why.

    Strong cues ("for example", "attackers", "detect") count anywhere on the line; negations
    ("never", "do not") only before the match, as in "never run `curl ... | sh`".
    """
    ls, le = f.line_bounds(start)
    line = f.text[ls:le]
    before = line[: start - ls]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    before = cue_text(before[cut + 1 :])  # a cue in the sentence before does not count
    after = line[min(end, le) - ls :]
    stops = [i for i in (after.find(". "), after.find("! "), after.find("? ")) if i != -1]
    after = cue_text(after[: min(stops)] if stops else after)
    steps, why = 0, ""
    if P.STRONG_MENTION.search(before) or P.STRONG_MENTION.search(after):
        steps, why = 2, "the line discusses it as an example"
    elif P.WEAK_MENTION.search(before):
        steps, why = 1, "the line warns against it"
    # In config files quotes delimit values and in a code block they are the command's syntax:
    # only quotes in prose mark a quotation.
    if steps < 2 and f.ext not in _CONFIG_FORMATS and f.fence_at(start) is None:
        raw_before, raw_after = _outside_code_span(line[: start - ls], line[min(end, le) - ls :])
        if any(q in raw_before for q in P.QUOTE_CHARS) and any(
            q in raw_after for q in P.QUOTE_CHARS
        ):
            steps, why = steps + 1, why or "it is quoted"
        elif line.lstrip().startswith("|"):
            steps, why = steps + 1, why or "it is in a table"
    if steps < 2:
        block = f.fence_at(start)
        if block is not None:
            # The prose just before the code block ("Attack example:", "Never run:").
            prev_start = f.text.rfind("\n", 0, max(0, block[2] - 1)) + 1
            prev_start = f.text.rfind("\n", 0, max(0, prev_start - 1)) + 1
            intro = cue_text(f.text[prev_start : block[2]])
            if P.STRONG_MENTION.search(intro):
                steps, why = 2, "the block is introduced as an example"
            elif P.WEAK_MENTION.search(intro):
                steps, why = max(steps, 1), why or "the block is introduced as a warning"
    return min(steps, 2), why


def contextual(
    f: SkillFile, start: int, end: int, base: Severity, *, injection: bool = False
) -> tuple[Severity, str]:
    """Severity of a match after the Markdown/code context; the note explains any change."""
    if not (f.is_markdown or f.kind == "data" or (injection and f.is_code)):
        return base, ""
    notes: list[str] = []
    steps = 0
    if injection:
        if f.kind in ("doc", "data"):
            steps -= 1
            notes.append("in a supporting document")
        elif f.is_code:
            steps -= 1
            notes.append("in a script's text")
        if f.fence_at(start) is not None:
            steps -= 1
            notes.append("inside a code block")
    mention, why = mention_steps(f, start, end) if not f.is_code or injection else (0, "")
    if mention < 2 and teaching_at(f, start):
        mention, why = 2, "the step teaches about it"
    if mention:
        steps -= mention
        notes.append(why)
    steps = max(steps, -3)
    if injection and f.in_comment(start):
        steps += 1
        notes.append("hidden in an HTML comment")
    return base.shifted(steps), ("; ".join(notes) if notes else "")


def msg(text: str, note: str) -> str:
    return f"{text} ({note})" if note else text


def emit_graded(
    out: Collector, f: SkillFile, rule_id: str, m: Match, base: Severity, what: str
) -> None:
    sev, note = contextual(f, m.start(), m.end(), base)
    out.at(rule_id, sev, f, m.start(), m.end(), msg(what, note))


COLLECTOR_SET = frozenset(P.COLLECTOR_HOSTS)


PASTE_SET = frozenset(P.PASTE_HOSTS)


TRUSTED_SET = frozenset(TRUSTED_INSTALL_HOSTS)


COLLECTOR_WORDS = ("requestbin", "pipedream", "ngrok", "burpcollaborator", "canarytoken")


def host_matches(host: str, suffixes: frozenset[str], words: tuple[str, ...] = ()) -> bool:
    """True when host is one of the suffixes or a subdomain of one, or contains a word."""
    labels = host[-253:].split(".")  # a DNS name has at most 253 characters
    if any(".".join(labels[i:]) in suffixes for i in range(len(labels))):
        return True
    return any(w in host for w in words)


def ip_is_internal(value: str) -> bool | None:
    """True for loopback/private/link-local addresses, False for others, None if not an IP."""
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return None
    if ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast:
        return True
    if isinstance(ip, ipaddress.IPv4Address):
        return any(ip in net for net in _RFC1918)
    return ip.is_private and not ip.is_global and ip.is_site_local


_RFC1918 = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


_BARE_FETCH = rx.compile(
    r"\b(?:curl|wget)\s+(?:-[\w-]+\s+)*([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:/[^\s\"')]*)?(?:[\s\"')]|$)",
    P._I,
)


def grade_fetch(line: str) -> tuple[Severity, str]:
    """Severity of running something fetched from the URLs on this line."""
    urls = list(P.URL.finditer(line))
    if not urls:
        # `curl -fsLS get.chezmoi.io`: a host with no scheme is still a named host
        bare = _BARE_FETCH.search(line)
        if bare is not None and host_matches(bare.group(1).lower(), TRUSTED_SET):
            return Severity.LOW, "from a well-known installer host"
        return Severity.MEDIUM, "from a URL given at run time"
    worst, reasons = Severity.LOW, []
    for m in urls:
        scheme = m.group(0).split(":", 1)[0].lower()
        host = m.group(1).rsplit("@", 1)[-1].split(":")[0].lower().strip("[]")
        tld = host.rsplit(".", 1)[-1]
        if scheme == "http" and ip_is_internal(host) is not True and host not in ("localhost",):
            worst, reasons = Severity.HIGH, [f"plain HTTP from {host}"]
            break
        if ip_is_internal(host) is False:
            worst, reasons = Severity.HIGH, [f"from a raw IP address {host}"]
            break
        if host_matches(host, COLLECTOR_SET | PASTE_SET, COLLECTOR_WORDS) or tld in SUSPICIOUS_TLDS:
            worst, reasons = Severity.HIGH, [f"from {host}"]
            break
        if not host_matches(host, TRUSTED_SET):
            worst = Severity.MEDIUM
            reasons.append(f"from {host}")
    if worst is Severity.LOW:
        return worst, "from a well-known installer host"
    return worst, ", ".join(reasons)
