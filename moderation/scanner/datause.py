"""What a piece of data is, read from how the skill uses it rather than from its name: a key
path that a local tool uses in place, a "session" that is a login rather than the
conversation, a string that is a pattern matched against input rather than a command.

Shared by the prose stage (text.py), the role model (roles.py) and the pattern stages
(linechecks.py, code_tokens.py), so one reading of the data has one implementation."""

from __future__ import annotations

import re

from . import lexicon as L
from . import patterns as P
from . import rolelex as R

_PATH_CHARS = re.compile(r"[^\s\"'`(),;|<>]*")
_KEY_OPTION = re.compile(
    r"(?:\bssh(?:-keygen|-add|-copy-id)?\b[^\n|;&]*?\s-[if]\s*|\bscp\b[^\n|;&]*?\s-i\s*"
    r"|IdentityFile[\s=]+|\bssh-add\s+(?:-\w+\s+)*|\bchmod\s+[0-7]{3,4}\s+(?:\S+\s+)*?)[\"']?$",
)
_HARMLESS_TOKEN = re.compile(r"(?:\.pub|\bauthorized_keys2?|\bknown_hosts|\.ssh/config)$")
_DELIMS = " \t\n\"'`(),;|<>="


def key_used_locally(text: str, start: int, end: int) -> bool:
    """The credential path at text[start:end], read as the whole token it sits in, is the public
    half (`~/.ssh/id_ed25519_2026.pub`), `authorized_keys`, `known_hosts`, `~/.ssh/config`, or a key a local tool uses in place: the identity of
    `ssh -i` / `scp -i`, `ssh-keygen -f` (which creates it), `ssh-add`, `IdentityFile`,
    `chmod 600`. None of these reads the key's content to send it anywhere."""
    tail = _PATH_CHARS.match(text, end)
    token_end = tail.end() if tail is not None else end
    if _HARMLESS_TOKEN.search(text[start:token_end]) is not None:
        return True
    head = start
    while head > 0 and text[head - 1] not in _DELIMS:
        head -= 1
    return _KEY_OPTION.search(text[max(0, head - 120) : head]) is not None


_CONNECTION = re.compile(
    r"\b(?:ssh|sshd|login|log\s+in|logged\s+in|terminal|tmux|screen|shell|remote\s+host|"
    r"locks?\s+(?:\w+\s+)?out|lockout|rdp|vpn|database|db|browser|cookie)\b",
    re.IGNORECASE,
)


def session_is_connection(sentence: str, word: str) -> bool:
    """ "the current session" in a sentence about a login, a terminal or a lock-out names that
    connection, not the conversation with the agent."""
    return "session" in word.lower() and _CONNECTION.search(sentence) is not None


