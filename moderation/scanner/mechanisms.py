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

Each is lowered where a step teaches about the attack; a program that asks first or previews
(a prompt, `--dry-run`, ShouldProcess) is review, not fail.
"""

from __future__ import annotations

import re
from itertools import islice

from . import lexicon as L
from . import rx
from .collect import Collector
from .findings import Severity
from .reading import SkillFile
from .steps import teaching_at

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
