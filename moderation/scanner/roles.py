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
from .config import SUSPICIOUS_TLDS
from .context import (
    COLLECTOR_SET,
    COLLECTOR_WORDS,
    PASTE_SET,
    TRUSTED_SET,
    host_matches,
    ip_is_internal,
)
from .datause import (
    INSPECTION_QUESTION,
    blank_spans,
    describes_quoted,
    in_pattern,
    key_used_locally,
    needle_spans,
    session_is_connection,
)
from .reading import SkillFile
from .roleexamples import (
    _COMMENT_LINE,
    _EXAMPLE,
    _REFUSAL,
    _TEACH_STRONG,
    _cue,
    _example_host,
    _prose,
    attack_cases,
    quoted_example,
)
from .rolenorm import MAX_UNIT_CHARS, normalise
from .rx import Gate, any_of
from .steps import file_steps, steps_that_may_match, teaching_cue
from .text import user_does

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
# What makes a step or a file worth reading for roles: the rarer concepts. Common words (send,
# log, install, summary, without asking) are read only inside a unit one of these selected.
ROLE_ANY = any_of(
    R.SRC_CRED, R.SRC_DOTENV, R.SRC_ENV_BULK, R.SRC_ENV_NAMED, R.SRC_CHAT, R.SRC_CHAT_CODE,
    R.SINK_CALL, R.SINK_URL_DATA, R.CONCEAL_BROAD, R.OVERRIDE_VERB, R.OVERRIDE_AFTER, R.ELEVATION,
    R.ADDRESS_MODEL, R.RUN_FETCHED, R.DOWNLOAD_TARGET, R.DESTROY_VERB, R.PERMISSIVE_VALUE,
    R.REMOTE_CONNECT, R.UNTRUSTED_URL, R.BYPASS, R.OBFUSCATION_HINT, R.SEND_TO_URL,
)  # fmt: skip
# Data files named for attacks: a list of injection cases, a set of payloads for a test.
_SELECTIVE_FIND = re.compile(r"\bfind\s+\S+\s+(?:-\w+\s+\S+\s+)*?-(?:i?name|i?path|regex)\s+[^-\s]")
_REMOTE_COPY = re.compile(r"\b(?:rsync|scp|sftp|rclone\s+(?:copy|sync|move))\b")
_REMOTE_DEST = re.compile(r"[\w.-]+@([\w-]+(?:\.[\w-]+)+):")
_URL_AFTER = re.compile(r"\bhttps?://[^\s)'\"<>`]+")
_GIT_REMOTE_ADD = re.compile(
    r"\bgit\s+remote\s+(?:add\s+(?:-\S+\s+)*\S+|set-url\s+(?:--\S+\s+)*\S+)\s+[\"'`]?(\S+)"
)
# SSH client directives that send connections or run commands through another host.
_SSH_ROUTE = re.compile(r"\b(?:ProxyCommand|ProxyJump|RemoteForward|LocalCommand)\b")
_DESTRUCTURED = re.compile(r"\{[\w\s,:$]*\}\s*=\s*$")
_DOTENV_LOADER = re.compile(r"load_dotenv|dotenv\.config|--env-file|env_file|dotenv/config|EnvFile")
_FORCE_ADD = re.compile(r"\bgit\s+add\s+(?:-\w*f\w*|--force)\b[^\n;&|]*$")
_COMPARED = re.compile(
    r"(?:==|!=|===|!==|-eq|-ne|-in|-notin|-contains|-match|\bis|\bin|\bnot\s+in)\s*[\[(]?\s*"
    r"(?:[\"'][^\"'\n]{0,40}[\"']\s*,\s*)*(?:[\"'][^\"'\n]{0,40})?$",
    re.IGNORECASE,
)
_SET_VERB = re.compile(
    r"\b(?:set|sets|setting|enabl\w*|turn\w*\s+(?:\w+\s+)?on|switch\w*|add|adds|adding|writ\w*|"
    r"put|puts|chang\w*|configur\w*|use|uses|using|run|runs|launch\w*|start\w*|append\w*|"
    r"updat\w*|edit|flip\w*|make|makes|pass|passes|appl\w*|merg\w*|replac\w*|alias\w*)\b"
    r"|\s--[a-z]|[=:]\s*[\"'`]?\w",
    re.IGNORECASE,
)
_NEG_BEFORE = re.compile(
    r"\b(?:never|don'?t|do\s+not|must\s+not|should\s+not|shouldn'?t|avoid|instead\s+of|not\s+to)\b",
    re.IGNORECASE,
)


