"""Per-file checks on lines and patterns: hidden characters, injection phrases, dangerous
commands, exfiltration endpoints, persistence, obfuscation and binaries."""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as L
from . import patterns as P
from .collect import Collector
from .context import (
    COLLECTOR_SET,
    COLLECTOR_WORDS,
    PASTE_SET,
    contextual,
    emit_graded,
    grade_fetch,
    host_matches,
    ip_is_internal,
    msg,
)
from .datause import in_pattern
from .findings import Severity
from .reading import SkillFile, has_line_longer

_IMAGE_BASE64_PREFIXES = ("iVBORw0KGgo", "/9j/", "R0lGOD", "UklGR", "PHN2Zy", "JVBERi", "AAABAA")


def check_hidden(f: SkillFile, out: Collector) -> None:
    text = f.text
    if text.isascii():
        return
    if P.INVISIBLE_ANY.search(text):
        _check_invisible(f, out)
    # Look-alike hosts in URLs (a host with Cyrillic or Greek letters: a text without any has
    # none, and its URLs are not read), mixed Latin/Cyrillic words in prose.
    for m in f.iter("URL") if "://" in text and _CYRILLIC_OR_GREEK.search(text) else ():
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


def _check_invisible(f: SkillFile, out: Collector) -> None:
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


def check_injection(f: SkillFile, out: Collector) -> None:
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
            sev, note = contextual(f, m.start(), m.end(), Severity.HIGH, injection=True)
            out.at(rule_id, sev, f, m.start(), m.end(), msg(what, note))


def check_html_comments(f: SkillFile, out: Collector) -> None:
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


def check_execution(f: SkillFile, out: Collector) -> None:
    text = f.text
    code = f.is_code
    for m in f.iter("PIPE_TO_INTERPRETER"):
        if m.group("notshell"):
            continue  # `| sh -c ...` or `| shellcheck`: not a download run by a shell
        ls, le = f.line_bounds(m.start())
        if not P.FETCHER.search(text, ls, m.start()):
            continue
        if in_pattern(text, m.start(), m.end()):
            continue  # 'DownloadString|IEX' matched against input: a detector's pattern
        sev, why = grade_fetch(text[ls:le])
        target = (m.group("shell") or m.group("interp") or m.group("iex") or "").lower()
        emit_graded(out, f, "exec.pipe-to-shell", m, sev, f"download piped to {target}, {why}")
    for m in f.iter("SUBSHELL_FETCH"):
        ls, le = f.line_bounds(m.start())
        sev, why = grade_fetch(text[ls:le])
        emit_graded(out, f, "exec.pipe-to-shell", m, sev, f"downloaded script executed, {why}")
    for m in f.iter("DECODE_AND_RUN"):
        if m.group("module"):
            continue  # `| python -m json.tool`: a module reading the data, not running it
        if "..." in text[m.start() : m.end() + 40].split("\n", 1)[0] or "\u2026" in m.group():
            continue  # `powershell -enc SQBFAFgA...`: an elided payload quoted, nothing to run
        if in_pattern(text, m.start(), m.end()) or _separate_terms(f, m.group()):
            continue  # 'FromBase64String|IEX' matched against input; `IEX` named in a list
        emit_graded(
            out, f, "exec.decode-and-run", m, Severity.CRITICAL, "decodes data and executes it"
        )
    if code and P.DECODE_CALL.search(text):
        passed = P.EXEC_VARIABLE.search(text)
        if passed:
            out.at(
                "exec.decode-and-run", Severity.HIGH, f, passed.start(), passed.end(),
                "the script decodes data and passes a variable to exec/eval",
            )  # fmt: skip
    for m in f.iter("REMOTE_EVAL"):
        emit_graded(out, f, "exec.remote-eval", m, Severity.CRITICAL, "executes an HTTP response")
    if f.has_word("chmod", "start"):
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
                sev, why = grade_fetch(text[ls:le])
                emit_graded(
                    out, f, "exec.download-and-run", m, sev,
                    f"downloads a file and makes it executable, {why}",
                )  # fmt: skip
    for m in f.iter("REVERSE_SHELL"):
        emit_graded(
            out, f, "exec.reverse-shell", m, Severity.CRITICAL, "opens a shell for a remote party"
        )
    for m in f.iter("FORK_BOMB_FN"):
        if m.group("fn") and len({m.group("fn"), m.group("a"), m.group("b"), m.group("c")}) > 1:
            continue
        emit_graded(out, f, "exec.fork-bomb", m, Severity.CRITICAL, "a fork bomb")
    if f.has_word("fork"):
        for m in P.FORK_LOOP.finditer(text):
            emit_graded(out, f, "exec.fork-bomb", m, Severity.CRITICAL, "forks in an endless loop")
    for m in f.iter("DESTRUCTIVE"):
        if not f.is_code and _PLACEHOLDER_DEVICE.search(m.group()) is not None:
            emit_graded(out, f, "exec.destructive", m, Severity.MEDIUM,
                        "writes over a disk whose name the user fills in (a template to check)")  # fmt: skip
            continue
        emit_graded(
            out,
            f,
            "exec.destructive",
            m,
            Severity.CRITICAL,
            "deletes a home, system folder or disk",
        )


