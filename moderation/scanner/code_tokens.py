"""JavaScript/TypeScript and PowerShell analysed by token-level data flow.

The source is cut into tokens (strings, identifiers, punctuation; comments dropped) and into
statements (`;` or a newline outside brackets). A statement that assigns (`const x = ...`,
`$x = ...`) taints its variable with what its right side carries; a sink call whose arguments
carry a secret, or an executor whose arguments carry decoded data, is an event.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as L
from . import rx
from .datause import mask_regex_literals

_REST = (
    r"""|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)"""  # strings
    r"""|(\$?[A-Za-z_][\w$]*(?::[A-Za-z_]\w*)?(?:-[A-Za-z]\w*)?)"""  # names, $env:X, Verb-Noun
    r"""|(\n)|([^\s\w])"""
)
_TOKEN_JS = rx.compile(r"(//[^\n]*|/\*(?s:.*?)\*/)" + _REST, 0)
_TOKEN_PS = rx.compile(r"(#[^\n]*|<#(?s:.*?)#>)" + _REST, 0)

JS: dict[str, Any] = {
    "bulk_env": re.compile(
        r"process\.env(?!\s*[.\[])|Object\.(?:entries|keys|values)\(\s*process\.env"
    ),
    "named_env": ("process.env.", "process.env["),
    "file_read": ("readFileSync", "readFile", "createReadStream", "promises.readFile"),
    "sinks": (
        "fetch",
        "post",
        "put",
        "request",
        "sendBeacon",
        "send",
        "WebSocket",
        "execSync",
        "exec",
        "spawn",
    ),
    "executors": (
        "eval",
        "Function",
        "execSync",
        "exec",
        "runInNewContext",
        "runInThisContext",
        "spawn",
        "setTimeout",
    ),
    "decoders": (
        "atob",
        "fromCharCode",
        "unescape",
        "decodeURIComponent",
        "base64",
        "hex",
        "fromCodePoint",
        "reverse",
    ),
    "assign": re.compile(r"^(?:export\s+)?(?:const|let|var)?\s*([A-Za-z_$][\w$]*)\s*=[^=]"),
    "fetchers": ("fetch", "axios", "got", "request", "XMLHttpRequest", "httpGet"),
}
PS: dict[str, Any] = {
    "bulk_env": re.compile(r"(?i)(?:Get-ChildItem|gci|dir|ls)\s+env:|GetEnvironmentVariables\(\)"),
    "named_env": ("$env:",),
    "file_read": ("Get-Content", "gc", "ReadAllText", "ReadAllBytes", "cat", "type"),
    "sinks": (
        "Invoke-WebRequest",
        "Invoke-RestMethod",
        "iwr",
        "irm",
        "UploadString",
        "UploadFile",
        "UploadData",
        "Send-MailMessage",
        "curl",
        "wget",
    ),
    "executors": ("Invoke-Expression", "iex", "Invoke-Command", "Start-Process", "ScriptBlock"),
    "decoders": ("FromBase64String", "GetString", "char", "Reverse", "ToInt32"),
    "assign": re.compile(r"^\s*(\$[A-Za-z_][\w:]*)\s*=[^=]"),
    "fetchers": (
        "Invoke-WebRequest",
        "Invoke-RestMethod",
        "iwr",
        "irm",
        "DownloadString",
        "DownloadData",
    ),
}


# Go (2.7.0): the labelled sets' attacks ship Go programs in every family; the same token-level
# flow as JavaScript, with Go's names. Decoders are the packages that decode (`bzip2`, `base64`).
GO: dict[str, Any] = {
    "bulk_env": re.compile(r"\bos\s*\.\s*Environ\s*\("),
    "named_env": ("Getenv", "LookupEnv"),
    "file_read": ("ReadFile", "Open", "ReadDir", "OpenFile"),
    "sinks": ("Post", "PostForm", "NewRequest", "Dial", "DialTimeout", "Do", "Command"),
    "executors": ("Command", "CommandContext"),
    "decoders": (
        "base64",
        "base32",
        "hex",
        "ascii85",
        "bzip2",
        "gzip",
        "zlib",
        "flate",
        "lzw",
        "DecodeString",
    ),
    "assign": re.compile(r"^(?:var\s+)?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)*\s*(?::=|=)[^=]"),
    "fetchers": ("Get",),
}
# A function whose body sends: calling it with data is sending that data.
_FUNC_NAME = re.compile(
    r"^(?:export\s+)?(?:async\s+)?(?:function\s*\*?\s*|func\s+(?:\(\s*[^)]*\)\s*)?)([A-Za-z_$][\w$]*)"
    r"|^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\(|function\b)"
)
_NET_TOOL = ("curl", "wget", "http", "socket", "ws", "nc ", "ncat", "scp")
_NET_SINKS = frozenset(
    {"fetch", "request", "sendBeacon", "WebSocket", "Post", "PostForm", "NewRequest", "Dial",
     "DialTimeout", "post", "put"}
)  # fmt: skip


def _statements(source: str, token) -> list[tuple[int, str, list[str]]]:
    """(line, statement text, tokens) with comments removed."""
    out: list[tuple[int, str, list[str]]] = []
    depth, line, start_line = 0, 1, 1
    cur: list[str] = []
    text: list[str] = []
    for m in token.finditer(source):
        if m.group(1):
            line += m.group(1).count("\n")
            continue
        tok = m.group()
        if tok == "\n":
            line += 1
            if depth == 0 and cur:
                out.append((start_line, " ".join(text), cur))
                cur, text = [], []
            continue
        if m.group(2):
            line += tok.count("\n")
        if not cur:
            start_line = line
        if tok in "([{":
            depth += 1
        elif tok in ")]}":
            depth = max(0, depth - 1)
        if tok == ";" and depth == 0:
            if cur:
                out.append((start_line, " ".join(text), cur))
            cur, text = [], []
            continue
        cur.append(tok)
        text.append(tok)
    if cur:
        out.append((start_line, " ".join(text), cur))
    return out


# String pieces assembled into one (2.7.0): `"." + "npm" + "rc"`, `[".", "ssh"].join("")`,
# `-join`: a path spelled in pieces so that no piece names it. Folded, the pieces are read
# as the string they make.
_STR = r"""(?:"[^"\n]*"|'[^'\n]*'|`[^`$\n]*`)"""
_ARRAY_JOIN = re.compile(
    r"(?:\[|@\()\s*("
    + _STR
    + r"(?:\s*,\s*"
    + _STR
    + r")*)\s*[\])]\s*(?:\.\s*join\s*\(\s*"
    + _STR
    + r"\s*\)|-join\s*"
    + _STR
    + r")"
)
_PLUS = re.compile(_STR + r"(?:\s*\+\s*" + _STR + r")+")


