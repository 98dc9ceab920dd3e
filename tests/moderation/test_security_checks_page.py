"""The public Security checks page documents every rule family with an example it catches and
one it deliberately lets through, and every rule by id."""

from __future__ import annotations

import pytest

from moderation.scanner import RULES, scan_files
from moderation.scanner.families import FAMILIES

pytestmark = pytest.mark.django_db

FM = "---\nname: sample\ndescription: A sample skill.\n---\n"


def test_every_rule_family_is_documented_once():
    assert {f.key for f in FAMILIES} == {r.family for r in RULES}
    assert len({f.key for f in FAMILIES}) == len(FAMILIES)
    for family in FAMILIES:
        assert family.catches and family.lets_through and family.why_not


def test_the_page_lists_every_family_and_rule(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get("/security/")
    assert response.status_code == 200
    html = response.content.decode()
    for family in FAMILIES:
        assert f'id="{family.key}"' in html
    for rule in RULES:
        assert rule.id in html
    assert 'href="/security/"' in html  # linked from the footer


@pytest.mark.parametrize("family", [f for f in FAMILIES if f.key in ("exfiltration", "supply")])
def test_the_documented_examples_behave_as_documented(family):
    caught = scan_files([("SKILL.md", (FM + "1. " + family.catches + "\n").encode())])
    let_through = scan_files([("SKILL.md", (FM + "1. " + family.lets_through + "\n").encode())])
    assert caught.verdict == "fail"
    assert let_through.verdict != "fail"


def test_the_scanner_doc_has_every_family_with_its_examples():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "SECURITY_SCANNER.md").read_text()
    for family in FAMILIES:
        assert f"**{family.key}**" in doc
        assert family.lets_through.replace("|", "\\|") in doc


def test_the_korean_page_shows_rule_titles_and_what_they_look_for_in_korean(client):
    html = client.get("/security/?lang=ko").content.decode()
    assert "리버스 셸" in html  # exec.reverse-shell's title
    assert "Reverse shell" not in html
    # the phrases a rule matches stay as written inside the Korean sentence
    assert "&#x27;ignore / disregard / forget previous (or system) instructions&#x27;와" in html
