"""The verdict policy: from findings to pass / review / fail and a 0-100 risk score."""

from __future__ import annotations

from collections.abc import Iterable

from .config import SEVERITY_WEIGHT
from .findings import Finding, Severity
from .rules import INTENT_FAMILIES, RULES_BY_ID

# High findings outside the intent families that fail all the same: the learned fail model's
# (learned.py), which the engine adds only to a skill the rules already sent to review.
FAIL_AT_HIGH = frozenset({"learned.second-opinion-fail"})
# The learned demotion (learned.py): a medium finding the engine adds only to a skill the rules
# fail with no critical finding; while it is not accepted, such a `fail` becomes `review` (never
# `pass`), unless a critical finding or the learned fail model's is there (those always fail).
DEMOTE = frozenset({"learned.second-opinion-demote"})


def verdict_for(
    findings: Iterable[Finding], *, accepted: frozenset[str] = frozenset()
) -> tuple[str, int]:
    """(verdict, risk score 0-100) for findings, ignoring those whose key was accepted.

    critical -> fail; high in an intent family (injection, hidden, execution, exfiltration,
    persistence, supply), or the learned fail model's (FAIL_AT_HIGH) -> fail; any other high,
    or any medium -> review; only low/info -> pass. A learned demotion finding (DEMOTE) turns
    a `fail` with no critical finding and no learned fail finding into `review`.
    """
    verdict, score = "pass", 0
    demoted = must_fail = False
    for f in findings:
        if f.key in accepted:
            continue
        sev = Severity(f.severity)
        score += SEVERITY_WEIGHT[sev]
        rule = RULES_BY_ID.get(f.rule_id)
        family = rule.family if rule else ""
        fails_high = family in INTENT_FAMILIES or f.rule_id in FAIL_AT_HIGH
        demoted = demoted or f.rule_id in DEMOTE
        must_fail = must_fail or sev is Severity.CRITICAL or f.rule_id in FAIL_AT_HIGH
        if sev is Severity.CRITICAL or (sev is Severity.HIGH and fails_high):
            verdict = "fail"
        elif sev in (Severity.HIGH, Severity.MEDIUM) and verdict == "pass":
            verdict = "review"
    if verdict == "fail" and demoted and not must_fail:
        verdict = "review"
    return verdict, min(score, 100)
