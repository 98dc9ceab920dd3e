"""SKILL.md parsing and validation (skills.ingestion.skillmd): one test per problem code, plus the
contract (never raises, JSON-serialisable frontmatter, the two verdicts)."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from skills.ingestion.skillmd import (
    MAX_SKILL_MD_BYTES,
    PROBLEM_CODES,
    Problem,
    Severity,
    SkillMd,
    parse_skill_md,
    problem_codes_markdown,
    unreadable_skill_md,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def skill_md(frontmatter: str, body: str = "# Use it\n\nDo the thing.\n") -> bytes:
    return f"---\n{frontmatter}---\n{body}".encode()


GOOD = skill_md("name: pdf-tools\ndescription: Fill and merge PDF forms.\n")


def parse(data: bytes, folder: str = "pdf-tools") -> SkillMd:
    return parse_skill_md(data, folder_name=folder)


def codes(result: SkillMd) -> set[str]:
    return {p.code for p in result.problems}


def the(result: SkillMd, code: str) -> Problem:
    found = [p for p in result.problems if p.code == code]
    assert len(found) == 1, result.problems
    return found[0]


# --- the happy path and the contract ---------------------------------------------------------


def test_minimal_skill_is_spec_valid_and_listable():
    result = parse(GOOD)
    assert result.problems == []
    assert result.is_spec_valid and result.is_listable
    assert result.name == "pdf-tools"
    assert result.description == "Fill and merge PDF forms."
    assert result.frontmatter == {"name": "pdf-tools", "description": "Fill and merge PDF forms."}
    assert result.body == "# Use it\n\nDo the thing.\n"
    assert result.body_start_line == 5  # ---, name, description, ---, then the body


def test_frontmatter_is_json_serialisable_with_dates_as_iso_strings():
    data = skill_md(
        "name: pdf-tools\ndescription: d\nmetadata:\n  version: '1.0'\n"
        "released: 2025-03-01\nat: 2025-03-01 10:00:00\nratio: .inf\nblob: !!binary aGk=\n"
        "1: numeric key\n"
    )
    fm = parse(data).frontmatter
    json.dumps(fm, allow_nan=False)
    assert fm["released"] == "2025-03-01"
    # YAML 1.2 (what agents read) has no timestamps: the text as written (flagged as yaml11).
    assert fm["at"] == "2025-03-01 10:00:00"
    assert fm["ratio"] == "inf"
    assert fm["1"] == "numeric key"


def test_impossible_date_stays_the_text_written():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nupdated: 2024-02-31\n"))
    assert result.frontmatter["updated"] == "2024-02-31"
    assert result.is_listable


def test_explicit_timestamp_tag_on_text_stays_the_text_written():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nupdated: !!timestamp soon\n"))
    assert result.frontmatter["updated"] == "soon"
    assert result.is_listable


def test_unknown_global_tag_is_a_yaml_error_not_a_crash():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nrun: !!python/name:os.system\n"))
    assert [p.code for p in result.problems if p.severity == "error"] == ["frontmatter.yaml_error"]
    assert not result.is_listable


def test_problem_as_dict_has_the_documented_keys():
    problem = parse(skill_md("name: Pdf\ndescription: d\n")).problems[0]
    assert problem.as_dict() == {
        "code": "name.charset",
        "severity": "error",
        "message": problem.message,
        "line": 2,
        "path": None,
    }


def test_every_emitted_code_is_documented_with_a_known_severity():
    severities = {str(s) for s in Severity}
    for code, (severity, explanation) in PROBLEM_CODES.items():
        assert severity in severities, code
        assert explanation.endswith("."), code
        assert code == code.lower() and "." in code, code


def test_parse_never_raises_on_random_bytes():
    rng = random.Random(1234)
    pieces = [
        b"---\n",
        b"name: ",
        b"description: ",
        b": ",
        b"[",
        b"{",
        b"&a ",
        b"*a",
        b"\xff",
        b"\r\n",
        b"\x00",
        b"- ",
        b"'",
        b'"',
        b"\t",
        b"!!python/object:os.system",
        b"\xef\xbb\xbf",
    ]
    for _ in range(500):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        result = parse(data)
        assert isinstance(result, SkillMd)
        json.dumps(result.frontmatter)


def test_python_object_tags_are_refused_not_executed():
    result = parse(
        skill_md("name: pdf-tools\ndescription: !!python/object/apply:os.system ['true']\n")
    )
    assert "frontmatter.yaml_error" in codes(result)
    assert not result.is_listable


# --- file.* ------------------------------------------------------------------------------------


def test_file_over_one_mib_is_too_large_and_not_parsed():
    data = GOOD + b"x" * MAX_SKILL_MD_BYTES
    result = parse(data)
    assert codes(result) == {"file.too_large"}
    assert result.frontmatter == {}
    assert not result.is_listable


def test_file_with_nul_bytes_is_binary():
    result = parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert codes(result) == {"file.binary"}
    assert not result.is_listable


def test_invalid_utf8_is_an_encoding_error_with_its_line():
    result = parse(
        skill_md("name: pdf-tools\ndescription: caf\xe9\n").replace(b"\xc3\xa9", b"\xe9")
    )
    problem = the(result, "file.encoding")
    assert problem.line == 3
    assert not result.is_listable


def test_utf8_bom_is_stripped_and_noted():
    result = parse(b"\xef\xbb\xbf" + GOOD)
    assert codes(result) == {"file.bom"}
    assert the(result, "file.bom").severity == Severity.INFO
    assert result.is_spec_valid and result.is_listable
    assert result.name == "pdf-tools"


def test_crlf_line_endings_are_normalised_and_noted():
    result = parse(GOOD.replace(b"\n", b"\r\n"))
    assert codes(result) == {"file.crlf"}
    assert "\r" not in result.body
    assert result.description == "Fill and merge PDF forms."
    assert result.is_spec_valid


def test_unreadable_skill_md_is_a_refusal_named_after_its_folder():
    result = unreadable_skill_md(folder_name="pdf-tools", message="SKILL.md is a symlink to /etc.")
    assert codes(result) == {"file.unreadable"}
    assert result.name == "pdf-tools"
    assert not result.is_spec_valid and not result.is_listable


# --- frontmatter.* -------------------------------------------------------------------------------


def test_file_without_frontmatter_is_missing_frontmatter_and_not_listable():
    result = parse(b"# PDF tools\n\nUse pdftk.\n")
    assert the(result, "frontmatter.missing").line == 1
    assert result.body == "# PDF tools\n\nUse pdftk.\n"
    assert result.name == "pdf-tools"  # the folder name
    assert not result.is_listable


def test_frontmatter_never_closed_is_unclosed():
    result = parse(b"---\nname: pdf-tools\ndescription: d\n# body\n")
    assert codes(result) == {"frontmatter.unclosed"}
    assert not result.is_listable


def test_a_dashes_line_with_more_dashes_does_not_close_frontmatter():
    result = parse(b"---\nname: pdf-tools\ndescription: d\n----\n")
    assert "frontmatter.unclosed" in codes(result)


def test_closing_line_may_have_trailing_spaces():
    assert parse(GOOD.replace(b"\n---\n", b"\n---  \n")).problems == []


def test_huge_frontmatter_is_too_large():
    result = parse(skill_md("name: pdf-tools\ndescription: d\n" + "k: v\n" * 20000))
    assert codes(result) == {"frontmatter.too_large"}


def test_unquoted_colon_is_a_yaml_error_with_its_line_and_a_hint():
    result = parse(skill_md("name: pdf-tools\ndescription: Use when: forms need filling\n"))
    problem = the(result, "frontmatter.yaml_error")
    assert problem.line == 3
    assert "quoted" in problem.message
    assert not result.is_spec_valid and not result.is_listable


def test_frontmatter_that_is_a_list_is_not_a_mapping():
    result = parse(skill_md("- name: pdf-tools\n- description: d\n"))
    assert codes(result) == {"frontmatter.not_mapping"}
    assert not result.is_listable


def test_duplicate_key_is_refused_with_the_line_of_the_second():
    result = parse(skill_md("name: pdf-tools\ndescription: one\ndescription: two\n"))
    problem = the(result, "frontmatter.duplicate_key")
    assert problem.line == 4
    assert "description" in problem.message
    assert not result.is_listable


def test_duplicate_key_in_nested_mapping_is_refused():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nmetadata:\n  a: '1'\n  a: '2'\n"))
    assert the(result, "frontmatter.duplicate_key").line == 6


def test_alias_is_refused():
    result = parse(skill_md("name: &n pdf-tools\ndescription: *n\n"))
    assert "frontmatter.alias" in codes(result)
    assert not result.is_listable


def test_billion_laughs_is_refused_quickly():
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 12)]
    data = skill_md("\n".join(lines) + "\nname: pdf-tools\ndescription: d\n")
    start = time.perf_counter()
    result = parse(data)
    assert time.perf_counter() - start < 0.5
    assert "frontmatter.alias" in codes(result)


def test_deeply_nested_frontmatter_is_too_deep():
    nested = "x"
    for _ in range(40):
        nested = f"[{nested}]"
    result = parse(skill_md(f"name: pdf-tools\ndescription: d\nmetadata: {nested}\n"))
    assert "frontmatter.too_deep" in codes(result)


def test_absurd_nesting_is_a_yaml_error_not_a_crash():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nx: " + "[" * 200_000 + "\n"))
    assert not result.is_listable
    assert codes(result) & {"frontmatter.yaml_error", "frontmatter.too_large"}


# --- name.* ---------------------------------------------------------------------------------------


def test_missing_name_is_an_error_but_the_folder_name_is_listed():
    result = parse(skill_md("description: d\n"))
    assert codes(result) == {"name.missing"}
    assert result.name == "pdf-tools"
    assert not result.is_spec_valid and result.is_listable


def test_empty_name_is_missing():
    assert "name.missing" in codes(parse(skill_md("name: ''\ndescription: d\n")))
    assert "name.missing" in codes(parse(skill_md("name:\ndescription: d\n")))


def test_name_that_is_a_number_is_a_type_error():
    result = parse(skill_md("name: 2024\ndescription: d\n"), folder="2024")
    assert codes(result) == {"name.type"}
    assert result.name == "2024"  # the folder name


def test_name_over_64_characters_is_too_long():
    name = "a" * 65
    result = parse(skill_md(f"name: {name}\ndescription: d\n"), folder=name)
    assert codes(result) == {"name.too_long"}
    ok = "a" * 64
    assert parse(skill_md(f"name: {ok}\ndescription: d\n"), folder=ok).problems == []


def test_name_with_uppercase_is_charset_error():
    result = parse(skill_md("name: PDF-Tools\ndescription: d\n"), folder="PDF-Tools")
    problem = the(result, "name.charset")
    assert problem.line == 2
    assert "lowercase" in problem.message
    assert result.is_listable and not result.is_spec_valid


def test_name_with_underscore_or_space_is_charset_error():
    assert codes(parse(skill_md("name: pdf_tools\ndescription: d\n"), "pdf_tools")) == {
        "name.charset"
    }
    assert codes(parse(skill_md("name: pdf tools\ndescription: d\n"), "pdf tools")) == {
        "name.charset"
    }


def test_name_with_non_ascii_letters_is_charset_error():
    # Deliberate difference: skills-ref accepts Unicode letters; the spec says a-z.
    assert codes(parse(skill_md("name: données\ndescription: d\n"), "données")) == {"name.charset"}


def test_name_with_leading_trailing_or_double_hyphen_is_hyphens_error():
    for name in ("-pdf", "pdf-", "pdf--tools"):
        assert codes(parse(skill_md(f"name: '{name}'\ndescription: d\n"), name)) == {"name.hyphens"}


def test_name_different_from_folder_is_folder_mismatch():
    result = parse(skill_md("name: pdf-forms\ndescription: d\n"), folder="pdf-tools")
    problem = the(result, "name.folder_mismatch")
    assert "pdf-tools" in problem.message
    assert result.name == "pdf-forms"
    assert result.is_listable and not result.is_spec_valid


# --- description.* -----------------------------------------------------------------------------


def test_missing_description_is_an_error_and_not_listable():
    result = parse(skill_md("name: pdf-tools\n"))
    assert codes(result) == {"description.missing"}
    assert not result.is_listable


def test_blank_description_is_missing():
    result = parse(skill_md("name: pdf-tools\ndescription: '   '\n"))
    assert codes(result) == {"description.missing"}
    assert result.description is None


def test_description_that_is_a_list_is_a_type_error():
    result = parse(skill_md("name: pdf-tools\ndescription: [a, b]\n"))
    assert codes(result) == {"description.type"}
    assert not result.is_listable


def test_description_over_1024_characters_is_too_long_but_listable():
    result = parse(skill_md(f"name: pdf-tools\ndescription: {'d' * 1025}\n"))
    assert codes(result) == {"description.too_long"}
    assert result.is_listable
    assert parse(skill_md(f"name: pdf-tools\ndescription: {'d' * 1024}\n")).problems == []


def test_multiline_description_is_read():
    result = parse(skill_md("name: pdf-tools\ndescription: >\n  Fill PDF forms.\n  Merge them.\n"))
    assert result.description == "Fill PDF forms. Merge them."
    assert result.problems == []


# --- optional fields -------------------------------------------------------------------------------


def test_compatibility_over_500_characters_is_too_long():
    result = parse(skill_md(f"name: pdf-tools\ndescription: d\ncompatibility: {'c' * 501}\n"))
    assert codes(result) == {"compatibility.too_long"}


def test_compatibility_that_is_a_mapping_is_a_type_error():
    result = parse(skill_md("name: pdf-tools\ndescription: d\ncompatibility: {python: '3.11'}\n"))
    assert codes(result) == {"compatibility.type"}


def test_metadata_that_is_a_string_is_a_type_error():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nmetadata: v1\n"))
    assert codes(result) == {"metadata.type"}


def test_metadata_with_a_number_value_is_a_warning():
    result = parse(
        skill_md("name: pdf-tools\ndescription: d\nmetadata:\n  version: 1.2\n  author: me\n")
    )
    problem = the(result, "metadata.value_type")
    assert problem.severity == Severity.WARNING
    assert "version" in problem.message
    assert result.is_spec_valid


def test_license_that_is_a_mapping_is_a_warning():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nlicense: {spdx: MIT}\n"))
    assert the(result, "license.type").severity == Severity.WARNING


def test_allowed_tools_as_list_is_accepted_and_noted():
    result = parse(
        skill_md("name: pdf-tools\ndescription: d\nallowed-tools:\n  - Read\n  - Bash(git:*)\n")
    )
    assert the(result, "allowed_tools.list").severity == Severity.INFO
    assert result.frontmatter["allowed-tools"] == ["Read", "Bash(git:*)"]
    assert result.is_spec_valid


def test_allowed_tools_as_string_is_fine():
    assert (
        parse(skill_md("name: pdf-tools\ndescription: d\nallowed-tools: Read Grep\n")).problems
        == []
    )


def test_allowed_tools_as_mapping_is_a_type_warning():
    result = parse(skill_md("name: pdf-tools\ndescription: d\nallowed-tools: {read: true}\n"))
    assert the(result, "allowed_tools.type").severity == Severity.WARNING


def test_claude_code_fields_are_unknown_info_and_kept():
    result = parse(
        skill_md(
            "name: pdf-tools\ndescription: d\nwhen_to_use: forms\nmodel: sonnet\n"
            "disable-model-invocation: true\nuser-invocable: false\nargument-hint: '[file]'\n"
        )
    )
    unknown = [p for p in result.problems if p.code == "field.unknown"]
    assert len(unknown) == 5
    assert all(p.severity == Severity.INFO for p in unknown)
    assert unknown[0].line == 4
    assert result.frontmatter["disable-model-invocation"] is True
    assert result.is_spec_valid


# --- body.* --------------------------------------------------------------------------------------


def test_empty_body_is_a_warning():
    result = parse(skill_md("name: pdf-tools\ndescription: d\n", body="\n"))
    assert the(result, "body.empty").severity == Severity.WARNING
    assert result.is_spec_valid


def test_body_over_500_lines_is_too_long():
    result = parse(skill_md("name: pdf-tools\ndescription: d\n", body="step\n" * 501))
    assert codes(result) == {"body.too_long"}
    assert parse(skill_md("name: pdf-tools\ndescription: d\n", body="step\n" * 500)).problems == []


def test_body_over_5000_tokens_is_too_many_tokens():
    result = parse(skill_md("name: pdf-tools\ndescription: d\n", body="word " * 4100))
    assert codes(result) == {"body.too_many_tokens"}


# --- the docs stay in sync ------------------------------------------------------------------------


def test_validation_doc_has_the_generated_problem_code_table():
    doc = (REPO_ROOT / "docs" / "VALIDATION.md").read_text(encoding="utf-8")
    assert problem_codes_markdown() in doc, (
        "docs/VALIDATION.md is out of date: paste the output of "
        "`python -m skills.ingestion.skillmd --markdown` into it"
    )


@pytest.mark.parametrize("code", sorted(PROBLEM_CODES))
def test_every_problem_code_appears_in_the_docs(code):
    doc = (REPO_ROOT / "docs" / "VALIDATION.md").read_text(encoding="utf-8")
    assert f"`{code}`" in doc
