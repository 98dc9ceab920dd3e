"""Sends a skill never tells about (2.5.0): a script that posts, uploads or mails data to a
fixed host that none of the skill's instructions or documents name.

What the rest of the role analysis follows is *what* is sent (a credential, the environment,
the conversation). This check follows *whether the user could know*: a skill that strips photo
metadata while its script PUTs every original to a host of its own, an invoice mailer that adds a
hidden `bcc`, a mock server that posts the environment to a "registry". The structure is the
same whatever the words: a send that carries a body, to a host written into the script, which
no Markdown file of the skill mentions (not the host, not the name of its service). A script
that calls the service its documentation names ("Uploads to the user's Backblaze B2 bucket" and
`api.backblazeb2.com`), reads from an API (a GET with a query), or sends to an address the user
configures (`$TEAMS_WEBHOOK_URL`) is not this.
"""

from __future__ import annotations

import posixpath
import re
from itertools import islice

from .collect import Collector
from .findings import Severity
from .reading import SkillFile
from .roles import _STRONG, Unit, _hosts
from .skillchecks import command_around

# A send that carries data: a request body, an upload, a form, a mail, a push.
_BODY = re.compile(
    r"[(,]\s*(?:data|json|files|content)\s*=|\bbody\s*:|-Body\b|[\s'\"]-(?:d|F|T)\b|"
    r"--data\w*|--form\b|--upload-file\b|\bUpload(?:String|File|Data|Values)\w*\s*\(|"
    r"\bsendMail\b|\bsend_message\b|\bsendmail\b|\bbcc\b|\bSmtpClient\b|\bsmtplib\b|"
    r"\bmethod\s*[:=]\s*[\"'](?:POST|PUT|PATCH)|-Method\s+['\"]?(?:Post|Put|Patch)\b|"
    r"\.(?:post|put|patch)\w*\s*\(|\bPost(?:Form)?\s*\(|http\.MethodP(?:ost|ut)|"
    r"NewRequest\w*\(\s*[\"'](?:POST|PUT)|-X\s*(?:POST|PUT|PATCH)\b|\bgit\s+push\b|"
    r"\bsendBeacon\b|\.send\s*\(|\bsendall\s*\(",
    re.IGNORECASE,
)
# Labels that name nothing: a host's service is the label before its public suffix.
_GENERIC = frozenset(
    (
        "api", "www", "cdn", "app", "apps", "static", "assets", "img", "images", "upload",
        "uploads", "data", "v1", "v2", "hooks", "hook", "webhook", "webhooks", "mail", "smtp",
        "com", "org", "net", "io", "dev", "co", "uk", "test", "example", "local", "localhost",
    )
)  # fmt: skip


def _service_labels(host: str) -> list[str]:
    """What would name a host's service in prose: its registrable label (`exifclean` of
    `img-cache.exifclean.test`, `backblazeb2` of `api.backblazeb2.com`) and that label's
    hyphenated parts (`cloudflare` of `cloudflare-dns.com`). Subdomains name nothing: `recap` of
    `recap.meetnotes.test` is the skill's own word, not the service's."""
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return [host]
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "edu"):
        labels = labels[:-1]  # example.co.uk
    named = [x for x in labels[:-1] if x not in _GENERIC]  # `example.net` is nobody's service
    own = named[-1] if named else labels[0]
    parts = [p for p in own.split("-") if len(p) >= 4 and p not in _GENERIC]
    return [own, *parts]


_COMMENT_LINE = re.compile(r"(?m)^[ \t]*(?:#(?!!)|//|--|\*|/\*|<!--|REM\b|').*$")


def _in_comment(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, max(0, pos)) + 1
    return _COMMENT_LINE.match(text, start) is not None


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "", text.lower())


_MAIL = re.compile(r"\b(?:nodemailer|smtplib|sendMail|Send-MailMessage|SmtpClient|net/smtp)\b")
_ADDRESS = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_NAME = re.compile(r"[A-Za-z_]\w{2,}")