# A device name left for the user to fill (`/dev/sdX`, `/dev/diskN`, `/dev/nvmeXn1`): real
# device names are lower-case, so an upper-case letter marks a template, not a target.
_PLACEHOLDER_DEVICE = re.compile(
    r"/dev/(?:sd|nvme|hd|disk|xvd|vd|mmcblk)[a-z0-9]*[A-Z][A-Za-z0-9]*\b"
)


def _inventory_span(text: str, pos: int, ls: int, le: int) -> bool:
    """pos sits in an inline code span (on its line) whose command only lists or reads."""
    before = text[ls:pos]
    if before.count("`") % 2 == 0:
        return False
    start = ls + before.rfind("`") + 1
    end = text.find("`", pos, le)
    span = text[start : end if end != -1 else le]
    return _LISTS_ONLY.match(span) is not None and _WRITES_LINE.search(span) is None


_RUN_KEY = re.compile(r"CurrentVersion\\+Run", re.IGNORECASE)
_REGISTRY_WRITE = re.compile(
    r"\b(?:Set|New)-ItemProperty\b|\bNew-Item\b[^\n]*HK|\breg(?:\.exe)?\s+(?:add|import|copy)\b"
    r"|\.SetValue\(|CreateSubKey|\bSetValueEx\b|\bregedit\s+/s\b|\bRegWrite\b",
    re.IGNORECASE,
)


def _separate_terms(f: SkillFile, matched: str) -> bool:
    """In prose, a match that runs across several inline code spans (`FromBase64String`,
    `DownloadString` or `IEX`) joins terms the text names one by one: no command holds them."""
    return f.is_markdown and matched.count("`") >= 2 and "\n" not in matched.strip()