# Task words that make a weak teaching cue ("detect", "audit", "look for"): in a heading such as
# "1. Detect the format" they name the skill's own job, not an attack.
_TASK_WORDS = re.compile(
    r"\b(?:detect\w*|audit\w*|scan\w*\s+for|look\s+for|watch\s+(?:out\s+)?for)\b", re.IGNORECASE
)
# A word used as a label: bold, in backticks, or followed by a colon or a dash.
_LABEL_AFTER = re.compile(r"(?:\*\*|__|`)|\s*:\s|\s+[-\u2013\u2014]\s")
# A script's line that raises or prints an error: the words in its message are not settings.
_ERROR_LINE = re.compile(
    r"\s*(?:raise\b|throw\b|die\b|sys\.exit\(|SystemExit\(|exit\s*\(|Write-Error\b|"
    r"console\.error\(|log(?:ger)?\.(?:error|warning|warn)\()"
)
# A consequence the agent is told to explain or warn about: "explain plainly that Codex could then
# run anything without asking".
_EXPLAINED_THAT = re.compile(
    r"\b(?:explain\w*|warn\w*|tell\s+(?:them|the\s+user))\b[^.\n]{0,40}\bthat\b[^.\n]{0,60}"
    r"\b(?:could|would|can|might|may|will)\b[^.\n]{0,40}$",
    re.IGNORECASE,
)


# -- units ---------------------------------------------------------------------------------------
class Unit:
    __slots__ = (
        "f", "heading", "index", "kind", "line", "near_noconfirm", "near_prod", "norm", "path",
        "roles", "start", "text",
    )  # fmt: skip

    def __init__(self, f, path, start, line, text, kind, index, heading=""):
        self.f, self.path, self.start, self.line = f, path, start, line
        self.text, self.kind, self.index, self.heading = text, kind, index, heading
        # lists of strings a script searches for are not what it does (datause.needle_spans)
        text_read = blank_spans(text, needle_spans(text)) if kind == "code" else text
        self.norm = normalise(text_read, code=kind in ("code", "data"))
        self.roles: dict[str, list] = {}
        self.near_noconfirm = False
        self.near_prod = ""


def _units_of(f: SkillFile) -> list[Unit]:
    if f.binary or not f.text or len(f.text) > MAX_FILE_CHARS:
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
            start, text = st.start, st.text
            if start < body:  # the frontmatter is read value by value (analyse_skill)
                text = f.text[body : st.end]
                if not text.strip():
                    continue
                start = body
            if len(out) >= MAX_UNITS_PER_FILE:
                break
            out.append(
                Unit(f, f.path, start, f.line_of(start), text, "step", index[id(st)], st.heading)
            )
        return out
    if not ROLE_ANY.found_in(f.text[:MAX_UNIT_CHARS]):
        return []
    kind = "code" if f.is_code else "data"
    return [Unit(f, f.path, 0, 1, f.text[:MAX_UNIT_CHARS], kind, 0)]


# -- hosts ----------------------------------------------------------------------------------------
_ILLUSTRATION_HOST = re.compile(r"attacker|\bevil\b|malicious|bad-?actor", re.IGNORECASE)


def host_class(host: str) -> str:
    """hostile (raw public IP, collector, paste, odd TLD, look-alike of a brand), known (a
    well-known service), placeholder (example.com, localhost, your-server) or unknown."""
    host = host.lower().strip(".")
    if host.startswith(("process.env.", "import.meta.env.")):
        return "placeholder"  # `https://${process.env.SHOPIFY_SHOP}/...`: the user's own host
    internal = ip_is_internal(host)
    if internal is False:
        return "hostile"
    if internal is True or R.PLACEHOLDER_HOST.search(host) or _ILLUSTRATION_HOST.search(host):
        return "placeholder"  # attacker.com, evil.example: a host named for a lesson
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


def _hosts(text: str, host=R.HOST) -> list[tuple[str, str]]:
    out = []
    for m in islice(host.finditer(text), 12):
        h = m.group(1) or m.group(2) or m.group(3) or m.group(4) or ""
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


