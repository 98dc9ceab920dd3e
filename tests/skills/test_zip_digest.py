"""The ZIP download's sha256 ("What you install" on the skill page) is stored on the version
at ingestion (`SkillVersion.zip_sha256`), so an uncached skill page does not ask the cache
for it; a ZIP that names the listing's slug (a file left out) keeps the cached path."""

from __future__ import annotations

import hashlib
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import call_command

from skills.downloads import version_zip_digest
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import Skill, SkillFile, SkillVersion
from tests.skills.fixtures.gitrepo import make_repo, skill_md

pytestmark = pytest.mark.django_db


def _synced(tmp_path) -> Skill:
    repo = make_repo(
        tmp_path / "kit",
        {
            "skills/pdf-tools/SKILL.md": skill_md("pdf-tools", body="Read PDFs."),
            "skills/pdf-tools/references/forms.md": "# Forms\n\nField names.\n",
        },
    )
    source_sync(source=source_create(url=str(repo), name="acme/kit", trusted=True))
    return Skill.objects.get()


def _download_digest(client, skill: Skill) -> str:
    return hashlib.sha256(client.get(f"/s/{skill.slug}/-/download.zip").content).hexdigest()


def test_ingestion_stores_the_digest_of_the_zip_the_download_serves(client, tmp_path):
    skill = _synced(tmp_path)
    stored = skill.latest_version.zip_sha256
    assert len(stored) == 64
    assert stored == _download_digest(client, skill)


def test_the_skill_page_shows_the_stored_digest_without_asking_the_cache(client, tmp_path):
    skill = _synced(tmp_path)
    digest = skill.latest_version.zip_sha256
    with mock.patch.object(cache, "get_or_set", wraps=cache.get_or_set) as cached:
        page = client.get(skill.get_absolute_url()).content.decode()
    assert digest in page
    assert not [c for c in cached.call_args_list if str(c.args[0]).startswith("zip-sha256:")]


def test_a_zip_that_names_the_slug_is_not_stored_and_the_page_still_shows_its_digest(
    client, tmp_path
):
    skill = _synced(tmp_path)
    version = skill.latest_version
    # A file the storage lost: the ZIP leaves it out with a note naming the slug.
    SkillFile.objects.filter(version=version, path="references/forms.md").update(
        storage_key="missing-blob"
    )
    assert version_zip_digest(version=version) == ""
    SkillVersion.objects.filter(pk=version.pk).update(zip_sha256="")
    call_command("zip_digests")
    assert SkillVersion.objects.get(pk=version.pk).zip_sha256 == ""
    page = client.get(skill.get_absolute_url()).content.decode()
    assert _download_digest(client, skill) in page


def test_the_command_fills_the_versions_that_have_no_digest(client, tmp_path, capsys):
    skill = _synced(tmp_path)
    digest = skill.latest_version.zip_sha256
    SkillVersion.objects.update(zip_sha256="")
    call_command("zip_digests", "--dry-run")
    assert "1 version(s) have no stored ZIP digest" in capsys.readouterr().out
    assert SkillVersion.objects.get().zip_sha256 == ""
    call_command("zip_digests")
    assert "Stored the ZIP digest of 1 of 1 version(s)" in capsys.readouterr().out
    assert SkillVersion.objects.get().zip_sha256 == digest
