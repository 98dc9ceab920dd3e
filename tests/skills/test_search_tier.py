"""The search rows' "in the tier" flag (migration 0022, skills.search.search_tier_refresh):
set by a trigger for the band the rankings run stored, and read by a broad search's tier
instead of the band's range only while that band is the tier's (skills.search_ranked
`_tier_and_below_sql`)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rankings.services.run import rankings_compute
from skills import search_ranked, selectors
from skills.models import Skill, SkillSearch
from skills.selectors import skill_search
from skills.services.search_tier import search_tier_refresh
from tests.factories import PublishedSkillFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BANDS = {"pdf": 0, "pdf-kit": 1, "pdf-tools-extra": 7, "reader": 9, "pdf-x": 2, "merge": 0}
TIERED = ["pdf-tools-extra", "reader", "pdf", "pdf-x", "pdf-kit", "merge"]


def _catalogue() -> dict[str, Skill]:
    skills = {}
    for name, band in BANDS.items():
        skills[name] = PublishedSkillFactory(name=name, description="Reads PDF files.")
        Skill.objects.filter(pk=skills[name].pk).update(installs_band=band)
    PublishedSkillFactory(name="unrelated")
    return skills


def _flagged() -> set[str]:
    return set(SkillSearch.objects.filter(in_tier=1).values_list("name", flat=True))


def _stored_band() -> int | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT band FROM skill_search_tier")
        return cursor.fetchone()[0]


def _tier_statement_plan(*, indexed: bool = False) -> tuple[dict[str, bool], list[str]]:
    """Which of the tier's two scans (by the flag, by the band's range) the broad search's
    ranking statement ran, under EXPLAIN ANALYZE, and the names it finds. `indexed`: each
    condition must be one of the words' GIN index (else the scans of six rows are scans
    of the table, which a catalogue's tier of thousands never is)."""
    with CaptureQueriesContext(connection) as ctx:
        made = skill_search(query="pdf")
    statement = next(q["sql"] for q in ctx.captured_queries if q["sql"].startswith("WITH tier"))
    with connection.cursor() as cursor:
        if indexed:  # in this test's transaction only
            cursor.execute("DROP INDEX IF EXISTS skillsearch_installs_band")
            cursor.execute("SET enable_seqscan = off; SET enable_indexscan = off")
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + statement)
        plan = [row[0] for row in cursor.fetchall()]
        cursor.execute("RESET enable_seqscan; RESET enable_indexscan")
    ran = {}
    for kind, condition in (("flag", "in_tier = '1'"), ("range", "installs_band >= '")):
        where = next(
            n
            for n, line in enumerate(plan)
            if condition in line and (not indexed or "Index Cond: ((search_vector @@" in line)
        )
        node = next(line for line in reversed(plan[:where]) if "->" in line)
        ran[kind] = "never executed" not in node
    return ran, [s.name for s in made]


def test_the_flags_follow_the_stored_band_and_every_write_of_a_band(monkeypatch):
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    skills = _catalogue()
    assert _stored_band() is None and not _flagged()  # no band stored: no flag

    assert search_tier_refresh() == 7  # the band of the second most installed
    assert _stored_band() == 7 and _flagged() == {"reader", "pdf-tools-extra"}

    Skill.objects.filter(pk=skills["pdf-x"].pk).update(installs_band=8)  # into the tier
    Skill.objects.filter(pk=skills["reader"].pk).update(installs_band=3)  # out of it
    PublishedSkillFactory(name="newcomer", installs_band=12)  # a new row, at once
    assert _flagged() == {"pdf-x", "pdf-tools-extra", "newcomer"}

    assert search_tier_refresh() == 8  # the tier's band rose: the band-7 skill leaves it
    assert _flagged() == {"pdf-x", "newcomer"}

    monkeypatch.setattr(selectors, "TIER_SKILLS", 100)  # no tier: no flag
    assert search_tier_refresh() is None and not _flagged()


def test_the_rankings_run_stores_the_tier(monkeypatch):
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    _catalogue()
    rankings_compute()  # no events: every band 0, the tier every skill
    assert _stored_band() == 0 and len(_flagged()) == Skill.objects.count()


def test_a_broad_search_reads_its_tier_by_the_flag_only_while_its_band_is_stored(monkeypatch):
    # A cap of 3 (so "pdf" is broad) and a tier of the two most installed (bands 9 and 7).
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 3)
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    _catalogue()

    ran, found = _tier_statement_plan(indexed=True)  # no band stored: the band's range
    assert ran == {"flag": False, "range": True} and found == TIERED

    search_tier_refresh()
    ran, found = _tier_statement_plan(indexed=True)
    assert ran == {"flag": True, "range": False} and found == TIERED

    with connection.cursor() as cursor:  # a band stored that is not the tier's: the range
        cursor.execute("SELECT skill_search_tier_set(8::smallint)")
    assert _flagged() == {"reader"}
    ran, found = _tier_statement_plan()
    # The flags of band 8 would have lost pdf-tools-extra (band 7).
    assert ran == {"flag": False, "range": True} and found == TIERED
