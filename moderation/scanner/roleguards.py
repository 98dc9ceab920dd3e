"""What excuses or stops an action the role analysis found (roleflow.py): a token file that is
the script's own state, a production target named near a deletion, a prompt or a dry-run switch
tested before it, the task-runner and CI files whose commands run as they are (2.8.0), an
output template's heading, and a runner's name that is data (a table key, a pattern's branch)."""

from __future__ import annotations

import re
from itertools import islice

from . import lexicon as L

ASSIGNED = re.compile(r"^\s*(?:const\s+|let\s+|var\s+|export\s+)?\$?([A-Za-z_]\w*)\s*[:=]")


def own_state(t: str, pos: int) -> bool:
    """The token file at pos is the script's own state: the script writes it itself (a login it
    caches, `TOKEN = Path.home() / ".cache/app/token.json"` then `TOKEN.write_text(...)`), so what
    it later reads back and sends is what it got from the service, not a credential of the user's
    it found on the disk. The file is named by the variable its line assigns, or by its name."""
    ls = t.rfind("\n", 0, pos) + 1
    le = t.find("\n", pos)
    line = t[ls : len(t) if le == -1 else le]
    m = ASSIGNED.match(line)
    names = [re.escape(m.group(1))] if m is not None else []
    lit = re.search(r"[\w.-]*\.(?:json|ya?ml|toml|txt)\b|\.env\b", t[pos : pos + 60])
    if lit is not None:
        names.append(r"[\"'][^\"'\n]*" + re.escape(lit.group()) + r"[\"']")
    for name in names:
        if re.search(
            rf"\b{name}\.(?:write_text|write_bytes|open\(\s*[\"'][wa])|\bopen\(\s*{name}\s*,\s*"
            rf"[\"'][wa]|writeFileSync\(\s*{name}\b|>\s*\"?\$\{{?{name}\b|\bOut-File\s+[^\n]*{name}",
            t,
        ):
            return True
    return False


# Data files whose commands a tool runs as they are (2.8.0): task runners and CI definitions.
RECIPE_FILE = re.compile(
    r"(?:^|/)(?:[Tt]askfile(?:\.dist)?\.ya?ml|\.gitlab-ci\.ya?ml|\.github/workflows/[^/]+\.ya?ml|"
    r"\.?[Jj]ustfile|bitbucket-pipelines\.yml|\.circleci/config\.yml|lefthook\.ya?ml)$"
)
# A production target: its settings file, or a workspace, namespace, context or database named
# prod/production. A sentence that refuses or guards against it does not count.
PROD = re.compile(
    r"\.env\.prod(?:uction)?\b|\b(?:workspace|namespace|context|cluster|database|db|environment|"
    r"stage)\s+(?:named\s+|called\s+)?[`'\"]?prod(?:uction)?\b|\bprod(?:uction)?[`'\"]?\s+"
    r"(?:workspace|namespace|context|cluster|database|db|schema|bucket|environment|data)\b"
    r"|--(?:context|env|environment|workspace)[= ]prod(?:uction)?\b",
    re.IGNORECASE,
)
GUARDED = re.compile(
    r"\b(?:never|not|n't|refuse\w*|unless|except|abort\w*|stop\w*|guard\w*|protect\w*|avoid\w*|"
    r"skip\w*|safe\w*|instead\s+of|rather\s+than|only\s+(?:on|in|against)\s+(?:local|dev|test))\b",
    re.IGNORECASE,
)


def production(text: str) -> str:
    """The production marker of a step, unless its sentence guards against it."""
    for m in islice(PROD.finditer(text), 4):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = text.find(". ", m.end())
        if GUARDED.search(text[start : len(text) if end == -1 else end]) is None:
            return m.group()
    return ""


DRY_RUN_WORD = re.compile(r"dry[-_]?run|dryRun|-WhatIf", re.IGNORECASE)
A_TEST = re.compile(r"\b(?:if|unless|elif|when|and|or|not|return|exit)\b|&&|\|\||\?|!")


def gate_before(t: str, pos: int) -> bool:
    """A gate the deletion at pos sits behind: a prompt, or a dry-run switch tested, before it.
    A dry-run option only declared (`option :dry_run, type: :boolean`, `add_argument("--dry-run")`)
    and tested after the deletion does not stop it (2.8.0)."""
    for m in islice(L.CONFIRM_GATE.finditer(t[:pos]), 40):
        if not L.confirm_gate(t[m.start() : pos]):
            continue  # `-Confirm:$false`
        if DRY_RUN_WORD.search(m.group()) is None:
            return True
        ls = t.rfind("\n", 0, m.start()) + 1
        le = t.find("\n", m.end())
        if A_TEST.search(t[ls : len(t) if le == -1 else le]) is not None:
            return True
    return False


OUTPUT_HEADING = re.compile(
    r"\b(?:output|report|response|answer|reply)\s+(?:format|template|layout|shape|example)s?\b"
    r"|\b(?:example|sample)\s+(?:output|report|response|answer)s?\b",
    re.IGNORECASE,
)


EVAL = re.compile(
    r"\bnew\s+Function\b|\bimport\(\s*`?[\"']?data:|\bvm\.run\w*\(|exec\.Command\(\s*[\"'](?:/bin/)?"
    r"(?:ba)?sh[\"']\s*,\s*[\"']-c|\bInvoke-Expression\b|\biex\b|(?<![.\w])exec\(\s*(?!\s*[\"'])"
    r"|\bimport\(\s*(?![\"'`])"
)


def as_data(t: str, start: int, end: int) -> bool:
    """The word is data, not a call: a key or item of a table (`'iex' = 'alias of ...'`) or
    one branch of a regular expression's alternation (`(curl|wget|iex)`)."""
    before, after = t[max(0, start - 1) : start], t[end : end + 40]
    if before in ("'", '"') and after[:1] == before:
        return re.match(r"\s*[=:,]", after[1:]) is not None
    if (before in ("|", "(") and after[:1] in (")", "|", "'", '"')) or (
        before in ("'", '"', "(") and after[:1] == "|"
    ):
        return True  # (curl|wget|iex), 'IEX|Invoke-Expression': a pattern's alternation
    line = t[t.rfind("\n", 0, start) + 1 : start]
    for q in ("'", '"'):  # inside a string of words: 'alias of Invoke-Expression'
        if line.count(q) % 2 == 1:
            return WORDS_BEFORE.match(line[line.rfind(q) + 1 :]) is not None
    return False


WORDS_BEFORE = re.compile(r"[A-Za-z]+(?:,? [A-Za-z]+)* $")
