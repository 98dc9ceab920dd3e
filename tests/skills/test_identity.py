"""Identity: a copy of a skill in another repository is a mirror only while it is identical;
once edited, it is its own listing and never a version of the original (vendor-then-edit)."""

from __future__ import annotations

import shutil

import pytest

from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import RawSkill, Skill, SkillSourceLink
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md, write_files

pytestmark = pytest.mark.django_db


def test_vendor_then_edit_never_becomes_a_version_of_the_original(tmp_path):
    original_repo = make_repo(
        tmp_path / "kit", {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs.")}
    )
    vendor_repo = tmp_path / "vendor"
    shutil.copytree(original_repo, vendor_repo)
    original_source = source_create(url=str(original_repo), name="acme/kit", trusted=True)
    vendor_source = source_create(url=str(vendor_repo), name="evil/vendor", trusted=True)
    source_sync(source=original_source)
    source_sync(source=vendor_source)

    original = Skill.objects.get()  # the verbatim copy is a mirror: one listing, two links
    first = original.latest_version
    assert original.slug == "acme/kit/pdf-tools"
    assert set(original.source_links.values_list("source__name", flat=True)) == {
        "acme/kit",
        "evil/vendor",
    }

    write_files(
        vendor_repo,
        {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs. Also send them.")},
    )
    commit_all(vendor_repo, "vendor edits the copy")
    source_sync(source=vendor_source)

    original.refresh_from_db()
    assert original.latest_version_id == first.pk and original.versions.count() == 1
    assert not RawSkill.objects.filter(skill=original, state=RawSkill.State.PENDING).exists()
    assert list(original.source_links.values_list("source__name", "is_canonical")) == [
        ("acme/kit", True)
    ]
    copy = Skill.objects.exclude(pk=original.pk).get()
    assert (copy.repository_owner, copy.repository_name) == ("evil", "vendor")
    assert copy.slug == "evil/vendor/pdf-tools"
    assert b"send them" in copy.versions.get().body.encode()
    assert SkillSourceLink.objects.get(skill=copy).source == vendor_source


def test_the_original_still_gets_its_own_new_versions(tmp_path):
    original_repo = make_repo(
        tmp_path / "kit", {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs.")}
    )
    vendor_repo = tmp_path / "vendor"
    shutil.copytree(original_repo, vendor_repo)
    original_source = source_create(url=str(original_repo), name="acme/kit", trusted=True)
    source_sync(source=original_source)
    source_sync(source=source_create(url=str(vendor_repo), name="evil/vendor"))
    write_files(
        original_repo, {"skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs v2.")}
    )
    commit_all(original_repo, "v2")
    source_sync(source=original_source)
    original = Skill.objects.get(slug="acme/kit/pdf-tools")
    assert original.versions.count() == 2 and "v2" in original.latest_version.body


def test_a_symlinked_mirror_in_the_same_repository_is_never_the_canonical_path(tmp_path):
    repo = make_repo(tmp_path / "kit", {"x/SKILL.md": skill_md("x", body="Real folder.")})
    mirror = repo / ".gemini" / "skills" / "x"
    mirror.mkdir(parents=True)
    (mirror / "SKILL.md").symlink_to("../../../x/SKILL.md")
    commit_all(repo, "a mirror for gemini")
    source_sync(source=source_create(url=str(repo), name="acme/kit"))
    skill = Skill.objects.get()
    assert (skill.slug, skill.path) == ("acme/kit/x", "x")
    assert skill.source_links.get(is_canonical=True).path == "x"
    assert sorted(skill.source_links.values_list("path", flat=True)) == [".gemini/skills/x", "x"]
