"""The github source: a clone (overridden to a local repository) plus REST API metadata
from recorded answers served through httpx.MockTransport."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from skills.ingestion.sources import FetchContext
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import GithubRepoCache, Skill
from tests.skills.fixtures.gitrepo import make_repo, skill_md

pytestmark = pytest.mark.django_db
RECORDED = json.loads(
    (Path(__file__).parent / "fixtures" / "github" / "repo_acme_skills.json").read_text()
)


class FakeGithub:
    """Answers GET /repos/acme/skills like GitHub: 200 with an ETag, 304 when it matches."""

    def __init__(self, *, remaining: int = 4999, etag: str = 'W/"abc123"'):
        self.remaining, self.etag, self.requests = remaining, etag, []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": "1767225600",
            "ETag": self.etag,
        }
        self.remaining -= 1
        if request.url.path != "/repos/acme/skills":
            return httpx.Response(404, json={"message": "Not Found"}, headers=headers)
        if request.headers.get("If-None-Match") == self.etag:
            return httpx.Response(304, headers=headers)
        return httpx.Response(200, json=RECORDED, headers=headers)


@pytest.fixture
def local_repo(tmp_path):
    return make_repo(
        tmp_path / "acme-skills",
        {
            "skills/pdf-tools/SKILL.md": skill_md("pdf-tools"),
            "other/csv-tools/SKILL.md": skill_md("csv-tools"),
        },
    )


def _ctx(fake: FakeGithub, repo: Path) -> FetchContext:
    return FetchContext(
        http=httpx.Client(transport=httpx.MockTransport(fake)),
        github_clone_url=str(repo),
        github_token="",
    )


def test_github_sync_clones_stores_metadata_and_copies_stars(local_repo):
    fake = FakeGithub()
    source = source_create(url="https://github.com/Acme/skills.git")
    assert source.kind == "github" and source.url == "https://github.com/acme/skills"
    result = source_sync(source=source, ctx=_ctx(fake, local_repo))
    assert result.error == "" and result.new == 2 and result.github == "200"
    cache = GithubRepoCache.objects.get(owner="acme", name="skills")
    assert (cache.stars, cache.license, cache.default_branch, cache.etag) == (
        4242,
        "MIT",
        "main",
        'W/"abc123"',
    )
    assert set(Skill.objects.values_list("stars", flat=True)) == {4242}
    assert set(Skill.objects.values_list("slug", flat=True)) == {
        "acme/skills/pdf-tools",
        "acme/skills/csv-tools",
    }
    assert (
        Skill.objects.get(slug="acme/skills/pdf-tools")
        .source_links.get()
        .url.startswith("https://github.com/acme/skills/tree/")
    )


def test_second_request_is_conditional_and_a_304_reuses_the_cache(local_repo):
    fake = FakeGithub()
    source = source_create(url="https://github.com/acme/skills")
    source_sync(source=source, ctx=_ctx(fake, local_repo))
    result = source_sync(source=source, ctx=_ctx(fake, local_repo), full=True)
    assert fake.requests[-1].headers["If-None-Match"] == 'W/"abc123"'
    assert result.github == "304"
    cache = GithubRepoCache.objects.get()
    assert cache.last_status == 304 and cache.stars == 4242


def test_token_is_sent_when_configured(local_repo):
    fake = FakeGithub()
    ctx = _ctx(fake, local_repo)
    ctx.github_token = "ghp_example"
    source_sync(source=source_create(url="https://github.com/acme/skills"), ctx=ctx)
    assert fake.requests[0].headers["Authorization"] == "Bearer ghp_example"


def test_low_rate_limit_stops_api_calls_and_is_recorded(local_repo, tmp_path):
    fake = FakeGithub(remaining=5)
    ctx = _ctx(fake, local_repo)
    first = source_create(url="https://github.com/acme/skills")
    second = source_create(url="https://github.com/acme/skills/tree/main/other")
    r1 = source_sync(source=first, ctx=ctx)
    r2 = source_sync(source=second, ctx=ctx)
    assert len(fake.requests) == 1 and ctx.github.exhausted and ctx.github.remaining == 5
    assert r1.github == "200"
    assert r2.github.startswith("rate limit reserve reached")
    second.refresh_from_db()
    assert second.last_stats["github"].startswith("rate limit")
    assert r2.found == 1  # the content was still ingested


def test_tree_url_syncs_only_that_folder(local_repo):
    source = source_create(url="https://github.com/acme/skills/tree/main/skills")
    assert (source.ref, source.subpath) == ("main", "skills")
    result = source_sync(source=source, ctx=_ctx(FakeGithub(), local_repo))
    assert result.found == 1
    assert Skill.objects.get().path == "skills/pdf-tools"