def _destinations(code: str, norm: str, sinks: list) -> list[str]:
    """The fixed hosts the sends go to: a host on a send's own line (or on a line that carries a
    body: `UploadString('https://...', $json)`), or in a constant that line names (`SINK = "https://..."` then `urlopen(SINK + name, data=...)`), or a mail address
    written into a script that sends mail. A URL elsewhere in the script (a schema, a docs link)
    is not where the data goes."""
    found: set[str] = set()
    places = [(s[2], norm) for s in sinks[:6]]  # the send's own line, and each line with a body
    places += [(m.start(), code) for m in islice(_BODY.finditer(code), 6)]
    for pos, text in places:
        ls = text.rfind("\n", 0, max(0, pos)) + 1
        le = text.find("\n", pos)
        line = text[ls : len(text) if le == -1 else le]
        found.update(h for h, c in _hosts(line) if c in _STRONG)
        for name in set(_NAME.findall(line)):
            m = re.search(
                rf"(?m)^[^\n]*\b{re.escape(name)}\s*:?=\s*[\"'`]?[^\n]{{0,20}}https?://[^\n]*", code
            )
            if m is not None:
                found.update(h for h, c in _hosts(m.group()) if c in _STRONG)
    if _MAIL.search(code) is not None:
        for m in _ADDRESS.finditer(code):
            found.update(h for h, c in _hosts("https://" + m.group(1)) if c in _STRONG)
    return sorted(found)


_DESCRIPTION = re.compile(r"(?m)^description:\s*(.{0,600})$")
# A description that says data is kept somewhere remote: the send is disclosed, if not its host.
_REMOTE_STORE = re.compile(
    r"\b(?:services?|cloud|accounts?|archives?|archived|archiving|backups?|backed\s+up|hosted|"
    r"saas|endpoints?|webhooks?|uploads?|uploaded|uploading)\b",
    re.IGNORECASE,
)


def undisclosed_sends(
    out: Collector, files: list[SkillFile], units: list[Unit], teaching: dict[int, bool]
) -> None:
    """One finding per script whose sends go only to hosts no Markdown file of the skill names."""
    code_units = [u for u in units if u.kind == "code" and not teaching.get(id(u), False)]
    if not code_units:
        return
    prose: str | None = None
    description: str | None = None
    done: set[str] = set()
    for u in code_units:
        if u.path in done:
            continue
        sinks = [
            s for s in u.roles.get("sink", ()) if s[0] in _STRONG and not _in_comment(u.norm, s[2])
        ]
        if not sinks:
            continue
        code = _COMMENT_LINE.sub("", u.norm)  # what runs: comments quote, they do not send
        if _BODY.search(code) is None:
            continue
        hosts = _destinations(code, u.norm, sinks)
        if not hosts:
            continue
        if prose is None:
            prose = _squash(" ".join(f.text[:200_000] for f in files if f.is_markdown))
        hidden = [h for h in hosts if not any(x in prose for x in _service_labels(h))]
        if len(hidden) != len(hosts):
            continue  # the skill names one of the hosts it sends to: disclosed
        done.add(u.path)
        s = sinks[0]
        line = u.line + u.norm.count("\n", 0, max(0, s[2]))
        if description is None:
            skill_md = next((f for f in files if f.kind == "skill_md"), None)
            m = _DESCRIPTION.search(skill_md.text[:4000]) if skill_md is not None else None
            description = m.group(1) if m is not None else ""
        if _REMOTE_STORE.search(description) is not None:  # "archives them in the team's service"
            out.add(
                "exfil.code-flow", Severity.MEDIUM, u.path, line, s[1][:120],
                f"{u.path} sends data to {hidden[0]!r}; the description says the skill keeps data "
                "in a service but never names this host: check it is the user's",
            )  # fmt: skip
            continue
        out.add(
            "exfil.code-flow", Severity.HIGH, u.path, line, s[1][:120],
            f"{u.path} sends data to {hidden[0]!r}, a host that none of the skill's instructions "
            "or documents name: the user cannot know this send happens",
        )  # fmt: skip


# -- a hand-off needs a way through (used by roleflow._flows_across_files) -------------------------
_READS_STDIN = re.compile(
    r"sys\.stdin|process\.stdin|\$input\b|\bread\s+-r|/dev/stdin|os\.Stdin|\bcat\s+-\s|\binput\(\)"
)


def handed(source: tuple, step: str, run_at: int, target: Unit) -> bool:
    """Whether a source a step names can reach the script the step runs: the script names it too
    (reads the same file or variable), the command line that runs the script carries it, or the
    step pipes into a script that reads its input. A step that says where a tool finds its own
    credentials ("the database password comes from `.pgpass`") and runs a script that never
    touches that file hands it nothing."""
    pieces = [p for p in re.split(r"[/\\`'\"\s()$]+", source[1]) if len(p) >= 4]
    if not pieces:
        return True
    key = pieces[-1].lower()
    if key in target.norm.lower():
        return True
    ls = step.rfind("\n", 0, run_at) + 1
    le = step.find("\n", run_at)
    line = step[ls : len(step) if le == -1 else le].lower()
    command = command_around(line, posixpath.basename(target.path).lower())
    if key in command:
        return True
    return "|" in command and _READS_STDIN.search(target.norm) is not None
