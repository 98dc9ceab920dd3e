"""Staff endpoints under /api/v1/admin/: the review queue, sources, hide/unhide."""

from __future__ import annotations

import pytest

from moderation.models import ModerationDecision
from skills.ingestion.sync import SyncResult
from skills.models import RawSkill, Skill, SkillSource
from tests.api.conftest import make_skill
from tests.factories import RawSkillFactory, SkillSourceFactory

pytestmark = pytest.mark.django_db

RAW_KEYS = {
    "id",
    "state",
    "name",
    "path",
    "commit",
    "content_hash",
    "source",
    "skill_id",
    "skill_slug",
    "frontmatter",
    "problems",
    "error_count",
    "is_spec_valid",
    "is_listable",
    "security_verdict",
    "risk_score",
    "fetched_at",
    "reviewed_at",
}
SOURCE_KEYS = {
    "id",
    "kind",
    "name",
    "url",
    "ref",
    "subpath",
    "status",
    "is_trusted",
    "parent",
    "submitted_by",
    "last_synced_at",
    "last_success_at",
    "sync_state",
    "sync_task_id",
    "last_commit",
    "last_error",
    "error_count",
    "last_stats",
    "created_at",
    "updated_at",
}


def test_raw_skills_queue_with_problems(staff_api):
    risky = RawSkillFactory(
        risk_score=80, problems=[{"code": "name.mismatch", "severity": "error"}]
    )
    RawSkillFactory(risk_score=5)
    RawSkillFactory(state=RawSkill.State.REJECTED)
    body = staff_api.get("/api/v1/admin/raw-skills", {"state": "pending"}).json()
    assert body["count"] == 2
    first = body["results"][0]
    assert set(first) == RAW_KEYS
    assert set(first["source"]) == {"id", "name", "kind", "url"}
    assert first["id"] == str(risky.pk)
    assert first["problems"] == [{"code": "name.mismatch", "severity": "error"}]
    assert first["error_count"] == 1
    assert staff_api.get("/api/v1/admin/raw-skills").json()["count"] == 3
    assert staff_api.get("/api/v1/admin/raw-skills", {"state": "nope"}).status_code == 400
    one = staff_api.get(f"/api/v1/admin/raw-skills/{risky.pk}").json()
    assert one["id"] == str(risky.pk)


@pytest.mark.parametrize("count", [2, 20])
def test_raw_skills_query_budget(staff_api, django_assert_max_num_queries, count):
    for _ in range(count):
        RawSkillFactory()
    with django_assert_max_num_queries(5):
        assert (
            len(staff_api.get("/api/v1/admin/raw-skills", {"size": 100}).json()["results"]) == count
        )


