"""The built-in static scanner: no network, no model, a few milliseconds per skill.

`scan_files` reads each file once, classifies it (SKILL.md, other Markdown/text, code, data,
binary), runs the pattern checks that apply to that kind, then a few skill-level checks that need
the whole folder (frontmatter, allowed-tools, credential reads in one script and sends in another).

Markdown gets context: a match inside a fenced block, in a reference document, or on a line that
reads as a mention ("for example", "attackers use", "never run") is reported at a lower severity,
so a security guide that quotes an attack is not treated like a skill that performs one.
Scripts get no such allowance.
"""

from __future__ import annotations

import bisect
import ipaddress
import posixpath
import re
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

from . import patterns as P
from .findings import Finding, ScanReport, Severity
from .rules import INTENT_FAMILIES, RULES_BY_ID

MAX_SCAN_BYTES = 512 * 1024  # per file; the rest is reported as scanner.partial
MAX_FILES = 1000  # per skill
MAX_FINDINGS_PER_RULE_AND_FILE = 5
MAX_FINDINGS = 300
EXCERPT_CHARS = 160

SEVERITY_WEIGHT: dict[str, int] = {
    Severity.CRITICAL: 60,
    Severity.HIGH: 30,
    Severity.MEDIUM: 10,
    Severity.LOW: 2,
    Severity.INFO: 0,
}

TRUSTED_INSTALL_HOSTS = (
    "astral.sh", "sh.rustup.rs", "rustup.rs", "bun.sh", "deno.land", "deno.com",
    "get.docker.com", "raw.githubusercontent.com", "github.com", "brew.sh",
    "install.python-poetry.org", "get.pnpm.io", "deb.nodesource.com", "rpm.nodesource.com",
    "sdk.cloud.google.com", "awscli.amazonaws.com", "get.helm.sh", "fly.io", "ollama.com",
    "claude.ai", "anthropic.com", "foundry.paradigm.xyz", "starship.rs", "pyenv.run", "mise.run",
    "tailscale.com", "cli.github.com", "npmjs.org", "nodejs.org", "python.org",
    "golang.org", "go.dev", "get.sdkman.io", "sh.vector.dev", "install.determinate.systems",
    "nixos.org", "releases.hashicorp.com", "apt.releases.hashicorp.com", "dl.google.com",
    "packages.microsoft.com", "aka.ms", "supabase.com", "vercel.com", "cursor.com",
    "opencode.ai", "gitlab.com", "openai.com", "modal.com", "railway.app", "render.com",
)  # fmt: skip
SUSPICIOUS_TLDS = frozenset({"tk", "ml", "ga", "cf", "gq", "top", "onion", "zip", "mov", "click"})

_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u2028-\u202e\u205f-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_IMAGE_BASE64_PREFIXES = ("iVBORw0KGgo", "/9j/", "R0lGOD", "UklGR", "PHN2Zy", "JVBERi", "AAABAA")


def escape_text(text: str) -> str:
    """Make text safe to display: control, invisible and bidi characters become \\u escapes."""

    def repl(m: re.Match[str]) -> str:
        cp = ord(m.group())
        if cp == 0x09:
            return " "
        return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"

    return _UNSAFE_CHARS.sub(repl, text)


