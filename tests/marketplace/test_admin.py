"""The moderation console: every page answers for staff, redirects others, and the
actions go through the moderation services."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from moderation.models import ModerationDecision, Report
from rankings.models import SkillEvent
from skills.models import RawSkill, Skill
from tests.factories import (
    CategoryFactory,
    GithubRepoCacheFactory,
    PublishedSkillFactory,
    RawSkillFactory,
    SkillFileFactory,
    SkillSourceLinkFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def populated(staff_user):
    from moderation.models import FindingWaiver, ScanResult
    from moderation.services import raw_skill_approve
    from rankings.models import (
        CountTotalsMark,
        SkillCountTotal,
        SkillDailyCount,
        SkillPopularity,
        SkillRankSnapshot,
        SummarisedDay,
    )
    from skills.models import DiscoveryCandidate, DiscoveryQuery

    raw = RawSkillFactory(
        problems=[{"code": "name.charset", "severity": "error", "message": "bad"}]
    )
    raw_skill_approve(raw_skill=raw, moderator=staff_user)
    skill = Skill.objects.get(pk=raw.skill_id)
    SkillFileFactory(version=raw.version)
    SkillSourceLinkFactory(skill=skill, source=raw.source)
    CategoryFactory()
    TagFactory()
    GithubRepoCacheFactory()
    SkillEvent.objects.create(skill=skill, kind="install", actor="a")
    SkillDailyCount.objects.create(skill=skill, day="2026-01-01", kind="install", count=1)
    SummarisedDay.objects.create(day="2026-01-01", events=1, checked_at="2026-01-04T00:00:00+00:00")
    SkillCountTotal.objects.create(skill=skill, installs=1)
    CountTotalsMark.objects.create(day="2026-01-01")
    SkillPopularity.objects.create(skill=skill)
    SkillRankSnapshot.objects.create(date="2026-01-01", board="top", skill=skill, rank=1)
    Report.objects.create(skill=skill, reason="spam", reporter_fingerprint="f")
    ScanResult.objects.create(version=raw.version, scanner_version="1", verdict="pass")
    FindingWaiver.objects.create(version=raw.version, finding_key="k", reason="ok")
    DiscoveryCandidate.objects.create(
        github_id=1,
        full_name="acme/skills",
        reasons=[{"channel": "topic", "query": "topic:skills", "at": "2026-01-01T00:00:00Z"}],
        decision="pending",
        decision_reason="under_active",
        source=raw.source,
    )
    DiscoveryQuery.objects.create(key="topic:topic:skills", channel="topic", query="topic:skills")
    from skills.models import RepositoryMove, SkillRedirect, WebhookDelivery

    SkillRedirect.objects.create(old_slug="old/repo/skill", skill=skill)
    RepositoryMove.objects.create(old_owner="o", old_name="a", new_owner="o", new_name="b")
    WebhookDelivery.objects.create(delivery_id="d-1", event="ping")
    from skills.models import SkillSearch

    # Written by a trigger on PostgreSQL; SQLite has none (its search reads the skills).
    SkillSearch.objects.get_or_create(skill=skill, defaults={"name": skill.name})
    return skill


def registered_models():
    return [
        m for m in admin.site._registry if m._meta.app_label in {"skills", "rankings", "moderation"}
    ]


def test_all_domain_models_are_registered():
    from django.apps import apps

    ours = {
        m for a in ("skills", "rankings", "moderation") for m in apps.get_app_config(a).get_models()
    }
    assert ours <= set(admin.site._registry)


def test_every_changelist_and_change_page_answers_for_staff(staff_client, populated):
    for model in registered_models():
        opts = model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert staff_client.get(changelist).status_code == 200, changelist
        obj = model._default_manager.first()
        assert obj is not None, f"no {opts.model_name} row in the fixture"
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert staff_client.get(change).status_code == 200, change


def test_admin_pages_redirect_anonymous_visitors(client, populated):
    for model in registered_models():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_admin_title_is_the_app_name(staff_client, settings):
    response = staff_client.get("/admin/")
    assert settings.APP_NAME in response.content.decode()


def test_queue_lists_pending_items_first(staff_client):
    done = RawSkillFactory(state=RawSkill.State.REJECTED)
    pending = RawSkillFactory()
    response = staff_client.get(reverse("admin:skills_rawskill_changelist"))
    ids = [obj.pk for obj in response.context["cl"].result_list]
    assert ids.index(pending.pk) < ids.index(done.pk)


def _action(client, model: str, action: str, pks, reason: str = ""):
    return client.post(
        reverse(f"admin:{model}_changelist"),
        {"action": action, "_selected_action": [str(pk) for pk in pks], "reason": reason},
        follow=True,
    )


def test_approve_action_publishes_and_writes_exactly_one_decision(staff_client):
    raw = RawSkillFactory()
    response = _action(staff_client, "skills_rawskill", "approve_passing", [raw.pk])
    raw.refresh_from_db()
    assert raw.state == RawSkill.State.APPROVED
    assert Skill.objects.get(pk=raw.skill_id).status == Skill.Status.PUBLISHED
    assert ModerationDecision.objects.filter(raw_skill=raw).count() == 1
    assert f"Approved and published 1: {raw.name} ({raw.version.content_hash[:7]})" in (
        response.content.decode()
    )


def test_bulk_approve_leaves_items_whose_verdict_is_not_pass(staff_client):
    passing = RawSkillFactory()
    risky = RawSkillFactory(security_verdict="review", risk_score=40)
    failing = RawSkillFactory(security_verdict="fail", risk_score=90)
    response = _action(
        staff_client, "skills_rawskill", "approve_passing", [passing.pk, risky.pk, failing.pk]
    )
    states = dict(RawSkill.objects.values_list("pk", "state"))
    assert states[passing.pk] == RawSkill.State.APPROVED
    assert states[risky.pk] == states[failing.pk] == RawSkill.State.PENDING
    assert "bulk approval is only for verdict pass" in response.content.decode()
    assert not ModerationDecision.objects.filter(raw_skill__in=[risky, failing]).exists()


def test_reject_action_needs_a_reason_and_writes_exactly_one_decision(staff_client):
    raw = RawSkillFactory()
    response = _action(staff_client, "skills_rawskill", "reject_selected", [raw.pk])
    assert "Nothing rejected: write a reason" in response.content.decode()
    raw.refresh_from_db()
    assert raw.state == RawSkill.State.PENDING
    _action(
        staff_client,
        "skills_rawskill",
        "reject_selected",
        [raw.pk],
        reason="duplicate of another skill",
    )
    raw.refresh_from_db()
    assert raw.state == RawSkill.State.REJECTED
    decision = ModerationDecision.objects.get(raw_skill=raw)
    assert decision.reason == "duplicate of another skill"


def test_hide_and_unhide_actions(staff_client):
    skill = PublishedSkillFactory()
    _action(staff_client, "skills_skill", "hide_selected", [skill.pk], reason="malware report")
    assert Skill.objects.get(pk=skill.pk).status == Skill.Status.HIDDEN
    _action(staff_client, "skills_skill", "unhide_selected", [skill.pk])
    assert Skill.objects.get(pk=skill.pk).status == Skill.Status.PUBLISHED
    assert ModerationDecision.objects.filter(skill=skill).count() == 2


def test_decision_log_is_read_only(staff_client, populated):
    decision = ModerationDecision.objects.first()
    url = reverse("admin:moderation_moderationdecision_change", args=[decision.pk])
    response = staff_client.post(url, {"reason": "tampered"})
    assert response.status_code == 403
    assert ModerationDecision.objects.get(pk=decision.pk).reason != "tampered"
    delete = reverse("admin:moderation_moderationdecision_delete", args=[decision.pk])
    assert staff_client.post(delete, {"post": "yes"}).status_code == 403


def test_activating_and_pausing_a_source_are_audited(staff_client):
    from skills.models import SkillSource
    from tests.factories import SkillSourceFactory

    source = SkillSourceFactory(status=SkillSource.Status.PENDING)
    _action(staff_client, "skills_skillsource", "activate", [source.pk])
    _action(staff_client, "skills_skillsource", "pause", [source.pk])
    source.refresh_from_db()
    assert source.status == SkillSource.Status.PAUSED
    actions = list(
        ModerationDecision.objects.filter(source=source)
        .order_by("id")
        .values_list("action", "to_state")
    )
    assert actions == [("source_approve", "active"), ("source_pause", "paused")]
