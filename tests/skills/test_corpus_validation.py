"""Discovery and validation over the shared real-world corpus (../shared/corpus).

Skipped when the corpus is absent (a fresh clone has no shared/). Nothing from the corpus is
copied into the project: the tarballs are unpacked into a temporary folder.
"""

from __future__ import annotations

import json
import tarfile
from collections import Counter
from pathlib import Path

import pytest

from skills.ingestion.discovery import discover_skills

pytestmark = pytest.mark.corpus

CORPUS = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus").resolve()

# What the corpus's own simple checker recorded (skills-summary.json) -> our problem code.
SUMMARY_TO_CODE = {
    "name has chars outside [a-z0-9-]": "name.charset",
    "name has uppercase": "name.charset",
    "name != folder": "name.folder_mismatch",
    "name starts/ends with hyphen": "name.hyphens",
    "description length": "description.too_long",
    "allowed-tools not a string": "allowed_tools.list",
    "FM: missing frontmatter": "frontmatter.missing",
    "FM: YAML parse error": "frontmatter.yaml_error",
}


def summary_codes(record: dict) -> set[str]:
    found = set()
    for text in (
        record.get("spec_violations", []) + record.get("other_deviations", []) + record["issues"]
    ):
        for prefix, code in SUMMARY_TO_CODE.items():
            if text.startswith(prefix):
                found.add(code)
    return found


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not (CORPUS / "repos").is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(scope="module")
def discovered(corpus: Path, tmp_path_factory) -> dict:
    """{repo: (meta, Discovery)} for every corpus tarball, unpacked to a temporary folder."""
    dest = tmp_path_factory.mktemp("corpus")
    out = {}
    for tarball in sorted((corpus / "repos").glob("*.tar.gz")):
        with tarfile.open(tarball) as tar:
            tar.extractall(dest, filter="data")
        folder = dest / tarball.name.removesuffix(".tar.gz")
        meta = json.loads((folder / "_meta.json").read_text(encoding="utf-8"))
        repo_name = meta["repo"].split("/", 1)[1]
        out[meta["repo"]] = (meta, discover_skills(folder, repo_name=repo_name))
    return out


def test_every_corpus_skill_is_found_exactly_once(discovered, corpus):
    summary = json.loads((corpus / "skills-summary.json").read_text(encoding="utf-8"))
    expected_from_summary = Counter(
        (r["repo"], "" if r["skill_path"] == "." else r["skill_path"]) for r in summary
    )
    found = Counter()
    for repo, (meta, discovery) in discovered.items():
        paths = [s.path for s in discovery.skills]
        expected = ["" if s["path"] == "." else s["path"] for s in meta["skills"]]
        assert len(paths) == len(set(paths)), repo
        assert sorted(paths) == sorted(expected), repo
        found.update((repo, p) for p in paths)
    assert found == expected_from_summary
    assert sum(found.values()) == 1309


def test_corpus_problems_match_the_corpus_checker(discovered, corpus):
    summary = json.loads((corpus / "skills-summary.json").read_text(encoding="utf-8"))
    ours = {
        (repo, s.path): {p.code for p in s.problems}
        for repo, (_, discovery) in discovered.items()
        for s in discovery.skills
    }
    mismatches = []
    for record in summary:
        key = (record["repo"], "" if record["skill_path"] == "." else record["skill_path"])
        expected = summary_codes(record)
        got = ours[key] & set(SUMMARY_TO_CODE.values())
        if got != expected:
            mismatches.append((key, sorted(expected), sorted(got)))
    assert mismatches == []


def test_corpus_problem_counts(discovered, capsys):
    per_code: Counter[str] = Counter()
    spec_valid = listable = 0
    for _, discovery in discovered.values():
        for skill in discovery.skills:
            per_code.update({p.code for p in skill.problems})
            spec_valid += skill.skill_md.is_spec_valid
            listable += skill.skill_md.is_listable
        per_code.update(f"(repo) {p.code}" for p in discovery.problems)
    with capsys.disabled():
        print(f"\ncorpus: spec-valid {spec_valid}, listable {listable}; skills per problem code:")
        for code, n in per_code.most_common():
            print(f"  {n:5}  {code}")
    assert listable == 1301  # 7 without frontmatter + 1 YAML error are refused
    assert per_code["symlink.escapes"] == 0


def test_corpus_special_cases(discovered):
    _, socrates = discovered["RoundTable02/socrates-skill"]
    (root_skill,) = socrates.skills
    assert root_skill.path == "" and root_skill.folder_name == "socrates-skill"
    assert root_skill.license == "MIT"

    _, openai = discovered["openai/skills"]
    assert any("/.curated/" in f"/{s.path}/" for s in openai.skills)

    _, cangjie = discovered["cangjielanguage-sig/CangjieSkills"]
    assert [s.path.split("/")[0] for s in cangjie.skills] == [".agents"]

    _, kdense = discovered["K-Dense-AI/claude-scientific-skills"]
    assert sum("file.crlf" in {p.code for p in s.problems} for s in kdense.skills) == 1
