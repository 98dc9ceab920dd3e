"""Long paths are stored whole up to the discovery limit, and refused with a code beyond it."""

from __future__ import annotations

import pytest

from skills.ingestion.discovery import discover_skills
from skills.ingestion.sources.services import SourceError, source_create
from skills.ingestion.sync import source_sync
from skills.models import RawSkill, SkillVersion
from tests.skills.fixtures.gitrepo import make_repo, skill_md

# Folder names of 200 characters: four of them and a file name make a path over 800.
PART = "d" * 199


def _deep(levels: int) -> str:
    return "/".join(f"{PART}{i}" for i in range(levels))


@pytest.mark.django_db
def test_two_files_alike_in_their_first_500_characters_are_both_stored(tmp_path):
    prefix = _deep(3)  # 602 characters
    repo = make_repo(
        tmp_path / "r",
        {
            "s/SKILL.md": skill_md("s"),
            f"s/{prefix}/one.md": "one\n",
            f"s/{prefix}/two.md": "two\n",
        },
    )
    source_sync(source=source_create(url=str(repo), name="x/r"))
    version = SkillVersion.objects.get()
    paths = set(version.files.values_list("path", flat=True))
    assert paths == {"SKILL.md", f"{prefix}/one.md", f"{prefix}/two.md"}


def test_a_file_path_over_the_limit_is_left_out_with_a_code(tmp_path):
    long_rel = _deep(6) + "/x.md"  # over 1,024 characters
    repo = make_repo(tmp_path / "r", {"s/SKILL.md": skill_md("s"), f"s/{long_rel}": "x\n"})
    (found,) = discover_skills(repo, repo_name="r").skills
    assert {e.path for e in found.files} == {"SKILL.md"}
    assert "path.too_long" in [p.code for p in found.problems]


@pytest.mark.django_db
def test_a_skill_folder_path_over_the_limit_is_refused_with_a_code(tmp_path):
    deep = _deep(6)
    repo = make_repo(
        tmp_path / "r", {f"{deep}/s/SKILL.md": skill_md("s"), "ok/SKILL.md": skill_md("ok")}
    )
    discovery = discover_skills(repo, repo_name="r")
    assert [s.path for s in discovery.skills] == ["ok"]
    assert "path.too_long" in [p.code for p in discovery.problems]
    source_sync(source=source_create(url=str(repo), name="x/r"))
    assert list(RawSkill.objects.values_list("path", flat=True)) == ["ok"]


@pytest.mark.django_db
def test_a_source_subpath_over_its_column_is_an_error_not_cut():
    with pytest.raises(SourceError, match="too long"):
        source_create(url="https://github.com/acme/tools", subpath="a" * 501)