# The concepts searched in each whole piece (sentence or line) of a unit: `_read_roles` searches
# them through a gate (`rx.Gate`: `c.NAME` is NEVER in a piece it cannot match); a search in a
# part of a piece (a slice, or from a position) uses the pattern itself, `R.NAME`.
_PIECE_GATE = Gate(
    R,
    (
        "SRC_CRED", "SRC_DOTENV", "FILE_READ", "SRC_ENV_BULK", "SRC_ENV_NAMED", "SRC_CHAT",
        "SRC_CHAT_CODE", "SRC_ASK", "HOST", "SINK_CALL", "CODE_NET", "SINK_URL_DATA", "SEND_VERB",
        "HIDE_VERB", "USER_FACING", "CONCEAL_BROAD", "NO_CONFIRM_BROAD", "OVERRIDE_VERB",
        "OVERRIDE_AFTER", "ELEVATION", "ADDRESS_MODEL", "FETCH", "DOWNLOAD_TARGET", "BYPASS",
        "PERSIST_TARGET", "PERSIST_WRITE", "PERSIST_PAYLOAD", "DESTROY_VERB", "DESTROY_TARGET",
        "PERMISSIVE_VALUE", "SETTINGS_TARGET", "INSTALL_VERB", "UNTRUSTED_URL", "REMOTE_CONNECT",
        "SHELL_BIND",
    ),
)  # fmt: skip


# The only checks of `_read_roles` (and `_sources`, `_sinks`, `_actions`) that do not start from
# a gated concept, and the words each needs in the piece: `_REMOTE_COPY` ("@" or "::"),
# `_GIT_REMOTE_ADD` ("remote"), `_SSH_ROUTE` ("Proxy", "Forward", "LocalCommand"). A piece whose
# gate view is all NEVER and that holds none of them adds no role: it is skipped (28 % of the
# pieces of the corpus's units; the rest still run every check below).
_UNGATED_WORDS = ("@", "::", "remote", "Proxy", "Forward", "LocalCommand")
# Gated concepts that are only searched once another gated concept has matched in the same
# piece, and add no role alone: the hosts a send or a fetch goes to (HOST), the read that makes
# `.env` a payload (FILE_READ), what a hiding verb hides from (USER_FACING), what a fetch saves
# (DOWNLOAD_TARGET), what a persistence target gets and how (PERSIST_WRITE, PERSIST_PAYLOAD),
# what a destructive verb hits (DESTROY_TARGET), where a permissive value goes (SETTINGS_TARGET),
# the URL an install verb names (UNTRUSTED_URL; in a manifest it is read alone, see
# `_read_roles`) and the shell a connection binds (SHELL_BIND). A piece whose view holds only
# these (and none of the ungated words) adds no role and is skipped; a unit none of whose
# pieces can hold another gated concept is skipped whole, before its concepts are placed (half
# of the corpus's units). Every other gated concept, including any added later, may start a
# role. `test_pieces_the_gate_rules_out_are_skipped_without_losing_a_role` checks the claim.
_FOLLOWERS = frozenset(
    ("HOST", "FILE_READ", "USER_FACING", "DOWNLOAD_TARGET", "PERSIST_WRITE", "PERSIST_PAYLOAD",
     "DESTROY_TARGET", "SETTINGS_TARGET", "UNTRUSTED_URL", "SHELL_BIND")
)  # fmt: skip
_STARTERS = frozenset(_PIECE_GATE.patterns) - _FOLLOWERS
_STARTERS_MANIFEST = _STARTERS | {"UNTRUSTED_URL"}  # a manifest's URL is an install by itself