_PATH_JOIN = re.compile(
    r"\b(?:join|Join|joinpath|Join-Path)\s*\(?\s*((?:[^()\n]|\([^()\n]*\)){0,200}?)\)"
)


def folded_strings(stmt: str) -> list[str]:
    """The strings a statement assembles from pieces (each quoted), for the source checks:
    pieces added or joined, and path joins (`filepath.Join(home, ".docker", "config.json")`)."""
    if "+" not in stmt and "join" not in stmt and "Join" not in stmt:
        return []
    joins = [
        '"' + "/".join(p[1:-1] for p in re.findall(_STR, m.group(1))) + '"'
        for m in _PATH_JOIN.finditer(stmt)
        if len(re.findall(_STR, m.group(1))) > 1
    ]
    text = _ARRAY_JOIN.sub(
        lambda m: '"' + "".join(p[1:-1] for p in re.findall(_STR, m.group(1))) + '"', stmt
    )
    return (
        joins
        + [
            '"' + "".join(p[1:-1] for p in re.findall(_STR, m.group())) + '"'
            for m in _PLUS.finditer(text)
        ]
        + [m.group() for m in re.finditer(_STR, text) if text != stmt]
    )


def _kinds(stmt: str, tokens: list[str], lang: dict, tainted: dict[str, set[str]]) -> set[str]:
    kinds: set[str] = set()
    if lang["bulk_env"].search(stmt.replace(" :", ":")):
        kinds.add("secret")
    if any(n in stmt for n in lang["named_env"]) and L.SOURCE_ENV.search(stmt.replace(" ", "")):
        kinds.add("named")
    pieces = [t for t in tokens if t[:1] in "\"'`"] + folded_strings(stmt)
    if any(t in lang["file_read"] for t in tokens):
        strings = " ".join(pieces)
        if L.SOURCE_FILE.search(strings) and not L.SOURCE_HARMLESS.search(strings):
            kinds.add("secret")
    elif any(L.SOURCE_FILE.search(t) for t in pieces) and (
        "homedir" in tokens or "HOME" in stmt or "USERPROFILE" in stmt
    ):
        kinds.add("secret")
    if any(t in lang["decoders"] for t in tokens) or "'base64'" in tokens or '"base64"' in tokens:
        kinds.add("decoded")
    if any(t in lang["fetchers"] for t in tokens):
        kinds.add("downloaded")
    for t in tokens:
        if t in tainted:
            kinds |= tainted[t]
        elif ":" in t and t[:1] != "$":  # `{body:t}`: a JS key and its value read as one name
            kinds |= tainted.get(t.rsplit(":", 1)[1], set())
    return kinds


