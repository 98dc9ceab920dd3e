"""Factories for the whole domain. Content is written for this project."""

from __future__ import annotations

import hashlib

import factory
from django.utils import timezone

from moderation.models import Report
from rankings.models import SkillEvent, SkillPopularity
from skills.models import (
    Category,
    GithubRepoCache,
    RawSkill,
    Skill,
    SkillFile,
    SkillSortKey,
    SkillSource,
    SkillSourceLink,
    SkillVersion,
    Tag,
    installs_band,
)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class SkillSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SkillSource

    kind = SkillSource.Kind.GITHUB
    name = factory.Sequence(lambda n: f"example/repo-{n}")
    url = factory.Sequence(lambda n: f"https://github.com/example/repo-{n}")
    status = SkillSource.Status.ACTIVE


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"category-{n}")
    name = factory.LazyAttribute(lambda o: o.key.replace("-", " ").title())


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"tag-{n}")
    name = factory.LazyAttribute(lambda o: o.key)


class SkillFactory(factory.django.DjangoModelFactory):
    """A pending skill with no version; use PublishedSkillFactory for a listed one."""

    class Meta:
        model = Skill

    name = factory.Sequence(lambda n: f"example-skill-{n}")
    slug = factory.LazyAttribute(lambda o: f"example/repo/{o.name}")
    summary = factory.LazyAttribute(lambda o: f"Does {o.name} things.")
    description = factory.LazyAttribute(lambda o: f"Does {o.name} things. Use it when you need it.")
    repository_owner = "example"
    repository_name = "repo"
    repository_url = "https://github.com/example/repo"
    path = factory.LazyAttribute(lambda o: f"skills/{o.name}")


class SkillVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SkillVersion

    skill = factory.SubFactory(SkillFactory)
    name = factory.LazyAttribute(lambda o: o.skill.name)
    description = factory.LazyAttribute(lambda o: o.skill.description)
    body = "# Usage\n\nRun the steps in order.\n"
    frontmatter = factory.LazyAttribute(lambda o: {"name": o.name, "description": o.description})
    content_hash = factory.Sequence(lambda n: sha(f"content-{n}"))
    commit = factory.Sequence(lambda n: sha(f"commit-{n}")[:40])
    is_spec_valid = True
    is_listable = True
    security_verdict = "pass"
    license = "MIT"
    license_confidence = 1.0
    capabilities = factory.LazyFunction(
        lambda: {"scripts": 0, "references": 0, "assets": 0, "file_count": 1}
    )
    file_manifest = factory.LazyAttribute(
        lambda o: [{"path": "SKILL.md", "size": len(o.body), "sha256": sha(o.body)}]
    )


class SkillFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SkillFile

    version = factory.SubFactory(SkillVersionFactory)
    path = "SKILL.md"
    size = 10
    sha256 = factory.Sequence(lambda n: sha(f"file-{n}"))
    storage_key = ""


class PublishedSkillFactory(SkillFactory):
    """A published skill whose latest version is set through the publishing service."""

    class Meta:
        skip_postgeneration_save = True

    status = Skill.Status.PENDING

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if not create:
            return
        from skills.services import skill_publish_version

        version = SkillVersionFactory(skill=obj, **kwargs)
        skill_publish_version(skill=obj, version=version)


class RawSkillFactory(factory.django.DjangoModelFactory):
    """A pending raw skill with its (pending) skill and version, as ingestion leaves them."""

    class Meta:
        model = RawSkill

    source = factory.SubFactory(SkillSourceFactory)
    version = factory.SubFactory(SkillVersionFactory)
    skill = factory.LazyAttribute(lambda o: o.version.skill)
    path = factory.LazyAttribute(lambda o: o.skill.path)
    name = factory.LazyAttribute(lambda o: o.skill.name)
    content_hash = factory.LazyAttribute(lambda o: o.version.content_hash)
    commit = factory.LazyAttribute(lambda o: o.version.commit)
    frontmatter = factory.LazyAttribute(lambda o: o.version.frontmatter)
    body = factory.LazyAttribute(lambda o: o.version.body)
    is_spec_valid = True
    is_listable = True
    security_verdict = "pass"


class SkillSourceLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SkillSourceLink

    skill = factory.SubFactory(SkillFactory)
    source = factory.SubFactory(SkillSourceFactory)
    path = factory.LazyAttribute(lambda o: o.skill.path)
    is_canonical = True


class GithubRepoCacheFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GithubRepoCache

    owner = "example"
    name = factory.Sequence(lambda n: f"repo-{n}")
    stars = 10
    fetched_at = factory.LazyFunction(timezone.now)


class SkillEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SkillEvent

    skill = factory.SubFactory(PublishedSkillFactory)
    kind = "install"
    actor = factory.Sequence(lambda n: sha(f"actor-{n}"))


class SkillPopularityFactory(factory.django.DjangoModelFactory):
    """Popularity as compute_rankings leaves it: the sort keys are copied to the skill's
    SkillSortKey."""

    class Meta:
        model = SkillPopularity

    skill = factory.SubFactory(PublishedSkillFactory)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        popularity = super()._create(model_class, *args, **kwargs)
        skill = popularity.skill
        SkillSortKey.objects.update_or_create(
            skill=skill,
            defaults={
                "installs_total": popularity.installs_total,
                "trending_score": popularity.trending_score,
                "stars": skill.stars,
                "name": skill.name,
            },
        )
        skill.installs_band = installs_band(popularity.installs_total)
        Skill.objects.filter(pk=skill.pk).update(installs_band=skill.installs_band)
        return popularity


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    skill = factory.SubFactory(PublishedSkillFactory)
    reason = Report.Reason.BROKEN
    reporter_fingerprint = factory.Sequence(lambda n: sha(f"reporter-{n}"))
