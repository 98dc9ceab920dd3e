"""The labelled scanner corpus (tests/moderation/scanner_corpus) is well formed: the manifest
matches the folders, every sample is a valid skill, the split follows the documented rule, and
the counts and per-family balance the evaluation relies on hold.

This test checks the data only; it never scans a sample, so it says nothing about the rules.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections import Counter
from pathlib import Path

import pytest

from skills.ingestion.skillmd import parse_skill_md

CORPUS = Path(__file__).resolve().parent / "scanner_corpus"
# tune and holdout are split by the hash rule below; holdout2 to holdout10 are
# further held-back sets written later, blind to the rules, each after the previous one had been run
# (see the corpus README). They are not split: every entry's half is the set's name.
SPLIT_HALVES = ("tune", "holdout")
HELD_BACK_SETS = (
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
)
HALVES = (*SPLIT_HALVES, *HELD_BACK_SETS)
EXPECTED = {"malicious": {"fail", "review"}, "benign": {"pass", "review"}}
MIN_SAMPLES = {"malicious": 200, "benign": 200}
MIN_MALICIOUS_FAMILIES = 12
MIN_PER_FAMILY_HALF = 6
# holdout2: its own minimums, every family of the split halves present in it.
MIN_HOLDOUT2 = {"malicious": 150, "benign": 150}
MIN_HOLDOUT2_PER_FAMILY = 8
# holdout3 to holdout10: their own minimums (in each, the malicious and benign halves are
# written by two people and land separately).
MIN_LATER_SET = {"malicious": 200, "benign": 150}
MIN_LATER_SET_PER_FAMILY = {"malicious": 12, "benign": 8}
# Malicious samples whose honest verdict is only `review`: kept to a few, or the `fail` target
# (>= 80 % of malicious samples) would be measured against a softened label set.
MAX_MALICIOUS_REVIEW_SHARE = 0.05


def half_for(name: str) -> str:
    """The documented split rule: sha256 of the sample name, read as an integer."""
    return "tune" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2 == 0 else "holdout"


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    data = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    return data["samples"]


def sample_folders() -> set[str]:
    """Every <half>/<label>/<family>/<name> folder on disk."""
    return {
        p.relative_to(CORPUS).as_posix()
        for p in CORPUS.glob("*/*/*/*")
        if p.is_dir() and p.relative_to(CORPUS).parts[0] in HALVES
    }


def test_manifest_lists_exactly_the_sample_folders(manifest):
    listed = [entry["path"] for entry in manifest]
    assert len(listed) == len(set(listed)), "a path is listed twice"
    on_disk = sample_folders()
    assert set(listed) - on_disk == set(), "listed but missing on disk"
    assert on_disk - set(listed) == set(), "on disk but not in labels.json"


def test_nothing_lies_outside_the_sample_folders():
    top = {p.name for p in CORPUS.iterdir()}
    assert top == {"README.md", "labels.json", *HALVES}
    for half in HALVES:
        for path in (CORPUS / half).rglob("*"):
            depth = len(path.relative_to(CORPUS / half).parts)
            if depth <= 3:
                assert path.is_dir(), f"{path} must be a folder (<label>/<family>/<name>)"


def test_each_entry_agrees_with_its_path_and_the_split_rule(manifest):
    names = Counter(entry["name"] for entry in manifest)
    assert [n for n, c in names.items() if c > 1] == []
    for entry in manifest:
        assert entry["path"] == "/".join(
            (entry["half"], entry["label"], entry["family"], entry["name"])
        )
        if entry["half"] in SPLIT_HALVES:
            assert entry["half"] == half_for(entry["name"]), entry["name"]
        else:
            assert entry["half"] in HELD_BACK_SETS, entry["name"]
        assert entry["expected"] in EXPECTED[entry["label"]], entry["name"]
        assert entry["carrier"] and entry["style"], entry["name"]


def test_counts_families_and_half_balance(manifest):
    by_label = Counter(entry["label"] for entry in manifest)
    for label, minimum in MIN_SAMPLES.items():
        assert by_label[label] >= minimum, (label, by_label[label])
    malicious_families = {e["family"] for e in manifest if e["label"] == "malicious"}
    assert len(malicious_families) >= MIN_MALICIOUS_FAMILIES
    per_half = Counter((e["label"], e["family"], e["half"]) for e in manifest)
    short = {
        (label, family, half): per_half[(label, family, half)]
        for label, family in {(e["label"], e["family"]) for e in manifest}
        for half in SPLIT_HALVES
        if per_half[(label, family, half)] < MIN_PER_FAMILY_HALF
    }
    assert short == {}


def test_holdout2_covers_every_family_of_the_split_halves(manifest):
    split = [e for e in manifest if e["half"] in SPLIT_HALVES]
    second = [e for e in manifest if e["half"] == "holdout2"]
    by_label = Counter(e["label"] for e in second)
    for label, minimum in MIN_HOLDOUT2.items():
        assert by_label[label] >= minimum, (label, by_label[label])
    families = {(e["label"], e["family"]) for e in split}
    assert {(e["label"], e["family"]) for e in second} <= families, "a family unknown to the split"
    per_family = Counter((e["label"], e["family"]) for e in second)
    short = {fam: per_family[fam] for fam in families if per_family[fam] < MIN_HOLDOUT2_PER_FAMILY}
    assert short == {}


@pytest.mark.parametrize(
    "held_back_set",
    [
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
    ],
)
def test_later_set_covers_every_family_of_the_split_halves(manifest, held_back_set):
    split = [e for e in manifest if e["half"] in SPLIT_HALVES]
    later = [e for e in manifest if e["half"] == held_back_set]
    assert {(e["label"], e["family"]) for e in later} <= {(e["label"], e["family"]) for e in split}
    by_label = Counter(e["label"] for e in later)
    per_family = Counter((e["label"], e["family"]) for e in later)
    # The two halves are written by different people and land separately: the benign
    # minimums apply as soon as any benign sample of the set is listed.
    for label in ("malicious", "benign"):
        if label == "benign" and not by_label[label]:
            continue
        assert by_label[label] >= MIN_LATER_SET[label], (label, by_label[label])
        families = {e["family"] for e in split if e["label"] == label}
        minimum = MIN_LATER_SET_PER_FAMILY[label]
        short = {f: per_family[(label, f)] for f in families if per_family[(label, f)] < minimum}
        assert short == {}, label


def test_only_a_few_malicious_samples_are_labelled_review(manifest):
    malicious = [e for e in manifest if e["label"] == "malicious"]
    review = [e for e in malicious if e["expected"] == "review"]
    assert len(review) <= MAX_MALICIOUS_REVIEW_SHARE * len(malicious)


def test_every_sample_is_a_valid_skill_named_after_its_folder(manifest):
    invalid = {}
    for entry in manifest:
        folder = CORPUS / entry["path"]
        skill_md = folder / "SKILL.md"
        assert skill_md.is_file(), entry["path"]
        parsed = parse_skill_md(skill_md.read_bytes(), folder_name=entry["name"])
        if not parsed.is_spec_valid or parsed.name != entry["name"] or not parsed.description:
            invalid[entry["path"]] = [p.code for p in parsed.problems]
    assert invalid == {}


def test_no_file_in_the_corpus_is_executable():
    executable = [
        p.relative_to(CORPUS).as_posix()
        for p in CORPUS.rglob("*")
        if p.is_file() and p.stat().st_mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    ]
    assert executable == []
