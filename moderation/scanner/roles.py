"""The action-role model: what each unit of a skill asks the agent (or the machine) to do, and
how those requests combine across units and files.

A *unit* is a step of a Markdown file (a paragraph, list item or table row with the code block
after it), a whole script, a whole data file, or a frontmatter value. Its text is normalised
(`normalise`: string pieces joined, path joins and home-folder spellings unified, short
variables substituted) and read for *roles* with the concept lexicons of rolelex.py:

    source       credential files, the whole environment, named secrets, the conversation
    sink         a network send of any form (HTTP, DNS, mail, git, gists, URLs carrying data)
    conceal      keeping something from the user; authority: overriding the agent's rules
    fetch/run    executing what was downloaded; persist, destroy, settings, install, connect

Roles combine within a unit (a source and a sink in one step), across close units of a file
through a name they share (a file a step writes and a later one sends, a download a later step
runs), and across files (a step that reads the conversation and runs a script that sends).
Every combination is a finding with its rule, file, line, the matched text and one line of why.
Teaching is told from instructing per unit (`_teaching`): refusal and attack vocabulary lowers,
task words such as "look for" only when the unit names no concrete host to send to.
"""

from __future__ import annotations

import posixpath
import re
from itertools import islice

from . import lexicon as L
from . import rolelex as R
from .collect import Collector
from .config import SUSPICIOUS_TLDS
from .context import (
    COLLECTOR_SET,
    COLLECTOR_WORDS,
    PASTE_SET,
    TRUSTED_SET,
    host_matches,
    ip_is_internal,
)
from .findings import Severity
from .reading import SkillFile
from .rx import any_of
from .steps import file_steps, steps_that_may_match, teaching_cue

MAX_UNIT_CHARS = 64 * 1024  # a script or data file is read for roles up to this size
MAX_FILE_CHARS = 1024 * 1024  # files bigger than this get no role analysis (other stages run)
MAX_UNITS_PER_FILE = R.MAX_UNITS_PER_FILE  # candidate steps per file (other stages read all)
MAX_UNITS = R.MAX_UNITS  # and per skill
_MANIFESTS = ("package.json", "requirements.txt", "pyproject.toml", "pipfile", "go.mod", "gemfile")
_KNOWN = frozenset(R.KNOWN_SERVICE_HOSTS)
_BRANDS = (
    "github", "githubusercontent", "gitlab", "pypi", "pythonhosted", "npmjs", "docker", "rustup",
    "microsoft", "azure", "azurewebsites", "google", "googleapis", "amazonaws", "aws", "apple",
    "icloud", "vercel", "heroku", "herokuapp", "cloudflare", "openai", "anthropic", "slack",
    "kubernetes", "k8s", "nodejs", "python", "homebrew", "brew", "ubuntu", "debian",
)  # fmt: skip
ROLE_ANY = any_of(
    R.SRC_CRED, R.SRC_DOTENV, R.SRC_ASK, R.CODE_NET, R.HIDE_VERB, R.SRC_ENV_BULK, R.SRC_ENV_NAMED, R.SRC_CHAT, R.SRC_CHAT_CODE, R.SINK_CALL,
    R.SINK_URL_DATA, R.SEND_VERB, R.CONCEAL_BROAD, R.OVERRIDE_VERB, R.OVERRIDE_AFTER,
    R.ELEVATION, R.ADDRESS_MODEL,
    R.FETCH, R.PERSIST_TARGET, R.DESTROY_VERB, R.PERMISSIVE_VALUE, R.INSTALL_VERB,
    R.REMOTE_CONNECT,
)  # fmt: skip
_TEACH_STRONG = re.compile(
    r"\b(?:refuse|decline|never\s+(?:follow|obey|run|execute|comply|send|paste|do\s+this)|"
    r"do\s+not\s+(?:follow|obey|comply|execute|run)\s+(?:such|these|those|them|it|this)|"
    r"warn\s+the\s+user|report\s+(?:it|this|them)\s+to\s+the\s+user|attackers?|adversar\w*|"
    r"malicious|malware|threat\s+actors?|red\s+flags?|suspicious|phishing|prompt\s+injection|"
    r"injection\s+attacks?|exfiltration\s+(?:attempts?|attacks?|patterns?)|examples?\s+of\s+(?:an?\s+)?"
    r"(?:attack|malicious|injection|exfiltration)|attack\s+(?:examples?|patterns?|techniques?)|"
    r"indicators?\s+of\s+compromise|treat\s+(?:it|this|them)\s+as\s+(?:untrusted|data|an?\s+attack)|"
    r"if\s+(?:a|any|the)\s+(?:\w+\s+)?(?:file|document|page|issue|tool\s+result|web\s*page|input|"
    r"text|skill|message|e-?mail|comment|readme)\s+(?:tells?|asks?|instructs?|says|contains))\b",
    re.IGNORECASE,
)
_DOTENV_LOADER = re.compile(r"load_dotenv|dotenv\.config|--env-file|env_file|dotenv/config|EnvFile")
_NEG_BEFORE = re.compile(
    r"\b(?:never|don'?t|do\s+not|must\s+not|should\s+not|shouldn'?t|avoid|instead\s+of|not\s+to)\b",
    re.IGNORECASE,
)


