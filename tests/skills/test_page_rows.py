"""The skill page's related rows from one statement (skills.page_rows): the same rows, in the
same order, with the same Python values as the five selectors it replaced on the page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moderation.models import ScanResult
from skills import page_selectors
from skills.models import SkillFile
from skills.page_rows import FILE_ATTNAMES, VERSIONS_SHOWN, skill_page_rows
from tests.factories import (
    PublishedSkillFactory,
    SkillSourceFactory,
    SkillSourceLinkFactory,
    SkillVersionFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def file_values(files):
    return [tuple(getattr(f, name) for name in FILE_ATTNAMES) for f in files]


def selectors_rows(skill, version):
    """What the page read through the five selectors."""
    findings, scanned = page_selectors.version_findings(version=version)
    return {
        "tags": page_selectors.skill_tags(skill=skill),
        "versions": page_selectors.skill_versions(skill=skill),
        "files": file_values(page_selectors.version_files(version=version)),
        "findings": findings,
        "scanned": scanned,
        "source_links": page_selectors.skill_source_links(skill=skill),
    }


def one_statement_rows(skill, version, django_assert_num_queries):
    with django_assert_num_queries(1):
        rows = skill_page_rows(skill=skill, version=version)
    for file in rows.files:
        assert file.version is version  # cached, as the related manager leaves it
    return {
        "tags": rows.tags,
        "versions": rows.versions,
        "files": file_values(rows.files),
        "findings": rows.findings,
        "scanned": rows.scanned,
        "source_links": rows.source_links,
    }


def add_file(version, path, *, size=3, stored=True, is_text=True):
    return SkillFile.objects.create(
        version=version,
        path=path,
        size=size,
        sha256=f"{path:0<64}"[:64],
        storage_key="blob" if stored else "",
        is_text=is_text,
    )


def scan(version, *, engine, risk, findings):
    return ScanResult.objects.create(
        version=version,
        engine=engine,
        scanner_version="1",
        verdict="review",
        risk_score=risk,
        findings=findings,
    )


def test_page_rows_are_the_five_selectors_rows(django_assert_num_queries):
    skill = PublishedSkillFactory(slug="acme/kit/pdf")
    skill.tags.add(TagFactory(key="zeta", name="Zeta"), TagFactory(key="alpha", name="Ålpha"))
    version = skill.latest_version
    now = timezone.now()
    for days in (3, 1, 2):  # older versions, out of order
        SkillVersionFactory(skill=skill, created_at=now - timedelta(days=days))
    add_file(version, "scripts/run.py", size=1 << 40)  # a size beyond 32 bits
    add_file(version, "SKILL.md")
    add_file(version, "assets/big.bin", stored=False, is_text=False)
    scan(version, engine="cisco", risk=10, findings=[{"rule_id": "b", "severity": "low"}])
    scan(version, engine="builtin", risk=40, findings=[{"rule_id": "a", "line": 1}])
    scan(version, engine="empty", risk=0, findings=[])
    first_seen = now - timedelta(days=9)
    SkillSourceLinkFactory(skill=skill, is_canonical=False, first_seen_at=first_seen)
    SkillSourceLinkFactory(
        skill=skill,
        source=SkillSourceFactory(kind="catalog", name="Catalogue"),
        is_canonical=True,
        first_seen_at=now,
    )
    SkillSourceLinkFactory(
        skill=skill, is_canonical=False, first_seen_at=first_seen + timedelta(hours=1)
    )

    got = one_statement_rows(skill, version, django_assert_num_queries)
    assert got == selectors_rows(skill, version)
    assert [t.key for t in got["tags"]] == ["alpha", "zeta"]
    assert len(got["versions"]) == 4
    assert got["versions"][0].pk == version.pk  # newest first
    assert [f[2] for f in got["files"]] == ["SKILL.md", "assets/big.bin", "scripts/run.py"]
    assert got["findings"] == [{"rule_id": "a", "line": 1}, {"rule_id": "b", "severity": "low"}]
    assert got["source_links"][0].source_name == "Catalogue"


def test_page_rows_of_a_bare_skill_and_of_an_older_version(django_assert_num_queries):
    skill = PublishedSkillFactory()
    version = skill.latest_version
    got = one_statement_rows(skill, version, django_assert_num_queries)
    assert got == selectors_rows(skill, version)
    assert got["scanned"] is False
    assert got["tags"] == got["files"] == got["findings"] == got["source_links"] == []

    older = SkillVersionFactory(skill=skill, created_at=timezone.now() - timedelta(days=1))
    add_file(older, "old.md")
    scan(older, engine="builtin", risk=0, findings=[])  # scanned, nothing found
    got = one_statement_rows(skill, older, django_assert_num_queries)
    assert got == selectors_rows(skill, older)
    assert got["scanned"] is True and got["findings"] == []
    assert [f[2] for f in got["files"]] == ["old.md"]


def test_page_rows_list_the_latest_versions_only():
    skill = PublishedSkillFactory()
    now = timezone.now()
    for i in range(VERSIONS_SHOWN + 2):
        SkillVersionFactory(skill=skill, created_at=now - timedelta(minutes=i + 1))
    rows = skill_page_rows(skill=skill, version=skill.latest_version)
    assert rows.versions == page_selectors.skill_versions(skill=skill)
    assert len(rows.versions) == VERSIONS_SHOWN


def test_file_values_come_in_the_models_field_order():
    assert tuple(f.attname for f in SkillFile._meta.concrete_fields) == FILE_ATTNAMES
