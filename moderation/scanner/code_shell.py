"""Shell analysed with a real parser (bashlex), following data through pipes, variables,
command substitutions and temporary files.

Why bashlex: it is pure Python (no compiled grammar to ship or build, nothing to download at run
time), it is the parser behind explainshell, and it gives positions for every word, so findings
point at the line. tree-sitter-bash parses more of the language but needs a compiled grammar
per platform; the scripts in skills are small and mostly POSIX, which bashlex covers. Where it
gives up (some bash-only syntax), the script is split into commands by a tokenizer instead, so
nothing goes unanalysed.

Events reported (kind, line, description, severity hint):
- `send`: a sink command (curl/wget upload, nc, scp, mail, DNS lookup) fed by a source
  (credential file, the whole environment, a secret variable) through a pipe, `@file`, a
  substitution, a variable or a temporary file;
- `exec`: decoded data (base64/xxd/printf or echo escapes/openssl/rev/gunzip) piped or
  substituted into a shell or interpreter, or `eval`-ed.
"""

from __future__ import annotations

import re

import bashlex
import bashlex.errors

from . import lexicon as L

SINKS = frozenset({
    "curl", "wget", "nc", "ncat", "netcat", "socat", "telnet", "scp", "sftp", "ftp", "rsync",
    "mail", "mailx", "sendmail", "mutt", "nslookup", "dig", "host", "http", "https", "xh",
})  # fmt: skip
DECODERS = frozenset(
    {"base64", "base32", "xxd", "openssl", "rev", "gunzip", "zcat", "uudecode", "tr"}
)
ESCAPE_PRINTERS = frozenset({"printf", "echo"})
RUNNERS = frozenset({
    "sh", "bash", "zsh", "dash", "ksh", "eval", "source", ".", "python", "python3", "perl", "ruby",
    "node", "php", "pwsh", "powershell", "iex",
})  # fmt: skip
BULK_ENV = frozenset({"printenv", "env", "set", "export", "declare"})


class Cmd:
    __slots__ = ("line", "pipe", "raw", "redirects", "seq", "subst_of", "words")

    def __init__(self, words: list[str], raw: str, line: int, pipe: int, seq: int) -> None:
        self.words, self.raw, self.line, self.pipe, self.seq = words, raw, line, pipe, seq
        self.redirects: list[str] = []
        self.subst_of: Cmd | None = None

    @property
    def name(self) -> str:
        return self.words[0].rsplit("/", 1)[-1] if self.words else ""


def _line(source: str, pos: int) -> int:
    return source.count("\n", 0, pos) + 1


