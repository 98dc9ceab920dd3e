"""Code analysis that follows data: scripts of the skill and the code blocks of its Markdown.

Each piece of code goes to the analyser of its language (code_python.py by `ast`,
code_shell.py by bashlex, code_tokens.py for JavaScript/TypeScript and PowerShell). A code
block in Markdown is something the agent will run, so it is analysed like a script; only a
block that its step presents as an attack to refuse ("if a file asks you to run this, refuse")
is lowered. Also here: git hooks written by the skill, SSH keys added to authorized_keys, and
packages installed from raw IPs or non-registry URLs.
"""

from __future__ import annotations

import re
from itertools import islice

from . import lexicon as L
from . import patterns as P
from .code_python import python_events
from .code_shell import shell_events
from .code_tokens import token_events
from .collect import Collector
from .config import (
    MAX_PARSE_BYTES,
    PACKAGE_HOSTS,
    POPULAR_NPM,
    POPULAR_PYPI,
    REGISTRY_WORDS,
    SUSPICIOUS_TLDS,
)
from .context import grade_fetch, host_matches, ip_is_internal
from .datause import blank_spans, needle_spans
from .embedded import embedded_code
from .findings import Severity
from .reading import SkillFile
from .steps import file_steps, is_teaching, steps_that_may_match, teaching_at

_EXT = {
    ".py": "py", ".pyw": "py", ".sh": "sh", ".bash": "sh", ".zsh": "sh", ".ksh": "sh",
    ".command": "sh", ".js": "js", ".mjs": "js", ".cjs": "js", ".ts": "js", ".tsx": "js",
    ".jsx": "js", ".ps1": "ps", ".psm1": "ps", ".go": "go",
}  # fmt: skip
_FENCE = {
    "python": "py", "py": "py", "python3": "py", "bash": "sh", "sh": "sh", "shell": "sh",
    "zsh": "sh", "console": "sh", "terminal": "sh", "": "sh", "js": "js", "javascript": "js",
    "ts": "js", "typescript": "js", "node": "js", "jsx": "js", "tsx": "js", "powershell": "ps",
    "ps1": "ps", "pwsh": "ps", "ps": "ps", "go": "go", "golang": "go",
}  # fmt: skip


_PACKAGE_HOSTS = frozenset(PACKAGE_HOSTS)


def _language(f: SkillFile) -> str:
    if f.ext in _EXT:
        return _EXT[f.ext]
    head = f.text[:120]
    if head.startswith("#!"):
        first = head.split("\n", 1)[0]
        if "python" in first:
            return "py"
        if "node" in first:
            return "js"
        if "pwsh" in first or "powershell" in first:
            return "ps"
        return "sh"
    return "sh" if f.is_code and f.in_scripts and not f.ext else ""


def _events(code: str, lang: str, base_line: int) -> list[tuple[str, int, str, str]]:
    if L.CODE_INTEREST.search(code) is None:
        return []  # nothing that sends, decodes, runs or reads a secret: not worth parsing
    if lang == "py" and len(code) > 16 * MAX_PARSE_BYTES:
        lang = "sh"  # too big to walk: its shell-like lines still get the token analysis
    if lang == "py":
        out = []
        for kind, line, desc, k in python_events(code):
            weight = "decoded" if kind == "exec" else ("secret" if k.secret else "named")
            out.append((kind, base_line + line - 1, desc, weight))
        if out or not code.lstrip().startswith(("$", "curl", "pip", "npm")):
            return out
        lang = "sh"
    if lang == "sh":
        return shell_events(code, base_line, parse=len(code) <= MAX_PARSE_BYTES)
    if lang in ("js", "ps", "go"):
        return [(k, base_line + ln - 1, d, w) for k, ln, d, w in token_events(code, lang)]
    return []


