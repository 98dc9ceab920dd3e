"""A second look at the pattern stages' findings with the role model's eyes: a step that
teaches about an attack, a quoted example, a file of attack cases, a named token sent to its own
service, an image whose slots are placeholders. Run after roleflow.analyse_skill."""

from __future__ import annotations

import re
from itertools import islice

from . import rolelex as R
from .collect import Collector
from .datause import blank_questions, describes_quoted
from .findings import Finding, Severity
from .reading import SkillFile
from .roles import (
    _TEACH_STRONG,
    Unit,
    _hosts,
    _read_roles,
    _teaching,
    attack_cases,
    quoted_example,
)
from .steps import Step, file_steps

_LOWERABLE = (
    "exec.", "supply.", "privilege.", "persistence.", "exfil.", "injection.override",
    "injection.conceal", "injection.impersonation",
)  # fmt: skip
_EXPLAINS = re.compile(
    r"^\s*(?:explains?|describes?|documents?|teaches|audits?|checks?|reviews?|detects?|scans?|"
    r"flags?|warns?|lists?|finds?)\b|\b(?:such\s+as|e\.g\.|for\s+example|phrases?\s+like)\b",
    re.IGNORECASE,
)


def soften(files: list[SkillFile], frontmatter: dict, out: Collector) -> None:
    """Findings of the pattern stages that the role model reads differently: a step that teaches
    about the attack (its refusal or attack vocabulary, or task words with no concrete host to
    send to) lowers them to low; a named token sent only to its own well-known service in a URL
    (`api.telegram.org/bot$TELEGRAM_BOT_TOKEN`, a Maps key to maps.googleapis.com) is review,
    not fail. Concealment is lowered only in a quoted example (a block quote or fenced block a
    teaching step introduces)."""
    by_path = {f.path: f for f in files}
    body_line = _frontmatter_end_line(by_path.get("SKILL.md"))
    for key, f in list(out.findings.items())[:MAX_SOFTENED]:
        if Severity(f.severity).rank < Severity.HIGH.rank or not f.rule_id.startswith(_LOWERABLE):
            continue
        sf = by_path.get(f.file)
        if sf is None or f.line is None:
            continue
        conceal = f.rule_id == "injection.conceal"  # lowered only in a quoted example
        if sf.kind == "skill_md" and f.line <= body_line and not conceal:
            if _frontmatter_teaches(f, frontmatter):
                _replace(out, key, f, Severity.LOW, "the description explains or quotes it")
            continue
        if sf.kind == "skill_md" and f.line <= body_line:
            continue
        if f.rule_id == "exfil.markdown-image" and _placeholder_slots(f.excerpt):
            _replace(out, key, f, Severity.MEDIUM, "its slots are placeholders the user fills")
            continue
        if f.rule_id.startswith("exfil.") and _own_service(f.excerpt):
            _replace(out, key, f, Severity.MEDIUM, "a named token sent to its own service")
            continue
        if attack_cases(sf):
            _replace(out, key, f, Severity.LOW, "a file of attack cases")
            continue
        if not sf.is_markdown:
            continue
        step = _step_at_line(sf, f.line)
        if step is None:
            continue
        u = Unit(
            sf, sf.path, step.start, sf.line_of(step.start), step.text, "step", 0, step.heading
        )
        if f.rule_id == "exec.destructive":
            _read_roles(u)  # a deletion the step says to do without asking is not taught
        if quoted_example(sf, file_steps(sf).index(step)):
            _replace(out, key, f, Severity.LOW, "an example quoted by a step that teaches")
        elif (
            not conceal and R.CONCEAL_BROAD.search(blank_questions(u.norm)) is None and _teaching(u)
        ):
            _replace(out, key, f, Severity.LOW, "the step teaches about it")
    hits = out.state.get("conceal")
    if hits:  # concealment quoted as an example does not raise the rest of the skill
        out.state["conceal"] = [h for h in hits if not _quoted_at(by_path.get(h[0]), h[1])]


