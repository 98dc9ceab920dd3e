"""Normalising a unit's text for the role model (roles.py): the spellings of one thing become
one spelling, line for line, so the concept lexicons (rolelex.py) see through string pieces,
path joins, home-folder spellings, argument vectors, escapes, reversed and encoded literals and
short variables."""

from __future__ import annotations

import base64
import binascii
import re
from itertools import islice

from . import rolelex as R

MAX_UNIT_CHARS = 64 * 1024  # a script or data file is read for roles up to this size

_ASSIGN = re.compile(
    r"^[ \t]*(?:export[ \t]+|const[ \t]+|let[ \t]+|var[ \t]+|local[ \t]+)?(\$?[A-Za-z_]\w{0,40})"
    r"[ \t]*=[ \t]*(.{1,200})$",
    re.MULTILINE,
)
_GO_DECLARE = re.compile(
    r"^[ \t]*(?:if[ \t]+)?([A-Za-z_]\w{0,40})(?:[ \t]*,[ \t]*[A-Za-z_]\w*)?[ \t]*:=[ \t]*(.{1,200})$",
    re.MULTILINE,
)
_MAKE_DEFAULT = re.compile(r"^[ \t]*([A-Za-z_]\w{0,40})[ \t]*[?+]=[ \t]*(.{1,200})$", re.MULTILINE)
_TASK_VAR = re.compile(
    r"^[ \t]+([A-Za-z_]\w{0,40}):[ \t]*\n[ \t]+sh:[ \t]*echo[ \t]+(.{1,200})$", re.MULTILINE
)
_EMPTY_QUOTES = re.compile(r"(?<=[\w.])(?:\"\"|'')(?=[\w./])")
_HOME_VALUE = re.compile(r"""^(?:[\w.]*\(\s*|\w+\.)?[("'`\s]*~(?:[/"'`)\s;]*$|\s*,)""")


def normalise(text: str, *, code: bool) -> str:
    """The text with the spellings of one thing unified, line for line (line numbers hold)."""
    t = R.IFS.sub(" ", text)
    if code and ":-" in t and len(t) <= MAX_UNIT_CHARS:  # ${ROOT_DIR:-$HOME}: what runs unset
        t = _DEFAULTED.sub(lambda m: m.group(0) if _assigned(t, m.group(1)) else m.group(2), t)
    if ".join(" in t and "[" in t:
        t = R.ARRAY_JOIN.sub(_join_array, t)
    t = R.JOIN_PIECES.sub(lambda m: "\n" * m.group().count("\n"), t)
    t = _EMPTY_QUOTES.sub("", t)
    t = R.HOME.sub("~", t)
    t = t.replace("${~}", "~").replace('"~"', "~").replace("'~'", "~")
    t = R.PATH_JOIN.sub(_path_join, t)
    if "~/." in t:  # path.join(~/.claude, "projects"): later segments of a home path
        t = _HOME_JOIN_MORE.sub(r"\1/\2", _HOME_JOIN_MORE.sub(r"\1/\2", t))
    if "\\x" in t or "\\0" in t:
        t = _ESCAPES.sub(_unescape, t)
    if "[::-1]" in t or ".reverse()" in t:
        t = _REVERSED.sub(lambda m: m.group() + " " + m.group(2)[::-1], t)
    if not code and "`" in t and _B64_PROSE.search(t) is not None:
        t = _B64_PROSE.sub(_decode_prose, t)  # a long encoded string in backticks, decoded
    if code and "process.env" in t:  # const { A, B } = process.env: two named reads
        t = _DESTRUCTURED_ENV.sub(_named_env, t)
    if code and len(t) <= MAX_UNIT_CHARS:
        t = _ARGV_JOIN.sub(" ", t)
        t = _decode_literals(t)
        t = _substitute(_substitute(t)).replace('"~"', "~").replace("'~'", "~")
    return t


_DESTRUCTURED_ENV = re.compile(r"\{([^{}\n]{1,400})\}[ \t]*=[ \t]*process\.env\b")
_ENV_NAME = re.compile(r"^\s*(?:\.\.\.)?([A-Za-z_]\w{0,60})")


def _named_env(m: re.Match) -> str:
    """`{ BOT_TOKEN, PORT = 8080 } = process.env` reads the variables it names, not the whole
    environment (`...rest` keeps the rest: that one is the whole environment)."""
    names = [_ENV_NAME.match(part) for part in m.group(1).split(",")]
    if any(n is None for n in names) or "..." in m.group(1):
        return m.group()
    return "[" + ", ".join(f"process.env.{n.group(1)}" for n in names if n) + "]"