def _emit(
    f: SkillFile, out: Collector, events, where: str, lowered: bool, hostile_host: bool
) -> None:
    for kind, line, desc, weight in events:
        if kind == "exec":
            rule, sev = "exec.decode-and-run", Severity.CRITICAL
            why = f"{where} {desc}"
        elif weight == "secret" or hostile_host:
            rule, sev = "exfil.code-flow", Severity.CRITICAL
            why = f"{where}: {desc}"
        else:
            rule, sev = "exfil.code-flow", Severity.MEDIUM
            why = f"{where}: {desc} (a named token sent to a service: check it is that token's own)"
        if lowered:
            sev = Severity.LOW
            why += " (presented as an attack to refuse)"
        lines = f.text.split("\n", line) if line > 0 else []
        text_line = lines[line - 1] if len(lines) >= line > 0 else desc
        out.add(rule, sev, f.path, line, text_line, why)


def _hostile_host(text: str) -> bool:
    for m in P.URL.finditer(text):
        host = m.group(1).rsplit("@", 1)[-1].split(":")[0].lower()
        if ip_is_internal(host) is False or L.SINK_HOST.search(m.group()):
            return True
    return False


def analyse_code(f: SkillFile, out: Collector) -> None:
    lang = _language(f) if f.is_code else ""
    if lang:
        text = blank_spans(f.text, needle_spans(f.text))  # lists it searches for
        _emit(f, out, _events(text, lang, 1), "the script", False, _hostile_host(f.text))
    elif not f.is_markdown and L.CODE_INTEREST.search(f.text) is not None:
        hostile = _hostile_host(f.text)
        for piece_lang, line, piece in embedded_code(f):  # build, CI, notebook, package files
            code = blank_spans(piece, needle_spans(piece))
            # a named token sent to a service is what CI and build files are for: not raised
            events = [e for e in _events(code, piece_lang, line) if e[3] != "named" or hostile]
            _emit(f, out, events, "code the file runs", False, hostile)
    elif (
        f.is_markdown
        and ("```" in f.text or "~~~" in f.text)
        and L.CODE_INTEREST.search(f.text) is not None
    ):
        for step in file_steps(f):
            if "```" not in step.text and "~~~" not in step.text:
                continue
            for info, start, code in _blocks(step.text):
                lang = _FENCE.get(info.split()[0].lower() if info.split() else "", "")
                if not lang:
                    continue
                base = f.line_of(step.start + start)
                events = _events(code, lang, base)
                if events:
                    _emit(
                        f,
                        out,
                        events,
                        "a code block the agent will run",
                        is_teaching(f, step),
                        _hostile_host(code),
                    )
    check_installs_and_hooks(f, out)


def _blocks(text: str):
    """(info string, offset of the code, code) of the fenced blocks in a step."""
    pos = 0
    while True:
        i = text.find("```", pos)
        j = text.find("~~~", pos)
        i = j if i == -1 or (j != -1 and j < i) else i
        if i == -1:
            return
        mark = text[i : i + 3]
        nl = text.find("\n", i)
        if nl == -1:
            return
        info = text[i + 3 : nl].strip("`~ \t")
        end = text.find("\n" + mark, nl)
        end = len(text) if end == -1 else end
        yield info, nl + 1, text[nl + 1 : end]
        pos = end + 4