def test_approve_publishes_and_writes_a_decision(staff_api, staff_user):
    raw = RawSkillFactory()
    response = staff_api.post(
        f"/api/v1/admin/raw-skills/{raw.pk}/approve", {"reason": "fine"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["state"] == "approved"
    raw.skill.refresh_from_db()
    assert raw.skill.status == Skill.Status.PUBLISHED
    decision = ModerationDecision.objects.get()
    assert (decision.action, decision.moderator, decision.raw_skill_id) == (
        "approve",
        staff_user,
        raw.pk,
    )
    again = staff_api.post(f"/api/v1/admin/raw-skills/{raw.pk}/approve", format="json")
    assert again.status_code == 409
    assert again.json()["code"] == "moderation_conflict"
    assert set(again.json()) == {"detail", "code"}


def test_reject_needs_a_reason(staff_api):
    raw = RawSkillFactory()
    missing = staff_api.post(f"/api/v1/admin/raw-skills/{raw.pk}/reject", {}, format="json")
    assert missing.status_code == 400 and "reason" in missing.json()["errors"]
    blank = staff_api.post(
        f"/api/v1/admin/raw-skills/{raw.pk}/reject", {"reason": "  "}, format="json"
    )
    assert blank.status_code == 400
    ok = staff_api.post(
        f"/api/v1/admin/raw-skills/{raw.pk}/reject", {"reason": "spam"}, format="json"
    )
    assert ok.status_code == 200 and ok.json()["state"] == "rejected"
    assert ModerationDecision.objects.get().reason == "spam"


def test_unknown_raw_skill_is_404(staff_api):
    url = "/api/v1/admin/raw-skills/00000000-0000-0000-0000-000000000000/approve"
    assert staff_api.post(url, format="json").status_code == 404


def test_sources_create_read_update_delete(staff_api):
    created = staff_api.post(
        "/api/v1/admin/sources", {"url": "https://github.com/acme/tools"}, format="json"
    )
    assert created.status_code == 201
    body = created.json()
    assert set(body) == SOURCE_KEYS
    assert body["kind"] == "github" and body["status"] == "active"
    duplicate = staff_api.post(
        "/api/v1/admin/sources", {"url": "https://github.com/acme/tools"}, format="json"
    )
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "source_exists"
    invalid = staff_api.post("/api/v1/admin/sources", {"url": "ftp://nope"}, format="json")
    assert invalid.status_code == 400 and "url" in invalid.json()["errors"]
    url = f"/api/v1/admin/sources/{body['id']}"
    patched = staff_api.patch(
        url, {"status": "paused", "is_trusted": True, "kind": "list"}, format="json"
    ).json()
    assert (patched["status"], patched["is_trusted"], patched["kind"]) == ("paused", True, "github")
    assert staff_api.put(url, {"name": "x"}, format="json").status_code == 405
    listing = staff_api.get("/api/v1/admin/sources", {"status": "paused"}).json()
    assert [s["id"] for s in listing["results"]] == [body["id"]]
    decision = ModerationDecision.objects.get(source_id=body["id"])
    assert (decision.action, decision.to_state) == ("source_pause", "paused")
    refused = staff_api.patch(url, {"status": "failing"}, format="json")
    assert refused.status_code == 400 and "status" in refused.json()["errors"]
    assert staff_api.delete(url).status_code == 204
    assert not SkillSource.objects.filter(pk=body["id"]).exists()


def test_a_source_that_brought_raw_skills_is_not_deleted(staff_api):
    raw = RawSkillFactory()
    response = staff_api.delete(f"/api/v1/admin/sources/{raw.source_id}")
    assert response.status_code == 409 and response.json()["code"] == "source_has_evidence"
    assert RawSkill.objects.filter(pk=raw.pk).exists()


def test_sync_calls_source_sync_and_returns_its_counts(staff_api, monkeypatch):
    source = SkillSourceFactory()
    calls = []

    def fake_sync(*, source, dry_run=False, progress=None, ctx=None, chunk_skills=0):
        calls.append((source.pk, dry_run))
        return SyncResult(
            source_id=str(source.pk),
            source_name=source.name,
            found=3,
            new=2,
            unchanged=1,
            dry_run=dry_run,
        )

    monkeypatch.setattr("skills.ingestion.sync.request.source_sync", fake_sync)
    response = staff_api.post(
        f"/api/v1/admin/sources/{source.pk}/sync", {"dry_run": True}, format="json"
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["found"], body["new"], body["unchanged"], body["ok"]) == (3, 2, 1, True)
    assert calls == [(source.pk, True)]
    source.refresh_from_db()
    assert source.sync_requested_at is None and source.last_sync_log == ""  # a dry run

    response = staff_api.post(f"/api/v1/admin/sources/{source.pk}/sync", {}, format="json")
    assert response.status_code == 200
    source.refresh_from_db()
    assert source.sync_state == "done"
    assert source.sync_requested_by is not None and source.sync_requested_by.is_staff
    assert "found 3: 2 new, 0 changed, 1 unchanged" in source.last_sync_log


def test_sync_of_a_submission_waiting_for_review_is_refused(staff_api):
    source = SkillSourceFactory(status="pending")
    response = staff_api.post(f"/api/v1/admin/sources/{source.pk}/sync", {}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "sync_refused"


def test_hide_and_unhide(staff_api, api):
    skill = make_skill("pdf-tools")
    no_reason = staff_api.post(f"/api/v1/admin/skills/{skill.slug}/hide", {}, format="json")
    assert no_reason.status_code == 400
    hidden = staff_api.post(
        f"/api/v1/admin/skills/{skill.slug}/hide", {"reason": "broken"}, format="json"
    )
    assert hidden.status_code == 200
    assert hidden.json() == {"id": str(skill.pk), "slug": skill.slug, "status": "hidden"}
    assert api.get(f"/api/v1/skills/{skill.pk}").status_code == 404
    twice = staff_api.post(
        f"/api/v1/admin/skills/{skill.pk}/hide", {"reason": "again"}, format="json"
    )
    assert twice.status_code == 409
    shown = staff_api.post(f"/api/v1/admin/skills/{skill.pk}/unhide", format="json")
    assert shown.json()["status"] == "published"
    assert [d.action for d in ModerationDecision.objects.order_by("id")] == ["hide", "unhide"]


def test_moderation_needs_authentication(api):
    skill = make_skill("pdf-tools")
    for url in [
        "/api/v1/admin/raw-skills",
        "/api/v1/admin/sources",
        f"/api/v1/admin/skills/{skill.pk}/hide",
    ]:
        method = api.post if url.endswith("hide") else api.get
        assert method(url).status_code == 401


@pytest.mark.parametrize("count", [2, 20])
def test_sources_query_budget(staff_api, django_assert_max_num_queries, count):
    parent = SkillSourceFactory()
    for _ in range(count):
        SkillSourceFactory(parent=parent)
    with django_assert_max_num_queries(5):
        assert staff_api.get("/api/v1/admin/sources", {"size": 100}).json()["count"] == count + 1