def token_events(source: str, language: str) -> list[tuple[str, int, str, str]]:
    """(kind, line, description, weight) for JavaScript/TypeScript ("js") or PowerShell ("ps")."""
    lang = {"js": JS, "go": GO}.get(language, PS)
    ci = language == "ps"
    stmts = _statements(
        source if ci or language == "go" else mask_regex_literals(source),
        _TOKEN_PS if ci else _TOKEN_JS,
    )
    tainted: dict[str, set[str]] = {}
    for _ in range(2):
        for _line, stmt, tokens in stmts:
            m = lang["assign"].match(stmt.replace(" ", " "))
            if m is None:
                continue
            kinds = _kinds(stmt, tokens[1:], lang, tainted)
            if kinds:
                tainted.setdefault(m.group(1), set()).update(kinds)
    events: list[tuple[str, int, str, str]] = []
    sinks = {s.lower() for s in lang["sinks"]} if ci else set(lang["sinks"])
    execs = {s.lower() for s in lang["executors"]} if ci else set(lang["executors"])
    if not ci:  # functions whose body sends over the network (2.7.0)
        for _line, stmt, tokens in stmts:
            m = _FUNC_NAME.match(stmt.replace(" ", " "))
            name = m and (m.group(1) or m.group(2))
            if name and any(
                t in _NET_SINKS or (t in sinks and any(w in stmt for w in _NET_TOOL))
                for t in tokens[2:]
            ):
                sinks.add(name)
    for line, stmt, tokens in stmts:
        names = [t.lower() if ci else t for t in tokens]
        kinds = _kinds(stmt, tokens, lang, tainted)
        if not kinds:
            continue
        own = _FUNC_NAME.match(stmt)
        own_name = own and (own.group(1) or own.group(2))
        sink = next((t for t in names if t in sinks and t != own_name), None)
        if sink and ("secret" in kinds or "named" in kinds):
            if (
                language in ("js", "go")
                and sink in ("exec", "execSync", "spawn", "send", "Command", "Do")
                and not any(w in stmt for w in ("curl", "wget", "http", "socket", "ws"))
            ):
                pass
            else:
                weight = "secret" if "secret" in kinds else "named"
                events.append(
                    ("send", line, f"{sink} sends data read from a secret source", weight)
                )
        ex = next(
            (t for i, t in enumerate(names) if t in execs and not _callback(tokens, i, stmt)),
            None,
        )
        if ex and ("decoded" in kinds or "downloaded" in kinds):
            what = "decoded" if "decoded" in kinds else "downloaded"
            events.append(("exec", line, f"{ex} runs {what} data", "decoded"))
    return events


def _callback(tokens: list[str], i: int, stmt: str) -> bool:
    """setTimeout(() => ...) or setTimeout(r, 5000) inside `(r) =>`: a function is scheduled,
    not a string run."""
    if tokens[i] != "setTimeout" or i + 2 >= len(tokens):
        return False
    arg = tokens[i + 2]
    if arg in ("(", "function", "async"):
        return True
    flat = stmt.replace(" ", "")
    return arg.isidentifier() and (f"({arg})=>" in flat or f"{arg}=>" in flat)