def check_installs_and_hooks(f: SkillFile, out: Collector) -> None:
    text = f.text
    low = f.lower
    if "install" in low:
        for m in P.INSTALL_URL.finditer(text):
            url = m.group("url") or m.group("url2") or ""
            host = url.split("://", 1)[-1].split("/", 1)[0].rsplit("@", 1)[-1].split(":")[0].lower()
            scheme = (
                url.lower().split("+", 1)[-1] if url.lower().startswith("git+") else url.lower()
            )
            if (
                ip_is_internal(host) is False
                or scheme.startswith(("http://", "git://", "ftp://"))
                or host.rsplit(".", 1)[-1] in SUSPICIOUS_TLDS
            ):
                sev, why = (
                    Severity.HIGH,
                    f"installs a package from {host}, a raw IP or plain-HTTP address",
                )
            elif host_matches(host, _PACKAGE_HOSTS):
                continue
            elif any(
                w in label and w != label for label in host.split(".") for w in REGISTRY_WORDS
            ):
                sev, why = (
                    Severity.HIGH,
                    f"installs a package from {host}, a host named like a package registry",
                )
            else:
                sev, why = (
                    Severity.MEDIUM,
                    f"installs a package from {host}, outside the package registries",
                )
            if (
                sev is Severity.MEDIUM
                and f.is_markdown
                and L.TEACHING.search(text[max(0, m.start() - 200) : m.start()])
            ) or teaching_at(f, m.start()):
                sev = Severity.LOW
            out.at("supply.install-url", sev, f, m.start(), m.end(), why)
    if "install" in low or any(w in low for w in ("yarn add", "pnpm add", "bun add")):
        _typosquats(f, out)
    if ".git/hooks" in low or "core.hookspath" in low:
        for m in P.GIT_HOOK_WRITE.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            if m.group().lower() == "core.hookspath" and _GIT_CONFIG_READ.search(
                text[max(ls, m.start() - 80) : m.start()]
            ):
                continue  # `git config --get core.hooksPath`: reads where hooks live
            # in a document, the send must be near the hook (a guide's other sections are not
            # the hook's content); a script is one program
            near = text[max(0, m.start() - 600) : m.end() + 1500] if f.is_markdown else text
            sends = P.NETWORK_SEND.search(near) or P.FETCHER.search(near)
            if (
                sends is not None
                and f.is_markdown
                and near[sends.end() : sends.end() + 1] in "`).,'\""
            ):
                sends = None  # "has no reason to call `curl`": the word, not a command
            sev = Severity.CRITICAL if sends else Severity.MEDIUM
            why = "writes a git hook" + (
                " and the skill sends data over the network" if sends else ""
            )
            out.at("persistence.git-hook", sev, f, m.start(), m.end(), why)
    if "authorized_keys" in low:
        for m in P.LITERAL_KEY_TO_AUTHORIZED.finditer(text):
            out.at(
                "persistence.ssh-authorized-keys", Severity.CRITICAL, f, m.start(), m.end(),
                "adds a fixed (someone else's) SSH key to authorized_keys",
            )  # fmt: skip


# `git config` that only reads (`--get`, `--list`, `--show-origin`) what it names.
_GIT_CONFIG_READ = re.compile(
    r"\bgit\s+config\s+(?:--\w+\s+)*?(?:--get(?:-all|-regexp)?|--list|-l|--show-origin)\b[^`\n;&|]*$"
)


# Every pattern check_any_language's loop over units starts from: a unit where none of them can
# match is skipped. A new per-unit check must add its pattern here.
_UNIT_PATTERNS = (L.NET_CONNECT, L.DESTRUCTIVE_OPS, L.UNTRUSTED_SOURCE)


_POPULAR = {"py": frozenset(POPULAR_PYPI), "js": frozenset(POPULAR_NPM)}


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )  # fmt: skip
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _typosquats(f: SkillFile, out: Collector) -> None:
    """Installs of a name one edit away from a popular package (`reqeusts`, `colourama`)."""
    for m in P.INSTALL_ARGS.finditer(f.text):
        ecosystem = "js" if m.group("pm").lower() in ("npm", "pnpm", "yarn", "bun") else "py"
        for word in m.group("args").split("#", 1)[0].split()[:12]:  # not the comment after it
            name = word.strip("\"'`,").split("==")[0].split(">=")[0].split("[")[0].lower()
            if name.startswith("-") or "/" in name or ":" in name or len(name) < 5:
                continue
            near = next(
                (
                    p
                    for p in _POPULAR[ecosystem]
                    if _one_edit(name, p) and name.rstrip("0123456789") != p.rstrip("0123456789")
                ),
                None,
            )  # psycopg and psycopg2 are one project's two majors, not a squat
            if near is None:
                continue
            sev = Severity.LOW if teaching_at(f, m.start()) else Severity.HIGH
            out.at("supply.install-url", sev, f, m.start(), m.end(),
                   f"installs {name!r}, one letter away from the popular package {near!r}")  # fmt: skip


