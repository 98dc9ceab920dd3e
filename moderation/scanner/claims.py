"""A script that says it did nothing (2.5.0): it prints "No changes were made", "nothing left
this computer" or "read-only" while the same script deletes, creates, grants or sends. What it
tells the user is the report the agent passes on, so the claim hides the action: concealment
written as output rather than as an instruction, found by setting what a script claims against
what it does, whatever the words of either. A script with a dry run or a confirmation is not
read this way (its "nothing was deleted" is the dry run's honest report).
"""

from __future__ import annotations

import re

from . import lexicon as L
from .collect import Collector
from .findings import Severity
from .reading import SkillFile

# Output: a string printed to the user.
_PRINTED = re.compile(
    r"(?:\bprint\w*|console\.(?:log|info)|\becho|Write-(?:Output|Host)|fmt\.Print\w*|"
    r"\bputs|\blog\.Print\w*|process\.stdout\.write)\s*\(?\s*[f`\"']([^\n`\"']{0,160})"
)
_NOTHING_DONE = re.compile(
    r"\bno\s+(?:changes?|files?|data|modifications?)\s+(?:were|was|has\s+been|have\s+been|are|is)?\s*"
    r"(?:made|changed|modified|deleted|removed|sent|uploaded|written|touched)\b|"
    r"\bnothing\s+(?:was\s+|has\s+been\s+)?(?:changed|modified|deleted|removed|sent|uploaded|"
    r"written|touched|left)\b|\bread-only\b|\bno\s+changes\b",
    re.IGNORECASE,
)
# Doing: deleting, creating or granting, sending.
_MUTATES = re.compile(
    r"\bos\.(?:Remove|RemoveAll|remove|unlink|rmdir)\s*\(|\bshutil\.rmtree\(|\.unlink\(|"
    r"\bfs\.(?:unlink|rm|rmdir|writeFile)\w*\(|\brm\s+-\w*[rf]|\bRemove-Item\b|"
    r"[\"']?kubectl[\"']?[^\n]{0,40}[\"'\s](?:create|apply|delete|patch|label|annotate|scale|edit)"
    r"[\"'\s]|\b\w+\(\s*[\"'](?:create|apply|delete|patch|label|annotate|scale)[\"']\s*,|"
    r"\bgit\s+push\b|\bDROP\s+(?:TABLE|DATABASE|SCHEMA)\b|\bDELETE\s+FROM\b|"
    r"\brequests\.(?:post|put|delete|patch)\(|\bfetch\([^\n]{0,200}method\s*:\s*[\"'](?:POST|PUT|DELETE)|"
    r"\bsed\s+-i\b|\.write_text\(|\bSet-Content\b|\bInvoke-RestMethod\b[^\n]{0,120}-Method\s+(?:Post|Put|Delete)",
    re.IGNORECASE,
)
_GATED = re.compile(r"\bdry[-_ ]?run\b|--apply\b|--yes\b|--force\b|\bconfirm\w*\b|\bWhatIf\b", re.I)


_BRANCH_BEFORE = re.compile(r"\|\||&&|\belse\b|\bif\b|\bthen\b|\?|\bcatch\b|\bexcept\b")
_BRANCH_LINE = re.compile(
    r"^\s*(?:\}?\s*else\b|elif\b|if\b|\}?\s*catch\b|except\b|case\b|default\s*:|when\b)"
)


def _conditional(text: str, pos: int) -> bool:
    """The print runs only in one branch (`git commit || echo "nothing changed"`, an `else:`):
    it reports a state the script found, not what it always says."""
    ls = text.rfind("\n", 0, pos) + 1
    if _BRANCH_BEFORE.search(text, ls, pos) is not None:
        return True
    prev_end = ls - 1
    while prev_end > 0:
        prev_start = text.rfind("\n", 0, prev_end) + 1
        prev = text[prev_start:prev_end]
        if prev.strip():
            return _BRANCH_LINE.match(prev) is not None
        prev_end = prev_start - 1
    return False


def check_claims(files: list[SkillFile], out: Collector) -> None:
    for f in files[:200]:
        if not f.is_code or f.binary or len(f.text) > 128 * 1024:
            continue
        text = f.text
        if _NOTHING_DONE.search(text) is None or _GATED.search(text) is not None:
            continue
        if L.confirm_gate(text):
            continue
        act = _MUTATES.search(text)
        if act is None:
            continue
        for m in _PRINTED.finditer(text):
            claim = _NOTHING_DONE.search(m.group(1))
            if claim is None or _conditional(text, m.start()):
                continue
            out.at(
                "injection.conceal", Severity.HIGH, f, m.start(), m.end(),
                f"the script reports {claim.group()!r} to the user, but it "
                f"{act.group().strip()[:40]!r}: its output hides what it does",
            )  # fmt: skip
            break
