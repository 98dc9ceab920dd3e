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


def _kinds(stmt: str, tokens: list[str], lang: dict, tainted: dict[str, set[str]]) -> set[str]:
    kinds: set[str] = set()
    if lang["bulk_env"].search(stmt.replace(" :", ":")):
        kinds.add("secret")
    if any(n in stmt for n in lang["named_env"]) and L.SOURCE_ENV.search(stmt.replace(" ", "")):
        kinds.add("named")
    if any(t in lang["file_read"] for t in tokens):
        strings = " ".join(t for t in tokens if t[:1] in "\"'`")
        if L.SOURCE_FILE.search(strings) and not L.SOURCE_HARMLESS.search(strings):
            kinds.add("secret")
    elif any(t[:1] in "\"'`" and L.SOURCE_FILE.search(t) for t in tokens) and (
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
    lang = JS if language == "js" else PS
    ci = language == "ps"
    stmts = _statements(
        source if ci else mask_regex_literals(source), _TOKEN_PS if ci else _TOKEN_JS
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
    for line, stmt, tokens in stmts:
        names = [t.lower() if ci else t for t in tokens]
        kinds = _kinds(stmt, tokens, lang, tainted)
        if not kinds:
            continue
        sink = next((t for t in names if t in sinks), None)
        if sink and ("secret" in kinds or "named" in kinds):
            if (
                language == "js"
                and sink in ("exec", "execSync", "spawn", "send")
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