def _commands_bashlex(source: str, base_line: int) -> list[Cmd] | None:
    try:
        trees = bashlex.parse(source)
    except (bashlex.errors.ParsingError, NotImplementedError, IndexError, AttributeError,
            TypeError, ValueError, AssertionError, RecursionError):  # fmt: skip
        return None
    cmds: list[Cmd] = []
    pipe_counter = [0]

    def visit(node, pipe: int, parent: Cmd | None) -> None:
        kind = node.kind
        if kind == "pipeline":
            pipe_counter[0] += 1
            p = pipe_counter[0]
            for part in node.parts:
                visit(part, p, parent)
            return
        if kind == "command":
            words = [pt.word for pt in node.parts if pt.kind == "word"]
            a, b = node.pos
            cmd = Cmd(words, source[a:b], base_line + _line(source, a) - 1, pipe, len(cmds))
            cmd.subst_of = parent
            cmds.append(cmd)
            for pt in node.parts:
                if pt.kind == "redirect" and getattr(pt, "output", None) is not None:
                    out = pt.output
                    cmd.redirects.append(getattr(out, "word", ""))
                    heredoc = getattr(pt, "heredoc", None)
                    if heredoc is not None:
                        cmd.raw += "\n" + heredoc.value
                for sub in getattr(pt, "parts", None) or []:
                    visit(sub, 0, cmd)
            return
        if kind == "for":  # `for x in $(source)`: x holds what the list holds
            words = [pt for pt in node.parts if pt.kind == "word"]
            if words:
                a = node.pos[0]
                line_end = source.find("\n", a)
                raw = source[a : line_end if line_end != -1 else node.pos[1]]
                loop = Cmd(
                    [f"{words[0].word}="], raw, base_line + _line(source, a) - 1, 0, len(cmds)
                )
                loop.subst_of = parent
                cmds.append(loop)
                for w in words[1:]:
                    for sub in getattr(w, "parts", None) or []:
                        visit(sub, 0, loop)
            for pt in node.parts:
                if pt.kind not in ("word", "reservedword"):
                    visit(pt, pipe, parent)
            return
        if kind in ("commandsubstitution", "processsubstitution"):
            visit(node.command, 0, parent)
            return
        if kind == "assignment":
            name = node.word.split("=", 1)[0]
            a, b = node.pos
            cmd = Cmd([f"{name}="], source[a:b], base_line + _line(source, a) - 1, pipe, len(cmds))
            cmd.subst_of = parent
            cmds.append(cmd)
            for sub in getattr(node, "parts", None) or []:
                visit(sub, 0, cmd)
            return
        for attr in ("parts", "list"):
            for sub in getattr(node, attr, None) or []:
                visit(sub, pipe, parent)
        for attr in ("command", "output"):
            sub = getattr(node, attr, None)
            if sub is not None and hasattr(sub, "kind"):
                visit(sub, pipe, parent)

    for tree in trees:
        visit(tree, 0, None)
    return cmds


def _commands_tokens(source: str, base_line: int) -> list[Cmd]:
    """Fallback: commands split on newlines, `;`, `&&`, `||` and pipes."""
    cmds: list[Cmd] = []
    pipe = 0
    for i, line in enumerate(source.split("\n")):
        for stmt in line.replace("&&", ";").replace("||", ";").split(";"):
            parts = stmt.split("|")
            pipe += 1
            for part in parts:
                words = [w.strip("'\"") for w in part.split()]
                if words:
                    cmds.append(
                        Cmd(words, part, base_line + i, pipe if len(parts) > 1 else 0, len(cmds))
                    )
    return cmds


def _is_source(cmd: Cmd) -> str:
    if not cmd.words:
        return ""
    args = " ".join(cmd.words[1:])
    if cmd.name in BULK_ENV and (len(cmd.words) == 1 or cmd.words[1:] in (["-p"], ["-x"])):
        return "the whole environment"
    if cmd.name == "security" and "find-" in args:
        return "the keychain"
    if cmd.name.endswith("=") or cmd.name in SINKS:
        return ""
    m = L.SOURCE_FILE.search(args)
    if m and not L.SOURCE_HARMLESS.search(args):
        return m.group().strip()
    if "<" in cmd.raw:  # `base32 < ~/.aws/credentials`: read through an input redirect
        redirected = cmd.raw.split("<", 1)[1].split("\n", 1)[0]
        m = L.SOURCE_FILE.search(redirected)
        if m and not L.SOURCE_HARMLESS.search(redirected):
            return m.group().strip()
    return ""


def _is_sink(cmd: Cmd) -> bool:
    if cmd.name == "ping":  # `ping -p <hex>` carries 16 bytes of data per packet
        return "-p" in cmd.words
    if cmd.name not in SINKS:
        return False
    if cmd.name in ("curl", "wget", "http", "https", "xh"):
        return bool(L.SINK_COMMAND.search(cmd.raw)) or "@" in cmd.raw or "$" in cmd.raw
    return True


def _is_decoder(cmd: Cmd) -> bool:
    if cmd.name in DECODERS:
        joined = " ".join(cmd.words[1:])
        return cmd.name in ("rev", "gunzip", "zcat", "uudecode") or any(
            flag in joined for flag in ("-d", "--decode", "-D", "-r", "enc", "a-zA-Z", "n-za-m")
        )
    if cmd.name in ESCAPE_PRINTERS:
        return "\\x" in cmd.raw or "\\0" in cmd.raw or "\\u" in cmd.raw or "$'\\" in cmd.raw
    return False


