"""The publication policy: when a version goes live without a moderator.

Pure rules, no Django: the sync pipeline asks :func:`auto_publish_refusal` before publishing
a trusted source's version, and :func:`moderation.services.raw_skill_approve` asks it again
for every automatic publication, so no other path can publish more.

- Only a **trusted source** publishes automatically, and only a version whose security
  verdict is ``pass``. ``review`` and ``fail`` always wait for a moderator, whatever the
  source (the scanner misses things; ``review`` means a person must look).
- An **update of a published skill that scores worse** than the live version (a worse
  verdict, or the same verdict with a higher risk score) waits for a moderator too: the live
  version stays live and visitors keep getting the reviewed bytes.

The public "Security checks" page (/security/) and the README state the same rules.
"""

from __future__ import annotations

#: Verdicts from best to worst.
VERDICT_ORDER = ("pass", "review", "fail")


def verdict_rank(verdict: str) -> int:
    """0 for pass, 1 for review, 2 for fail; an unknown verdict counts as the worst."""
    try:
        return VERDICT_ORDER.index(verdict)
    except ValueError:
        return len(VERDICT_ORDER)


def scores_worse(*, verdict: str, risk_score: int, live_verdict: str, live_risk_score: int) -> bool:
    """Whether a version (verdict, risk) is worse than the live one."""
    ours, theirs = verdict_rank(verdict), verdict_rank(live_verdict)
    return ours > theirs or (ours == theirs and risk_score > live_risk_score)


def auto_publish_refusal(
    *,
    trusted: bool,
    verdict: str,
    risk_score: int,
    live_verdict: str | None = None,
    live_risk_score: int = 0,
) -> str:
    """Why this version may not be published without a moderator ("" when it may).

    ``live_verdict`` is the verdict of the skill's published version (None when the skill has
    no live version yet).
    """
    if not trusted:
        return "untrusted source: a moderator reviews every version"
    if verdict != "pass":
        return f"security verdict {verdict or 'unknown'}: only a pass is published automatically"
    if live_verdict is not None and scores_worse(
        verdict=verdict,
        risk_score=risk_score,
        live_verdict=live_verdict,
        live_risk_score=live_risk_score,
    ):
        return "this update scores worse than the live version, which stays live"
    return ""
