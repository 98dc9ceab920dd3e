import pytest

from moderation.models import ModerationDecision
from moderation.services import (
    ModerationError,
    raw_skill_approve,
    raw_skill_reject,
    skill_hide,
    skill_unhide,
)
from skills.models import RawSkill, Skill
from tests.factories import PublishedSkillFactory, RawSkillFactory

pytestmark = pytest.mark.django_db


def test_approve_publishes_the_skill_and_writes_one_decision(staff_user):
    raw = RawSkillFactory()
    raw_skill_approve(raw_skill=raw, moderator=staff_user, reason="looks good")
    raw.refresh_from_db()
    skill = Skill.objects.get(pk=raw.skill_id)
    assert raw.state == RawSkill.State.APPROVED
    assert skill.status == Skill.Status.PUBLISHED
    assert skill.latest_version_id == raw.version_id
    assert skill.published_at is not None
    decision = ModerationDecision.objects.get()
    assert (decision.action, decision.from_state, decision.to_state) == (
        "approve",
        "pending",
        "approved",
    )
    assert decision.moderator == staff_user and decision.reason == "looks good"


def test_reject_keeps_skill_unpublished_and_writes_one_decision(staff_user):
    raw = RawSkillFactory()
    raw_skill_reject(raw_skill=raw, moderator=staff_user, reason="spam")
    raw.refresh_from_db()
    assert raw.state == RawSkill.State.REJECTED
    assert Skill.objects.get(pk=raw.skill_id).status == Skill.Status.PENDING
    assert ModerationDecision.objects.filter(action="reject", reason="spam").count() == 1


def test_reject_needs_a_reason(staff_user):
    raw = RawSkillFactory()
    with pytest.raises(ModerationError):
        raw_skill_reject(raw_skill=raw, moderator=staff_user, reason="  ")
    assert ModerationDecision.objects.count() == 0


def test_unlistable_raw_skill_cannot_be_approved(staff_user):
    raw = RawSkillFactory(is_listable=False)
    with pytest.raises(ModerationError):
        raw_skill_approve(raw_skill=raw, moderator=staff_user)
    raw.refresh_from_db()
    assert raw.state == RawSkill.State.PENDING
    assert ModerationDecision.objects.count() == 0


def test_approving_twice_is_refused(staff_user):
    raw = RawSkillFactory()
    raw_skill_approve(raw_skill=raw, moderator=staff_user)
    with pytest.raises(ModerationError):
        raw_skill_approve(raw_skill=raw, moderator=staff_user)
    assert ModerationDecision.objects.count() == 1


def test_approving_a_newer_version_supersedes_older_pending_ones(staff_user):
    older = RawSkillFactory()
    newer = RawSkillFactory(version__skill=older.skill, source=older.source)
    raw_skill_approve(raw_skill=newer, moderator=staff_user)
    older.refresh_from_db()
    assert older.state == RawSkill.State.SUPERSEDED
    assert Skill.objects.get(pk=older.skill_id).latest_version_id == newer.version_id


def test_hide_and_unhide_change_status_with_decisions(staff_user):
    skill = PublishedSkillFactory()
    skill_hide(skill=skill, moderator=staff_user, reason="reported as malware")
    assert Skill.objects.get(pk=skill.pk).status == Skill.Status.HIDDEN
    skill_unhide(skill=skill, moderator=staff_user, reason="false alarm")
    assert Skill.objects.get(pk=skill.pk).status == Skill.Status.PUBLISHED
    actions = list(
        ModerationDecision.objects.order_by("id").values_list("action", "from_state", "to_state")
    )
    assert actions == [("hide", "published", "hidden"), ("unhide", "hidden", "published")]


def test_decisions_are_append_only(staff_user):
    raw = RawSkillFactory()
    raw_skill_approve(raw_skill=raw, moderator=staff_user)
    decision = ModerationDecision.objects.get()
    decision.reason = "rewritten history"
    with pytest.raises(Exception, match="append-only"):
        decision.save()
    with pytest.raises(Exception, match="append-only"):
        decision.delete()