def _runner(cmd: Cmd) -> bool:
    if cmd.name not in RUNNERS:
        return False
    # `bash script.sh` runs a file, not its input; `python -m json.tool` reads data
    rest = [w for w in cmd.words[1:] if not w.startswith("-")]
    return cmd.name in ("eval", "iex", "source", ".") or not rest or "-c" in cmd.words


# Literals spelled so that no word names them (2.7.0): `$(echo npm)`, `` `printf rc` ``, and
# variables holding a literal (`rc_dir="$HOME"; state="$rc_dir/.npmrc"`), folded in before the
# script is parsed, on the same lines.
_ECHO_SUB = re.compile(
    r"\$\(\s*(?:echo|printf)\s+(?:-n\s+)?(['\"]?)([\w.+/-]{1,40})\1\s*\)"
    r"|`\s*(?:echo|printf)\s+(?:-n\s+)?(['\"]?)([\w.+/-]{1,40})\3\s*`"
)
_LITERAL_ASSIGN = re.compile(
    r"^\s*(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)="
    r"(?:\"([^\"\n`]*)\"|'([^'\n]*)'|([^\s;&|\"'`()]*))\s*(?:#.*)?$"
)
_VAR_REF = re.compile(r"\$\{(\w+)\}|\$(\w+)")
_SECRET_NAME = re.compile(r"KEY|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH", re.IGNORECASE)


def fold_literals(source: str) -> str:
    """The script with `$(echo WORD)` replaced by WORD and variables that hold a literal
    replaced by it (line by line, in order; a line keeps its place)."""
    if "$" not in source and "`" not in source:
        return source
    known: dict[str, str] = {}
    out: list[str] = []
    for line in source.split("\n"):
        if "echo" in line or "printf" in line:
            line = _ECHO_SUB.sub(lambda m: m.group(2) or m.group(4) or "", line)
        if known and "$" in line:
            line = _VAR_REF.sub(lambda m: known.get(m.group(1) or m.group(2), m.group()), line)
            # a secret's name says what it is: `$BOT_TOKEN` stays a named token for the flow
        m = _LITERAL_ASSIGN.match(line) if "=" in line else None
        if m is not None and len(known) < 200 and _SECRET_NAME.search(m.group(1)) is None:
            value = next((g for g in m.groups()[1:] if g is not None), "")
            if "$(" not in value and len(value) < 200:
                known[m.group(1)] = value
        out.append(line)
    return "\n".join(out)


# Every event below needs a command that `_is_sink` or `_is_decoder` accepts. A command's name
# (bashlex's first word, quotes and backslashes removed; or the fallback's, quotes stripped) is
# then a run of letters, digits and `_` of the script with its quotes and backslashes deleted.
_ALWAYS = SINKS | {"ping", "rev", "gunzip", "zcat", "uudecode"}
_FLAGGED = DECODERS - _ALWAYS  # decoders only with one of `_is_decoder`'s flags in their words
_DECODE_FLAGS = ("-d", "--decode", "-D", "-r", "enc", "a-zA-Z", "n-za-m")
_ESCAPES = ("\\x", "\\0", "\\u", "$'\\")  # what makes printf or echo a decoder
_UNQUOTE = str.maketrans("", "", "'\"\\")
_RUN = re.compile(r"[A-Za-z0-9_]+")


def _may_have_events(source: str) -> bool:
    """False only when no command of the script can be a sink or a decoder, however bashlex or
    the fallback cuts it (so `shell_events` has nothing to report). A backslash before a newline
    and ANSI-C quoting (`$'...'`) are not worked out here: such scripts are always analysed."""
    if "\\\n" in source or "$'" in source:
        return True
    plain = source.translate(_UNQUOTE)
    runs = set(_RUN.findall(plain))
    if not runs.isdisjoint(_ALWAYS):
        return True
    if not runs.isdisjoint(_FLAGGED) and any(flag in plain for flag in _DECODE_FLAGS):
        return True
    return not runs.isdisjoint(ESCAPE_PRINTERS) and any(e in source for e in _ESCAPES)