def _read_roles(u: Unit) -> None:
    t = u.norm
    roles = u.roles
    code = u.kind in ("code", "data")
    pieces = _logical_lines(t) if code else _sentences(t)
    manifest = _is_manifest(u)
    starters = _STARTERS_MANIFEST if manifest else _STARTERS
    ungated = any(w in t for w in _UNGATED_WORDS)
    views = _PIECE_GATE.pieces(t, pieces, None if ungated else starters)
    if views is None:
        return  # no piece can hold a concept that starts a role, nor an ungated check's word
    fallback = _worst(_hosts(t)) if u.kind == "code" else "none"
    codeish = code or "`" in t  # a data file's hook commands are code too
    for (off, s), c in zip(pieces, views, strict=True):
        if starters.isdisjoint(c.__dict__) and not (
            ungated and any(w in s for w in _UNGATED_WORDS)
        ):
            continue  # only followers (or nothing) can match in this piece: no role starts here
        _sources(c, roles, s, off, code, codeish)
        _sinks(c, roles, s, off, u.kind == "data", fallback, codeish, u.kind == "code")
        hide = c.HIDE_VERB.search(s)
        if (
            hide is not None
            and c.USER_FACING.search(s) is not None
            and not _quoted(s, hide.start())
        ):
            _add(roles, "conceal", "conceal", s[max(0, hide.start() - 20) : hide.end() + 60],
                 off + hide.start())  # fmt: skip
        for rx_, role in ((c.CONCEAL_BROAD, "conceal"), (c.NO_CONFIRM_BROAD, "noconfirm")):
            m = rx_.search(s)
            if (
                m is not None
                and m.group().lower().startswith("without")
                and _NEG_BEFORE.search(s[: m.start()])
            ):
                continue  # "never add --no-verify without telling them": a rule against hiding
            if m is not None and _EXPLAINED_THAT.search(s[: m.start()]) is not None:
                continue  # "explain that Codex could then run anything without asking": a risk told
            if m is not None:
                _add(roles, role, role, m.group(), off + m.start())
        for verb_rx, after in ((c.OVERRIDE_VERB, True), (c.OVERRIDE_AFTER, False)):
            ov = next(
                (
                    x
                    for x in islice(verb_rx.finditer(s), 4)
                    if not (after and _LABEL_AFTER.match(s, x.end()))
                ),
                None,
            )  # "**Direct override**: ...", "`override` - claims ...": the attack's name, a label
            if ov is None or _quoted(s, ov.start()) or _REPORTED.search(s[: ov.start()]):
                continue
            window = (
                s[ov.end() : ov.end() + 80] if after else s[max(0, ov.start() - 80) : ov.start()]
            )
            if R.AUTHORITY_OBJECT.search(window) is not None:
                _add(roles, "authority", "override", s[max(0, ov.start() - 30): ov.end() + 60],
                     off + ov.start())  # fmt: skip
                break
        for rx_, kind in ((c.ELEVATION, "elevation"), (c.ADDRESS_MODEL, "address")):
            m = rx_.search(s)
            if m is not None:
                _add(roles, "authority", kind, m.group(), off + m.start())
        _actions(c, roles, s, off, code, u, manifest)


# Reported speech: "whether it claims to be from the system or says it overrides earlier rules"
# describes what planted text says; the override is its author's, not the skill's.
_REPORTED = re.compile(
    r"\b(?:says?|claims?|pretends?|insists?|announces?|declares?)\s+(?:that\s+)?(?:it|they|this|"
    r"the\s+\w+)?\s*(?:to\s+|can\s+|will\s+|may\s+)?$",
    re.IGNORECASE,
)


def _quoted(sentence: str, pos: int) -> bool:
    """The phrase at pos sits inside quotation marks in prose ("ignore previous instructions" as
    an example of what a web page may say)."""
    before = sentence[:pos]
    return (before.count('"') % 2 == 1) or before.count("\u201c") > before.count("\u201d")


# A folder made or locked down, not read: the command's operand is the folder itself.
_MADE_NOT_READ = re.compile(
    r"\b(?:mkdir|install\s+-d|chmod|chown)\s+(?:-[\w-]+\s+|\d{3,4}\s+|[\w.-]+:[\w.-]+\s+)*"
    r"[\"']?(?:~|\$HOME|\$\{HOME\}|/root|/home/[\w.-]+)?/?$"
)


