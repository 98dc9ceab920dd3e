"""Cross-check our spec verdict (SkillMd.is_spec_valid) with the official ``skills-ref validate``.

Usage:  .venv/bin/python scripts/compare_skills_ref.py [--corpus PATH] [--show N]

Unpacks every ``<corpus>/repos/*.tar.gz`` into a temporary folder (as ``<owner>/<name>/`` so
a repo-root skill's folder carries the repository name, as it would in a real checkout),
discovers the skills with skills.ingestion.discovery, runs ``skills_ref.validator.validate`` on each
skill folder, and prints agreement figures and every disagreement grouped by reason. Each
reason is either a bug to fix or a deliberate difference documented in docs/VALIDATION.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from skills.ingestion.discovery import discover_skills  # noqa: E402

# skills-ref error kinds that are deliberate differences (docs/VALIDATION.md).
DELIBERATE = {"unknown_fields", "yaml_flow_style"}

DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus"

# skills-ref error message -> short reason key
_REF_KINDS = [
    (re.compile(r"^Unexpected fields"), "unknown_fields"),
    (re.compile(r"must be lowercase"), "name_case"),
    (re.compile(r"invalid characters"), "name_chars"),
    (re.compile(r"start or end with a hyphen|consecutive hyphens"), "name_hyphens"),
    (re.compile(r"^Directory name"), "name_folder"),
    (re.compile(r"^Skill name .* exceeds"), "name_length"),
    (re.compile(r"^Description exceeds"), "description_length"),
    (re.compile(r"^Compatibility exceeds|compatibility' must"), "compatibility"),
    (re.compile(r"'name' must be a non-empty|field in frontmatter: name"), "name_missing"),
    (
        re.compile(r"'description' must be a non-empty|field in frontmatter: description"),
        "description_missing",
    ),
    (re.compile(r"^Invalid YAML.*JSONesque flow", re.S), "yaml_flow_style"),
    (re.compile(r"^Invalid YAML.*[Dd]uplicate key", re.S), "yaml_duplicate_key"),
    (re.compile(r"^Invalid YAML.*[Tt]ag", re.S), "yaml_tag"),
    (re.compile(r"^Invalid YAML.*(anchor|alias)", re.S), "yaml_alias"),
    (re.compile(r"^Invalid YAML.*mapping values are not allowed", re.S), "yaml_syntax"),
    (re.compile(r"^Invalid YAML"), "yaml_other"),
    (re.compile(r"must start with YAML frontmatter"), "no_frontmatter"),
    (re.compile(r"not properly closed"), "unclosed"),
    (re.compile(r"must be a YAML mapping"), "not_mapping"),
]


def ref_kinds(errors: list[str]) -> set[str]:
    kinds = set()
    for message in errors:
        for pattern, kind in _REF_KINDS:
            if pattern.search(message):
                kinds.add(kind)
                break
        else:
            kinds.add("other:" + message[:60])
    return kinds


def unpack(corpus: Path, dest: Path) -> list[tuple[str, Path]]:
    """Unpack each tarball to dest/<owner>/<name>; returns (repo, folder) pairs."""
    out = []
    for tarball in sorted((corpus / "repos").glob("*.tar.gz")):
        owner, name = tarball.name.removesuffix(".tar.gz").split("__", 1)
        target = dest / owner
        target.mkdir(parents=True, exist_ok=True)
        prefix = f"{owner}__{name}"

        def rename(member: tarfile.TarInfo, path: str, prefix: str = prefix, name: str = name):
            member = tarfile.data_filter(member, path)
            if member is not None and member.name.startswith(prefix):
                member = member.replace(name=name + member.name[len(prefix) :], deep=False)
            return member

        with tarfile.open(tarball) as tar:
            tar.extractall(target, filter=rename)  # noqa: S202 - data_filter applied in rename()
        out.append((f"{owner}/{name}", target / name))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=5, help="examples printed per reason")
    args = parser.parse_args()
    if not (args.corpus / "repos").is_dir():
        print(f"No corpus at {args.corpus}", file=sys.stderr)
        return 2
    from skills_ref.validator import validate, validate_metadata

    total = agree = both_valid = both_invalid = 0
    agree_modulo_deliberate = 0
    rules_total = rules_agree = 0
    rule_groups: dict[str, list[str]] = defaultdict(list)
    groups: dict[str, list[str]] = defaultdict(list)
    ref_kind_counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="skills-ref-compare-") as tmp:
        for repo, folder in unpack(args.corpus, Path(tmp)):
            discovery = discover_skills(folder, repo_name=repo.split("/")[1])
            for skill in discovery.skills:
                total += 1
                skill_dir = folder / skill.path if skill.path else folder
                ref_errors = validate(skill_dir)
                kinds = ref_kinds(ref_errors)
                ref_kind_counts.update(kinds)
                ref_valid = not ref_errors
                ours = skill.skill_md.is_spec_valid
                our_errors = sorted(
                    {p.code for p in skill.skill_md.problems if p.severity == "error"}
                )
                if ours == ref_valid:
                    agree += 1
                    both_valid += ours
                    both_invalid += not ours
                if ours == (not (kinds - DELIBERATE)):
                    agree_modulo_deliberate += 1
                if skill.skill_md.frontmatter or not our_errors:
                    # Same rules on the same data: skills-ref's field checks on our parse.
                    rules_total += 1
                    rule_errors = validate_metadata(dict(skill.skill_md.frontmatter), skill_dir)
                    rule_kinds = ref_kinds(rule_errors) - {"unknown_fields"}
                    if ours == (not rule_kinds):
                        rules_agree += 1
                    else:
                        side = "we accept" if ours else "we reject (" + ", ".join(our_errors) + ")"
                        rule_groups[
                            f"{side}; skills-ref rules: {', '.join(sorted(rule_kinds)) or 'valid'}"
                        ].append(f"{repo}:{skill.path or '.'}  {rule_errors[:2]}")
                if ours != ref_valid:
                    if ours:
                        reason = "we accept, skills-ref rejects: " + ", ".join(sorted(kinds))
                    else:
                        reason = "we reject, skills-ref accepts: " + ", ".join(our_errors)
                    groups[reason].append(f"{repo}:{skill.path or '.'}  {ref_errors[:2]}")
    print(f"skills compared: {total}")
    print(
        f"same verdict: {agree} ({agree / total:.1%}); both valid {both_valid}, both invalid {both_invalid}"
    )
    print(
        "same verdict once the deliberate differences are set aside (strictyaml's refusal of "
        f"flow-style YAML, unknown fields): {agree_modulo_deliberate} ({agree_modulo_deliberate / total:.1%})"
    )
    print(
        "same verdict from the same rules on the same parsed frontmatter "
        f"(skills-ref validate_metadata, unknown fields aside): {rules_agree}/{rules_total} "
        f"({rules_agree / max(rules_total, 1):.1%})"
    )
    print("\nskills-ref errors by kind (skills):")
    for kind, n in ref_kind_counts.most_common():
        print(f"  {n:5}  {kind}")
    print(f"\ndisagreements: {total - agree}")
    for reason, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n[{len(items)}] {reason}")
        for item in items[: args.show]:
            print(f"    {item}"[:220])
    print(f"\nrule-level disagreements: {rules_total - rules_agree}")
    for reason, items in sorted(rule_groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n[{len(items)}] {reason}")
        for item in items[: args.show]:
            print(f"    {item}"[:220])
    return 0


if __name__ == "__main__":
    sys.exit(main())
