"""Version-control metadata is never read, stored or served, whether named or linked to.

Found by an attack: a symlink `gitdir -> ../../.git` inside a skill published 47 files of the
ingester's own clone (server user and host name, temp paths, hooks, objects).
"""

from __future__ import annotations

import os

import pytest

from skills.ingestion.discovery import UnsafePathError, discover_skills, read_skill_file
from skills.ingestion.sources.services import source_create
from skills.ingestion.sync import source_sync
from skills.models import SkillFile, SkillVersion
from skills.storage import blob_read
from tests.skills.fixtures.gitrepo import commit_all, make_repo, skill_md

MARKER = b"INTERNAL-VCS-MARKER-7731"

LINKS = {
    # link name inside the skill -> target, relative to the skill folder (skills/linky)
    "gitdir": "../../.git",
    "config": "../../.git/config",
    "hooks": "../../.git/hooks",
    "head-file": "../../.git/HEAD",
    "nested": "../../vendor/lib/.git",
    "hg": "../../.hg",
    "svn-entries": "../../.svn/entries",
}


def _hostile_repo(tmp_path):
    repo = make_repo(
        tmp_path / "linky",
        {
            "skills/linky/SKILL.md": skill_md("linky", body="Links."),
            "skills/linky/notes.md": "# Notes\n",
            "vendor/lib/README.md": "lib\n",
        },
    )
    with open(repo / ".git" / "config", "ab") as fh:
        fh.write(b"\n# " + MARKER + b"\n")
    (repo / ".git" / "hooks" / "post-checkout").write_bytes(b"#!/bin/sh\n# " + MARKER + b"\n")
    for folder in ("vendor/lib/.git", ".hg", ".svn"):
        (repo / folder).mkdir(parents=True)
        (repo / folder / "config").write_bytes(MARKER)
    (repo / ".svn" / "entries").write_bytes(MARKER)
    skill = repo / "skills" / "linky"
    for name, target in LINKS.items():
        os.symlink(target, skill / name)
    (skill / ".git").write_bytes(b"gitdir: ../../.git/modules/linky\n" + MARKER)  # a gitfile
    os.symlink("../../.git/description", skill / "references.md")
    commit_all(repo, "links")
    return repo


def test_discovery_stores_nothing_from_vcs_metadata(tmp_path):
    repo = _hostile_repo(tmp_path)
    (found,) = discover_skills(repo, repo_name="linky").skills
    stored = {e.path for e in found.files if e.stored}
    assert stored == {"SKILL.md", "notes.md"}
    codes = [p.code for p in found.problems]
    assert codes.count("symlink.vcs") == len(LINKS) + 1
    assert "files.vcs" in codes
    for entry in found.files:
        if entry.path not in stored:
            with pytest.raises(UnsafePathError):
                read_skill_file(repo, found, entry)


def test_reading_a_path_into_vcs_metadata_is_refused(tmp_path):
    repo = _hostile_repo(tmp_path)
    (found,) = discover_skills(repo, repo_name="linky").skills
    notes = next(e for e in found.files if e.path == "notes.md")
    os.remove(repo / "skills" / "linky" / "notes.md")
    os.symlink("../../.git/config", repo / "skills" / "linky" / "notes.md")  # swapped after
    with pytest.raises(UnsafePathError, match="version-control"):
        read_skill_file(repo, found, notes)


def test_a_skill_md_that_links_into_vcs_metadata_is_not_read(tmp_path):
    repo = make_repo(tmp_path / "r", {"README.md": "r\n"})
    (repo / "s").mkdir()
    os.symlink("../.git/description", repo / "s" / "SKILL.md")
    (found,) = discover_skills(repo, repo_name="r").skills
    assert "symlink.vcs" in [p.code for p in found.problems]
    assert not any(e.stored for e in found.files)


def test_a_repository_licence_linked_into_vcs_metadata_is_not_read(tmp_path):
    repo = make_repo(tmp_path / "r", {"s/SKILL.md": skill_md("s")})
    (repo / ".git" / "info" / "LICENSE").write_text("MIT License\n\nPermission is hereby granted")
    os.symlink(".git/info/LICENSE", repo / "LICENSE")
    (found,) = discover_skills(repo, repo_name="r").skills
    assert found.license is None


@pytest.mark.django_db
def test_a_sync_publishes_nothing_from_the_clones_vcs_metadata(tmp_path):
    repo = _hostile_repo(tmp_path)
    source_sync(source=source_create(url=str(repo), name="x/linky"))
    version = SkillVersion.objects.get()
    stored = set(version.files.exclude(storage_key="").values_list("path", flat=True))
    assert stored == {"SKILL.md", "notes.md"}
    for file in SkillFile.objects.exclude(storage_key=""):
        assert MARKER not in blob_read(file.storage_key)
    for blob in (tmp_path / "media").rglob("*"):
        if blob.is_file():
            assert MARKER not in blob.read_bytes()
