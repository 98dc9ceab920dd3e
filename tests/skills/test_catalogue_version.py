"""Every change a visitor can see bumps the catalogue version (skills.cache), so cached
pages and API answers of the old version are never served after it."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from moderation.services import finding_accept
from skills.cache import catalogue_version
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import Category, Skill
from tests.factories import PublishedSkillFactory
from tests.moderation.test_findings import REVIEW_SCRIPT, SKILL_MD, findings_of, version_with_files
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md, write_files

pytestmark = pytest.mark.django_db(transaction=True)  # the bumps run on commit


@pytest.fixture
def repo(tmp_path):
    return make_repo(
        tmp_path / "acme-skills", {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="PDFs.")}
    )


def test_a_sync_that_changes_skills_bumps_the_version_and_an_idle_one_does_not(repo):
    source = source_create(url=str(repo), name="acme/skills")
    before = catalogue_version()
    source_sync(source=source)
    after_first = catalogue_version()
    assert after_first > before
    source_sync(source=source)
    assert catalogue_version() == after_first  # nothing changed
    write_files(
        repo, {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="PDFs, now with forms.")}
    )
    commit_all(repo, "change")
    source_sync(source=source)
    assert catalogue_version() > after_first


def test_accepting_a_finding_bumps_the_version(staff_user):
    version = version_with_files(
        {"SKILL.md": SKILL_MD, "scripts/run.sh": REVIEW_SCRIPT}, publish=True
    )
    (finding,) = [f for f in findings_of(version) if f["severity"] in ("medium", "high")]
    before = catalogue_version()
    finding_accept(
        version=version, finding_key=finding["key"], moderator=staff_user, reason="documented"
    )
    assert catalogue_version() > before


def test_a_rescan_bumps_the_version():
    version_with_files({"SKILL.md": SKILL_MD}, publish=True)
    before = catalogue_version()
    call_command("scan_skills", "--all", verbosity=0)
    assert catalogue_version() > before


def test_admin_edits_of_what_pages_show_bump_the_version(staff_client):
    category = Category.objects.create(key="docs", name="Docs")
    skill = PublishedSkillFactory()
    before = catalogue_version()
    response = staff_client.post(
        f"/admin/skills/category/{category.pk}/change/",
        {"key": "docs", "name": "Documents", "sort_order": 0, "is_active": "on", "description": ""},
    )
    assert response.status_code == 302, response.content[:500]
    assert catalogue_version() > before
    before = catalogue_version()
    staff_client.post(f"/admin/skills/category/{category.pk}/delete/", {"post": "yes"})
    assert catalogue_version() > before
    assert Skill.objects.filter(pk=skill.pk).exists()