# -- normalising ------------------------------------------------------------------------------------
_ASSIGN = re.compile(
    r"^[ \t]*(?:export[ \t]+|const[ \t]+|let[ \t]+|var[ \t]+|local[ \t]+)?(\$?[A-Za-z_]\w{0,40})"
    r"[ \t]*=[ \t]*(.{1,200})$",
    re.MULTILINE,
)
_EMPTY_QUOTES = re.compile(r"(?<=[\w.])(?:\"\"|'')(?=[\w./])")
_HOME_VALUE = re.compile(r"""^[("'`\s]*~[/"'`)\s;]*$""")


def normalise(text: str, *, code: bool) -> str:
    """The text with the spellings of one thing unified, line for line (line numbers hold)."""
    t = R.IFS.sub(" ", text)
    t = R.JOIN_PIECES.sub(lambda m: "\n" * m.group().count("\n"), t)
    t = _EMPTY_QUOTES.sub("", t)
    t = R.HOME.sub("~", t)
    t = t.replace("${~}", "~").replace('"~"', "~").replace("'~'", "~")
    t = R.PATH_JOIN.sub(_path_join, t)
    if code and len(t) <= MAX_UNIT_CHARS:
        t = _substitute(t).replace('"~"', "~").replace("'~'", "~")
    return t


def _path_join(m) -> str:
    if m.group(2):  # Join-Path X "y"
        return m.group(2) + "/"
    seg = m.group(1) or ""
    joined = m.group()
    if "," in joined and not seg.startswith("."):
        return joined  # a list of words, not a path
    return "/" + seg


def _constant(value: str):
    return lambda _m: value


def _substitute(t: str) -> str:
    """Short variables replaced by their value where used (`T=~; cd "$T"`, `$line = "iex ..."`,
    `home = Path.home(); home.iterdir()`): data followed through names."""
    values: dict[str, str] = {}
    for m in islice(_ASSIGN.finditer(t), 200):
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
        if name.startswith("$"):  # PowerShell
            t = re.sub(r"\$" + re.escape(bare) + r"\b(?!\s*=)", _constant(value), t)
        else:
            t = re.sub(r"\$\{?" + re.escape(bare) + r"(?::-[^}]*)?\}?(?!\w)", _constant(value), t)
            if value == "~" and len(bare) >= 2:
                t = re.sub(r"(?<![\w.$])" + re.escape(bare) + r"(?=\.\w)", "~", t)
    return t


# -- units ---------------------------------------------------------------------------------------
class Unit:
    __slots__ = ("f", "heading", "index", "kind", "line", "norm", "path", "roles", "start", "text")

    def __init__(self, f, path, start, line, text, kind, index, heading=""):
        self.f, self.path, self.start, self.line = f, path, start, line
        self.text, self.kind, self.index, self.heading = text, kind, index, heading
        self.norm = normalise(text, code=kind in ("code", "data"))
        self.roles: dict[str, list] = {}


def _units_of(f: SkillFile) -> list[Unit]:
    if f.binary or not f.text or len(f.text) > MAX_FILE_CHARS:
        return []
    if not ROLE_ANY.found_in(f.text):
        return []
    if f.is_markdown:
        out: list[Unit] = []
        body = 0
        if f.kind == "skill_md" and f.text.startswith("---"):
            end = f.text.find("\n---", 3)
            body = end + 4 if end != -1 else 0
        steps = file_steps(f)
        index = {id(s): i for i, s in enumerate(steps)}
        for st in steps_that_may_match(f, (ROLE_ANY,)):
            if st.end <= body:
                continue
            if len(out) >= MAX_UNITS_PER_FILE:
                break
            out.append(
                Unit(f, f.path, st.start, f.line_of(st.start), st.text, "step",
                     index[id(st)], st.heading)
            )  # fmt: skip
        return out
    kind = "code" if f.is_code else "data"
    return [Unit(f, f.path, 0, 1, f.text[:MAX_UNIT_CHARS], kind, 0)]


# -- hosts ----------------------------------------------------------------------------------------
def host_class(host: str) -> str:
    """hostile (raw public IP, collector, paste, odd TLD, look-alike of a brand), known (a
    well-known service), placeholder (example.com, localhost, your-server) or unknown."""
    host = host.lower().strip(".")
    internal = ip_is_internal(host)
    if internal is False:
        return "hostile"
    if internal is True or R.PLACEHOLDER_HOST.search(host):
        return "placeholder"
    if host_matches(host, COLLECTOR_SET | PASTE_SET, COLLECTOR_WORDS):
        return "hostile"
    if host.rsplit(".", 1)[-1] in SUSPICIOUS_TLDS:
        return "hostile"
    if host_matches(host, _KNOWN | TRUSTED_SET):
        return "known"
    labels = host.split(".")
    for label in labels[:-1]:
        parts = re.split(r"[-_]", label)
        if len(parts) > 1 and any(p in _BRANDS for p in parts):
            return "hostile"  # githubusercontent-releases.com, azurewebsites-support.com
    return "unknown"


def _hosts(text: str) -> list[tuple[str, str]]:
    out = []
    for m in islice(R.HOST.finditer(text), 12):
        h = m.group(1) or m.group(2) or m.group(3) or ""
        if h:
            out.append((h.lower(), host_class(h)))
    return out


_STRONG = ("hostile", "unknown")