def check_exfiltration(f: SkillFile, out: Collector, state: dict[str, Any]) -> None:
    text = f.text
    code = f.is_code
    creds = [m for m in f.iter("CREDENTIAL_ACCESS") if not (m.group("pub") or m.group("envx"))]
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
        if together and not f.is_markdown:  # Markdown steps are judged by text.py
            emit_graded(
                out, f, "exfil.credential-send", m, Severity.CRITICAL,
                f"reads {m.group().strip()[:60]!r} and sends data over the network",
            )  # fmt: skip
        else:
            base = Severity.MEDIUM if code else Severity.LOW
            emit_graded(
                out, f, "exfil.credential-access", m, base, f"reads {m.group().strip()[:60]!r}"
            )
    if "://" in text:
        for m in f.iter("URL"):
            host = m.group(1).rsplit("@", 1)[-1].split(":")[0].lower()
            if host_matches(host, COLLECTOR_SET, COLLECTOR_WORDS):
                base, what = Severity.HIGH, f"a request-bin/tunnel host {host}"
            elif host_matches(host, PASTE_SET):
                ls, le = f.line_bounds(m.start())
                posting = P.NETWORK_SEND.search(text, ls, le) is not None
                base = Severity.HIGH if posting else Severity.MEDIUM
                what = f"a paste/file-drop host {host}"
            else:
                continue
            if not code and base is Severity.HIGH and not sends_near(f, m.start()):
                base = Severity.MEDIUM
            emit_graded(out, f, "exfil.suspicious-endpoint", m, base, what)
        for m in f.iter("CHAT_WEBHOOK"):
            emit_graded(
                out, f, "exfil.suspicious-endpoint", m, Severity.MEDIUM, "a hard-coded chat webhook"
            )
        for m in f.iter("INTEGER_IP_URL"):
            emit_graded(
                out,
                f,
                "exfil.suspicious-endpoint",
                m,
                Severity.HIGH,
                "a URL with an encoded IP address",
            )
    for m in f.iter("RAW_IP_TARGET"):
        ip = next(g for g in m.groups() if g)
        if ip_is_internal(ip) is not False or ip.startswith("0.") or ip == "255.255.255.255":
            continue
        sending = sends_near(f, m.start())
        if code:
            base = Severity.HIGH if sending else Severity.MEDIUM
        else:
            base = Severity.MEDIUM if sending else Severity.LOW
        emit_graded(out, f, "exfil.suspicious-endpoint", m, base, f"talks to a raw IP address {ip}")
    for m in f.iter("CLOUD_METADATA"):
        emit_graded(
            out, f, "exfil.cloud-metadata", m, Severity.HIGH, "reads the cloud metadata service"
        )


def sends_near(f: SkillFile, pos: int) -> bool:
    ls, le = f.line_bounds(pos)
    return P.NETWORK_SEND.search(f.text, ls, le) is not None or bool(
        P.PIPE_TO_INTERPRETER.search(f.text, ls, le)
    )


