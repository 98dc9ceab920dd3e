"""Reads of the review queue: what waits, in which order, and where the next item is.

The queue's order is ``RawSkill.queue_ordering()``: pending first, riskiest first, then
oldest. The console's list, its review page (next/previous, "next after a decision") and
the index's counts all read it from here.
"""

from __future__ import annotations

from django.db.models import Count, F, Q, QuerySet

from moderation.models import ModerationDecision, Report
from skills.models import RawSkill, Skill, SkillSource

#: A pending raw skill that would replace the content of a skill already live.
UPDATE_OF_LIVE = Q(skill__latest_version__isnull=False, skill__status=Skill.Status.PUBLISHED) & ~Q(
    version=F("skill__latest_version")
)


def rule_family(rule_id: str) -> str:
    """The scanner's family of a rule (`exec.pipe-to-shell` -> `execution`); for a rule the
    scanner no longer has (an old stored finding, another engine), the id's first part."""
    from moderation.scanner import RULES_BY_ID

    rule = RULES_BY_ID.get(rule_id or "")
    return rule.family if rule is not None else (rule_id or "").split(".", 1)[0]


def queue_pending() -> QuerySet[RawSkill]:
    return RawSkill.objects.filter(state=RawSkill.State.PENDING).order_by(
        *RawSkill.queue_ordering()
    )


def _queue_key(raw: RawSkill) -> tuple:
    return (-raw.risk_score, raw.fetched_at, str(raw.pk))


def queue_neighbours(raw: RawSkill) -> tuple[RawSkill | None, RawSkill | None]:
    """The pending items just before and after this one in the queue's order.

    For an item that is no longer pending (just decided), "next" is the pending item that
    would have come after it; past the end of the queue, "next" starts again at its top.
    """
    rows = sorted(
        queue_pending().only("id", "risk_score", "fetched_at", "name", "path"), key=_queue_key
    )
    me = _queue_key(raw)
    before = [row for row in rows if row.pk != raw.pk and _queue_key(row) < me]
    after = [row for row in rows if row.pk != raw.pk and _queue_key(row) > me]
    previous = before[-1] if before else None
    following = after[0] if after else (before[0] if before else None)
    return previous, following


def queue_summary() -> dict:
    """The counts the console's index shows first."""
    pending = RawSkill.objects.filter(state=RawSkill.State.PENDING)
    by_verdict = dict(
        pending.values_list("security_verdict")
        .annotate(n=Count("id"))
        .values_list("security_verdict", "n")
    )
    return {
        "pending": sum(by_verdict.values()),
        "pending_fail": by_verdict.get("fail", 0),
        "pending_review": by_verdict.get("review", 0),
        "pending_pass": by_verdict.get("pass", 0),
        "pending_updates": pending.filter(UPDATE_OF_LIVE).count(),
        "reports_open": Report.objects.filter(status=Report.Status.OPEN).count(),
        "sources_submitted": SkillSource.objects.filter(status=SkillSource.Status.PENDING).count(),
        "sources_failing": SkillSource.objects.filter(status=SkillSource.Status.FAILING).count(),
        "skills_auto_hidden": auto_hidden_skills().count(),
        "decisions_recent": ModerationDecision.objects.select_related(
            "moderator", "skill", "raw_skill", "source"
        )[:8],
    }


def auto_hidden_skills() -> QuerySet[Skill]:
    """Skills hidden automatically by visitors' reports and still hidden."""
    return Skill.objects.filter(
        status=Skill.Status.HIDDEN,
        decisions__action=ModerationDecision.Action.AUTO_HIDE,
    ).distinct()