class _File:
    """One file of the skill, decoded once, with lazily built line and block indexes."""

    def __init__(self, path: str, data: bytes) -> None:
        self.path = path
        name = posixpath.basename(path)
        self.name = name
        self.ext = posixpath.splitext(name)[1].lower()
        self.data = data
        self.size = len(data)
        self.truncated = len(data) > MAX_SCAN_BYTES
        head = data[:MAX_SCAN_BYTES]
        self.binary = False
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = head.decode("utf-16", errors="replace")
        elif b"\x00" in head[:8192]:
            self.binary = True
            text = ""
        else:
            text = head.decode("utf-8", errors="replace")
        self.text = text
        lower = text.lower()
        # Needles are found in `lower` and used as positions in `text`: keep the lengths equal.
        self.lower = lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)
        top = path.split("/", 1)[0].lower() if "/" in path else ""
        self.in_scripts = top in ("scripts", "bin", "hooks", "tools")
        if self.binary:
            self.kind = "binary"
        elif path.lower() == "skill.md":
            self.kind = "skill_md"
        elif self.ext in P.MARKDOWN_EXTENSIONS:
            self.kind = "doc"
        elif (
            self.ext in P.CODE_EXTENSIONS
            or text.startswith("#!")
            or name in ("Makefile", "Dockerfile", "justfile", "Taskfile")
            or (self.in_scripts and not self.ext)
        ):
            self.kind = "code"
        else:
            self.kind = "data"
        self._newlines: list[int] | None = None
        self._fences: list[tuple[int, int, int]] | None = None
        self._comments: list[tuple[int, int]] | None = None
        self._words: frozenset[str] | None = None
        self._spans: dict[str, list[tuple[int, int]]] = {}

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(P.WORD.findall(self.lower))
        return self._words

    def _needle_lines(self, needle: str) -> list[tuple[int, int]]:
        cached = self._spans.get(needle)
        if cached is None:
            lower, n = self.lower, len(self.lower)
            cached = []
            i = lower.find(needle)
            while i != -1:
                ls = lower.rfind("\n", 0, i) + 1
                le = lower.find("\n", i)
                le = n if le == -1 else le
                cached.append((ls, le))
                i = lower.find(needle, le)
            self._spans[needle] = cached
        return cached

    def spans(self, needles: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of every line holding one of the needles, in order."""
        if len(needles) == 1:
            return self._needle_lines(needles[0])
        found: set[tuple[int, int]] = set()
        for needle in needles:
            found.update(self._needle_lines(needle))
        return sorted(found)

    def iter(self, name: str) -> Iterator[re.Match[str]]:
        """Matches of patterns.<name>, searched only where its anchors say it can match."""
        words, needles = P.ANCHORS[name]
        if words and self.words.isdisjoint(words):
            return
        regex: re.Pattern[str] = getattr(P, name)
        for ls, le in self.spans(needles):
            yield from regex.finditer(self.text, ls, le)

    def has(self, name: str) -> bool:
        return next(self.iter(name), None) is not None

    @property
    def is_markdown(self) -> bool:
        return self.kind in ("skill_md", "doc")

    @property
    def is_code(self) -> bool:
        return self.kind == "code"

    # -- positions -----------------------------------------------------------------------------
    def line_of(self, pos: int) -> int:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self._newlines, pos) + 1

    def line_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end == -1 else end)

    def fence_at(self, pos: int) -> tuple[int, int, int] | None:
        """(content start, content end, opener line start) of the fenced block holding pos."""
        if not self.is_markdown:
            return None
        if self._fences is None:
            self._fences = []
            opener: re.Match[str] | None = None
            for m in P.FENCE.finditer(self.text):
                marker = m.group(1)
                if opener is None:
                    opener = m
                elif marker[0] == opener.group(1)[0] and len(marker) >= len(opener.group(1)):
                    content_start = self.text.find("\n", opener.end())
                    self._fences.append((content_start + 1, m.start(), opener.start()))
                    opener = None
            if opener is not None:  # unclosed fence runs to the end of the file
                content_start = self.text.find("\n", opener.end())
                if content_start != -1:
                    self._fences.append((content_start + 1, len(self.text), opener.start()))
        i = bisect.bisect_right(self._fences, (pos, len(self.text) + 1, 0)) - 1
        if i >= 0:
            block = self._fences[i]
            if block[0] <= pos < block[1]:
                return block
        return None

    def in_comment(self, pos: int) -> bool:
        if not self.is_markdown or "<!--" not in self.text:
            return False
        if self._comments is None:
            self._comments = [(m.start(), m.end()) for m in P.HTML_COMMENT.finditer(self.text)]
        i = bisect.bisect_right(self._comments, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self._comments[i][0] <= pos < self._comments[i][1]


class _Collector:
    def __init__(self) -> None:
        self.findings: dict[tuple[str, str, int | None, str], Finding] = {}
        self.per_rule_file: dict[tuple[str, str], int] = {}

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
        excerpt = _mask_secrets(escape_text(excerpt.strip()))
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
        f: _File,
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
            _excerpt(f.text, start, end, mask=mask),
            message,
        )


def _mask_secrets(text: str) -> str:
    """Excerpts never repeat a credential in full, whichever rule quoted the line."""

    def mask(m: re.Match[str]) -> str:
        value = m.group()
        return value if P.PLACEHOLDER.search(value) else value[:4] + "…" + value[-4:]

    return P.TOKENS.sub(mask, P.AWS_KEY_ID.sub(mask, text))


def _excerpt(text: str, start: int, end: int, *, mask: bool = False) -> str:
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


# -- context ------------------------------------------------------------------------------------


def _cue_text(text: str) -> str:
    """Text with URLs and concealment phrases removed, so `example.invalid` or `do not tell the
    user` are not taken for the words of a security guide."""
    return P.INJECTION_CONCEAL.sub(" ", P.URL.sub(" ", text))


def _mention_steps(f: _File, start: int, end: int) -> tuple[int, str]:
    """How many levels to lower a Markdown finding that reads as a mention, and why.

    Strong cues ("for example", "attackers", "detect") count anywhere on the line; negations
    ("never", "do not") only before the match, as in "never run `curl ... | sh`".
    """
    ls, le = f.line_bounds(start)
    line = f.text[ls:le]
    before = _cue_text(line[: start - ls])
    after = _cue_text(line[min(end, le) - ls :])
    steps, why = 0, ""
    if P.STRONG_MENTION.search(before) or P.STRONG_MENTION.search(after):
        steps, why = 2, "the line discusses it as an example"
    elif P.WEAK_MENTION.search(before):
        steps, why = 1, "the line warns against it"
    if steps < 2:
        raw_before, raw_after = line[: start - ls], line[min(end, le) - ls :]
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
            intro = _cue_text(f.text[prev_start : block[2]])
            if P.STRONG_MENTION.search(intro):
                steps, why = 2, "the block is introduced as an example"
            elif P.WEAK_MENTION.search(intro):
                steps, why = max(steps, 1), why or "the block is introduced as a warning"
    return min(steps, 2), why


def _contextual(
    f: _File, start: int, end: int, base: Severity, *, injection: bool = False
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
    mention, why = _mention_steps(f, start, end) if not f.is_code or injection else (0, "")
    if mention:
        steps -= mention
        notes.append(why)
    steps = max(steps, -3)
    if injection and f.in_comment(start):
        steps += 1
        notes.append("hidden in an HTML comment")
    return base.shifted(steps), ("; ".join(notes) if notes else "")


def _msg(text: str, note: str) -> str:
    return f"{text} ({note})" if note else text


# -- hosts --------------------------------------------------------------------------------------


_COLLECTOR_SET = frozenset(P.COLLECTOR_HOSTS)
_PASTE_SET = frozenset(P.PASTE_HOSTS)
_TRUSTED_SET = frozenset(TRUSTED_INSTALL_HOSTS)
_COLLECTOR_WORDS = ("requestbin", "pipedream", "ngrok", "burpcollaborator", "canarytoken")


def _host_matches(host: str, suffixes: frozenset[str], words: tuple[str, ...] = ()) -> bool:
    """True when host is one of the suffixes or a subdomain of one, or contains a word."""
    labels = host.split(".")
    if any(".".join(labels[i:]) in suffixes for i in range(len(labels))):
        return True
    return any(w in host for w in words)


def _ip_is_internal(value: str) -> bool | None:
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


def _grade_fetch(line: str) -> tuple[Severity, str]:
    """Severity of running something fetched from the URLs on this line."""
    urls = list(P.URL.finditer(line))
    if not urls:
        return Severity.MEDIUM, "from a URL given at run time"
    worst, reasons = Severity.LOW, []
    for m in urls:
        scheme = m.group(0).split(":", 1)[0].lower()
        host = m.group(1).rsplit("@", 1)[-1].split(":")[0].lower().strip("[]")
        tld = host.rsplit(".", 1)[-1]
        if scheme == "http" and _ip_is_internal(host) is not True and host not in ("localhost",):
            worst, reasons = Severity.HIGH, [f"plain HTTP from {host}"]
            break
        if _ip_is_internal(host) is False:
            worst, reasons = Severity.HIGH, [f"from a raw IP address {host}"]
            break
        if (
            _host_matches(host, _COLLECTOR_SET | _PASTE_SET, _COLLECTOR_WORDS)
            or tld in SUSPICIOUS_TLDS
        ):
            worst, reasons = Severity.HIGH, [f"from {host}"]
            break
        if not _host_matches(host, _TRUSTED_SET):
            worst = Severity.MEDIUM
            reasons.append(f"from {host}")
    if worst is Severity.LOW:
        return worst, "from a well-known installer host"
    return worst, ", ".join(reasons)


# -- checks per file ------------------------------------------------------------------------------


def _check_hidden(f: _File, out: _Collector) -> None:
    text = f.text
    if text.isascii():
        return
    if P.INVISIBLE_ANY.search(text):
        _check_invisible(f, out)
    # Look-alike hosts in URLs, mixed Latin/Cyrillic words in prose.
    for m in f.iter("URL") if "://" in text else ():
        host = m.group(1)
        lookalike = P.CYRILLIC.search(host) or P.MIXED_GREEK_LATIN.search(host)
        if not host.isascii() and lookalike and re.search("[A-Za-z]", host):
            out.at(
                "hidden.homoglyph", Severity.HIGH, f, m.start(), m.end(),
                "URL host mixes Latin with Cyrillic or Greek letters",
            )  # fmt: skip
    if P.CYRILLIC.search(text):
        for m in P.MIXED_CYRILLIC_WORD.finditer(text):
            out.at(
                "hidden.homoglyph", Severity.LOW, f, m.start(), m.end(),
                "a word mixes Latin and Cyrillic letters",
            )  # fmt: skip


def _check_invisible(f: _File, out: _Collector) -> None:
    text = f.text
    for m in P.UNICODE_TAGS.finditer(text):
        run = m.group()
        # Flag emoji (England, Scotland, Wales) are U+1F3F4 + tag letters + U+E007F.
        if m.start() > 0 and text[m.start() - 1] == "\U0001f3f4" and run.endswith("\U000e007f"):
            continue
        hidden = "".join(chr(ord(c) - 0xE0000) for c in run if 0x20 <= ord(c) - 0xE0000 < 0x7F)
        out.at(
            "hidden.unicode-tags", Severity.CRITICAL, f, m.start(), m.end(),
            f"{len(run)} invisible tag characters; they spell: {hidden[:120]!r}",
        )  # fmt: skip
    for m in P.SUPPLEMENTARY_VARIATION.finditer(text):
        out.at(
            "hidden.unicode-tags", Severity.HIGH, f, m.start(), m.end(),
            f"{len(m.group())} variation selectors in a row (a known way to smuggle bytes)",
        )  # fmt: skip
    for m in P.BIDI_CONTROLS.finditer(text):
        ls, le = f.line_bounds(m.start())
        if f.is_code:
            sev = Severity.HIGH
        elif P.RTL_LETTERS.search(text, ls, le):
            sev = Severity.LOW
        else:
            sev = Severity.MEDIUM
        out.at(
            "hidden.bidi-control",
            sev,
            f,
            m.start(),
            m.end(),
            f"bidi control U+{ord(m.group()):04X}",
        )
    runs = list(P.ZERO_WIDTH_RUN.finditer(text))
    for m in runs:
        out.at(
            "hidden.zero-width", Severity.HIGH, f, m.start(), m.end(),
            f"a run of {len(m.group())} zero-width characters (can encode a hidden message)",
        )  # fmt: skip
    if not runs:
        strays = [
            m for m in P.ZERO_WIDTH.finditer(text) if not (m.start() == 0 and m.group() == "\ufeff")
        ]
        if strays:
            sev = Severity.MEDIUM if len(strays) >= 10 else Severity.LOW
            m = strays[0]
            out.at(
                "hidden.zero-width", sev, f, m.start(), m.end(),
                f"{len(strays)} zero-width character(s) in the file",
            )  # fmt: skip


def _check_injection(f: _File, out: _Collector) -> None:
    checks = (
        ("injection.override", "INJECTION_OVERRIDE", "asks the agent to drop earlier instructions"),
        ("injection.conceal", "INJECTION_CONCEAL", "asks to keep something from the user"),
        (
            "injection.system-prompt",
            "INJECTION_SYSTEM_PROMPT",
            "asks for the system prompt or context",
        ),
        (
            "injection.impersonation",
            "INJECTION_IMPERSONATION",
            "claims the authority of the platform",
        ),
        ("injection.impersonation", "INJECTION_SYSTEM_HEADER", "a fake system message header"),
        ("injection.jailbreak", "INJECTION_JAILBREAK", "asks the agent to drop its safeguards"),
    )
    for rule_id, name, what in checks:
        for m in f.iter(name):
            sev, note = _contextual(f, m.start(), m.end(), Severity.HIGH, injection=True)
            out.at(rule_id, sev, f, m.start(), m.end(), _msg(what, note))


def _check_html_comments(f: _File, out: _Collector) -> None:
    if "<!--" not in f.text:
        return
    for m in P.HTML_COMMENT.finditer(f.text):
        body = m.group(1)
        if len(body) < 15 or f.fence_at(m.start()) is not None:
            continue
        agent = P.COMMENT_AGENT.search(body) and P.COMMENT_ACTION.search(body)
        command = P.COMMENT_COMMAND.search(body)
        if agent or command:
            what = "addresses the agent" if agent else "carries a command or URL"
            out.at(
                "hidden.html-comment", Severity.MEDIUM, f, m.start(), m.end(),
                f"an HTML comment (invisible when rendered) {what}",
            )  # fmt: skip


def _emit_graded(
    out: _Collector, f: _File, rule_id: str, m: re.Match[str], base: Severity, what: str
) -> None:
    sev, note = _contextual(f, m.start(), m.end(), base)
    out.at(rule_id, sev, f, m.start(), m.end(), _msg(what, note))


def _check_execution(f: _File, out: _Collector) -> None:
    text = f.text
    code = f.is_code
    for m in f.iter("PIPE_TO_INTERPRETER"):
        ls, le = f.line_bounds(m.start())
        if not P.FETCHER.search(text, ls, m.start()):
            continue
        sev, why = _grade_fetch(text[ls:le])
        target = (m.group("shell") or m.group("interp") or m.group("iex") or "").lower()
        _emit_graded(out, f, "exec.pipe-to-shell", m, sev, f"download piped to {target}, {why}")
    for m in f.iter("SUBSHELL_FETCH"):
        ls, le = f.line_bounds(m.start())
        sev, why = _grade_fetch(text[ls:le])
        _emit_graded(out, f, "exec.pipe-to-shell", m, sev, f"downloaded script executed, {why}")
    for m in f.iter("DECODE_AND_RUN"):
        _emit_graded(
            out, f, "exec.decode-and-run", m, Severity.CRITICAL, "decodes data and executes it"
        )
    if code and P.DECODE_CALL.search(text):
        m = P.EXEC_VARIABLE.search(text)
        if m:
            out.at(
                "exec.decode-and-run", Severity.HIGH, f, m.start(), m.end(),
                "the script decodes data and passes a variable to exec/eval",
            )  # fmt: skip
    for m in f.iter("REMOTE_EVAL"):
        _emit_graded(out, f, "exec.remote-eval", m, Severity.CRITICAL, "executes an HTTP response")
    if not f.words.isdisjoint(("chmod", "start")):
        for m in f.iter("DOWNLOAD_TO_FILE"):
            window_end = m.end()
            for _ in range(12):
                nxt = text.find("\n", window_end + 1)
                if nxt == -1:
                    window_end = len(text)
                    break
                window_end = nxt
            if P.MAKE_EXECUTABLE.search(text, m.start(), window_end):
                ls, le = f.line_bounds(m.start())
                sev, why = _grade_fetch(text[ls:le])
                _emit_graded(
                    out, f, "exec.download-and-run", m, sev,
                    f"downloads a file and makes it executable, {why}",
                )  # fmt: skip
    for m in f.iter("REVERSE_SHELL"):
        _emit_graded(
            out, f, "exec.reverse-shell", m, Severity.CRITICAL, "opens a shell for a remote party"
        )
    for m in f.iter("FORK_BOMB_FN"):
        _emit_graded(out, f, "exec.fork-bomb", m, Severity.CRITICAL, "a fork bomb")
    if "fork" in f.words:
        for m in P.FORK_LOOP.finditer(text):
            _emit_graded(out, f, "exec.fork-bomb", m, Severity.CRITICAL, "forks in an endless loop")
    for m in f.iter("DESTRUCTIVE"):
        _emit_graded(
            out,
            f,
            "exec.destructive",
            m,
            Severity.CRITICAL,
            "deletes a home, system folder or disk",
        )


def _check_exfiltration(f: _File, out: _Collector, state: dict[str, Any]) -> None:
    text = f.text
    code = f.is_code
    creds = list(f.iter("CREDENTIAL_ACCESS"))
    sends = list(f.iter("NETWORK_SEND")) if creds or code else []
    if code:
        if creds:
            state.setdefault("cred_files", []).append(f.path)
        if sends:
            state.setdefault("send_files", []).append(f.path)
    for m in creds:
        together = False
        if code:
            together = bool(sends)
        elif sends:
            block = f.fence_at(m.start())
            ls, le = f.line_bounds(m.start())
            for s in sends:
                if ls <= s.start() <= le or (
                    block is not None and block[0] <= s.start() < block[1]
                ):
                    together = True
                    break
        if together:
            _emit_graded(
                out, f, "exfil.credential-send", m, Severity.CRITICAL,
                f"reads {m.group().strip()[:60]!r} and sends data over the network",
            )  # fmt: skip
        else:
            base = Severity.MEDIUM if code else Severity.LOW
            _emit_graded(
                out, f, "exfil.credential-access", m, base, f"reads {m.group().strip()[:60]!r}"
            )
    if "://" in text:
        for m in f.iter("URL"):
            host = m.group(1).rsplit("@", 1)[-1].split(":")[0].lower()
            if _host_matches(host, _COLLECTOR_SET, _COLLECTOR_WORDS):
                base, what = Severity.HIGH, f"a request-bin/tunnel host {host}"
            elif _host_matches(host, _PASTE_SET):
                ls, le = f.line_bounds(m.start())
                posting = P.NETWORK_SEND.search(text, ls, le) is not None
                base = Severity.HIGH if posting else Severity.MEDIUM
                what = f"a paste/file-drop host {host}"
            else:
                continue
            if not code and base is Severity.HIGH and not _sends_near(f, m.start()):
                base = Severity.MEDIUM
            _emit_graded(out, f, "exfil.suspicious-endpoint", m, base, what)
        for m in f.iter("CHAT_WEBHOOK"):
            _emit_graded(
                out, f, "exfil.suspicious-endpoint", m, Severity.MEDIUM, "a hard-coded chat webhook"
            )
        for m in f.iter("INTEGER_IP_URL"):
            _emit_graded(
                out,
                f,
                "exfil.suspicious-endpoint",
                m,
                Severity.HIGH,
                "a URL with an encoded IP address",
            )
    for m in f.iter("RAW_IP_TARGET"):
        ip = next(g for g in m.groups() if g)
        if _ip_is_internal(ip) is not False or ip.startswith("0.") or ip == "255.255.255.255":
            continue
        sending = _sends_near(f, m.start())
        if code:
            base = Severity.HIGH if sending else Severity.MEDIUM
        else:
            base = Severity.MEDIUM if sending else Severity.LOW
        _emit_graded(
            out, f, "exfil.suspicious-endpoint", m, base, f"talks to a raw IP address {ip}"
        )
    for m in f.iter("CLOUD_METADATA"):
        _emit_graded(
            out, f, "exfil.cloud-metadata", m, Severity.HIGH, "reads the cloud metadata service"
        )


def _sends_near(f: _File, pos: int) -> bool:
    ls, le = f.line_bounds(pos)
    return P.NETWORK_SEND.search(f.text, ls, le) is not None or bool(
        P.PIPE_TO_INTERPRETER.search(f.text, ls, le)
    )


def _check_persistence(f: _File, out: _Collector) -> None:
    text = f.text
    code = f.is_code
    for m in f.iter("SCHEDULED_TASK"):
        ls, le = f.line_bounds(m.start())
        hostile = P.PROFILE_HOSTILE_LINE.search(text, ls, le) or "/tmp/" in text[ls:le]  # noqa: S108 (looking for it, not using it)
        base = Severity.HIGH if code or hostile else Severity.MEDIUM
        _emit_graded(out, f, "persistence.scheduled-task", m, base, "installs a scheduled task")
    for m in f.iter("AUTOSTART"):
        if m.group().lower().startswith("systemctl"):
            base = Severity.LOW
        else:
            base = Severity.HIGH if code else Severity.MEDIUM
        _emit_graded(out, f, "persistence.autostart", m, base, "installs a start-up item")
    for m in f.iter("SHELL_PROFILE"):
        ls, le = f.line_bounds(m.start())
        if P.PROFILE_HOSTILE_LINE.search(text, ls, le):
            base, what = (
                Severity.HIGH,
                "adds a command that downloads, decodes or connects to a shell start-up file",
            )
        elif P.PROFILE_BENIGN_LINE.search(text, ls, le):
            base, what = Severity.LOW, "adds a PATH/environment line to a shell start-up file"
        else:
            base, what = Severity.MEDIUM, "edits a shell start-up file"
        _emit_graded(out, f, "persistence.shell-profile", m, base, what)
    for m in f.iter("AUTHORIZED_KEYS"):
        base = Severity.CRITICAL if code else Severity.MEDIUM
        _emit_graded(
            out, f, "persistence.ssh-authorized-keys", m, base, "adds an SSH key to authorized_keys"
        )
    for m in f.iter("SUDOERS"):
        base = Severity.HIGH if code else Severity.MEDIUM
        _emit_graded(out, f, "privilege.sudoers", m, base, "changes who can become root")
    for m in f.iter("DISABLE_SECURITY"):
        base = Severity.HIGH if code else Severity.MEDIUM
        _emit_graded(out, f, "privilege.disable-security", m, base, "disables a security control")
    for m in f.iter("AGENT_PERMISSIONS"):
        _emit_graded(
            out,
            f,
            "privilege.agent-permissions",
            m,
            Severity.MEDIUM,
            "turns off the agent's permission prompts",
        )


def _check_secrets(f: _File, out: _Collector) -> None:
    for m in f.iter("AWS_KEY_ID"):
        if not P.PLACEHOLDER.search(m.group()):
            out.at(
                "secrets.aws-key",
                Severity.HIGH,
                f,
                m.start(),
                m.end(),
                "an AWS access key id",
                mask=True,
            )
    for m in f.iter("AWS_SECRET"):
        if not P.PLACEHOLDER.search(m.group(1)):
            out.at(
                "secrets.aws-key",
                Severity.HIGH,
                f,
                m.start(1),
                m.end(1),
                "an AWS secret access key",
                mask=True,
            )
    for m in f.iter("TOKENS"):
        if not P.PLACEHOLDER.search(m.group()):
            out.at("secrets.token", Severity.HIGH, f, m.start(), m.end(), "an API token", mask=True)
    if "PRIVATE KEY" in f.text:
        for m in P.PRIVATE_KEY.finditer(f.text):
            out.at("secrets.private-key", Severity.HIGH, f, m.start(), m.end(), "a private key")


def _check_obfuscation(f: _File, out: _Collector) -> None:
    text = f.text
    code = f.is_code and f.ext not in (".ipynb",)
    base = Severity.MEDIUM if code else Severity.LOW
    if (
        "\\x" in text
        or "\\u" in text
        or "\\0" in text
        or not f.words.isdisjoint(("chr", "fromcharcode"))
    ):
        for m in P.ESCAPE_CHAIN.finditer(text):
            out.at(
                "obfuscation.encoded-blob",
                base,
                f,
                m.start(),
                m.start() + 60,
                "a long chain of escaped characters",
            )
    if len(text) < 400 or max(map(len, text.split("\n"))) < 400:
        return
    longest = 0
    for line in P.LONG_LINE.finditer(text):
        ls = line.start()
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        longest = max(longest, le - ls)
        for m in P.BASE64_RUN.finditer(text, ls, le):
            run = m.group()
            if run.startswith(_IMAGE_BASE64_PREFIXES) or P.DATA_URI_TAIL.search(
                text, max(0, m.start() - 80), m.start()
            ):
                continue
            if re.fullmatch(r"[0-9a-fA-F]+", run) or run.count("/") > len(run) // 8:
                continue  # hex is handled below; long paths are not base64
            out.at(
                "obfuscation.encoded-blob",
                base,
                f,
                m.start(),
                m.start() + 60,
                f"a {len(run)}-character base64 blob",
            )
        for m in P.HEX_RUN.finditer(text, ls, le):
            out.at(
                "obfuscation.encoded-blob",
                base,
                f,
                m.start(),
                m.start() + 60,
                f"a {len(m.group())}-character hex string",
            )
        if code and le - ls > 3000:
            sev = Severity.MEDIUM if f.in_scripts else Severity.LOW
            out.at("obfuscation.minified", sev, f, ls, ls + 60, f"a line of {le - ls} characters")


def _check_binary(f: _File, out: _Collector) -> None:
    data = f.data
    kind = None
    if data.startswith(b"\x7fELF"):
        kind = "ELF executable"
    elif data.startswith(b"MZ") and len(data) >= 0x40:
        offset = int.from_bytes(data[0x3C:0x40], "little")
        if data[offset : offset + 4] == b"PE\x00\x00" or f.ext in (".exe", ".dll", ".scr", ".sys"):
            kind = "Windows PE executable"
    elif data[:4] in (
        b"\xfe\xed\xfa\xce",
        b"\xfe\xed\xfa\xcf",
        b"\xce\xfa\xed\xfe",
        b"\xcf\xfa\xed\xfe",
    ):
        kind = "Mach-O executable"
    elif data[:4] == b"\xca\xfe\xba\xbe" and f.ext != ".class":
        kind = "Mach-O universal binary"
    if kind:
        out.add(
            "binary.executable",
            Severity.HIGH,
            f.path,
            None,
            f"{f.name} ({f.size} bytes)",
            f"a {kind}",
        )
    elif f.ext in P.EXECUTABLE_EXTENSIONS:
        out.add(
            "binary.extension",
            Severity.MEDIUM,
            f.path,
            None,
            f"{f.name} ({f.size} bytes)",
            f"a {f.ext} file",
        )
    elif f.ext in P.ARCHIVE_EXTENSIONS:
        out.add(
            "binary.archive",
            Severity.LOW,
            f.path,
            None,
            f"{f.name} ({f.size} bytes)",
            "an archive whose contents are not scanned",
        )


# -- skill-level checks ---------------------------------------------------------------------------


def _parse_frontmatter(text: str) -> dict:
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end == -1 or end > 64 * 1024:
        return {}
    try:
        data = yaml.load(text[3:end], Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _allowed_tools(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        items = re.split(r"[,\s]+(?![^()]*\))", value)
    elif isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        return None
    return [i.strip() for i in items if i.strip()]


def _find_line(f: _File | None, needle: str) -> tuple[int | None, int]:
    if f is None or not needle:
        return None, -1
    pos = f.text.find(needle[:80])
    return (f.line_of(pos), pos) if pos >= 0 else (None, -1)


def _check_skill(
    files: list[_File], frontmatter: dict, out: _Collector, state: dict[str, Any]
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
            line, _ = _find_line(skill_md, name)
            out.add(
                "hidden.homoglyph", Severity.HIGH, "SKILL.md", line, f"name: {name}",
                "the name mixes Latin with Cyrillic/Greek look-alike letters",
            )  # fmt: skip
    if description:
        for m in P.TRIGGER_HIJACK.finditer(description):
            line, _ = _find_line(skill_md, m.group())
            out.add(
                "injection.trigger-hijack", Severity.MEDIUM, "SKILL.md", line,
                _excerpt(description, m.start(), m.end()),
                "the description asks to be used beyond its purpose",
            )  # fmt: skip
        for m in P.MIXED_CYRILLIC_WORD.finditer(description):
            line, _ = _find_line(skill_md, m.group())
            out.add(
                "hidden.homoglyph", Severity.MEDIUM, "SKILL.md", line, m.group(),
                "a description word mixes Latin and Cyrillic letters",
            )  # fmt: skip
    code_files = [f for f in files if f.is_code]
    tools = _allowed_tools(frontmatter.get("allowed-tools", frontmatter.get("allowed_tools")))
    if tools:
        names = {t.split("(", 1)[0].strip().lower() for t in tools}
        has_shell = bool(names & {"bash", "shell", "execute", "terminal", "powershell", "*"})
        if not has_shell and code_files:
            out.add(
                "consistency.allowed-tools", Severity.MEDIUM, "SKILL.md", _find_line(skill_md, "allowed-tools")[0],
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
            m = P.NETWORK_ANY.search(net.text)
            assert m is not None
            claim = P.OFFLINE_CLAIM.search(description)
            assert claim is not None
            out.add(
                "consistency.description", Severity.MEDIUM, net.path, net.line_of(m.start()),
                _excerpt(net.text, m.start(), m.end()),
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


# -- entry points ---------------------------------------------------------------------------------


def _normalise_path(path: str) -> str:
    path = str(path).replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path.lstrip("/")


def _scan_file(f: _File, out: _Collector, state: dict[str, Any]) -> None:
    if f.path != escape_text(f.path):
        out.add(
            "hidden.zero-width",
            Severity.HIGH,
            f.path,
            None,
            f.path,
            "the file name contains invisible characters",
        )
    _check_binary(f, out)
    if f.binary:
        return
    if f.truncated:
        out.add(
            "scanner.partial", Severity.INFO, f.path, None, f"{f.name} ({f.size} bytes)",
            f"only the first {MAX_SCAN_BYTES} bytes were scanned",
        )  # fmt: skip
    _check_hidden(f, out)
    _check_injection(f, out)
    if f.is_markdown:
        _check_html_comments(f, out)
    _check_execution(f, out)
    _check_exfiltration(f, out, state)
    _check_persistence(f, out)
    _check_secrets(f, out)
    _check_obfuscation(f, out)


def scan_files(
    files: Iterable[tuple[str, bytes]], *, frontmatter: dict | None = None
) -> ScanReport:
    """Scan one skill version. `files` are (path relative to the skill folder, content) pairs.

    Never raises on file content: binary, huge and undecodable files are handled, and an
    unexpected error in one file is recorded as a scanner.partial finding on that file.
    The package's :func:`moderation.scanner.scan_files` stamps the report with the scanner
    version and the rules hash (they are computed from this module).
    """
    out = _Collector()
    state: dict[str, Any] = {}
    parsed: list[_File] = []
    for index, (raw_path, content) in enumerate(files):
        path = _normalise_path(raw_path)
        if index >= MAX_FILES:
            out.add(
                "scanner.partial", Severity.INFO, path, None, path,
                f"the skill has more than {MAX_FILES} files; the rest were not scanned",
            )  # fmt: skip
            break
        data = (
            content.encode("utf-8", errors="replace")
            if isinstance(content, str)
            else bytes(content)
        )
        f = _File(path, data)
        parsed.append(f)
        try:
            _scan_file(f, out, state)
        except (RecursionError, MemoryError, ValueError, TypeError, IndexError, re.error) as exc:
            out.add(
                "scanner.partial", Severity.INFO, path, None, path,
                f"scanning stopped early on this file ({type(exc).__name__})",
            )  # fmt: skip
    if frontmatter is None:
        skill_md = next((f for f in parsed if f.kind == "skill_md"), None)
        frontmatter = _parse_frontmatter(skill_md.text) if skill_md else {}
    _check_skill(parsed, frontmatter if isinstance(frontmatter, dict) else {}, out, state)
    findings = sorted(
        out.findings.values(),
        key=lambda x: (-Severity(x.severity).rank, x.file, x.line or 0, x.rule_id),
    )
    verdict, score = verdict_for(findings)
    return ScanReport(
        verdict=verdict,
        findings=findings,
        risk_score=score,
    )


def verdict_for(
    findings: Iterable[Finding], *, accepted: frozenset[str] = frozenset()
) -> tuple[str, int]:
    """(verdict, risk score 0-100) for findings, ignoring those whose key was accepted.

    critical -> fail; high in an intent family (injection, hidden, execution, exfiltration,
    persistence) -> fail; any other high, or any medium -> review; only low/info -> pass.
    """
    verdict, score = "pass", 0
    for f in findings:
        if f.key in accepted:
            continue
        sev = Severity(f.severity)
        score += SEVERITY_WEIGHT[sev]
        rule = RULES_BY_ID.get(f.rule_id)
        family = rule.family if rule else ""
        if sev is Severity.CRITICAL or (sev is Severity.HIGH and family in INTENT_FAMILIES):
            verdict = "fail"
        elif sev in (Severity.HIGH, Severity.MEDIUM) and verdict == "pass":
            verdict = "review"
    return verdict, min(score, 100)