_HOME_JOIN_MORE = re.compile(r"""(~(?:/\.?[\w.-]+)+)["'`]?[ \t]*,[ \t]*["'`]([\w.-]+)["'`]""")
_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2}|\\[0-7]{3}){4,}")
_REVERSED = re.compile(
    r"""(\(|=\s*)([^()\n]{8,400}?)\s*(?:\[::-1\]|\.split\(\s*["']{2}\s*\)\.reverse\(\))"""
)
_ARGV_JOIN = re.compile(r"""["'][ \t]*,[ \t]*["']""")
_B32_OR_64 = re.compile(r"""["']([A-Z2-7]{24,}=*|[A-Za-z0-9+/]{24,}={0,2})["']""")


_B64_PROSE = re.compile(r"`([A-Za-z0-9+/]{40,}={0,2})`")


def _decode_prose(m) -> str:
    body = m.group(1)
    try:
        plain = base64.b64decode(body + "=" * (-len(body) % 4)).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return m.group()
    return m.group() + " /* " + plain + " */" if plain.isprintable() and " " in plain else m.group()


def _join_array(m) -> str:
    pieces = re.findall(r"""["']([^"'\n]*)["']""", m.group(1))
    return '"' + "".join(pieces) + '"' + "\n" * m.group().count("\n")


def _unescape(m) -> str:
    raw = m.group()
    try:
        out = re.sub(r"\\x([0-9a-fA-F]{2})", lambda x: chr(int(x.group(1), 16)), raw)
        out = re.sub(r"\\([0-7]{3})", lambda x: chr(int(x.group(1), 8)), out)
    except ValueError:
        return raw
    return out.replace("\n", " ") if out.isprintable() or "\n" in out else raw


def _decode_literals(t: str) -> str:
    """Base32 and base64 string literals decoded next to themselves (same line) when they hold
    printable text: what runs after a decode is then read like any other command."""

    def dec(m) -> str:
        body = m.group(1)
        for fn in (base64.b32decode, base64.b64decode):
            try:
                text = fn(
                    body + "=" * (-len(body) % 8 if fn is base64.b32decode else -len(body) % 4)
                )
            except (binascii.Error, ValueError):
                continue
            try:
                plain = text.decode("ascii")
            except UnicodeDecodeError:
                continue
            if plain.isprintable() and " " in plain:
                return m.group() + " /* " + plain + " */"
        return m.group()

    return _B32_OR_64.sub(dec, t) if len(t) < MAX_UNIT_CHARS else t


def _path_join(m) -> str:
    if m.group(2):  # Join-Path X "y"
        return m.group(2) + "/"
    seg = m.group(1) or ""
    joined = m.group()
    if "," in joined and not seg.startswith("."):
        return joined  # a list of words, not a path
    return "/" + seg


_DEFAULTED = re.compile(r"\$\{([A-Za-z_]\w*):-([^}\n]{1,80})\}")


_ALWAYS_SET = frozenset(
    ("HOME", "USER", "LOGNAME", "PATH", "PWD", "SHELL", "TMPDIR", "USERPROFILE")
)


def _assigned(t: str, name: str) -> bool:
    """The script sets the variable itself (`PROJECTS_DIR=...`, `export PROJECTS_DIR=...`), or
    the environment always does (`HOME`): its default is not what runs."""
    return (
        name in _ALWAYS_SET
        or re.search(r"(?m)^\s*(?:export\s+)?" + re.escape(name) + r"=", t) is not None
    )


def _constant(value: str):
    return lambda _m: value


