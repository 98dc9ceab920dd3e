"""Actions judged by what they do to the machine or the account (2.7.0), whatever the words
around them: the rules the session-13 evaluation said carry to unread text are the ones that
read structure and data, not phrasing.

- **Disks**: a program that opens a whole block device for writing (`/dev/nvme0n1`, `/dev/sda`,
  `\\\\.\\PhysicalDrive0`) destroys the file system on it, whatever it calls the write (a
  benchmark, a wipe, an image). A placeholder device (`/dev/sdX`) is the user's to fill.
- **Access for someone else**: owner, admin or superuser rights handed to a *named* account the
  skill fixes (`npm owner add rel-bot pkg`, `CREATE ROLE support SUPERUSER PASSWORD '...'`, a
  collaborator added with admin permission, `roles/owner`, `AdministratorAccess`, a local
  administrator). An account the user names (`<user>`, `$USER`, `{login}`) is their decision.
- **Audit trails**: stopping or deleting what records the account's activity (CloudTrail trails,
  GuardDuty detectors, Config recorders, audit rules, event logs, a database's statement log).
- **A send plan in a data file**: a YAML/JSON manifest whose entries name credential files to
  collect and whose delivery entry is a fixed web address (a "support bundle" the agent is told
  to build exactly as the manifest says). The structure is read, not the words: any key may
  name the files, the address is a URL under a key that is not documentation (homepage, docs,
  repository, image, icon, license).

Each is lowered where a step teaches about the attack; a program that asks first or previews
(a prompt, `--dry-run`, ShouldProcess) is review, not fail.
"""

from __future__ import annotations

import re
from itertools import islice

import yaml

from . import lexicon as L
from . import rolelex as R
from . import rx
from .collect import Collector
from .findings import Severity
from .reading import SkillFile
from .roles import host_class
from .steps import teaching_at

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_I = re.IGNORECASE
MAX_FILE = 512 * 1024

# A whole block device named literally (partitions such as /dev/sda1 are whole file systems too).
BLOCK_DEVICE = rx.compile(
    r"/dev/(?:nvme\d+n\d+|sd[a-z]|hd[a-z]|xvd[a-z]|vd[a-z]|mmcblk\d|disk\d+|rdisk\d+)(?:p?\d+)?\b"
    r"|/dev/(?:nvme|sd|hd|xvd|vd|mmcblk|r?disk)\[[^\]\n]{1,12}\]"
    r"|\bPhysicalDrive\d",
    _I,
)
# ... opened for writing, in any language
DEVICE_WRITE = rx.compile(
    r"\bO_(?:WRONLY|RDWR)\b|\bGENERIC_WRITE\b|\bof=|[\"'](?:wb|r\+b|w\+b|rb\+|w|a)[\"']"
    r"|\bopenSync\s*\([^)\n]*[\"'](?:w|r\+|a)[\"']|\bcreateWriteStream\b|>\s*/dev/"
    r"|\bFile\.(?:OpenWrite|Create)\b|\bFileAccess\.(?:Write|ReadWrite)\b",
    _I,
)
_READ_ONLY_TOOLS = re.compile(
    r"\b(?:smartctl|hdparm\s+-t|lsblk|blkid|fdisk\s+-l|diskutil\s+list)\b", _I
)

# Owner/admin/superuser rights to a named account.
_ACCOUNT = r"[\"']?(?P<acct>[A-Za-z0-9][\w.@-]{1,40})[\"']?"
ACCESS_GRANT = rx.compile(
    r"\bnpm\s+owner\s+add\s+"
    + _ACCOUNT
    + r"|\bCREATE\s+(?:ROLE|USER)\s+"
    + _ACCOUNT
    + r"[^;\n]{0,80}?\bSUPERUSER\b"
    r"|\bALTER\s+(?:ROLE|USER)\s+"
    + _ACCOUNT.replace("acct", "acct2")
    + r"\s+(?:WITH\s+)?SUPERUSER\b"
    r"|\bcollaborators/"
    + _ACCOUNT.replace("acct", "acct3")
    + r"[^\n]{0,80}?permission[\"']?\s*[=:]\s*[\"']?(?:admin|maintain)\b"
    r"|\badd-iam-policy-binding\b[^\n]{0,160}?--member[= ][\"']?(?:user|serviceAccount):"
    r"[A-Za-z0-9][^\s\"']*[^\n]{0,80}?roles/(?:owner|editor)\b"
    r"|\battach-(?:user|role|group)-policy\b[^\n]{0,160}?AdministratorAccess\b"
    r"|\baz\s+role\s+assignment\s+create\b[^\n]{0,160}?--role\s+[\"']?Owner\b"
    r"|\bnet\s+localgroup\s+administrators\s+" + _ACCOUNT.replace("acct", "acct4") + r"\s+/add\b"
    r"|\bAdd-LocalGroupMember\b[^\n]{0,60}?Administrators[^\n]{0,40}?-Member\s+"
    + _ACCOUNT.replace("acct", "acct5"),
    _I,
)
_USER_NAMED = re.compile(
    r"^(?:user|username|login|name|account|owner|member|your|the|new|me|admin|ci|bot)$", _I
)