# -- roles of one unit --------------------------------------------------------------------------------
def _sentences(text: str) -> list[tuple[int, str]]:
    out, last = [], 0
    for m in islice(R.SENTENCE_END.finditer(text), 400):
        out.append((last, text[last : m.end()]))
        last = m.end()
    if last < len(text):
        out.append((last, text[last:]))
    return out


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with backslash and backtick continuations joined."""
    out: list[tuple[int, str]] = []
    pos, buf_start = 0, 0
    buf: list[str] = []
    for line in text.split("\n"):
        if not buf:
            buf_start = pos
        buf.append(line)
        pos += len(line) + 1
        if not line.rstrip().endswith(("\\", "`", "|", "&&")):
            out.append((buf_start, "\n".join(buf)))
            buf = []
    if buf:
        out.append((buf_start, "\n".join(buf)))
    return out


def _negated_before(sentence: str, pos: int) -> bool:
    """A negation shortly before pos in the same clause ("never send `.env`"; not "so they are
    never lost: create a gist of `.env`")."""
    before = sentence[max(0, pos - 60) : pos]
    cut = max(before.rfind(c) for c in ",;:()")
    return _NEG_BEFORE.search(before[cut + 1 :]) is not None


def _add(roles: dict, role: str, kind: str, text: str, pos: int, extra=None) -> None:
    bucket = roles.setdefault(role, [])
    if len(bucket) < 12:
        bucket.append((kind, text.strip()[:120], pos, extra))


def _read_roles(u: Unit) -> None:
    t = u.norm
    roles = u.roles
    code = u.kind in ("code", "data")
    pieces = _logical_lines(t) if code else _sentences(t)
    fallback = _worst(_hosts(t)) if u.kind == "code" else "none"
    codeish = u.kind == "code" or "`" in t
    for off, s in pieces:
        if not ROLE_ANY.found_in(s):
            continue
        _sources(roles, s, off, code, codeish)
        _sinks(roles, s, off, u.kind == "data", fallback, codeish)
        hide = R.HIDE_VERB.search(s)
        if (
            hide is not None
            and R.USER_FACING.search(s) is not None
            and not _quoted(s, hide.start())
        ):
            _add(roles, "conceal", "conceal", s[max(0, hide.start() - 20) : hide.end() + 60],
                 off + hide.start())  # fmt: skip
        for rx_, role in ((R.CONCEAL_BROAD, "conceal"), (R.NO_CONFIRM_BROAD, "noconfirm")):
            m = rx_.search(s)
            if m is not None:
                _add(roles, role, role, m.group(), off + m.start())
        for verb_rx, after in ((R.OVERRIDE_VERB, True), (R.OVERRIDE_AFTER, False)):
            ov = verb_rx.search(s)
            if ov is None or _quoted(s, ov.start()):
                continue
            window = (
                s[ov.end() : ov.end() + 80] if after else s[max(0, ov.start() - 80) : ov.start()]
            )
            if R.AUTHORITY_OBJECT.search(window) is not None:
                _add(roles, "authority", "override", s[max(0, ov.start() - 30): ov.end() + 60],
                     off + ov.start())  # fmt: skip
                break
        for rx_, kind in ((R.ELEVATION, "elevation"), (R.ADDRESS_MODEL, "address")):
            m = rx_.search(s)
            if m is not None:
                _add(roles, "authority", kind, m.group(), off + m.start())
        _actions(roles, s, off, code, u)


def _quoted(sentence: str, pos: int) -> bool:
    """The phrase at pos sits inside quotation marks in prose ("ignore previous instructions" as
    an example of what a web page may say)."""
    before = sentence[:pos]
    return (before.count('"') % 2 == 1) or before.count("\u201c") > before.count("\u201d")


def _sources(roles: dict, s: str, off: int, code: bool, codeish: bool) -> None:
    for m in islice(R.SRC_CRED.finditer(s), 6):
        around = s[m.start() : m.end() + 14]
        if R.SRC_HARMLESS.search(around) or _in_url(s, m.start()):
            continue
        if not code and _negated_before(s, m.start()):
            continue
        _add(roles, "source", "cred", m.group(), off + m.start())
    dm = R.SRC_DOTENV.search(s)
    if (
        dm is not None
        and not R.SRC_HARMLESS.search(s[dm.start() : dm.end() + 14])
        and (not code or (R.FILE_READ.search(s) is not None or not _DOTENV_LOADER.search(s)))
        and (code or not _negated_before(s, dm.start()))
        and not _in_url(s, dm.start())
    ):
        _add(roles, "source", "dotenv", dm.group(), off + dm.start())
    em = R.SRC_ENV_BULK.search(s)
    if em is not None and (code or not _negated_before(s, em.start())):
        _add(roles, "source", "env", em.group(), off + em.start())
    for nm in islice(R.SRC_ENV_NAMED.finditer(s), 8):
        _add(roles, "named", "named", nm.group(1), off + nm.start(), nm.group(1).upper())
    for rx_ in (R.SRC_CHAT, R.SRC_CHAT_CODE) if codeish else (R.SRC_CHAT,):
        cm = rx_.search(s)
        if cm is not None and (code or not _negated_before(s, cm.start())):
            _add(roles, "source", "chat", cm.group(), off + cm.start())
            break
    else:
        am = R.SRC_ASK.search(s)
        if am is not None and not _negated_before(s, am.start()):
            _add(roles, "source", "ask", am.group(), off + am.start())


def _in_url(text: str, pos: int) -> bool:
    before = text[max(0, pos - 120) : pos].split()
    return bool(before) and "://" in before[-1]


def _sinks(roles: dict, s: str, off: int, data: bool, fallback: str, codeish: bool) -> None:
    hosts = _hosts(s)
    cls = _worst(hosts)
    if cls == "none":
        cls = fallback  # a script's call whose URL is on another line
    m = R.SINK_CALL.search(s) or (R.CODE_NET.search(s) if codeish and not data else None)
    if m is not None and not _negated_before(s, m.start()):
        word = m.group().lower()
        kind = cls
        if re.search(r"dns|nslookup|dig\b|resolve|gethostbyname|getaddrinfo|ping|gist", word):
            kind = "covert" if cls not in ("known", "placeholder") else cls
        _add(roles, "sink", kind, m.group(), off + m.start(), hosts)
    m = None if data else R.SINK_URL_DATA.search(s)
    if m is not None and not _negated_before(s, m.start()):
        _add(roles, "sink", cls if cls != "none" else "unknown", m.group(), off + m.start(), hosts)
    v = R.SEND_VERB.search(s)
    if v is not None and not _negated_before(s, v.start()):
        d = R.DESTINATION.search(s, v.end())
        if d is not None:
            word = d.group().lower()
            if "://" in word or "@" in word:
                kind = cls if cls != "none" else "unknown"
            elif re.search(r"\bour\b|pastebin|gist|discord|telegram|collector", word):
                kind = "unknown"
            else:
                kind = "vague"
            _add(roles, "sink", kind, s[v.start() : d.end()], off + v.start(), hosts)


def _actions(roles: dict, s: str, off: int, code: bool, u: Unit) -> None:
    f = R.FETCH.search(s)
    if f is not None:
        hosts = _hosts(s)
        cls = _worst(hosts)
        r = R.RUN_FETCHED.search(s, f.start())
        if r is not None:
            _add(roles, "fetchrun", cls, s[f.start() : r.end()], off + f.start(), hosts)
        for dt in islice(R.DOWNLOAD_TARGET.finditer(s), 4):
            name = next((g for g in dt.groups() if g), "")
            if name:
                _add(roles, "download", cls, name, off + dt.start(), hosts)
    p = R.PERSIST_TARGET.search(s)
    if p is not None:
        w = R.PERSIST_WRITE.search(s)
        if w is not None and not (not code and _negated_before(s, min(p.start(), w.start()))):
            payload = R.PERSIST_PAYLOAD.search(s)
            cls = _worst(_hosts(s))
            _add(roles, "persist", p.group(), s[max(0, p.start() - 40) : p.end() + 60],
                 off + p.start(), (payload.group() if payload else "", cls))  # fmt: skip
    d = R.DESTROY_VERB.search(s)
    if d is not None and not (not code and _negated_before(s, d.start())):
        t = R.DESTROY_TARGET.search(s)
        if t is not None:
            _add(roles, "destroy", t.group(), s[max(0, d.start() - 10) : d.end() + 80],
                 off + d.start())  # fmt: skip
        elif code:
            _add(roles, "destroyverb", d.group(), d.group(), off + d.start())
    pv = R.PERMISSIVE_VALUE.search(s)
    if pv is not None:
        target = R.SETTINGS_TARGET.search(s) or re.search(r"\balias\b", s)
        persisted = R.PERSIST_TARGET.search(s)
        if target is not None or persisted is not None:
            _add(roles, "settings", pv.group(), s[max(0, pv.start() - 60) : pv.end() + 60],
                 off + pv.start())  # fmt: skip
        else:
            _add(roles, "permissive", pv.group(), pv.group(), off + pv.start())
    i = R.INSTALL_VERB.search(s) if not _is_manifest(u) else True
    if i is not None:
        for m in islice(R.UNTRUSTED_URL.finditer(s), 4):
            hosts = _hosts(m.group())
            cls = _worst(hosts)
            if cls in ("known", "placeholder"):
                continue
            _add(roles, "install", cls, m.group(), off + m.start(), hosts)
            break
    c = R.REMOTE_CONNECT.search(s)
    if c is not None:
        b = R.SHELL_BIND.search(s)
        if b is not None and _remote(s):
            _add(roles, "revshell", c.group(), s[max(0, c.start() - 20): c.end() + 100],
                 off + c.start())  # fmt: skip


def _remote(s: str) -> bool:
    """The connection goes to another machine (not localhost, not display :0)."""
    hosts = [
        m.group()
        for m in re.finditer(
            r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b", s, re.I
        )
    ]
    return any(ip_is_internal(h) is not True and not h.startswith("127.") for h in hosts)


def _worst(hosts: list[tuple[str, str]]) -> str:
    order = ("hostile", "unknown", "known", "placeholder")
    found = {c for _h, c in hosts}
    return next((c for c in order if c in found), "none")


def _is_manifest(u: Unit) -> bool:
    return (u.kind == "data" and posixpath.basename(u.path).lower() in _MANIFESTS) or (
        u.kind == "data" and posixpath.basename(u.path).lower().startswith("requirements")
    )


# -- teaching ---------------------------------------------------------------------------------------
def _teaching(u: Unit) -> bool:
    """A unit that teaches about an attack: refusal or attack vocabulary (not negated, as in
    "never refuses"), or task words ("look for", "detect", a heading such as "Red flags", a
    document named for attacks) when the unit names no concrete host to send to."""
    if u.kind in ("code", "data", "frontmatter"):
        return False
    text = u.text
    strong = _TEACH_STRONG.search(text) is not None and (
        L.ANTI_TEACHING.search(text) is None
        or _TEACH_STRONG.search(L.ANTI_TEACHING.sub(" ", text)) is not None
    )
    if strong:
        return True
    weak = (
        teaching_cue(text)
        or teaching_cue(u.heading)
        or bool(L.TEACHING_HEADING.search(u.heading))
        or (u.f.kind != "skill_md" and L.TEACHING_PATH.search(u.path) is not None)
    )
    if not weak:
        return False
    concrete = any(c in _STRONG and not _example_host(h) for h, c in _hosts(u.norm))
    return not concrete


def _example_host(host: str) -> bool:
    return (
        re.search(r"attacker|evil|malicious|exfil|bad-?actor|collector|example", host) is not None
    )


# -- combining -----------------------------------------------------------------------------------------
def _line(u: Unit, pos: int) -> int:
    return u.line + u.norm.count("\n", 0, max(0, pos))


def _emit(out: Collector, rule: str, sev: Severity, u: Unit, pos: int, excerpt: str, why: str):
    """Add a finding, unless one of the same rule on the same line is already as severe (one
    finding per attack: a moderator who accepts it accepts the attack)."""
    line = _line(u, pos)
    for key, f in out.findings.items():
        same = key[0] == rule and key[1] == u.path and key[2] == line
        if same and Severity(f.severity).rank >= sev.rank:
            return
    out.add(rule, sev, u.path, line, excerpt, why)


def _exfil_rule(u: Unit) -> str:
    return "exfil.code-flow" if u.kind == "code" else "exfil.instructed"


def _strong_sinks(u: Unit) -> list:
    return [s for s in u.roles.get("sink", ()) if s[0] in _STRONG or s[0] == "covert"]


def analyse_skill(files: list[SkillFile], frontmatter: dict, out: Collector) -> None:
    """Role analysis over the whole skill (after the per-file stages)."""
    units: list[Unit] = []
    by_path: dict[str, list[Unit]] = {}
    for f in files[:400]:
        if len(units) >= MAX_UNITS:
            break
        us = _units_of(f)
        units.extend(us)
        by_path.setdefault(f.path, []).extend(us)
    skill_md = next((f for f in files if f.kind == "skill_md"), None)
    for key, value in list(frontmatter.items())[:50]:
        if isinstance(value, str) and value.strip() and ROLE_ANY.found_in(value[:6000]):
            pos = skill_md.text.find(value[:60]) if skill_md else -1
            line = skill_md.line_of(pos) if skill_md and pos >= 0 else 1
            units.append(Unit(skill_md, "SKILL.md", 0, line, value[:6000], "frontmatter", -1,
                              str(key)))  # fmt: skip
    if not units:
        return
    teaching: dict[int, bool] = {}
    for u in units:
        _read_roles(u)
        teaching[id(u)] = _teaching(u) if u.roles else False
    live = [u for u in units if u.roles and not teaching[id(u)]]
    hot = {(u.path, u.index) for u in live if _sensitive(u)}
    for u in live:
        near = any((u.path, u.index + d) in hot for d in (-1, 0, 1)) or (
            u.kind == "frontmatter" and bool(hot)
        )
        _unit_findings(out, u, near)
    _flows_in_files(out, by_path, teaching)
    _flows_across_files(out, files, by_path, teaching)


def _sensitive(u: Unit) -> bool:
    return bool(_strong_sinks(u)) or any(
        u.roles.get(r)
        for r in ("source", "destroy", "persist", "settings", "install", "revshell", "fetchrun")
    )


def _unit_findings(out: Collector, u: Unit, sensitive: bool) -> None:
    roles = u.roles
    where = _where(u)
    sources = roles.get("source", [])
    sinks = roles.get("sink", [])
    noconf = roles.get("noconfirm")
    strong = _strong_sinks(u)
    conceal = roles.get("conceal")
    hard = [s for s in sources if s[0] != "dotenv"]
    soft = [s for s in sources if s[0] == "dotenv"]
    hostile = [k for k in strong if k[0] in ("hostile", "covert")]
    if soft and not hard and strong and not (u.kind == "code" or hostile or conceal):
        s, k = soft[0], strong[0]
        _emit(out, _exfil_rule(u), Severity.MEDIUM, u, min(s[2], k[2]), f"{s[1]} ... {k[1]}",
              f"{where} names {s[1][:40]!r} and sends data to a {k[0]} host: check what is sent")  # fmt: skip
        sources = []
    if sources and strong:
        s, k = (hard or sources)[0], strong[0]
        _emit(out, _exfil_rule(u), Severity.CRITICAL, u, min(s[2], k[2]), f"{s[1]} ... {k[1]}",
              f"{where} reads {s[1][:50]!r} ({s[0]}) and sends it out ({k[1][:50]!r}, "
              f"{k[0]} host)")  # fmt: skip
    elif sources and sinks and (conceal or roles.get("authority")):
        s, k = sources[0], sinks[0]
        _emit(out, _exfil_rule(u), Severity.CRITICAL, u, s[2], f"{s[1]} ... {k[1]}",
              f"{where} reads {s[1][:50]!r} and sends it out, and hides it or overrides the user")  # fmt: skip
    _foreign_tokens(out, u, where)
    if conceal and sensitive:
        c = conceal[0]
        _emit(out, "injection.conceal", Severity.HIGH, u, c[2], c[1],
              f"{where} asks to keep what it does from the user ({c[1][:40]!r}) in a skill that "
              "does something sensitive")  # fmt: skip
    auth = roles.get("authority", [])
    acting = conceal or noconf or sinks or roles.get("fetchrun") or roles.get("permissive") or (
        roles.get("destroy") or roles.get("settings")
    )  # fmt: skip
    for a in auth[:1]:
        if a[0] == "address" and not (acting or len({x[0] for x in auth}) > 1):
            continue  # "note for the agent" alone is the skill speaking, not an override
        _emit(out, "injection.override", Severity.HIGH, u, a[2], a[1],
              f"{where} overrides the agent's rules or the user's authority ({a[0]})")  # fmt: skip
    for d in roles.get("destroy", [])[:1]:
        confirmed = u.kind == "code" and re.search(
            r"\binput\(|read\s+-p|\bconfirm\w*\(|Read-Host|--dry-run|readline", u.norm, re.I
        )
        if (u.kind == "code" and not confirmed) or noconf or conceal:
            _emit(out, "exec.destructive", Severity.CRITICAL, u, d[2], d[1],
                  f"{where} deletes or wipes {d[0]!r} without confirmation")  # fmt: skip
    if u.kind == "code":
        _script_destroy(out, u, where)
    for p in roles.get("persist", [])[:2]:
        payload, cls = p[3]
        target = p[0].lower()
        if not payload:
            continue
        if payload.startswith(("ssh-", "ecdsa")):
            rule = "persistence.ssh-authorized-keys"
        elif cls not in _STRONG and not re.search(
            r"/dev/tcp|nc\b|ncat|socat|iex|Invoke|Download", payload, re.I
        ):
            continue
        elif "hook" in target or "core." in target or "templatedir" in target:
            rule = "persistence.git-hook"
        elif re.search(r"cron|schtasks|scheduled", target):
            rule = "persistence.scheduled-task"
        elif re.search(r"launch|systemd|autostart|run\b|startup|enable", target):
            rule = "persistence.autostart"
        else:
            rule = "persistence.shell-profile"
        _emit(out, rule, Severity.HIGH, u, p[2], p[1],
              f"{where} makes {p[0]!r} run {payload[:30]!r} from now on")  # fmt: skip
    if u.kind == "code":
        _script_persist(out, u, where)
    for s_ in roles.get("settings", [])[:1]:
        own = R.SETTINGS_TARGET.search(s_[1]) is not None and u.kind == "code"
        sev = Severity.HIGH if (own or noconf or conceal or auth) else Severity.MEDIUM
        _emit(out, "privilege.agent-permissions", sev, u, s_[2], s_[1],
              f"{where} writes agent settings that allow everything ({s_[0]!r})"
              + ("" if sev is Severity.HIGH else "; check the user asked for it"))  # fmt: skip
    if (
        not roles.get("settings")
        and roles.get("permissive")
        and (noconf or conceal)
        and u.kind == "step"
    ):
        p = roles["permissive"][0]
        _emit(out, "privilege.agent-permissions", Severity.HIGH, u, p[2], p[1],
              f"{where} turns the agent's prompts off ({p[0]!r}) without asking")  # fmt: skip
    for fr in roles.get("fetchrun", [])[:1]:
        if fr[0] == "hostile" or (
            fr[0] == "unknown" and (noconf or conceal or u.kind == "frontmatter")
        ):
            sev = Severity.CRITICAL if fr[0] == "hostile" or noconf else Severity.HIGH
            _emit(out, "exec.remote-eval", sev, u, fr[2], fr[1],
                  f"{where} runs code it downloads ({fr[0]} host)")  # fmt: skip
    if u.kind == "code":
        _script_remote_eval(out, u, where)
    for i in roles.get("install", [])[:1]:
        if i[0] in _STRONG or i[0] == "none":
            _emit(out, "supply.install-url", Severity.HIGH, u, i[2], i[1],
                  f"{where} installs a package from an unverified source ({i[0]} host)")  # fmt: skip
    if u.kind == "code":
        _script_install(out, u, where)
    for r in roles.get("revshell", [])[:1]:
        _emit(out, "exec.reverse-shell", Severity.CRITICAL, u, r[2], r[1],
              f"{where} connects to another machine and hands it a shell ({r[0][:30]!r})")  # fmt: skip


def _where(u: Unit) -> str:
    if u.kind == "frontmatter":
        return f"the frontmatter field {u.heading[:40]!r}"
    if u.kind == "step":
        return "a step of SKILL.md" if u.path == "SKILL.md" else f"a step of {u.path}"
    return f"{u.path}"


def _foreign_tokens(out: Collector, u: Unit, where: str) -> None:
    """Named secrets sent to a host that is not their service: `?t=$SLACK_TOKEN&o=$OPENAI_KEY`
    to one collector, `${{ secrets.NPM_TOKEN }}` posted to a cache service."""
    named = u.roles.get("named")
    if not named:
        return
    for k in _strong_sinks(u) + [s for s in u.roles.get("sink", ()) if s[0] == "known"]:
        hosts = [h for h, c in (k[3] or ()) if c in _STRONG or c == "known"]
        if not hosts:
            continue
        line_start = u.norm.rfind("\n", 0, k[2]) + 1
        window = u.norm[line_start : k[2] + 600]
        foreign = set()
        for _kind, name, pos, upper in named:
            if not (line_start <= pos <= k[2] + 600) or name not in window:
                continue
            words = re.split(r"_+", upper)
            providers = [R.TOKEN_PROVIDERS[w] for w in words if w in R.TOKEN_PROVIDERS]
            if providers and not any(p in h for ps in providers for p in ps for h in hosts):
                foreign.add(words[0] if words[0] in R.TOKEN_PROVIDERS else upper)
        if foreign:
            sev = Severity.CRITICAL if len(foreign) >= 2 else Severity.HIGH
            _emit(out, _exfil_rule(u), sev, u, k[2], k[1],
                  f"{where} sends {', '.join(sorted(foreign))} credentials to {hosts[0]}, "
                  "a host that is not their service")  # fmt: skip
            return


_HOME_ENUM = re.compile(
    r"~\s*\.(?:iterdir|glob|rglob)\(|listdir\(\s*~|readdirSync\(\s*~|Get-ChildItem\s+~|"
    r"\bcd\s+~(?:\s|;|&|\||$)|\bcd\s+/(?:\s|;|&|\||$)|[\[,]\s*~\s*[,\]]|[\[,]\s*[\"']/[\"']\s*[,\]]"
    r"|[\[,]\s*[\"']C:\\\\?[\"']",
    re.IGNORECASE,
)


def _script_destroy(out: Collector, u: Unit, where: str) -> None:
    """A script that enumerates or enters the home folder (or root) and deletes within a few
    lines: `for child in ~.iterdir(): rmtree(child)`, `cd ~; find . -exec rm -rf {} +`."""
    verbs = u.roles.get("destroyverb")
    if not verbs or u.roles.get("destroy"):
        return
    t = u.norm
    for m in islice(_HOME_ENUM.finditer(t), 4):
        for v in verbs:
            if 0 <= t.count("\n", m.start(), v[2]) <= 6 or 0 <= t.count("\n", v[2], m.start()) <= 2:
                _emit(out, "exec.destructive", Severity.CRITICAL, u, v[2], t[m.start():m.start() + 80],
                      f"{where} deletes everything in the home folder or the disk root")  # fmt: skip
                return


def _script_persist(out: Collector, u: Unit, where: str) -> None:
    """A script that writes a start-up or hook file whose content it builds elsewhere."""
    t = u.norm
    target = R.PERSIST_TARGET.search(t)
    if target is None or (u.roles.get("persist") and any(p[3][0] for p in u.roles["persist"])):
        return
    if not re.search(
        r"\bopen\(|\.write|write_text|writeFileSync|appendFile|Add-Content|Set-Content|>>|\btee\b",
        t,
    ):
        return
    key = re.search(r"\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-\S+\s+AAAA", t)
    hosts = [c for _h, c in _hosts(t)]
    net = re.search(
        r"\b(?:curl|wget|nc|ncat|socat|Invoke-WebRequest|iwr|irm|DownloadString)\b|/dev/tcp/", t
    )
    if key is not None and "authorized_keys" in target.group():
        rule = "persistence.ssh-authorized-keys"
    elif net is not None and any(c in _STRONG for c in hosts):
        tg = target.group().lower()
        rule = (
            "persistence.git-hook"
            if "hook" in tg or "core." in tg
            else ("persistence.scheduled-task" if "cron" in tg else "persistence.shell-profile")
        )
    else:
        return
    _emit(out, rule, Severity.HIGH, u, target.start(), t[max(0, target.start() - 40):target.end() + 40],
          f"{where} writes {target.group()!r} with content that reaches the network or grants access")  # fmt: skip


def _script_remote_eval(out: Collector, u: Unit, where: str) -> None:
    t = u.norm
    fetch = R.FETCH.search(t)
    if fetch is None:
        return
    ev = re.search(
        r"\bnew\s+Function\b|\bimport\(\s*`?[\"']?data:|\bvm\.run\w*\(|exec\.Command\(\s*[\"'](?:/bin/)?"
        r"(?:ba)?sh[\"']\s*,\s*[\"']-c|\bInvoke-Expression\b|\biex\b|(?<![.\w])exec\(\s*(?!\s*[\"'])",
        t,
    )
    if ev is None:
        return
    cls = _worst(_hosts(t))
    if cls in ("known", "placeholder"):
        return
    _emit(out, "exec.remote-eval", Severity.CRITICAL, u, ev.start(), t[ev.start():ev.start() + 80],
          f"{where} downloads code and runs it ({cls} host)")  # fmt: skip


def _script_install(out: Collector, u: Unit, where: str) -> None:
    if u.roles.get("install"):
        return
    t = u.norm
    inst = re.search(r"[\"']?(?:pip[\d.]*|npm|gem|cargo|go)[\"']?\s*[,\s]\s*[\"']?install\b", t)
    if inst is None:
        return
    for m in islice(R.UNTRUSTED_URL.finditer(t), 4):
        cls = _worst(_hosts(m.group()))
        if cls in _STRONG:
            _emit(out, "supply.install-url", Severity.HIGH, u, m.start(), m.group(),
                  f"{where} installs packages from {cls} host {m.group()[:60]!r}")  # fmt: skip
            return


def _names_in(u: Unit) -> set[str]:
    """Files and variables a unit writes or fills (for flows to later units)."""
    names = set()
    for sm in islice(L.STAGED_FILE.finditer(u.norm), 12):
        name = sm.group().rsplit("/", 1)[-1].lower()
        if len(name) > 4 and not name.startswith((".env", "http")):
            names.add(name)
    for m in islice(re.finditer(r"\$(\w{2,30})\s*=|(?:^|\s)(\w{2,30})=", u.norm), 8):
        names.add((m.group(1) or m.group(2)).lower())
    return names


def _flows_in_files(out: Collector, by_path: dict[str, list[Unit]], teaching: dict) -> None:
    """Within one Markdown file: a source in one step and a sink in a later one that uses what
    the first wrote (a file name or a variable), or refers back to it; a download one step makes
    and a later step runs."""
    for units in by_path.values():
        steps = [u for u in units if u.kind == "step" and u.roles and not teaching[id(u)]]
        for i, a in enumerate(steps):
            names = None
            for b in steps[i + 1 : i + 4]:
                if b.index - a.index > 4:
                    break
                if a.roles.get("source") and _strong_sinks(b) and not b.roles.get("source"):
                    names = _names_in(a) if names is None else names
                    low = b.norm.lower()
                    if any(n in low for n in names) or L.BACK_REFERENCE.search(b.norm):
                        s, k = a.roles["source"][0], _strong_sinks(b)[0]
                        _emit(out, "exfil.instructed", Severity.CRITICAL, b, k[2],
                              f"{s[1][:60]} ... {k[1][:60]}",
                              f"one step reads {s[1][:40]!r}, a later step sends what it wrote "
                              f"({k[0]} host)")  # fmt: skip
            _download_then_run(out, a, a)
            if a.roles.get("download"):
                _download_then_run_later(out, a)


def _download_then_run_later(out: Collector, a: Unit) -> None:
    """The steps after a download (any step: a plain "run it" has no role of its own)."""
    steps = file_steps(a.f)
    for st in steps[a.index + 1 : a.index + 4]:
        b = Unit(a.f, a.path, st.start, a.f.line_of(st.start), st.text, "step", a.index + 1)
        b.roles["noconfirm"] = [("noconfirm", m.group(), m.start(), None)
                                for m in islice(R.NO_CONFIRM_BROAD.finditer(b.norm), 1)]  # fmt: skip
        if _download_then_run(out, a, b):
            return


def _download_then_run(out: Collector, a: Unit, b: Unit) -> bool:
    for d in a.roles.get("download", [])[:3]:
        cls, name = d[0], d[1]
        if cls in ("known", "placeholder") or len(name) < 2:
            continue
        base = name.rsplit("/", 1)[-1]
        pat = re.compile(
            r"(?:" + R.RUN_FILE_VERB.pattern + r")[\"']?\S*" + re.escape(base) + r"\b"
            r"|\b(?:Invoke-Expression|iex)\s+\$?" + re.escape(base) + r"\b",
            re.IGNORECASE,
        )
        text = b.norm if b is not a else b.norm[d[2] + len(name) :]
        m = pat.search(text)
        if m is None:
            continue
        noconf = b.roles.get("noconfirm") or a.roles.get("noconfirm")
        if cls == "unknown" and not noconf and b is not a and b.kind != "code":
            sev = Severity.HIGH
        else:
            sev = Severity.CRITICAL if (cls == "hostile" or noconf) else Severity.HIGH
        pos = m.start() if b is not a else d[2]
        _emit(out, "exec.download-and-run", sev, b, pos, f"{name} ... {m.group()[:60]}",
              f"runs {name!r}, which a download from a {cls} host filled")  # fmt: skip
        return True
    return False


_RUNS_FILE = re.compile(
    r"(?:^|[\s`(\[/])((?:\./)?[\w./-]*[\w-]+\.(?:py|sh|js|mjs|cjs|ts|ps1|rb|pl|go|bash|zsh))\b"
)


def _flows_across_files(out: Collector, files: list[SkillFile], by_path: dict, teaching) -> None:
    """A step that has a source (the conversation, a credential) and runs or links a script of
    the skill that sends data to an unknown host; or a step that sends and a script that reads."""
    code_units = {u.path: u for us in by_path.values() for u in us if u.kind in ("code", "data")}
    if not code_units:
        return
    names = {posixpath.basename(p): p for p in code_units}
    for us in by_path.values():
        for u in us:
            if u.kind != "step" or teaching[id(u)]:
                continue
            hard = [x for x in u.roles.get("source", ()) if x[0] != "ask"]
            if not (hard or _strong_sinks(u)):
                continue
            for m in islice(_RUNS_FILE.finditer(u.norm), 6):
                target = code_units.get(m.group(1).lstrip("./")) or code_units.get(
                    names.get(posixpath.basename(m.group(1)), "")
                )
                if target is None or target.path == u.path:
                    continue
                if hard and _strong_sinks(target):
                    s, k = hard[0], _strong_sinks(target)[0]
                    _emit(out, "exfil.instructed", Severity.CRITICAL, u, m.start(),
                          f"{s[1][:60]} -> {target.path}: {k[1][:60]}",
                          f"a step hands {s[1][:40]!r} to {target.path}, which sends it to a "
                          f"{k[0]} host")  # fmt: skip
                    return
                if _strong_sinks(u) and target.roles.get("source"):
                    s, k = target.roles["source"][0], _strong_sinks(u)[0]
                    _emit(out, "exfil.instructed", Severity.CRITICAL, u, m.start(),
                          f"{target.path}: {s[1][:60]} -> {k[1][:60]}",
                          f"{target.path} reads {s[1][:40]!r} and a step sends its output out")  # fmt: skip
                    return
