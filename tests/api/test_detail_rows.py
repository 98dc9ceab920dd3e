"""The API's skill detail is built from plain rows (skills.api.detail), not by
SkillDetailSerializer over model instances: the two must give the same JSON, byte for byte,
for every shape a skill can take."""

from datetime import UTC, datetime

import orjson
import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.test import RequestFactory

from moderation.models import ScanResult
from skills.api.detail import skill_detail_data, skill_detail_last_modified, skill_detail_row
from skills.api.serializers import SkillDetailSerializer
from skills.models import Skill, SkillFile, SkillSourceLink
from tests.factories import (
    CategoryFactory,
    PublishedSkillFactory,
    SkillFactory,
    SkillFileFactory,
    SkillPopularityFactory,
    SkillSourceFactory,
    SkillSourceLinkFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def _serializer_output(skill: Skill, request) -> bytes:
    """SkillDetailSerializer over the instances the detail view used to read."""
    links = SkillSourceLink.objects.select_related("source").order_by(
        "-is_canonical", "first_seen_at"
    )
    instance = (
        Skill.objects.select_related("category", "latest_version", "popularity", "derived_from")
        .prefetch_related(
            "tags",
            Prefetch("source_links", queryset=links),
            Prefetch("latest_version__files", queryset=SkillFile.objects.order_by("path")),
            Prefetch("latest_version__scans", queryset=ScanResult.objects.order_by("engine")),
        )
        .get(pk=skill.pk)
    )
    return orjson.dumps(SkillDetailSerializer(instance, context={"request": request}).data)


def _rows_output(skill: Skill, request, user=None) -> tuple[bytes, dict]:
    row = skill_detail_row(key=str(skill.pk), user=user or AnonymousUser())
    return orjson.dumps(skill_detail_data(row, request=request)), row


def test_detail_rows_give_the_serializer_output_for_a_full_skill():
    original = PublishedSkillFactory(name="original", slug="other/repo/original ä")
    skill = PublishedSkillFactory(
        name="full",
        stars=12,
        has_scripts=True,
        license="Apache-2.0",
        publish__problems=[{"code": "x", "message": "y"}],
        publish__frontmatter={"name": "full", "metadata": {"k": "v"}},
    )
    Skill.objects.filter(pk=skill.pk).update(  # what publishing copies from the version
        trigger_hints=["when pdf", 7],
        capabilities={"scripts": 1, "nested": {"a": [1, 2]}},
        derived_from=original,
        derived_similarity=0.875,
        gone_at=datetime(2026, 5, 1, 12, 0, 0, 123456, tzinfo=UTC),
        category=CategoryFactory(key="docs", name="Docs & 'Notes'"),
    )
    skill.refresh_from_db()
    skill.tags.add(*(TagFactory(key=k) for k in ("zeta", "alpha", "mid")))
    SkillPopularityFactory(skill=skill, installs_total=4321, score=12.5)
    version = skill.latest_version
    SkillFileFactory(version=version, path="scripts/run me.py", storage_key="abc", is_text=True)
    SkillFileFactory(version=version, path="SKILL.md", storage_key="def")
    SkillFileFactory(version=version, path="big.bin", storage_key="", is_text=False, size=10**10)
    ScanResult.objects.create(
        version=version,
        engine="zz",
        scanner_version="2",
        verdict="review",
        risk_score=40,
        findings=[{"rule": "net", "line": 3}],
    )
    ScanResult.objects.create(
        version=version, engine="builtin", scanner_version="1", verdict="pass"
    )
    SkillSourceLinkFactory(skill=skill, source=SkillSourceFactory(), is_canonical=True)
    SkillSourceLinkFactory(
        skill=skill, source=SkillSourceFactory(), is_canonical=False, commit="abc", path="p"
    )
    request = RequestFactory().get("/api/v1/skills/x", HTTP_HOST="testserver")

    fast, row = _rows_output(skill, request)

    assert fast == _serializer_output(skill, request)
    data = orjson.loads(fast)
    assert data["tags"] == ["alpha", "mid", "zeta"]
    assert data["trigger_hints"] == ["when pdf", "7"] and data["is_gone"] is True
    assert data["derived_from"]["slug"] == "other/repo/original ä"
    assert [f["path"] for f in data["latest_version"]["files"]] == [
        "SKILL.md",
        "big.bin",
        "scripts/run me.py",
    ]
    assert [s["engine"] for s in data["latest_version"]["security_scans"]] == ["builtin", "zz"]
    assert skill_detail_last_modified(row) == max(
        skill.updated_at, skill.last_changed_at, skill.popularity.computed_at or skill.updated_at
    )


def test_detail_rows_give_the_serializer_output_for_a_bare_hidden_skill_seen_by_staff(
    django_user_model,
):
    bare = SkillFactory(  # no category, popularity, tags, sources, version or repository
        name="bare",
        status=Skill.Status.HIDDEN,
        repository_owner="",
        repository_name="",
        repository_url="",
        path="",
    )
    staff = django_user_model.objects.create(username="mod", is_staff=True)
    request = RequestFactory().get("/api/v1/skills/x")

    fast, _row = _rows_output(bare, request, user=staff)

    assert fast == _serializer_output(bare, request)
    data = orjson.loads(fast)
    assert data["latest_version"] is None and data["popularity"]["computed_at"] is None
    assert data["install"]["version"] == "" and data["category"] is None
    assert skill_detail_row(key=bare.slug, user=AnonymousUser()) is None


def test_detail_rows_of_a_hidden_skill_with_a_version_install_nothing(django_user_model):
    skill = PublishedSkillFactory(name="was-live")
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.HIDDEN)
    staff = django_user_model.objects.create(username="mod", is_staff=True)
    request = RequestFactory().get("/api/v1/skills/x")

    fast, _row = _rows_output(skill, request, user=staff)

    assert fast == _serializer_output(skill, request)
    assert orjson.loads(fast)["install"]["skills_cli_pinned"] == ""