# What records an account's activity, stopped or deleted.
AUDIT_OFF = rx.compile(
    r"\bcloudtrail\s+(?:stop-logging|delete-trail)\b|\bguardduty\s+delete-detector\b"
    r"|\bconfigservice\s+(?:stop-configuration-recorder|delete-configuration-recorder)\b"
    r"|\bsecurityhub\s+disable-security-hub\b|\bauditctl\s+(?:-D\b|-e\s*0\b)"
    r"|\bwevtutil(?:\.exe)?\s+(?:cl|clear-log)\b|\bClear-EventLog\b|\bRemove-EventLog\b"
    r"|\blog_statement\s*=?\s*(?:TO\s+)?[\"']?none\b|\bpgaudit\.log\s*=?\s*(?:TO\s+)?[\"']?none\b"
    r"|\bgcloud\s+logging\s+sinks\s+delete\b|\baz\s+monitor\s+diagnostic-settings\s+delete\b"
    r"|\bsystemctl\s+(?:stop|disable|mask)\s+(?:--now\s+)?auditd\b",
    _I,
)


def _gated(f: SkillFile, pos: int) -> bool:
    """A program that asks the user or previews before it acts."""
    return f.is_code and L.confirm_gate(f.text, pos) and L.NO_CONFIRM.search(f.text) is None


def check_mechanisms(files: list[SkillFile], out: Collector) -> None:
    for f in files[:400]:
        if f.binary or not f.text or len(f.text) > MAX_FILE:
            continue
        _devices(f, out)
        _grants(f, out)
        _audit(f, out)
        if f.kind == "data" and f.ext in (".yaml", ".yml", ".json") and len(f.text) < 64 * 1024:
            _send_plan(f, out)


def _devices(f: SkillFile, out: Collector) -> None:
    if not f.is_code or ("/dev/" not in f.text and "PhysicalDrive" not in f.text):
        return
    dev = BLOCK_DEVICE.search(f.text)
    if dev is None or _READ_ONLY_TOOLS.search(f.text) is not None:
        return
    write = DEVICE_WRITE.search(f.text)
    if write is None:
        return
    sev = Severity.MEDIUM if _gated(f, write.start()) else Severity.HIGH
    out.at(
        "exec.destructive", sev, f, dev.start(), dev.end(),
        "the program writes to a whole disk device: the file system on it is destroyed",
    )  # fmt: skip


def _grants(f: SkillFile, out: Collector) -> None:
    for m in islice(ACCESS_GRANT.finditer(f.text), 4):
        acct = next((g for g in m.groups() if g), "")
        if not acct or _USER_NAMED.match(acct) or L.NEGATED.search(_line(f, m.start())):
            continue
        teaching = teaching_at(f, m.start())
        sev = Severity.LOW if teaching else Severity.HIGH
        out.at(
            "privilege.sudoers", sev, f, m.start(), m.end(),
            f"grants owner or administrator rights to an account the skill names ({acct[:40]})",
        )  # fmt: skip
        return


def _audit(f: SkillFile, out: Collector) -> None:
    m = AUDIT_OFF.search(f.text)
    if m is None or L.NEGATED.search(_line(f, m.start())):
        return
    sev = Severity.LOW if teaching_at(f, m.start()) else Severity.HIGH
    if sev is Severity.HIGH and _gated(f, m.start()):
        sev = Severity.MEDIUM
    out.at(
        "privilege.disable-security", sev, f, m.start(), m.end(),
        "stops or deletes what records the account's activity (an audit trail)",
    )  # fmt: skip


def _line(f: SkillFile, pos: int) -> str:
    start = f.text.rfind("\n", 0, pos) + 1
    return f.text[start:pos]


_DOC_KEY = re.compile(
    r"homepage|docs?|documentation|repo(?:sitory)?|source|image|icon|logo|badge|licen[cs]e|"
    r"schema|\$schema|\$id|issues|bugs|changelog|website|about|help|support_url|terms|privacy",
    _I,
)
_PLACEHOLDER_URL = re.compile(r"[<>{}$%]|\bexample\.com\b|localhost|127\.0\.0\.1", _I)


def _leaves(node, path: tuple[str, ...] = (), depth: int = 0):
    """(key path, string value) of every string in a parsed document."""
    if depth > 30:
        return
    if isinstance(node, dict):
        for k, v in islice(node.items(), 400):
            yield from _leaves(v, (*path, str(k)), depth + 1)
    elif isinstance(node, list):
        for v in islice(node, 400):
            yield from _leaves(v, path, depth + 1)
    elif isinstance(node, str):
        yield path, node


def _send_plan(f: SkillFile, out: Collector) -> None:
    if "http" not in f.text or R.SRC_CRED.search(f.text) is None:
        return
    try:
        doc = yaml.load(f.text, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
    except (yaml.YAMLError, ValueError, TypeError, AttributeError, RecursionError):
        return
    creds, urls = [], []
    for path, value in islice(_leaves(doc), 2000):
        if len(value) > 300:
            continue
        if value.startswith(("http://", "https://")):
            if not any(_DOC_KEY.fullmatch(k) for k in path[-1:]) and not _PLACEHOLDER_URL.search(
                value
            ):
                urls.append(value)
        elif R.SRC_CRED.search(value) and not L.SOURCE_HARMLESS.search(value):
            creds.append(value)
    if not creds or not urls:
        return
    host = urls[0].split("/")[2].rsplit("@", 1)[-1].split(":")[0]
    kind = host_class(host)
    if kind in ("known", "placeholder"):
        return  # the user's own storage service, or an address to fill
    at = f.text.find(creds[0])
    out.at(
        "exfil.instructed", Severity.HIGH, f, max(at, 0), max(at, 0) + len(creds[0]),
        f"{f.path} lists credential files ({creds[0][:40]}) and a fixed address to deliver to "
        f"({host}, {kind} host)",
    )  # fmt: skip