def _substitute(t: str) -> str:
    """Short variables replaced by their value where used (`T=~; cd "$T"`, `$line = "iex ..."`,
    `home = Path.home(); home.iterdir()`): data followed through names."""
    if "basename(" in t:  # path.join(~, "..", path.basename(~)): up one and back, the home
        t = _UP_AND_BACK.sub("~", t)
    values: dict[str, str] = {}
    flat = t.replace("; ", "\n")
    if "Dir(" in t or "dirname(" in t:  # parents of a path under the home, up to the home
        seen = {m.group(1): m.group(2).strip() for m in islice(_ASSIGN.finditer(flat), 200)}
        seen.update(
            {m.group(1): m.group(2).strip() for m in islice(_GO_DECLARE.finditer(flat), 100)}
        )
        t = _fold_parents(t, seen)
        flat = t.replace("; ", "\n")
    found = list(islice(_ASSIGN.finditer(flat), 200))
    if ":=" in flat:  # Go: `home, _ := os.UserHomeDir()`, `if home, err := ...; err == nil {`
        found += list(islice(_GO_DECLARE.finditer(flat), 100))  # and Make's `CACHE := $(HOME)`
    if "?=" in flat:
        found += list(islice(_MAKE_DEFAULT.finditer(flat), 100))
    if "{{" in flat:  # Taskfile vars: `CACHE_DIR:` then `sh: echo "$HOME"`, used as {{.CACHE_DIR}}
        found += list(islice(_TASK_VAR.finditer(flat), 100))
    for m in found:
        name, value = m.group(1), m.group(2).strip().rstrip(";").strip()
        if value.startswith(("{", "[", "(")) and not _HOME_VALUE.match(value):
            continue
        values[name] = value
    if not values:
        return t
    for name, value in list(values.items())[:40]:
        bare = name.lstrip("$")
        if _HOME_VALUE.match(value):
            value = "~"
        elif len(value) > 200 or "\n" in value:
            continue
        value = value.strip("\"'`")
        # Each substitution only where its pattern's literal part occurs (a plain `in` first:
        # compiling and running a pattern per variable over the whole unit costs far more).
        if name.startswith("$"):  # PowerShell
            if "$" + bare in t:
                t = re.sub(r"\$" + re.escape(bare) + r"\b(?!\s*=)", _constant(value), t)
        else:
            if "$" + bare in t or "${" + bare in t:
                t = re.sub(
                    r"\$\{?" + re.escape(bare) + r"(?::-[^}]*)?\}?(?!\w)", _constant(value), t
                )
            if ("$(" in t or "{{" in t) and ("$(" + bare in t or "." + bare in t):
                # Make's $(NAME), a template's {{.NAME}}
                t = re.sub(
                    r"\$\(" + re.escape(bare) + r"\)|\{\{-?\s*\." + re.escape(bare) + r"\s*-?\}\}",
                    _constant(value),
                    t,
                )
            if value == "~" and len(bare) >= 2 and bare in t:
                t = re.sub(r"(?<![\w.$/])" + re.escape(bare) + r"(?=\.\w|\s*[),]|/)", "~", t)
    return t


# Path arithmetic that lands on the home folder (2.8.0): up one level and back down by the home's
# own name, or parents taken of a path under the home until the home itself.
_UP_AND_BACK = re.compile(
    r"\bpath\.(?:join|resolve)\(\s*~(?:/\.\.|\s*,\s*[\"']\.\.[\"'])\s*,\s*path\.basename\(\s*~\s*\)\s*\)"
)
_HOME_JOINED = re.compile(
    r"^(?:filepath\.Join|path\.join|os\.path\.join|path\.resolve|Join-Path)\(\s*~((?:/[\w.-]+)*)\s*"
    r"((?:,\s*[\"'][\w. -]+[\"']\s*)*)\)$"
)
_DIR_NEST = re.compile(
    r"((?:\b(?:filepath\.Dir|path\.dirname|os\.path\.dirname)\(\s*){1,8})([A-Za-z_]\w*)\s*((?:\)\s*){1,8})"
)


def _home_depth(value: str) -> int | None:
    """How many folders below the home a value's path is (`~/.local/share/app`: 3), or None."""
    v = value.strip().strip("\"'`")
    if v.startswith("~/"):
        return len([p for p in v[2:].split("/") if p])
    m = _HOME_JOINED.match(v)
    if m is None:
        return None  # the normaliser joins argument lists: `"share app"` is two segments
    return m.group(1).count("/") + sum(
        len(x.split()) for x in re.findall(r"[\"']([^\"']*)[\"']", m.group(2))
    )


def _fold_parents(t: str, values: dict[str, str]) -> str:
    """`filepath.Dir(filepath.Dir(filepath.Dir(from)))` where `from` is three folders below the
    home: the home itself."""

    def fold(m: re.Match) -> str:
        ups = m.group(1).count("(")
        closers = m.group(3).count(")")
        depth = _home_depth(values.get(m.group(2), ""))
        if depth is None or ups < depth or closers < ups:
            return m.group()
        return "~" + m.group(3).replace(")", "", ups)  # the calls' own brackets, not the spaces

    return _DIR_NEST.sub(fold, t)
