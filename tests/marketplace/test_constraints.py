"""Every declared unique constraint really rejects a duplicate."""

from __future__ import annotations

import datetime as dt

import pytest
from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import UniqueConstraint

from moderation.models import Report, ScanResult
from rankings.models import SkillDailyCount, SkillEvent, SkillRankSnapshot
from skills.models import (
    Category,
    GithubRepoCache,
    RawSkill,
    Skill,
    SkillFile,
    SkillRedirect,
    SkillSource,
    SkillSourceLink,
    SkillVersion,
    Tag,
    WebhookDelivery,
)
from tests.factories import (
    PublishedSkillFactory,
    RawSkillFactory,
    SkillFactory,
    SkillSourceFactory,
    SkillVersionFactory,
)

pytestmark = pytest.mark.django_db


def rejects(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def _skill_source_link_twice():
    skill, source = SkillFactory(), SkillSourceFactory()
    SkillSourceLink.objects.create(skill=skill, source=source, path="a", is_canonical=False)
    return lambda: SkillSourceLink.objects.create(
        skill=skill, source=source, path="a", is_canonical=False
    )


def _two_canonical_links():
    skill = SkillFactory()
    SkillSourceLink.objects.create(
        skill=skill, source=SkillSourceFactory(), path="a", is_canonical=True
    )
    return lambda: SkillSourceLink.objects.create(
        skill=skill, source=SkillSourceFactory(), path="b", is_canonical=True
    )


def _raw_skill_twice():
    raw = RawSkillFactory()
    return lambda: RawSkill.objects.create(
        source=raw.source, path=raw.path, content_hash=raw.content_hash
    )


def _version_twice():
    version = SkillVersionFactory()
    return lambda: SkillVersion.objects.create(
        skill=version.skill, content_hash=version.content_hash, name="x"
    )


def _file_twice():
    version = SkillVersionFactory()
    SkillFile.objects.create(version=version, path="SKILL.md", size=1, sha256="a" * 64)
    return lambda: SkillFile.objects.create(
        version=version, path="SKILL.md", size=2, sha256="b" * 64
    )


def _event_client_id_twice():
    skill = PublishedSkillFactory()
    SkillEvent.objects.create(skill=skill, kind="install", actor="a", client_event_id="evt-1")
    return lambda: SkillEvent.objects.create(
        skill=skill, kind="install", actor="b", client_event_id="evt-1"
    )


def _event_dedup_twice():
    skill = PublishedSkillFactory()
    SkillEvent.objects.create(skill=skill, kind="install", actor="a", dedup_key="k")
    return lambda: SkillEvent.objects.create(skill=skill, kind="install", actor="a", dedup_key="k")


def _event_address_slot_twice():
    skill = PublishedSkillFactory()
    SkillEvent.objects.create(skill=skill, kind="install", actor="a", address_slot="s")
    return lambda: SkillEvent.objects.create(
        skill=skill, kind="install", actor="b", dedup_key="other", address_slot="s"
    )


def _daily_count_twice():
    skill = PublishedSkillFactory()
    day = dt.date(2026, 1, 1)
    SkillDailyCount.objects.create(skill=skill, day=day, kind="install", count=1)
    return lambda: SkillDailyCount.objects.create(skill=skill, day=day, kind="install", count=2)


def _snapshot_twice():
    skill = PublishedSkillFactory()
    day = dt.date(2026, 1, 1)
    SkillRankSnapshot.objects.create(date=day, board="top", skill=skill, rank=1)
    return lambda: SkillRankSnapshot.objects.create(date=day, board="top", skill=skill, rank=2)


def _report_twice():
    skill = PublishedSkillFactory()
    Report.objects.create(skill=skill, reason="spam", reporter_fingerprint="f")
    return lambda: Report.objects.create(skill=skill, reason="broken", reporter_fingerprint="f")


def _scan_twice():
    version = SkillVersionFactory()
    ScanResult.objects.create(
        version=version, engine="builtin", scanner_version="1", verdict="pass"
    )
    return lambda: ScanResult.objects.create(
        version=version, engine="builtin", scanner_version="2", verdict="fail"
    )


def _waiver_twice():
    from moderation.models import FindingWaiver

    version = SkillVersionFactory()
    FindingWaiver.objects.create(version=version, finding_key="k", reason="ok")
    return lambda: FindingWaiver.objects.create(version=version, finding_key="k", reason="again")


def _github_twice():
    GithubRepoCache.objects.create(owner="o", name="r")
    return lambda: GithubRepoCache.objects.create(owner="o", name="r")


def _repository_move_twice():
    from skills.models import RepositoryMove

    RepositoryMove.objects.create(old_owner="o", old_name="a", new_owner="o", new_name="b")
    return lambda: RepositoryMove.objects.create(
        old_owner="o", old_name="a", new_owner="p", new_name="c"
    )


CONSTRAINT_CASES = {
    "repositorymove_unique_old_name": _repository_move_twice,
    "rawskill_unique_source_path_content": _raw_skill_twice,
    "version_unique_content": _version_twice,
    "skillfile_unique_path": _file_twice,
    "link_unique_skill_source_path": _skill_source_link_twice,
    "link_one_canonical_per_skill": _two_canonical_links,
    "githubrepo_unique_owner_name": _github_twice,
    "event_unique_client_id": _event_client_id_twice,
    "event_unique_dedup": _event_dedup_twice,
    "event_unique_address_slot": _event_address_slot_twice,
    "dailycount_unique": _daily_count_twice,
    "snapshot_unique": _snapshot_twice,
    "report_one_per_visitor": _report_twice,
    "scan_unique_version_engine": _scan_twice,
    "waiver_unique_finding": _waiver_twice,
}

UNIQUE_FIELD_CASES = {
    "skillsource.url": lambda: (
        SkillSourceFactory(url="u"),
        lambda: SkillSource.objects.create(url="u", kind="git", name="n"),
    )[1],
    "category.key": lambda: (
        Category.objects.create(key="k", name="K"),
        lambda: Category.objects.create(key="k", name="K2"),
    )[1],
    "tag.key": lambda: (
        Tag.objects.create(key="k", name="K"),
        lambda: Tag.objects.create(key="k", name="K2"),
    )[1],
    "skillredirect.old_slug": lambda: (
        SkillRedirect.objects.create(old_slug="o/r/s", skill=SkillFactory()),
        lambda: SkillRedirect.objects.create(old_slug="o/r/s", skill=SkillFactory()),
    )[1],
    "webhookdelivery.delivery_id": lambda: (
        WebhookDelivery.objects.create(delivery_id="d", event="push"),
        lambda: WebhookDelivery.objects.create(delivery_id="d", event="ping"),
    )[1],
    "skill.slug": lambda: (
        SkillFactory(slug="o/r/s"),
        lambda: Skill.objects.create(slug="o/r/s", name="s"),
    )[1],
}


@pytest.mark.parametrize("name", sorted(CONSTRAINT_CASES))
def test_unique_constraint_rejects_a_duplicate(name):
    assert rejects(CONSTRAINT_CASES[name]())


@pytest.mark.parametrize("name", sorted(UNIQUE_FIELD_CASES))
def test_unique_field_rejects_a_duplicate(name):
    assert rejects(UNIQUE_FIELD_CASES[name]())


def test_every_declared_unique_constraint_has_a_test():
    declared = {
        constraint.name
        for app in ("skills", "rankings", "moderation")
        for model in apps.get_app_config(app).get_models()
        for constraint in model._meta.constraints
        if isinstance(constraint, UniqueConstraint)
    }
    assert declared == set(CONSTRAINT_CASES)


def test_events_without_client_ids_are_not_unique():
    skill = PublishedSkillFactory()
    SkillEvent.objects.create(skill=skill, kind="view", actor="a")
    SkillEvent.objects.create(skill=skill, kind="view", actor="a")
    assert SkillEvent.objects.count() == 2