def check_persistence(f: SkillFile, out: Collector) -> None:
    text = f.text
    code = f.is_code
    hostile_script = None
    for m in f.iter("SCHEDULED_TASK"):
        ls, le = f.line_bounds(m.start())
        if (
            not code
            and m.group().startswith("/")
            and _WRITES_LINE.search(text, ls, le) is None
            and _PROSE_WRITE.search(text, ls, le) is None
        ):  # "every user's crontab (`/var/spool/cron/crontabs/`)": a place named, nothing written
            emit_graded(out, f, "persistence.scheduled-task", m, Severity.LOW,
                        "names a crontab folder (nothing is written to it on this line)")  # fmt: skip
            continue
        hostile = P.PROFILE_HOSTILE_LINE.search(text, ls, le) or "/tmp/" in text[ls:le]  # noqa: S108 (looking for it, not using it)
        if code and not hostile:  # a script scheduling what it downloads, hides or decodes
            if hostile_script is None:
                hostile_script = bool(
                    P.PROFILE_HOSTILE_LINE.search(text) or P.HIDDEN_TASK.search(text)
                )
            hostile = hostile_script
        base = Severity.HIGH if hostile else Severity.MEDIUM
        emit_graded(out, f, "persistence.scheduled-task", m, base, "installs a scheduled task")
    for m in f.iter("AUTOSTART"):
        ls, le = f.line_bounds(m.start())
        if m.group().lower().startswith("systemctl"):
            base = Severity.LOW
        elif m.group().lower().startswith(("autocmd", "(add-hook")):  # editor start-up hooks
            if not P.PROFILE_HOSTILE_LINE.search(text, ls, le):
                continue
            out.at("persistence.autostart", Severity.HIGH, f, m.start(), m.end(),
                   "an editor start-up hook that downloads or runs a command")  # fmt: skip
            continue
        elif code and _LISTS_ONLY.match(text[ls:le]) and not _WRITES_LINE.search(text[ls:le]):
            continue  # `ls -l ~/Library/LaunchAgents`, `[ -d ... ]`: an inventory, not an install
        elif f.is_markdown and _inventory_span(text, m.start(), ls, le):
            continue  # "`ls ~/Library/LaunchAgents`" in a checklist: a look, not an install
        elif code and _RUN_KEY.search(m.group()) and _REGISTRY_WRITE.search(text) is None:
            continue  # a script that names the Run keys but never writes the registry reads them
        elif code and _gated_own_item(f):
            base = Severity.MEDIUM  # shows the item, asks, and starts what the user named: review
        else:
            base = Severity.HIGH if code else Severity.MEDIUM
        emit_graded(out, f, "persistence.autostart", m, base, "installs a start-up item")
    if code and not f.has("SHELL_PROFILE") and len(text) < 256 * 1024:
        _startup_append(f, out)
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
        emit_graded(out, f, "persistence.shell-profile", m, base, what)
    own_key = None
    for m in f.iter("AUTHORIZED_KEYS"):
        if code and own_key is None:  # the user's own .pub, or keys of a GitHub user they name
            own_key = bool(_OWN_KEY.search(text)) and _KEY_LITERAL.search(text) is None
        base = Severity.CRITICAL if code and not own_key else Severity.MEDIUM
        emit_graded(
            out, f, "persistence.ssh-authorized-keys", m, base, "adds an SSH key to authorized_keys"
        )
    for m in f.iter("SUDOERS"):
        base = Severity.HIGH if code else Severity.MEDIUM
        emit_graded(out, f, "privilege.sudoers", m, base, "changes who can become root")
    for m in f.iter("DISABLE_SECURITY"):
        base = Severity.HIGH if code else Severity.MEDIUM
        emit_graded(out, f, "privilege.disable-security", m, base, "disables a security control")
    for m in f.iter("AGENT_PERMISSIONS"):
        emit_graded(
            out,
            f,
            "privilege.agent-permissions",
            m,
            Severity.MEDIUM,
            "turns off the agent's permission prompts",
        )


_SHELL_EXT = (".sh", ".bash", ".zsh")
_SHELL_VAR = re.compile(r"\$\{?([A-Za-z_]\w{0,40})")