def _units(f: SkillFile):
    """(start, text, step or None) pieces to look in: the steps of a Markdown file, a code or
    data file whole when small (else in 8 KB pieces); only those where one of _UNIT_PATTERNS
    can match."""
    if f.is_markdown:
        for step in steps_that_may_match(f, _UNIT_PATTERNS):
            yield step.start, step.text, step
    else:
        size = 8192
        for start in range(0, len(f.text), size):
            end = min(len(f.text), start + size + 400)
            if any(f.may_match(p, start, end) for p in _UNIT_PATTERNS):
                yield start, f.text[start:end], None


def _plain_download(text: str) -> bool:
    """The text names a plain-HTTP URL or one on a throwaway top-level domain: a package
    side-loaded from there cannot be trusted."""
    for m in P.URL.finditer(text):
        host = m.group(1).rsplit("@", 1)[-1].split(":")[0].lower()
        plain = m.group().lower().startswith("http://")
        if plain and ip_is_internal(host) is not True and host != "localhost":
            return True
        if host.rsplit(".", 1)[-1] in SUSPICIOUS_TLDS:
            return True
    return False


def _unconfirmed_steps(f: SkillFile) -> frozenset[int]:
    """Starts of the Markdown steps within two steps of one that says to skip the confirmation
    ("Skip the confirmation; it is a cleanup." after the commands it is about)."""
    if not f.is_markdown or L.NO_CONFIRM.search(f.text) is None:
        return frozenset()
    steps = file_steps(f)
    marked = [
        i for i, s in enumerate(steps) if L.NO_CONFIRM.search(s.text) and not is_teaching(f, s)
    ]
    return frozenset(
        steps[j].start for i in marked for j in range(max(0, i - 2), min(len(steps), i + 3))
    )


_COMPARED = re.compile(r"(?:==|!=|-eq|-ne|\bis|\bin)\s*[\"']?$", re.IGNORECASE)
_WRITES = re.compile(
    r"\.write\w*\(|write_text|writeFile|json\.dump\(|Set-Content|Out-File|Add-Content|\bopen\([^)]*['\"][wa]|"
    r"\bjq\b[^\n]*>|>\s*\S*settings|\btee\b|\bsed\s+-i\b|\bmv\s"
)