def _sources(c, roles: dict, s: str, off: int, code: bool, codeish: bool) -> None:
    for m in islice(c.SRC_CRED.finditer(s), 6):
        around = s[m.start() : m.end() + 14]
        if R.SRC_HARMLESS.search(around) or _in_url(s, m.start()):
            continue
        if key_used_locally(s, m.start(), m.end()):
            continue
        if _MADE_NOT_READ.search(s[max(0, m.start() - 40) : m.start()]) is not None and (
            s[m.end() : m.end() + 1] in ("", " ", "\t", "\n", "&", ";", "'", '"', "|", ")")
        ):
            continue  # `mkdir -p ~/.ssh`, `chmod 700 ~/.ssh`: the folder is made, not read
        if not code and _negated_before(s, m.start()):
            continue
        _add(roles, "source", "cred", m.group(), off + m.start())
    dms = list(islice(c.SRC_DOTENV.finditer(s), 4))
    dm = next((d for d in dms if _dotenv_payload(s, d)), dms[0] if dms else None)
    if (
        dm is not None
        and not R.SRC_HARMLESS.search(s[dm.start() : dm.end() + 14])
        and (not code or (c.FILE_READ.search(s) is not None or not _DOTENV_LOADER.search(s)))
        and (code or not _negated_before(s, dm.start()))
        and not _in_url(s, dm.start())
    ):
        payload = _dotenv_payload(s, dm)
        _add(roles, "source", "cred" if payload else "dotenv", dm.group(), off + dm.start())
    em = c.SRC_ENV_BULK.search(s)
    if em is not None and _DESTRUCTURED.search(s[max(0, em.start() - 400) : em.start()]):
        for name in islice(re.finditer(r"[A-Z][A-Z0-9_]{2,}", s[: em.start()][-400:]), 8):
            _add(roles, "named", "named", name.group(), off + em.start(), name.group())
        em = None  # `const { B2_KEY_ID, B2_APP_KEY } = process.env`: named variables, not all
    if em is not None and (code or not _negated_before(s, em.start())):
        _add(roles, "source", "env", em.group(), off + em.start())
    for nm in islice(c.SRC_ENV_NAMED.finditer(s), 8):
        _add(roles, "named", "named", nm.group(1), off + nm.start(), nm.group(1).upper())
    for rx_ in (c.SRC_CHAT, c.SRC_CHAT_CODE) if codeish else (c.SRC_CHAT,):
        cm = rx_.search(s)
        if cm is not None and session_is_connection(s, cm.group()):
            cm = None  # "keep the current session open until a new login works"
        if cm is not None and (code or not _negated_before(s, cm.start())):
            _add(roles, "source", "chat", cm.group(), off + cm.start())
            break
    else:
        am = c.SRC_ASK.search(s)
        if am is not None and not _negated_before(s, am.start()):
            _add(roles, "source", "ask", am.group(), off + am.start())


def _dotenv_payload(s: str, dm) -> bool:
    """curl -d @.env, -T .env, git add -f .env (an ignored secrets file forced into a commit):
    the file itself is what is sent, not a project's settings a deploy reads."""
    return (
        "@" in dm.group()
        or s[max(0, dm.start() - 4) : dm.start()].rstrip().endswith("-T")
        or _FORCE_ADD.search(s[max(0, dm.start() - 40) : dm.start()]) is not None
    )


def _in_url(text: str, pos: int) -> bool:
    before = text[max(0, pos - 120) : pos].split()
    return bool(before) and "://" in before[-1]


# In a script, a word followed by `:` or `=` (or closed by a quote first) names a field, a key or
# a variable: `email: "orders@shop.test"` is the sender's address in a payload, not a mail sent.
_KEY_OR_NAME = re.compile(r"[\"']?\s*(?::(?!:)|=(?!=))")


