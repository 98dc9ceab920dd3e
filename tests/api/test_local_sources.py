"""Local folders as sources: allowed in development, refused in production unless allowed."""

from __future__ import annotations

import pytest

from skills.ingestion.sources.base import FetchContext, FetchError
from skills.ingestion.sources.git import git_clone
from skills.ingestion.sources.services import SourceError, source_create
from skills.ingestion.sync import source_sync
from skills.models import SkillSource
from tests.marketplace.test_settings import PROD_ENV, run_django
from tests.skills.fixtures.gitrepo import make_repo, skill_md

pytestmark = pytest.mark.django_db


@pytest.fixture
def repo(tmp_path):
    return make_repo(tmp_path / "r", {"s/SKILL.md": skill_md("s")})


@pytest.mark.parametrize("form", ["path", "file"])
def test_local_sources_are_refused_when_not_allowed(settings, repo, form):
    settings.ALLOW_LOCAL_SOURCES = False
    url = str(repo) if form == "path" else f"file://{repo}"
    with pytest.raises(SourceError, match="ALLOW_LOCAL_SOURCES"):
        source_create(url=url, name="x/r")
    assert not SkillSource.objects.exists()


def test_the_staff_api_refuses_a_local_path_when_not_allowed(settings, staff_api, repo):
    settings.ALLOW_LOCAL_SOURCES = False
    response = staff_api.post("/api/v1/admin/sources", {"url": str(repo)}, format="json")
    assert response.status_code == 400
    assert "ALLOW_LOCAL_SOURCES" in str(response.json())


def test_a_local_source_added_earlier_is_not_fetched_when_not_allowed(settings, repo):
    source = source_create(url=str(repo), name="x/r")
    settings.ALLOW_LOCAL_SOURCES = False
    source_sync(source=source)
    source.refresh_from_db()
    assert "ALLOW_LOCAL_SOURCES" in source.last_error
    with FetchContext() as ctx, pytest.raises(FetchError, match="ALLOW_LOCAL_SOURCES"):
        git_clone(str(repo), ctx=ctx)


def test_local_sources_work_when_allowed(settings, repo):
    settings.ALLOW_LOCAL_SOURCES = True
    source_sync(source=source_create(url=str(repo), name="x/r"))
    assert SkillSource.objects.get().last_error == ""


@pytest.mark.parametrize(
    ("env", "expected"), [({}, "False"), ({"ALLOW_LOCAL_SOURCES": "true"}, "True")]
)
def test_production_refuses_local_sources_unless_allowed(env, expected):
    result = run_django("print(s.ALLOW_LOCAL_SOURCES)", **{**PROD_ENV, **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == expected


def test_development_allows_local_sources():
    result = run_django("print(s.ALLOW_LOCAL_SOURCES)")
    assert result.stdout.split()[-1] == "True"