# A quoted string or regular expression literal that is a list of alternatives
# ('EncodedCommand|-enc |IEX|Invoke-Expression', /curl[^|]*\|\s*sh/): what a detector matches.
_QUOTED = re.compile(
    r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|(?<![\w)\]])/(?![/*\s])(?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[dgimsuy]*"""
)
_MATCHER = re.compile(
    r"-match\b|-like\b|-notmatch\b|\bre\.\w+\(|\bRegExp\b|\.test\(|\.match\(|\bSelect-String\b|"
    r"\bgrep\b|\brg\b|\bregexp?\.|\bpatterns?\b|\bregex\w*\b|\bsuspicious\b|\brisky\b|\bindicators?\b",
    re.IGNORECASE,
)


_MATCH_OPERATOR = re.compile(
    r"(?:-i?c?(?:not)?match|-i?c?(?:not)?like|\bre\.(?:search|match|fullmatch|compile|findall)\(r?"
    r"|\bnew\s+RegExp\(|\bSelect-String\s+(?:-Pattern\s+)?|\bgrep\s+(?:-\w+\s+)*)\s*$",
    re.IGNORECASE,
)


def in_pattern(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a quoted string or a /regex/ literal on its line that is a
    pattern: a regex literal, the operand of a match (`-match '...'`, `re.search(r"..."`), or a
    string of alternatives (`a|b|c`) in a file that matches
    with it (`-match`, `re.search`, `.test(`, `grep`) or names it a pattern."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le == -1 else le
    line = text[ls:le]
    for q in _QUOTED.finditer(line):
        if q.start() <= start - ls and end - ls <= q.end():
            body = q.group()
            if body.startswith("/") or _MATCH_OPERATOR.search(line[: q.start()]) is not None:
                return True
            alternatives = body.count("|") - body.count("||") * 2
            return alternatives >= 2 and _MATCHER.search(text) is not None
    return False


def mask_regex_literals(source: str) -> str:
    """JavaScript source with each /regex/ literal's body blanked (same length, same lines): a
    pattern such as `/eval\\(/` is data a detector matches, not a call."""
    if "/" not in source:
        return source
    return _JS_REGEX.sub(lambda m: m.group(1) + "/" + "_" * (len(m.group(2))) + "/", source)


_JS_REGEX = re.compile(
    r"((?:^|[=(,\[!&|?:{};])\s*)/(?![/*])((?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)/(?=[dgimsuy]*\b|[dgimsuy]*[\s,;)\].])",
    re.MULTILINE,
)


_SEALED = re.compile(
    r"\bgpg2?\s+(?:--\S+\s+)*(?:--symmetric|-c)\b|\bage\s+(?:-\S+\s+)*(?:-p|--passphrase)\b"
    r"|\bopenssl\s+enc\b|\b7z\s+a\s+(?:\S+\s+)*-p\s",
)
_FIXED_PASSPHRASE = re.compile(
    r"--passphrase(?:-file)?[=\s]|--batch\b|-pass\s+(?:pass|env|file):|-p\S|\bpassword\s*=",
)


def sealed_by_user(text: str) -> bool:
    """The step encrypts what it packs with a passphrase the user types (`gpg --symmetric`,
    `age -p`, `openssl enc` with no passphrase on the command line): whoever receives the
    archive cannot read it without the user. A passphrase written into the command, or a
    public-key recipient (`gpg -e -r someone`), is not sealed by the user."""
    return _SEALED.search(text) is not None and _FIXED_PASSPHRASE.search(text) is None


_DESCRIBES = re.compile(
    r"^\s*(?:\w+\s+)?(?:explains?|describes?|documents?|teaches|audits?|checks?|reviews?|"
    r"detects?|scans?|flags?|warns?|lists?|finds?|catches|spots?|reports?|recogni[sz]es?)\b"
    r"|\b(?:such\s+as|e\.g\.|for\s+example|phrases?\s+like)\s+[\"\u201c]",
    re.IGNORECASE,
)
QUOTED_PHRASE = re.compile(
    r"\"[^\"\n]{3,120}\"|\u201c[^\u201d\n]{3,120}\u201d|(?:(?<=[\s(])|^)'[^'\n]{3,120}'(?=[\s,.;:)]|$)"
)


def describes_quoted(value: str) -> bool:
    """A frontmatter value that opens by saying what the skill detects or explains and quotes
    the phrases it means ("Flags prompt-injection phrases such as \"ignore previous
    instructions\" ... and reports each one"): a description of the attack, not an instruction.
    An override, an elevation or concealment outside the quotation marks still counts."""
    if _DESCRIBES.search(value) is None or QUOTED_PHRASE.search(value) is None:
        return False
    rest = QUOTED_PHRASE.sub(" ", value)  # what the value says in its own voice
    return not (
        L.AUTHORITY.search(rest)
        or P.INJECTION_OVERRIDE.search(rest)
        or R.ELEVATION.search(rest)
        or R.CONCEAL_BROAD.search(rest)
    )


def in_quoted_phrase(value: str, start: int, end: int) -> bool:
    return any(q.start() <= start and end <= q.end() for q in QUOTED_PHRASE.finditer(value))


# -- lists of needles ---------------------------------------------------------------------------------
# A list of three or more string literals assigned to a name (JS/TS `const X = [...]`, Python
# `X = [...]`/`(...)`, PowerShell `$X = 'a', 'b'` or `@(...)`, shell `X=( ... )`).
_LIST_START = re.compile(
    r"(?m)^[ \t]*(?:(?:export\s+)?(?:const|let|var|readonly|local|declare\s+-a)\s+)?\$?"
    r"([A-Za-z_]\w*)\s*(?::\s*[\w\[\]<>]+\s*)?=\s*(@?\(|\[|\{|(?=['\"]))"
)
_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`[^`\n]*`")
_LIST_FILLER = re.compile(r"(?:\s|,|#[^\n]*|//[^\n]*|\\\n)*")
_MATCHER = re.compile(
    r"\.(?:includes|indexOf|test|match|matchAll|search|startsWith|endsWith|contains)\s*\(|"
    r"-(?:i?like|i?match|i?contains|in)\b|\bSelect-String\b|\bgrep\b|\bstartswith\(|\bendswith\(|"
    r"\bre\.(?:search|match|compile|findall|finditer)\b|\bRegExp\b|\bfnmatch\b|\bregexp?\.|"
    r"\bstrings\.(?:Contains|HasPrefix|HasSuffix)\b|\bin\s+(?:text|line|content|cmd|command|s|"
    r"data|body|value|entry|lower)\b|\bany\(",
    re.IGNORECASE,
)
_RUNS = re.compile(
    r"\b(?:exec|eval|system|popen|spawn\w*|execSync|Invoke-Expression|iex|Start-Process|"
    r"subprocess|os\.system|child_process)\b|\bsh\s+-c\b|\$\(\s*\$",
    re.IGNORECASE,
)


_needle_cache: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def needle_spans(text: str) -> list[tuple[int, int]]:
    """`_needle_spans`, remembered for the last few texts (three stages ask about each script)."""
    hit = _needle_cache.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    spans = _needle_spans(text)
    if len(_needle_cache) >= 8:
        _needle_cache.clear()
    _needle_cache[id(text)] = (text, spans)
    return spans


def _needle_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lists of strings a script searches *for*: a detector's `CREDENTIAL_HINTS =
    [".ssh/", ".aws/credentials", ...]` used with `.includes(h)`, a hunt script's `patterns=(
    '/dev/tcp/' 'nc -e' ...)` passed to `grep -E`, `$suspicious = '-enc', 'iex', ...` compared
    with `-like`. What such a list holds is what the script looks for in other files, not what
    it runs or reads: the list must be three or more strings and nothing else, and each use of
    its name must sit by a matcher and never by something that runs code."""
    if len(text) > 256 * 1024 or _MATCHER.search(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in _LIST_START.finditer(text):
        if len(spans) >= 12:
            break
        name, opener = m.group(1), m.group(2)
        pos, count = m.end(), 0
        closer = {"(": ")", "@(": ")", "[": "]", "{": "}"}.get(opener, "")
        while True:
            filler = _LIST_FILLER.match(text, pos)
            pos = filler.end() if filler is not None else pos
            s = _STRING.match(text, pos)
            if s is None:
                break
            count += 1
            pos = s.end()
        filler = _LIST_FILLER.match(text, pos)
        end = filler.end() if filler is not None else pos
        if count < 3:
            continue
        if closer:
            if not text.startswith(closer, end):
                continue
            end += 1
        if _used_as_needles(text, name, m.start(), end):
            spans.append((m.start(), end))
    return spans


def _used_as_needles(text: str, name: str, start: int, end: int) -> bool:
    uses = [
        u.start()
        for u in re.finditer(rf"(?<![\w-]){re.escape(name)}\b", text)
        if not start <= u.start() < end
    ][:8]
    if not uses:
        return False
    matched = False
    for u in uses:
        ls = text.rfind("\n", 0, u) + 1
        window_end = u
        for _ in range(4):
            nxt = text.find("\n", window_end + 1)
            window_end = len(text) if nxt == -1 else nxt
        window = text[ls:window_end]
        if _RUNS.search(text[ls : text.find("\n", u) if text.find("\n", u) != -1 else len(text)]):
            return False
        matched = matched or _MATCHER.search(window) is not None
    return matched


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters (but not its line breaks) turned to spaces: positions
    and line numbers stay, the contents are gone."""
    if not spans:
        return text
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a])
        out.append(re.sub(r"[^\n]", " ", text[a:b]))
        last = b
    out.append(text[last:])
    return "".join(out)


# A checklist's question ("[ ] Does any step read secrets?", "Any wording that asks the agent to
# hide something ("do not tell the user")?"): what a reviewer checks for, asked about rather than
# asked for. Requests phrased as questions ("Can you send ...?") start otherwise.
INSPECTION_QUESTION = re.compile(
    r"(?m)(?:^|[.!?:]\s+)(?:[-*+]\s+|\d+[.)]\s+|\[[ xX]?\]\s*)*(?:Does|Do|Is|Are|Did|Has|Have|Any|"
    r"Which|Where|Was|Were)\b[^?!\n]{3,240}\?"
)


def blank_questions(text: str) -> str:
    """The text with a checklist's questions blanked (positions kept), when it has at least two:
    a single question may be a request in disguise; a list of them is a checklist."""
    if "?" not in text:
        return text
    found = [(m.start(), m.end()) for m in INSPECTION_QUESTION.finditer(text)]
    return blank_spans(text, found) if len(found) >= 2 else text