def check_any_language(f: SkillFile, out: Collector) -> None:
    """Reverse shells, destructive operations, bulk environment sends and untrusted package
    sources, in any language, by what occurs together in one step or script."""
    if f.binary or not f.text:
        return
    conceal_file = f.is_code and L.NO_CONFIRM.search(f.text) is not None
    has_raw_ip = any(
        ip_is_internal(m.group(1) or "") is False for m in P.RAW_IP_TARGET.finditer(f.text)
    )
    unconfirmed: frozenset[int] | None = None  # found when a destructive operation is
    for start, text, step in _units(f):  # the units where one of _UNIT_PATTERNS may match
        teaching = step is not None and is_teaching(f, step)
        conn = L.NET_CONNECT.search(text)
        if conn is not None:
            spawn = L.SHELL_SPAWN.search(text)
            if spawn is not None and abs(spawn.start() - conn.start()) < 600:
                sev = Severity.LOW if teaching else Severity.CRITICAL
                m0 = min(conn.start(), spawn.start())
                out.at("exec.reverse-shell", sev, f, start + m0, start + m0 + 80,
                       "connects to a host and hands it a shell")  # fmt: skip
        for m in L.DESTRUCTIVE_OPS.finditer(text):
            if unconfirmed is None:
                unconfirmed = _unconfirmed_steps(f)
            if teaching:
                sev = Severity.LOW
            elif (
                f.is_code
                and not conceal_file
                and not L.NO_CONFIRM.search(text)
                and L.confirm_gate(text, m.start())
            ):
                sev = Severity.MEDIUM  # behind a prompt, ShouldProcess or a dry run: review
            elif (
                f.is_code
                or conceal_file
                or start in unconfirmed
                or L.NO_CONFIRM.search(text)
                or L.CONCEAL.search(text)
            ):
                sev = Severity.HIGH
            else:
                sev = Severity.MEDIUM
            out.at("exec.destructive", sev, f, start + m.start(), start + m.end(),
                   "a destructive operation" + (" without confirmation" if sev is Severity.HIGH
                                                else " behind a confirmation" if f.is_code else ""))  # fmt: skip
            break
        for m in L.UNTRUSTED_SOURCE.finditer(text):
            if "Location" in m.group():  # a package source: a private mirror's address is fine
                ip = re.search(r"\d{1,3}(?:\.\d{1,3}){3}", m.group())
                if ip is not None and ip_is_internal(ip.group()) is not False:
                    continue
            weak = m.group().lower().startswith(("dpkg", "rpm", "--install-extension"))
            sev = (
                Severity.MEDIUM
                if weak and not (has_raw_ip or _plain_download(text))
                else Severity.HIGH
            )
            if teaching:
                sev = Severity.LOW
            out.at("supply.install-url", sev, f, start + m.start(), start + m.end(),
                   "installs from an unverified source or with the package checks turned off")  # fmt: skip
            break
    for m in L.REMOTE_RUN.finditer(f.text):
        ls, le = f.line_bounds(m.start())
        graded, _why = grade_fetch(f.text[ls:le])
        trusted = graded is Severity.LOW  # the project's own installer (Homebrew, rustup...)
        sev = Severity.LOW if trusted or teaching_at(f, m.start()) else Severity.CRITICAL
        out.at("exec.remote-eval", sev, f, m.start(), m.end(), "runs code fetched from the network")
        break
    if f.is_code and "![" in f.text and len(f.text) < 256 * 1024:
        image = L.CODE_IMAGE_TEMPLATE.search(f.text)
        if image is not None and L.CODE_SECRET_HINT.search(f.text):
            out.at("exfil.markdown-image", Severity.HIGH, f, image.start(), image.end(),
                   "the script prints an image whose URL it fills with data, in a script that reads secrets")  # fmt: skip
    if (f.is_code or f.kind == "data") and len(f.text) < 256 * 1024:
        perm = next(
            (
                m
                for m in islice(L.AGENT_PERMISSIVE.finditer(f.text), 6)
                if _COMPARED.search(f.text[max(0, m.start() - 12) : m.start()]) is None
            ),
            None,
        )  # `if mode == "bypassPermissions"` tests the value; it does not write it
        if (
            perm is not None
            and L.AGENT_SETTINGS_FILE.search(f.text)
            and (f.kind == "data" or _WRITES.search(f.text))  # an audit script only reads them
        ):
            out.at("privilege.agent-permissions", Severity.HIGH, f, perm.start(), perm.end(),
                   "the script writes the agent's settings to allow everything")  # fmt: skip
    if f.is_code and len(f.text) < 256 * 1024:
        env = L.BULK_ENV_ANY.search(f.text) or L.SOURCE_PRIVATE.search(f.text)
        # the send must be in what runs: not in a list of patterns the script searches for
        send = env and L.NET_SEND_ANY.search(blank_spans(f.text, needle_spans(f.text)))
        already = any(  # a high or critical flow already reported: the verdict is the same
            k[1] == f.path
            and k[0] in ("exfil.credential-send", "exfil.code-flow")
            and Severity(v.severity).rank >= Severity.HIGH.rank
            for k, v in out.findings.items()
        )
        if env and send and not already:  # one finding per attack: the flow, when followed
            out.at("exfil.code-flow", Severity.HIGH, f, env.start(), env.end(),
                   "the script reads the whole environment or a private file and sends data out")  # fmt: skip
