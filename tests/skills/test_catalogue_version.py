"""Every change a visitor can see bumps the catalogue version (skills.cache), so cached
pages and API answers of the old version are never served after it; a change to the content
of listed skills bumps the listings and those skills, not every other skill's page."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from moderation.services import finding_accept
from skills.cache import catalogue_state, catalogue_version
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
    listings, own = catalogue_state(), catalogue_state(skill="pdf-tools")
    write_files(
        repo, {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="PDFs, now with forms.")}
    )
    commit_all(repo, "change")
    source_sync(source=source)
    assert catalogue_state() != listings
    assert catalogue_state(skill=Skill.objects.get().slug) != own
    assert catalogue_version() == after_first  # other skills' pages stay cached


def test_a_changed_skill_makes_its_own_answers_and_the_listings_stale_only(repo):
    source = source_create(url=str(repo), name="acme/skills", trusted=True)
    source_sync(source=source)
    skill = Skill.objects.get()
    other = PublishedSkillFactory()
    before = {
        "version": catalogue_version(),
        "listings": catalogue_state(),
        "slug": catalogue_state(skill=skill.slug),
        "id": catalogue_state(skill=str(skill.pk)),
        "other": catalogue_state(skill=other.slug),
    }
    write_files(repo, {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Forms too.")})
    commit_all(repo, "change")
    source_sync(source=source)
    assert Skill.objects.get(pk=skill.pk).status == Skill.Status.PUBLISHED
    assert catalogue_version() == before["version"]
    assert catalogue_state() != before["listings"]
    assert catalogue_state(skill=skill.slug) != before["slug"]  # its page
    assert catalogue_state(skill=str(skill.pk)) != before["id"]  # its API detail by id
    assert catalogue_state(skill=other.slug) == before["other"]


def test_accepting_a_finding_bumps_the_version(staff_user):
    version = version_with_files(
        {"SKILL.md": SKILL_MD, "scripts/run.sh": REVIEW_SCRIPT}, publish=True
    )
    # The rule's own finding (the learned fail model may add its opinion beside it).
    (finding,) = [f for f in findings_of(version) if f["rule_id"] == "exec.pipe-to-shell"]
    before = catalogue_state(skill=version.skill.slug), catalogue_state()
    finding_accept(
        version=version, finding_key=finding["key"], moderator=staff_user, reason="documented"
    )
    assert catalogue_state(skill=version.skill.slug) != before[0]
    assert catalogue_state() != before[1]


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