def shell_events(
    source: str, base_line: int = 1, *, parse: bool = True
) -> list[tuple[str, int, str, str]]:
    """(kind, line, description, weight) events of a shell script; weight is "secret" or
    "named" for sends (a credential vs one named token) and "decoded" for executions."""
    source = fold_literals(source)
    if not _may_have_events(source):
        return []  # no command can be a sink or a decoder: nothing to parse
    cmds = _commands_bashlex(source, base_line) if parse else None
    if cmds is None:
        cmds = _commands_tokens(source, base_line)
    events: list[tuple[str, int, str, str]] = []
    tainted: dict[str, str] = {}  # variable or file -> what it holds
    decoded_vars: set[str] = set()
    children: dict[int, list[Cmd]] = {}
    pipes: dict[int, list[Cmd]] = {}
    for cmd in cmds:
        if cmd.subst_of is not None:
            children.setdefault(id(cmd.subst_of), []).append(cmd)
        if cmd.pipe:
            pipes.setdefault(cmd.pipe, []).append(cmd)
    for cmd in cmds:
        what = _is_source(cmd)
        for sub in children.get(id(cmd), ()):
            if _is_source(sub):
                what = what or _is_source(sub)
            if _is_decoder(sub):
                if cmd.name.endswith("="):
                    decoded_vars.add(cmd.name[:-1])
                elif _runner(cmd) or cmd.name in ("bash", "sh", "eval"):
                    events.append(("exec", cmd.line, f"runs decoded data ({sub.name})", "decoded"))
        if what and cmd.name.endswith("="):
            tainted[cmd.name[:-1]] = what
        if what:
            for target in cmd.redirects:
                tainted[target] = what
        if cmd.pipe and what:
            for later in pipes[cmd.pipe]:
                if later.seq > cmd.seq and _is_sink(later):
                    events.append(("send", later.line, f"pipes {what} into {later.name}", "secret"))
                    break
        if cmd.pipe and _is_decoder(cmd):
            for later in pipes[cmd.pipe]:
                if later.seq > cmd.seq and _runner(later):
                    events.append(
                        (
                            "exec",
                            later.line,
                            f"pipes decoded data ({cmd.name}) into {later.name}",
                            "decoded",
                        )
                    )
                    break
        if cmd.name in ("eval", "sh", "bash") and any(
            f"${v}" in cmd.raw or f"${{{v}}}" in cmd.raw for v in decoded_vars
        ):
            events.append(("exec", cmd.line, f"{cmd.name} runs a decoded variable", "decoded"))
        if _is_sink(cmd):
            raw = cmd.raw
            for name, held in tainted.items():
                if (f"${name}" in raw or f"${{{name}}}" in raw or f"@{name}" in raw) and name:
                    events.append(
                        ("send", cmd.line, f"{cmd.name} sends {held} (via {name})", "secret")
                    )
                    break
            else:
                for sub in children.get(id(cmd), ()):
                    if _is_source(sub):
                        events.append(
                            ("send", cmd.line, f"{cmd.name} sends {_is_source(sub)}", "secret")
                        )
                        break
                else:
                    at = [w for w in cmd.words if "@" in w and L.SOURCE_FILE.search(w)]
                    if at and not L.SOURCE_HARMLESS.search(at[0]):
                        events.append(
                            ("send", cmd.line, f"{cmd.name} uploads {at[0][:60]}", "secret")
                        )
                    elif L.SOURCE_ENV.search(raw) and "$" in raw:
                        events.append(
                            ("send", cmd.line, f"{cmd.name} sends a secret variable", "named")
                        )
    return events