def _sinks(
    c, roles: dict, s: str, off: int, data: bool, fallback: str, codeish: bool, script: bool = False
) -> None:
    hosts = _hosts(s, c.HOST)
    cls = _worst(hosts)
    if cls == "none":
        cls = fallback  # a script's call whose URL is on another line
    m = c.SINK_CALL.search(s) or (c.CODE_NET.search(s) if codeish and not data else None)
    if m is not None and not _negated_before(s, m.start()):
        word = m.group().lower()
        kind = cls
        if re.search(
            r"dns|nslookup|dig\b|resolve|gethostbyname|getaddrinfo|ping|gist|lookup", word
        ):
            kind = "covert" if cls not in ("known", "placeholder") else cls
        _add(roles, "sink", kind, m.group(), off + m.start(), hosts)
    copy = _REMOTE_COPY.search(s) if "@" in s or "::" in s else None
    if copy is not None:  # rsync/scp/sftp to user@host:path: a send to that host
        dest = _REMOTE_DEST.search(s, copy.end())
        if dest is not None:
            dcls = host_class(dest.group(1))
            if dcls in _STRONG:
                _add(roles, "sink", dcls, s[copy.start() : dest.end()][:120], off + copy.start(),
                     [(dest.group(1).lower(), dcls)])  # fmt: skip
    remote = _GIT_REMOTE_ADD.search(s) if "remote" in s else None
    if remote is not None:  # a remote exists to be pushed to: its host is where the pushes go
        rcls = _worst(_hosts(remote.group(1)))
        if rcls in _STRONG:
            _add(roles, "sink", rcls, remote.group(), off + remote.start(), _hosts(remote.group(1)))
    route = _SSH_ROUTE.search(s) if "Proxy" in s or "Forward" in s or "LocalCommand" in s else None
    if route is not None and cls in _STRONG:  # every SSH connection routed through that host
        _add(roles, "sink", cls, s[route.start() : route.end() + 60], off + route.start(), hosts)
    m = c.SINK_URL_DATA.search(s) if not data or "](" in s else None
    if m is not None and data and s[max(0, m.start() - 2) : m.start()] != "](":
        m = None  # a data file's URL templates are its own calls, unless shown as Markdown
    if m is not None and not _negated_before(s, m.start()):
        _add(roles, "sink", cls if cls != "none" else "unknown", m.group(), off + m.start(), hosts)
        _add(roles, "urldata", cls, m.group(), off + m.start(), hosts)
    v = c.SEND_VERB.search(s)
    if v is not None and script and _KEY_OR_NAME.match(s, v.end()) is not None:
        v = None  # `email: "orders@shop.test"`, `report = ...`: a field or a variable, not a send
    if v is not None and not _negated_before(s, v.start()) and not user_does(s, v.start()):
        d = R.DESTINATION.search(s, v.end())
        d_end = d.end() if d is not None else 0
        word = d.group().lower() if d is not None else ""
        if d is not None and "://" not in word and "@" not in word:
            url = _URL_AFTER.search(s, d.end())  # "uploaded to the paste service https://...":
            if url is not None and url.start() - d.end() < 200:  # the address wins
                word, d_end = url.group().lower(), url.end()
        if d is None:  # "mirrored to coach-sync.example.com/api/turns": an address with no scheme
            bare = _BARE_URL.search(s, v.end(), min(len(s), v.end() + 100))
            if bare is not None and host_class(bare.group(1)) in _STRONG:
                word, d_end = "https://" + bare.group().lower(), bare.end()
                hosts = [*hosts, (bare.group(1).lower(), host_class(bare.group(1)))]
                cls = _worst(hosts)
        if d is not None or word:
            if "://" in word or "@" in word:
                kind = cls if cls != "none" else "unknown"
            elif re.search(r"\bour\b|pastebin|gist|discord|telegram|collector", word):
                kind = "unknown"
            else:
                kind = "vague"
            _add(roles, "sink", kind, s[v.start() : d_end], off + v.start(), hosts)


_BARE_URL = re.compile(r"\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/[\w.~/-]+", re.IGNORECASE)


