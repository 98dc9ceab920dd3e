"""Skill discovery (skills.ingestion.discovery) on real folders built in tmp_path."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from skills.ingestion.discovery import (
    Limits,
    UnsafePathError,
    discover_skills,
    read_skill_file,
    skill_folder_check,
    skill_report_lines,
)

MIT_TEXT = (
    "MIT License\n\nCopyright (c) 2026 Example\n\nPermission is hereby granted, free of charge, "
    "to any person obtaining a copy of this software...\n"
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


def make_skill(
    folder: Path, name: str | None = None, extra: str = "", body: str = "Do it.\n"
) -> Path:
    name = folder.name if name is None else name
    write(folder / "SKILL.md", f"---\nname: {name}\ndescription: Skill {name}.\n{extra}---\n{body}")
    return folder


def by_path(discovery):
    return {s.path: s for s in discovery.skills}


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_finds_skills_at_any_depth_sorted_by_path(tmp_path):
    make_skill(tmp_path / "skills" / "zeta")
    make_skill(tmp_path / "plugins" / "p1" / "skills" / "alpha")
    make_skill(tmp_path / "skills" / ".curated" / "gh-fix")
    result = discover_skills(tmp_path, repo_name="repo")
    assert [s.path for s in result.skills] == [
        "plugins/p1/skills/alpha",
        "skills/.curated/gh-fix",
        "skills/zeta",
    ]
    assert all(s.skill_md.is_spec_valid for s in result.skills)
    assert result.problems == []


def test_repo_root_skill_is_named_after_the_repository(tmp_path):
    make_skill(tmp_path, name="socrates")
    write(tmp_path / "README.md", "# readme\n")
    result = discover_skills(tmp_path, repo_name="socrates")
    (skill,) = result.skills
    assert skill.path == ""
    assert skill.folder_name == "socrates"
    assert skill.skill_md.is_spec_valid
    assert [f.path for f in skill.files] == ["README.md", "SKILL.md"]


def test_nested_skill_is_reported_and_left_out_of_the_outer_files(tmp_path):
    outer = make_skill(tmp_path / "outer")
    write(outer / "references" / "guide.md", "guide\n")
    make_skill(outer / "inner")
    write(outer / "inner" / "scripts" / "run.py", "print(1)\n")
    result = by_path(discover_skills(tmp_path, repo_name="repo"))
    assert set(result) == {"outer", "outer/inner"}
    assert [f.path for f in result["outer"].files] == ["SKILL.md", "references/guide.md"]
    assert "skill.nested" not in codes(result["outer"].problems)
    assert "skill.nested" in codes(result["outer/inner"].problems)
    assert [f.path for f in result["outer/inner"].files] == ["SKILL.md", "scripts/run.py"]


def test_same_name_in_two_folders_gives_two_skills(tmp_path):
    make_skill(tmp_path / "plugins" / "a" / "skills" / "review")
    make_skill(tmp_path / "plugins" / "b" / "skills" / "review")
    result = discover_skills(tmp_path, repo_name="repo")
    assert [s.skill_md.name for s in result.skills] == ["review", "review"]
    assert len({s.path for s in result.skills}) == 2


def test_build_and_dependency_folders_are_skipped(tmp_path):
    for skipped in (
        "node_modules/pkg",
        ".git/x",
        "dist",
        "build",
        "target",
        "__pycache__",
        ".venv",
        "venv",
    ):
        make_skill(tmp_path / skipped / "hidden")
    make_skill(tmp_path / ".agents" / "skills" / "shown")
    result = discover_skills(tmp_path, repo_name="repo")
    assert [s.path for s in result.skills] == [".agents/skills/shown"]


def test_node_modules_inside_a_skill_is_skipped_and_noted(tmp_path):
    skill = make_skill(tmp_path / "web")
    write(skill / "node_modules" / "left-pad" / "index.js", "module.exports = 1\n")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    assert [f.path for f in found.files] == ["SKILL.md"]
    assert "files.skipped_dir" in codes(found.problems)


def test_lowercase_skill_md_is_reported_but_not_a_skill(tmp_path):
    write(tmp_path / "lower" / "skill.md", "---\nname: lower\ndescription: d\n---\n")
    result = discover_skills(tmp_path, repo_name="repo")
    assert result.skills == []
    assert codes(result.problems) == ["skill_md.case"]
    assert result.problems[0].path == "lower/skill.md"


def test_unparseable_skill_md_still_gives_a_skill_with_its_problems(tmp_path):
    write(tmp_path / "broken" / "SKILL.md", "# no frontmatter\n")
    write(tmp_path / "binary" / "SKILL.md", b"\x00\x01\x02")
    result = by_path(discover_skills(tmp_path, repo_name="repo"))
    assert "frontmatter.missing" in codes(result["broken"].problems)
    assert "file.binary" in codes(result["binary"].problems)
    assert not result["broken"].skill_md.is_listable


def test_crlf_and_bom_skill_md_are_read(tmp_path):
    write(
        tmp_path / "win" / "SKILL.md",
        b"\xef\xbb\xbf---\r\nname: win\r\ndescription: d\r\n---\r\nbody\r\n",
    )
    (skill,) = discover_skills(tmp_path, repo_name="repo").skills
    assert skill.skill_md.is_spec_valid
    assert set(codes(skill.problems)) == {"file.bom", "file.crlf"}


def test_files_are_hashed_and_content_hash_is_stable(tmp_path):
    skill = make_skill(tmp_path / "s")
    write(skill / "scripts" / "a.py", "print('a')\n")
    write(skill / "assets" / "logo.png", b"\x89PNG\x00\x00")
    first = discover_skills(tmp_path, repo_name="repo").skills[0]
    entry = next(f for f in first.files if f.path == "scripts/a.py")
    assert entry.sha256 == hashlib.sha256(b"print('a')\n").hexdigest()
    assert entry.is_text and entry.stored and entry.size == 11
    assert not next(f for f in first.files if f.path == "assets/logo.png").is_text
    again = discover_skills(tmp_path, repo_name="repo").skills[0]
    assert again.content_hash == first.content_hash
    write(skill / "scripts" / "a.py", "print('b')\n")
    changed = discover_skills(tmp_path, repo_name="repo").skills[0]
    assert changed.content_hash != first.content_hash


def test_capabilities_count_folders_and_languages(tmp_path):
    skill = make_skill(tmp_path / "s")
    write(skill / "scripts" / "fill.py", "print()\n")
    write(skill / "scripts" / "run", "#!/usr/bin/env bash\necho hi\n")
    write(skill / "references" / "api.md", "ref\n")
    write(skill / "assets" / "t.docx", b"PK\x03\x04\x00")
    write(skill / "templates" / "x.html", "<p>\n")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    caps = found.capabilities
    assert caps["scripts"] == 2 and caps["references"] == 1 and caps["assets"] == 1
    assert caps["other_dirs"] == ["templates"]
    assert caps["script_languages"] == ["bash", "python"]
    assert caps["file_count"] == 6
    assert caps["total_bytes"] == sum(f.size for f in found.files)


def test_symlink_escaping_the_repository_is_never_read(tmp_path):
    repo = tmp_path / "repo"
    skill = make_skill(repo / "s")
    outside = write(tmp_path / "secret.txt", "TOP SECRET\n")
    os.symlink(outside, skill / "leak.txt")
    os.symlink("/etc/passwd", skill / "passwd")
    (found,) = discover_skills(repo, repo_name="repo").skills
    leaks = {f.path: f for f in found.files if f.path in {"leak.txt", "passwd"}}
    assert set(leaks) == {"leak.txt", "passwd"}
    for entry in leaks.values():
        assert not entry.stored and entry.sha256 == "" and entry.size == 0
        assert "escapes" in entry.reason
        with pytest.raises(UnsafePathError):
            read_skill_file(repo, found, entry)
    assert codes(found.problems).count("symlink.escapes") == 2


def test_skill_md_symlink_escaping_the_repository_is_a_refusal(tmp_path):
    repo = tmp_path / "repo"
    (repo / "s").mkdir(parents=True)
    outside = write(tmp_path / "SKILL.md", "---\nname: s\ndescription: d\n---\n")
    os.symlink(outside, repo / "s" / "SKILL.md")
    (found,) = discover_skills(repo, repo_name="repo").skills
    assert {"file.unreadable", "symlink.escapes"} <= set(codes(found.problems))
    assert not found.skill_md.is_listable


def test_symlink_inside_the_repository_is_followed(tmp_path):
    write(tmp_path / "shared" / "style.md", "shared style\n")
    skill = make_skill(tmp_path / "s")
    os.symlink("../shared/style.md", skill / "style.md")
    os.symlink("../shared", skill / "references")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    paths = {f.path: f for f in found.files}
    assert paths["style.md"].stored and paths["references/style.md"].stored
    assert read_skill_file(tmp_path, found, paths["style.md"]) == b"shared style\n"
    assert found.problems == []


def test_dangling_symlink_is_a_problem(tmp_path):
    skill = make_skill(tmp_path / "s")
    os.symlink("missing.md", skill / "gone.md")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    entry = next(f for f in found.files if f.path == "gone.md")
    assert not entry.stored and entry.reason == "dangling symlink"
    assert "symlink.dangling" in codes(found.problems)


def test_symlink_loop_is_listed_once(tmp_path):
    skill = make_skill(tmp_path / "s")
    (skill / "refs").mkdir()
    os.symlink("..", skill / "refs" / "up")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    assert "symlink.loop" in codes(found.problems)
    assert [f.path for f in found.files] == ["SKILL.md"]


def test_file_over_the_limit_is_listed_not_stored(tmp_path):
    skill = make_skill(tmp_path / "s")
    write(skill / "assets" / "big.bin", b"x" * 5000)
    (found,) = discover_skills(
        tmp_path, repo_name="repo", limits=Limits(max_file_bytes=4096)
    ).skills
    entry = next(f for f in found.files if f.path == "assets/big.bin")
    assert (entry.size, entry.stored, entry.sha256) == (5000, False, "")
    assert "max_file_bytes" in entry.reason
    assert "file.over_limit" in codes(found.problems)
    with pytest.raises(UnsafePathError):
        read_skill_file(tmp_path, found, entry)


def test_skill_over_the_byte_limit_stops_storing(tmp_path):
    skill = make_skill(tmp_path / "s")
    for i in range(5):
        write(skill / "references" / f"r{i}.md", "y" * 1000)
    (found,) = discover_skills(
        tmp_path, repo_name="repo", limits=Limits(max_skill_bytes=2500)
    ).skills
    stored = [f.path for f in found.files if f.stored]
    assert "SKILL.md" in stored and len(stored) < len(found.files)
    assert codes(found.problems).count("skill.too_large") == 1


def test_too_many_files_stops_listing(tmp_path):
    skill = make_skill(tmp_path / "s")
    for i in range(10):
        write(skill / "references" / f"r{i}.md", "r\n")
    (found,) = discover_skills(tmp_path, repo_name="repo", limits=Limits(max_files=4)).skills
    assert len(found.files) == 4
    assert codes(found.problems).count("files.too_many") == 1


def test_oversized_skill_md_is_a_refusal(tmp_path):
    write(tmp_path / "s" / "SKILL.md", "---\nname: s\ndescription: d\n---\n" + "x" * 3000)
    (found,) = discover_skills(
        tmp_path, repo_name="repo", limits=Limits(max_skill_md_bytes=1024)
    ).skills
    assert "file.too_large" in codes(found.problems)
    assert not found.skill_md.is_listable


def test_fifo_is_listed_but_never_opened(tmp_path):
    skill = make_skill(tmp_path / "s")
    os.mkfifo(skill / "pipe")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    entry = next(f for f in found.files if f.path == "pipe")
    assert not entry.stored and entry.reason == "not a regular file"


def test_subpath_limits_the_search_and_paths_stay_relative_to_the_repo(tmp_path):
    make_skill(tmp_path / "a" / "one")
    make_skill(tmp_path / "b" / "two")
    result = discover_skills(tmp_path, repo_name="repo", subpath="b")
    assert [s.path for s in result.skills] == ["b/two"]


def test_subpath_leaving_the_repository_is_refused(tmp_path):
    repo = tmp_path / "repo"
    make_skill(tmp_path / "elsewhere")
    repo.mkdir()
    result = discover_skills(repo, repo_name="repo", subpath="../elsewhere")
    assert result.skills == [] and codes(result.problems) == ["path.unsafe"]
    missing = discover_skills(repo, repo_name="repo", subpath="nope")
    assert codes(missing.problems) == ["path.missing"]


def test_license_from_frontmatter_then_skill_file_then_repository(tmp_path):
    write(tmp_path / "LICENSE", MIT_TEXT)
    make_skill(tmp_path / "fm", extra="license: Apache 2.0\n")
    pointer = make_skill(tmp_path / "pointer", extra="license: Complete terms in LICENSE.txt\n")
    write(pointer / "LICENSE.txt", "Apache License\nVersion 2.0, January 2004\n")
    make_skill(tmp_path / "bare")
    result = discover_skills(tmp_path, repo_name="repo")
    assert result.repo_license == "MIT"
    skills = by_path(result)
    assert (skills["fm"].license, skills["fm"].license_source) == ("Apache-2.0", "frontmatter")
    assert (skills["pointer"].license, skills["pointer"].license_source) == (
        "Apache-2.0",
        "skill_file",
    )
    assert (skills["bare"].license, skills["bare"].license_source) == ("MIT", "repository")
    assert skills["bare"].license_confidence > 0.5


def test_read_skill_file_refuses_paths_with_dot_dot(tmp_path):
    make_skill(tmp_path / "s")
    write(tmp_path / "secret", "x")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    entry = found.files[0]
    forged = type(entry)("../secret", 1, "", True, True, None)
    with pytest.raises(UnsafePathError):
        read_skill_file(tmp_path, found, forged)
    assert read_skill_file(tmp_path, found, entry).startswith(b"---\nname: s")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 folder")
def test_unreadable_folder_is_an_io_error(tmp_path):
    skill = make_skill(tmp_path / "s")
    locked = skill / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        (found,) = discover_skills(tmp_path, repo_name="repo").skills
    finally:
        locked.chmod(0o755)
    assert "io.error" in codes(found.problems)


def test_skill_folder_check_reports_one_folder(tmp_path):
    skill = make_skill(tmp_path / "pdf-tools", extra="license: MIT\n")
    write(skill / "scripts" / "go.sh", "echo\n")
    found = skill_folder_check(skill)
    assert found.folder_name == "pdf-tools"
    report = "\n".join(skill_report_lines(found))
    assert "Spec-valid (agentskills.io): yes" in report
    assert "License: MIT" in report
    missing = skill_folder_check(tmp_path)
    assert not missing.skill_md.is_listable


def test_skill_md_is_read_even_when_the_file_limit_is_reached_first(tmp_path):
    skill = make_skill(tmp_path / "s")
    for i in range(5):
        write(skill / f"A{i}.md", "a\n")  # sorts before SKILL.md
    (found,) = discover_skills(tmp_path, repo_name="repo", limits=Limits(max_files=3)).skills
    assert found.skill_md.is_listable
    assert "SKILL.md" in [f.path for f in found.files]


def test_file_name_that_is_not_utf8_is_skipped_and_reported(tmp_path):
    skill = make_skill(tmp_path / "s")
    (skill / os.fsdecode(b"bad\xffname.md")).write_bytes(b"x")
    (found,) = discover_skills(tmp_path, repo_name="repo").skills
    assert [f.path for f in found.files] == ["SKILL.md"]
    assert "file.name_encoding" in codes(found.problems)