def _appended_text(text: str, pos: int) -> str | None:
    """What a shell script appends: the write's line, the assignments of the variables it names
    (`line='eval "$(direnv hook zsh)"'`) and a here-document's body; None when a variable's
    value cannot be found there (then the whole script is read, as before). A `sudo apt-get
    install` elsewhere in the script is not what goes into the start-up file."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    parts = [text[ls:le]]
    if "<<" in parts[0]:
        end = text.find("\nEOF", le)
        parts.append(text[le : end if end > 0 else le + 4000])
    # in line order, not a set's (its order follows the hash seed, and so would the text's)
    names = dict.fromkeys(m.group(1) for m in _SHELL_VAR.finditer(parts[0]))
    for name in [n for n in names if n not in ("HOME", "USER", "SHELL")]:
        found = _assignment_lines(text, name)
        if not found:
            return None
        parts.extend(found)
    return "\n".join(parts)


def _assignment_lines(text: str, name: str) -> list[str]:
    """The lines where `name=` is assigned (plain string search, at most 12)."""
    found: list[str] = []
    at = text.find(name + "=")
    while at >= 0 and len(found) < 12 and at < 200_000:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            ls = text.rfind("\n", 0, at) + 1
            le = text.find("\n", at)
            found.append(text[ls : le if le >= 0 else len(text)])
        at = text.find(name + "=", at + 1)
    return found


def _startup_append(f: SkillFile, out: Collector) -> None:
    """A script that appends to a start-up file named elsewhere in it (a list of rc files, a
    path joined from the home folder) something that downloads or connects."""
    text = f.text
    name = P.STARTUP_FILE_NAME.search(text)
    if name is None:
        return
    write = next(  # the call, not the import of the function
        (
            m
            for m in P.STARTUP_WRITE.finditer(text)
            if not text[m.end() : m.end() + 2].startswith((" }", ",", " ,"))
        ),
        None,
    )
    if write is None:
        return
    appended = _appended_text(text, write.start()) if f.ext in _SHELL_EXT else None
    where = text if appended is None else appended
    if P.PROFILE_HOSTILE_LINE.search(where) or "--require" in where:
        out.at("persistence.shell-profile", Severity.HIGH, f, write.start(), write.end(),
               f"appends to {name.group()!r} in a script that downloads, decodes or connects")  # fmt: skip


def check_obfuscation(f: SkillFile, out: Collector) -> None:
    text = f.text
    code = f.is_code and f.ext not in (".ipynb",)
    base = Severity.MEDIUM if code else Severity.LOW
    if "\\x" in text or "\\u" in text or "\\0" in text or f.has_word("chr", "fromcharcode"):
        for m in P.ESCAPE_CHAIN.finditer(text):
            out.at(
                "obfuscation.encoded-blob",
                base,
                f,
                m.start(),
                m.start() + 60,
                "a long chain of escaped characters",
            )
    if not has_line_longer(text, 399):  # every line under 400 characters
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


def check_binary(f: SkillFile, out: Collector) -> None:
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


_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u04ff]")  # what P.CYRILLIC or P.MIXED_GREEK_LATIN needs
_OWN_KEY = re.compile(r"\.pub\b|\b(?:github|gitlab)\.com/(?:\$|%|\{|\\\$)")
_KEY_LITERAL = re.compile(r"\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-\S+\s+AAAA")


# A line that only looks at a start-up location (an inventory or audit script) ...
def _gated_own_item(f: SkillFile) -> bool:
    """A script that writes a start-up item behind a prompt (`read -p "write $dest and load it?
    [y/N]"`, `input(...)`) and whose item runs nothing it downloads, decodes or hides: the user
    sees and accepts what starts at login. Read once per file."""
    memo = f.memo.get("gated_own_item")
    if memo is None:
        text = f.text
        memo = bool(
            L.confirm_gate(text)
            and P.PROFILE_HOSTILE_LINE.search(_NO_SUDO.sub("", text)) is None
            and P.HIDDEN_TASK.search(text) is None
            and L.CONCEAL.search(text) is None
            and L.NO_CONFIRM.search(text) is None
        )
        f.memo["gated_own_item"] = memo
    return memo


_NO_SUDO = re.compile(r"\bsudo\b")
# Prose that puts something into a crontab folder: "drop a file in /etc/cron.d/", "add ...".
_PROSE_WRITE = re.compile(
    r"\b(?:add\w*|append\w*|writ\w*|wrote|drop\w*|install\w*|creat\w*|plac\w*|put\w*|cop(?:y|ies)|"
    r"sav\w*|schedul\w*|register\w*|insert\w*|echo|tee|cat\s*>)\b",
    re.IGNORECASE,
)
_LISTS_ONLY = re.compile(
    r"^\s*(?:if\s+|then\s+|elif\s+|&&\s*|\|\|\s*)?(?:(?:ls|cat|find|stat|test|grep|head|tail|wc|du|"
    r"echo|printf|Get-ChildItem|Test-Path|dir|launchctl\s+list|plutil\s+-p)\b|\[\[?\s)"
)
# ... unless it writes there.
_WRITES_LINE = re.compile(
    r"(?<![\d&])>(?!\s*/dev/null)|\btee\b|\bcp\b|\bmv\b|\bln\b|\binstall\b|\b(?:load|bootstrap|enable)\b"
)