def _actions(c, roles: dict, s: str, off: int, code: bool, u: Unit, manifest: bool) -> None:
    f = c.FETCH.search(s)
    if f is not None:
        hosts = _hosts(s, c.HOST)
        cls = _worst(hosts)
        r = R.RUN_FETCHED.search(s, f.start())
        if r is not None:
            _add(roles, "fetchrun", cls, s[f.start() : r.end()], off + f.start(), hosts)
        for dt in islice(c.DOWNLOAD_TARGET.finditer(s), 4):
            name = next((g for g in dt.groups() if g), "")
            if name:
                _add(roles, "download", cls, name, off + dt.start(), hosts)
    by = c.BYPASS.search(s)
    if by is not None:
        _add(roles, "bypass", by.group(), by.group(), off + by.start())
    p = c.PERSIST_TARGET.search(s)
    if p is not None:
        w = c.PERSIST_WRITE.search(s)
        if w is not None and not (not code and _negated_before(s, min(p.start(), w.start()))):
            payload = c.PERSIST_PAYLOAD.search(s)
            cls = _worst(_hosts(s, c.HOST))
            _add(roles, "persist", p.group(), s[max(0, p.start() - 40) : p.end() + 60],
                 off + p.start(), (payload.group() if payload else "", cls))  # fmt: skip
    d = c.DESTROY_VERB.search(s)
    if d is not None and not (not code and _negated_before(s, d.start())):
        t = c.DESTROY_TARGET.search(s)
        if t is not None and _SELECTIVE_FIND.search(s) is not None:
            t = None  # `find ~ -name node_modules -exec rm -rf {} +`: only what the filter names
        if t is not None:
            _add(roles, "destroy", t.group(), s[max(0, d.start() - 10) : d.end() + 80],
                 off + d.start())  # fmt: skip
        elif code:
            _add(roles, "destroyverb", d.group(), d.group(), off + d.start())
    pv = c.PERMISSIVE_VALUE.search(s)
    if pv is not None and (
        _COMPARED.search(s[max(0, pv.start() - 60) : pv.start()]) is not None
        or (code and in_pattern(s, pv.start(), pv.end()))
    ):
        pv = None  # `if mode == "bypassPermissions"`, `-match '"autoAccept":\s*true'`: a test
    if pv is not None and code and _ERROR_LINE.match(s) is not None:
        pv = None  # `raise SystemExit("this helper does not write full-access ...")`: a refusal
    if (
        pv is not None
        and not code
        and "\n```" not in u.text
        and _SET_VERB.search(s[: pv.start()] + " " + s[pv.end() :]) is None
    ):
        pv = None  # "`bypassPermissions` (never ask)": the mode described, not set
    if pv is not None:
        target = (
            c.SETTINGS_TARGET.search(s)
            or re.search(r"\balias\b", s)
            or (R.SETTINGS_TARGET.search("/" + u.path) if u.kind == "data" else None)
        )
        persisted = c.PERSIST_TARGET.search(s)
        if target is not None or persisted is not None:
            _add(roles, "settings", pv.group(), s[max(0, pv.start() - 60) : pv.end() + 60],
                 off + pv.start())  # fmt: skip
        else:
            _add(roles, "permissive", pv.group(), pv.group(), off + pv.start())
    i = c.INSTALL_VERB.search(s) if not manifest else True
    if i is not None:
        for m in islice(c.UNTRUSTED_URL.finditer(s), 4):
            hosts = _hosts(m.group())
            cls = _worst(hosts)
            if cls in ("known", "placeholder"):
                continue
            _add(roles, "install", cls, m.group(), off + m.start(), hosts)
            break
    rc = c.REMOTE_CONNECT.search(s)
    if rc is not None:
        b = c.SHELL_BIND.search(s)
        if b is not None and _remote(s):
            _add(roles, "revshell", rc.group(), s[max(0, rc.start() - 20): rc.end() + 100],
                 off + rc.start())  # fmt: skip


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
    if attack_cases(u.f):
        return True
    if u.kind == "frontmatter":
        return describes_quoted(u.text)
    if u.kind in ("code", "data"):
        return False
    if quoted_example(u.f, u.index):
        return True
    # Attack words are read in prose only ("attacker@box" in a key is a name); refusals anywhere.
    text = _prose(u.text) + " " + " ".join(_COMMENT_LINE.findall(u.text)[:20])
    if _cue(_TEACH_STRONG, text) or _cue(_REFUSAL, u.text):
        return True
    if "?" in text and len(INSPECTION_QUESTION.findall(text)) >= 2:  # a checklist asks
        return not any(c in _STRONG and not _example_host(h) for h, c in _hosts(u.norm))
    if u.roles.get("authority") or any(x[0] == "env" for x in u.roles.get("source", ())):
        return False  # task words ("while auditing", "to detect drift") do not excuse an
        # override or a harvest of every secret in the environment
    if (
        any(x[0] == "chat" for x in u.roles.get("source", ()))
        and not teaching_cue(text)
        and _EXAMPLE.search(text) is None
        and not teaching_cue(_TASK_WORDS.sub(" ", u.heading))
        and not L.TEACHING_HEADING.search(u.heading)
    ):
        return False  # a heading's task word ("1. Detect the format") does not excuse a step
        # that keeps the conversation (2.8.0)
    if u.roles.get("destroy") and u.roles.get("noconfirm"):
        return False  # nor a deletion the step says to do without asking, under "Common mistakes"
    weak = (
        teaching_cue(text)
        or _EXAMPLE.search(text) is not None
        or teaching_cue(u.heading)
        or bool(L.TEACHING_HEADING.search(u.heading))
        or (u.f.kind != "skill_md" and L.TEACHING_PATH.search(u.path) is not None)
    )
    if not weak:
        return False
    concrete = any(c in _STRONG and not _example_host(h) for h, c in _hosts(u.norm))
    if not concrete and u.kind == "step" and u.roles.get("source") and not u.roles.get("sink"):
        # a source step whose next step sends to a concrete host: a task word in the file's
        # name or heading ("agents/dep-auditor.md") does not make the pair a lesson (2.9.0)
        steps = file_steps(u.f)
        nxt = steps[u.index + 1].text if 0 <= u.index + 1 < len(steps) else ""
        concrete = any(c in _STRONG and not _example_host(h) for h, c in _hosts(nxt))
    return not concrete
