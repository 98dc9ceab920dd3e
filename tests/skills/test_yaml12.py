"""Frontmatter is read as YAML 1.2 (what agents use); values YAML 1.1 reads otherwise are flagged."""

from __future__ import annotations

import math

import pytest

from skills.ingestion.skillmd import parse_skill_md
from skills.ingestion.skillmd.yaml12 import yaml12_value


def parse(extra: str, name: str = "tool"):
    md = f"---\nname: {name}\ndescription: Does things. Use it for things.\n{extra}---\nBody.\n"
    return parse_skill_md(md.encode(), folder_name="no" if name == "no" else "tool")


def flagged(result) -> list[str]:
    return [p.message.split("'")[1] for p in result.problems if p.code == "frontmatter.yaml11"]


@pytest.mark.parametrize(
    ("line", "key", "stored"),
    [
        ("flag: on\n", "flag", "on"),
        ("flag: yes\n", "flag", "yes"),
        ("flag: Off\n", "flag", "Off"),
        ("mode: 0755\n", "mode", 755),
        ("time: 1:30\n", "time", "1:30"),
        ("count: 1_000\n", "count", "1_000"),
        ("mask: 0o17\n", "mask", 15),
        ("big: 1e3\n", "big", 1000.0),
        ("at: 2024-01-01 10:00:00\n", "at", "2024-01-01 10:00:00"),
    ],
)
def test_values_yaml_11_reads_otherwise_are_stored_as_yaml_12_reads_them(line, key, stored):
    result = parse(line)
    assert result.frontmatter[key] == stored
    assert type(result.frontmatter[key]) is type(stored)
    assert flagged(result) == [line.split(": ", 1)[1].strip()]


def test_a_name_of_no_is_the_text_no():
    result = parse("", name="no")
    assert result.frontmatter["name"] == "no"
    assert "name.type" not in [p.code for p in result.problems]
    assert flagged(result) == ["no"]


@pytest.mark.parametrize(
    "line",
    [
        "version: 1.10\n",  # a float 1.1 in both
        "ok: true\n",
        "n: 42\n",
        "empty:\n",
        "tilde: ~\n",
        "created: 2024-01-01\n",  # a date in 1.1, stored as the same ISO text
        "nan: .NaN\n",
        "quoted: 'yes'\n",
        'octal: "0755"\n',
        "text: on the road\n",
    ],
)
def test_values_both_versions_read_alike_are_not_flagged(line):
    assert flagged(parse(line)) == []


def test_nested_values_and_keys_are_read_as_yaml_12():
    result = parse("metadata:\n  beta: yes\n  on: 1\n")
    assert result.frontmatter["metadata"] == {"beta": "yes", "on": 1}
    assert sorted(flagged(result)) == ["on", "yes"]


def test_the_problem_names_the_line():
    result = parse("flag: on\n")
    (problem,) = [p for p in result.problems if p.code == "frontmatter.yaml11"]
    assert problem.line == 4


def test_yaml12_core_schema():
    assert yaml12_value("0x1F") == 31
    assert yaml12_value("-.inf") == -math.inf
    assert yaml12_value("TRUE") is True
    assert yaml12_value("Null") is None
    assert yaml12_value("+12") == 12
    assert yaml12_value(".5") == 0.5
    assert yaml12_value("0b101") == "0b101"