def _quoted_at(sf: SkillFile | None, line: int | None) -> bool:
    if sf is None or line is None:
        return False
    if attack_cases(sf):
        return True
    if not sf.is_markdown:
        return False
    step = _step_at_line(sf, line)
    return step is not None and quoted_example(sf, file_steps(sf).index(step))


MAX_SOFTENED = 300


def _replace(out: Collector, key, f, sev: Severity, why: str) -> None:
    out.findings[key] = Finding(
        rule_id=f.rule_id, severity=sev.value, file=f.file, line=f.line, excerpt=f.excerpt,
        message=f"{f.message} ({why})",
    )  # fmt: skip


def _frontmatter_end_line(f: SkillFile | None) -> int:
    if f is None or not f.text.startswith("---"):
        return 0
    end = f.text.find("\n---", 3)
    return f.line_of(end) if end != -1 else 0


def _frontmatter_teaches(f, frontmatter: dict) -> bool:
    """A description that explains an attack or a setting, or quotes the phrase it detects."""
    if f.rule_id not in ("injection.override", "privilege.agent-permissions"):
        return False
    value = str(frontmatter.get("description") or "")
    if not value or R.CONCEAL_BROAD.search(value) is not None:
        return False
    if f.rule_id == "injection.override":  # quoted, and no override in the value's own voice
        return describes_quoted(value)
    quoted = any(q in value for q in ('"', "\u201c", "'"))
    return _EXPLAINS.search(value) is not None and (
        quoted or _TEACH_STRONG.search(value) is not None
    )


_QUERY_VALUE = re.compile(r"[?&][\w.-]+=([^&\s)\]\"'`]*)")
_PLACEHOLDER_VALUE = re.compile(
    r"(?:YOUR|MY)_[A-Z0-9_]+|<your[^>]*>|\{\{?\s*your\w*\s*\}?\}|x{4,}|\.\.\.", re.IGNORECASE
)
# A bare upper-case name with no `$` or braces (`?token=GRAPH_TOKEN`): in Markdown nothing
# substitutes it, so it is a slot the user pastes into, unless a step fills it (another rule).
_BARE_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


_NEGATION = re.compile(r"\b(?:no|never|not|without|nothing)\b|n't\b", re.IGNORECASE)


def _placeholder_slots(excerpt: str) -> bool:
    """Every query value of the image URL is a placeholder for the user's own value
    (`?token=YOUR_GRAPHING_TOKEN`), and the excerpt names no conversation or secret source."""
    values = [m.group(1) for m in islice(_QUERY_VALUE.finditer(excerpt), 8)]
    if not values or R.SRC_CHAT.search(excerpt) or R.SRC_CRED.search(excerpt):
        return False
    slot = R.SLOT_SECRETS.search(excerpt)  # "`d` set to the diff and any secrets": the agent's
    if slot is not None and _NEGATION.search(slot.group()) is None:  # to fill, not the user's
        return False
    return all(_PLACEHOLDER_VALUE.fullmatch(v) or _BARE_NAME.fullmatch(v) for v in values)


def _own_service(excerpt: str) -> bool:
    """The excerpt sends only named tokens, each to a well-known host of its own provider."""
    hosts = [h for h, c in _hosts(excerpt) if c == "known"]
    names = [m.group(1).upper() for m in R.SRC_ENV_NAMED.finditer(excerpt)]
    if not hosts or not names or R.SRC_CRED.search(excerpt) or R.SRC_ENV_BULK.search(excerpt):
        return False
    if R.SRC_CHAT.search(excerpt):
        return False
    for name in names:
        providers = [R.TOKEN_PROVIDERS[w] for w in re.split(r"_+", name) if w in R.TOKEN_PROVIDERS]
        if not providers or not any(p in h for ps in providers for p in ps for h in hosts):
            return False
    return True


def _step_at_line(f: SkillFile, line: int) -> Step | None:
    steps = file_steps(f)
    lo, hi = 0, len(steps) - 1
    found = None
    while lo <= hi:  # the last step starting on or before the line
        mid = (lo + hi) // 2
        if f.line_of(steps[mid].start) <= line:
            found, lo = steps[mid], mid + 1
        else:
            hi = mid - 1
    return found
