"""A source made from a discovered repository follows it by GitHub's repository id."""

from __future__ import annotations

import httpx
import pytest
from django.utils import timezone

from skills.ingestion.sources.finder.candidates import FinderRun, candidate_decide
from skills.ingestion.sources.ghapi import GithubBudget
from skills.ingestion.sources.services import source_create
from skills.models import DiscoveryCandidate, SkillSource

pytestmark = pytest.mark.django_db


def _run() -> FinderRun:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404)))
    return FinderRun(http=http, budget=GithubBudget(tokens=["ghp_test"], max_wait=0))


def _candidate(**fields) -> DiscoveryCandidate:
    return DiscoveryCandidate.objects.create(
        stars=100000, pushed_at=timezone.now(), skill_paths=["SKILL.md"], **fields
    )


def test_a_discovered_source_knows_its_repository_id_and_parent():
    candidate = _candidate(
        github_id=4242, full_name="bob/skills", is_fork=True, fork_of="Acme/Skills"
    )
    candidate_decide(candidate=candidate, run=_run())
    source = SkillSource.objects.get()
    assert (source.github_repo_id, source.github_parent) == (4242, "acme/skills")


def test_a_renamed_repository_is_known_by_its_id_under_any_name():
    existing = source_create(url="https://github.com/acme/old-name")
    SkillSource.objects.filter(pk=existing.pk).update(github_repo_id=99)
    candidate = _candidate(github_id=99, full_name="acme/new-name")
    assert candidate_decide(candidate=candidate, run=_run()) == "known"
    assert candidate.source == existing and SkillSource.objects.count() == 1
