"""PostgreSQL search: CJK through the GIN index, typo widening from name words,
relevance pages ranked on the skills table alone, and unfiltered searches ranked and
counted on the narrow search rows (skills.selectors, skills.search, SkillSearch)."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skills import search_ranked, selectors
from skills.models import Skill, SkillSearch
from skills.search import cjk_bigrams, search_index_update
from skills.selectors import COUNT_CAP, SkillFilters, skill_search
from tests.factories import CategoryFactory, PublishedSkillFactory, SkillPopularityFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def names(qs):
    return [s.name for s in qs]


def sql_of(run) -> str:
    with CaptureQueriesContext(connection) as ctx:
        run()
    return "\n".join(q["sql"] for q in ctx.captured_queries)


def name_words() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT word FROM skill_search_word ORDER BY word")
        return [row[0] for row in cursor.fetchall()]


# --- Chinese, Japanese, Korean ----------------------------------------------------------


def test_cjk_words_inside_longer_runs_are_found_through_the_index():
    PublishedSkillFactory(name="translator", description="日本語のドキュメントを翻訳します。")
    PublishedSkillFactory(name="doc-tools", description="处理 PDF 和 Word 文档，提取表格与摘要。")  # noqa: RUF001
    PublishedSkillFactory(
        name="korean", description="기술 문서를 한국어로 번역하고 용어를 통일합니다."
    )
    PublishedSkillFactory(name="other", description="Nothing in other scripts.")
    assert names(skill_search(query="翻訳")) == ["translator"]  # two letters
    assert names(skill_search(query="ドキュメント")) == ["translator"]  # mid-run
    assert names(skill_search(query="表格")) == ["doc-tools"]
    assert names(skill_search(query="한국어 번역")) == ["korean"]  # 한국어 inside 한국어로
    assert names(skill_search(query="翻訳 -日本語")) == []
    sql = sql_of(lambda: list(skill_search(query="ドキュメント")[:20]))
    assert "@@" in sql and "LIKE" not in sql


def test_cjk_substring_must_be_contiguous():
    PublishedSkillFactory(name="notes", description="会議の録音から議事録を作成します。")
    assert names(skill_search(query="議事録")) == ["notes"]
    assert names(skill_search(query="議録")) == []  # both bigrams' letters, not adjacent


def test_a_lone_cjk_letter_falls_back_to_a_substring_match():
    PublishedSkillFactory(name="tables", description="提取表格与摘要")
    PublishedSkillFactory(name="other")
    assert names(skill_search(query="表")) == ["tables"]


def test_stored_text_and_query_spell_cjk_runs_alike():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tsvector_to_array(to_tsvector('simple', skill_search_text(%s)))",
            ["处理 PDF 文档处理。和"],
        )
        lexemes = set(cursor.fetchone()[0])
    assert set(cjk_bigrams("文档处理")) <= lexemes
    assert {"处理", "pdf", "和"} <= lexemes
    assert "文档处理" not in lexemes


# --- Typos ----------------------------------------------------------------------------


def test_publishing_adds_the_plain_words_of_the_name_to_the_typo_list():
    PublishedSkillFactory(name="kubernetes-deploy-helper")
    PublishedSkillFactory(name="数据分析-kit-2")
    words = name_words()
    assert {"kubernetes", "deploy", "helper", "kit"} <= set(words)
    assert "kubernetes-deploy-helper" not in words  # compounds, numbers and CJK stay out
    assert not [w for w in words if w.isdigit() or w.startswith("数")]
    search_index_update()  # the full rebuild starts the list afresh
    assert sorted(set(name_words())) == name_words()


def test_a_typo_finds_the_skill_by_its_name_words():
    PublishedSkillFactory(name="kubernetes-helper", description="Deploys charts.")
    PublishedSkillFactory(name="dashboard-builder", description="Builds charts.")
    PublishedSkillFactory(name="weather")
    assert names(skill_search(query="kubernets")) == ["kubernetes-helper"]
    assert names(skill_search(query="kubernets dashbord")) == []  # AND: no skill has both
    assert names(skill_search(query="dashbord")) == ["dashboard-builder"]


def test_a_typo_that_also_appears_in_some_text_still_finds_the_named_skill():
    PublishedSkillFactory(name="misspelt", description="Works with kubernets clusters.")
    PublishedSkillFactory(name="kubernetes-helper")
    assert set(names(skill_search(query="kubernets"))) == {"misspelt", "kubernetes-helper"}


def test_corrections_join_only_when_the_words_match_fewer_than_a_page(monkeypatch):
    PublishedSkillFactory(name="misspelt", description="Builds dockr images.")
    PublishedSkillFactory(name="docker-kit")
    assert set(names(skill_search(query="dockr"))) == {"misspelt", "docker-kit"}
    monkeypatch.setattr(selectors, "FUZZY_BELOW", 1)
    assert names(skill_search(query="dockr")) == ["misspelt"]


def test_only_the_fewest_edits_correct_a_word():
    PublishedSkillFactory(name="python-lint")
    PublishedSkillFactory(name="docker-kit")
    PublishedSkillFactory(name="docx-tools")
    assert names(skill_search(query="pyhton")) == ["python-lint"]  # two letters swapped
    assert names(skill_search(query="dockr")) == ["docker-kit"]  # docx is two edits away


def test_operators_and_phrases_are_never_widened():
    PublishedSkillFactory(name="pdf-extract")
    PublishedSkillFactory(name="pdf-merge")
    assert names(skill_search(query="pdf -merge")) == ["pdf-extract"]
    assert names(skill_search(query='"pdf extarct"')) == []


def test_typo_widening_respects_filters():
    docs = CategoryFactory(key="docs")
    PublishedSkillFactory(name="kubernetes-guide", category=docs)
    PublishedSkillFactory(name="kubernetes-helper")
    assert names(skill_search(query="kubernets", filters=SkillFilters(category="docs"))) == [
        "kubernetes-guide"
    ]


# --- Relevance pages ------------------------------------------------------------------


def test_relevance_pages_are_slices_of_one_order():
    for n in range(9):
        skill = PublishedSkillFactory(
            name=f"pdf-tool-{n}", description="Reads PDF files." * (n % 3 + 1)
        )
        SkillPopularityFactory(skill=skill, installs_total=(n * 7) % 5)
    PublishedSkillFactory(name="pdf", description="Exact name.")
    qs = skill_search(query="pdf")
    whole = names(qs)
    assert whole[0] == "pdf"  # the exact name first
    assert names(qs[0:4]) + names(qs[4:8]) + names(qs[8:12]) == whole
    assert qs.order_by()[:COUNT_CAP].count() == len(whole) == 10


def test_a_page_ranks_on_the_skills_table_and_counting_never_ranks():
    PublishedSkillFactory(name="pdf-extract")
    qs = skill_search(query="pdf", filters=SkillFilters(has_scripts=False))
    page_sql = sql_of(lambda: list(qs[:20]))
    assert "IN (SELECT" in page_sql and "LIMIT 20" in page_sql
    by_name = skill_search(query="pdf", sort="name")
    assert "ts_rank" not in sql_of(lambda: list(by_name[:20]))
    assert "ts_rank" not in sql_of(lambda: by_name.order_by()[:COUNT_CAP].count())
    filtered = skill_search(query="pdf", filters=SkillFilters(has_scripts=False))
    count_sql = sql_of(lambda: filtered.order_by()[:COUNT_CAP].count())
    assert "ts_rank" not in count_sql and "IN (SELECT" not in count_sql


def test_a_relevance_count_ranks_the_first_ids_for_the_pages(monkeypatch):
    for n in range(10):
        PublishedSkillFactory(name=f"pdf-tool-{n}", description="Reads PDF files." * (n % 3 + 1))
    monkeypatch.setattr(search_ranked, "RANKED_AHEAD", 4)
    whole = names(skill_search(query="pdf"))
    made: list = []
    rank_sql = sql_of(lambda: made.append(skill_search(query="pdf")))  # ranks when made
    qs = made[0]
    assert "COUNT(*) OVER ()" in rank_sql and 'skills_skill"' not in rank_sql
    assert sql_of(lambda: qs.order_by()[:COUNT_CAP].count()) == ""  # counted then
    assert qs.order_by()[:COUNT_CAP].count() == 10 and qs.order_by()[:3].count() == 3
    first = sql_of(lambda: list(qs[:4]))  # by the ids the count ranked
    assert "IN (SELECT" not in first and "skills_skillsearch" not in first
    assert names(qs[:2]) + names(qs[2:4]) + names(qs[4:8]) + names(qs[8:12]) == whole
    assert "IN (SELECT" in sql_of(lambda: list(qs[4:8]))  # past the ids ranked ahead
    nothing = skill_search(query="zzzz")
    assert nothing.order_by()[:COUNT_CAP].count() == 0 and list(nothing[:20]) == []


def test_popularity_blends_into_relevance():
    quiet = PublishedSkillFactory(name="csv-clean")
    loud = PublishedSkillFactory(name="csv-tidy")
    SkillPopularityFactory(skill=loud, installs_total=5000)
    SkillPopularityFactory(skill=quiet, installs_total=0)
    assert names(skill_search(query="csv")) == ["csv-tidy", "csv-clean"]


def test_names_the_query_covers_more_of_rank_higher():
    PublishedSkillFactory(name="aws-docker-monitor")
    PublishedSkillFactory(name="docker-kit")
    PublishedSkillFactory(name="docker")
    PublishedSkillFactory(name="helper", description="Runs docker builds.")
    assert names(skill_search(query="docker")) == [
        "docker",
        "docker-kit",
        "aws-docker-monitor",
        "helper",
    ]
    assert names(skill_search(query="Docker Kit"))[0] == "docker-kit"


# --- Broad searches ---------------------------------------------------------------------


def test_a_broad_search_ranks_the_most_installed_first_and_counts_up_to_the_cap(monkeypatch):
    # Six matches, a cap of 3 (so the search is broad) and a tier of the two most
    # installed skills (bands 9 and 7): those two come first by relevance, then the rest
    # by relevance, on every page; the count says 3 (shown as "3+").
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 3)
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    bands = {"pdf": 0, "pdf-kit": 1, "pdf-tools-extra": 7, "reader": 9, "pdf-x": 2, "merge": 0}
    for name, band in bands.items():
        skill = PublishedSkillFactory(name=name, description="Reads PDF files.")
        Skill.objects.filter(pk=skill.pk).update(installs_band=band)
    PublishedSkillFactory(name="unrelated")
    exact = ["pdf", "pdf-x", "pdf-kit", "pdf-tools-extra", "reader", "merge"]
    assert names(skill_search(query="pdf", filters=SkillFilters(has_scripts=False))) == exact
    made: list = []
    sql = sql_of(lambda: made.append(skill_search(query="pdf")))
    qs = made[0]
    assert '"installs_band" >=' in sql  # the tier's matches ranked apart
    tiered = ["pdf-tools-extra", "reader", "pdf", "pdf-x", "pdf-kit", "merge"]
    assert names(qs[:2]) + names(qs[2:4]) + names(qs[4:6]) == tiered == names(qs)
    assert qs.order_by()[: search_ranked.SEARCH_COUNT_CAP].count() == 3
    assert qs.count() == 6 and qs.order_by()[:5].count() == 5  # past the cap: counted
    assert selectors.is_search(qs) and not selectors.is_search(skill_search())
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 6)  # no longer broad: exact
    assert names(skill_search(query="pdf")) == exact


def test_a_broad_search_with_a_small_tier_ranks_every_match_tier_first(monkeypatch):
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 2)
    monkeypatch.setattr(selectors, "TIER_SKILLS", 1)
    monkeypatch.setattr(search_ranked, "RANKED_AHEAD", 2)  # the tier holds fewer
    for name, band in {"pdf": 0, "pdf-kit": 1, "reader": 9}.items():
        skill = PublishedSkillFactory(name=name, description="Reads PDF files.")
        Skill.objects.filter(pk=skill.pk).update(installs_band=band)
    qs = skill_search(query="pdf")
    assert names(qs[:2]) + names(qs[2:4]) == ["reader", "pdf", "pdf-kit"] == names(qs)


def test_a_broad_search_reads_a_first_page_within_its_small_tier_without_ranking_every_match(
    monkeypatch,
):
    # A tier of two (bands 9 and 7) holding fewer than the four ids ranked ahead: the
    # first two results are the tier's, read by id; the page after them ranks every
    # match, tier first, in its own statement; the order is the same either way.
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 3)
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    monkeypatch.setattr(search_ranked, "RANKED_AHEAD", 4)
    bands = {"pdf": 0, "pdf-kit": 1, "pdf-tools-extra": 7, "reader": 9, "pdf-x": 2, "merge": 0}
    for name, band in bands.items():
        skill = PublishedSkillFactory(name=name, description="Reads PDF files.")
        Skill.objects.filter(pk=skill.pk).update(installs_band=band)
    tiered = ["pdf-tools-extra", "reader", "pdf", "pdf-x", "pdf-kit", "merge"]
    made: list = []
    made_sql = sql_of(lambda: made.append(skill_search(query="pdf")))
    qs = made[0]
    assert made_sql.count("WITH tier") == 1 and "COUNT(*) OVER ()" not in made_sql
    first = sql_of(lambda: list(qs[:2]))
    assert "IN (SELECT" not in first and "skills_skillsearch" not in first  # by id
    assert names(qs[:2]) == tiered[:2]
    assert "IN (SELECT" in sql_of(lambda: list(qs[2:4]))  # past the tier: ranked
    assert names(qs[2:4]) + names(qs[4:6]) == tiered[2:] and names(qs) == tiered
    assert qs.order_by()[: search_ranked.SEARCH_COUNT_CAP].count() == 3


def test_a_broad_search_counts_the_others_without_ranking_them(monkeypatch):
    # Past the cap only the tier's order is used: the others' relevance is never computed
    # (issue #23, session 15); within it every match is ranked, tier or not.
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 3)
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    for n, band in enumerate((0, 1, 2, 8, 9)):
        skill = PublishedSkillFactory(name=f"pdf-{n}", description="Reads PDF files.")
        Skill.objects.filter(pk=skill.pk).update(installs_band=band)
    PublishedSkillFactory(name="other")
    captured = sql_of(lambda: skill_search(query="pdf"))
    statement = next(s for s in captured.split("\n") if s.startswith("WITH tier"))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + statement)
        plan = [row[0] for row in cursor.fetchall()]
        cursor.execute(statement)
        rows = cursor.fetchall()
    below = plan.index(next(line for line in plan if line.strip() == "CTE below"))
    assert "never executed" in plan[below + 1]  # its scan never ran
    assert sorted(row[0] for row in rows) == [0, 0, 2]  # the tier's two, the count
    assert [row[1] for row in rows if row[0] == 2] == [4]  # read up to the cap + 1
    assert names(skill_search(query="pdf")) == ["pdf-4", "pdf-3", "pdf-2", "pdf-1", "pdf-0"]
    # Within the cap: every match ranked in one order, the others' relevance computed.
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 10)
    made: list = []
    sql_of(lambda: made.append(skill_search(query="pdf")))
    ahead = made[0].search_ahead
    assert ahead.total == 5 and ahead.band is None
    assert [s.name for s in Skill.objects.filter(pk__in=ahead.ids)] and len(ahead.ids) == 5
    assert names(made[0]) == ["pdf-4", "pdf-3", "pdf-2", "pdf-1", "pdf-0"]


def test_a_broad_search_finds_its_tiers_matches_inside_the_words_index(monkeypatch):
    # The tier's band is a condition of the words' GIN index (btree_gin, migration 0020),
    # not a filter on every match read: PostgreSQL estimates a phrase (every CJK query)
    # at one row and would never intersect two indexes for it.
    monkeypatch.setattr(search_ranked, "SEARCH_COUNT_CAP", 1)
    monkeypatch.setattr(selectors, "TIER_SKILLS", 1)
    for n, band in enumerate((0, 3, 9)):
        skill = PublishedSkillFactory(name=f"report-{n}", description="文档处理 and more.")
        Skill.objects.filter(pk=skill.pk).update(installs_band=band)
    captured = sql_of(lambda: skill_search(query="文档处理"))
    statement = next(s for s in captured.split("\n") if s.startswith("WITH tier"))
    with connection.cursor() as cursor:
        # Three rows: else one scan of the table or of the band's own index (dropped in
        # this test's transaction only), which a catalogue's tier of thousands never is.
        cursor.execute("DROP INDEX skillsearch_installs_band")
        cursor.execute("SET enable_seqscan = off; SET enable_indexscan = off")
        cursor.execute("EXPLAIN " + statement)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan; RESET enable_indexscan")
    index_conditions = [line for line in plan.splitlines() if "Index Cond" in line]
    assert any("search_vector @@" in c and "installs_band >=" in c for c in index_conditions)
    assert names(skill_search(query="文档处理")) == ["report-2", "report-1", "report-0"]


# --- The narrow search rows -------------------------------------------------------------


def search_row(skill) -> tuple | None:
    """The skill's search row beside the skill's own values, or None without a row."""
    row = SkillSearch.objects.filter(skill=skill).values_list(
        "search_vector", "name", "installs_band"
    )
    mine = Skill.objects.filter(pk=skill.pk).values_list("search_vector", "name", "installs_band")
    return (row[0], mine[0]) if row else None


def test_the_search_rows_copy_every_published_skill_through_its_changes():
    skill = PublishedSkillFactory(name="pdf-merge", description="Joins PDF files.")
    copy, own = search_row(skill)
    assert copy == own and copy[0]  # the vector written at publication
    Skill.objects.filter(pk=skill.pk).update(name="pdf-joiner", installs_band=7)
    search_index_update(skill_ids=[skill.pk])
    copy, own = search_row(skill)
    assert copy == own and copy[1:] == ("pdf-joiner", 7) and "joiner" in copy[0]
    skill.status = Skill.Status.HIDDEN
    skill.save()
    assert search_row(skill) is None
    Skill.objects.filter(pk=skill.pk).update(status=Skill.Status.PUBLISHED)
    copy, own = search_row(skill)
    assert copy == own
    skill.delete()
    assert not SkillSearch.objects.exists()


def test_unfiltered_searches_rank_and_count_on_the_search_rows_alike():
    for n in range(12):
        skill = PublishedSkillFactory(
            name=f"pdf-tool-{n % 5}-{n}", description="Reads PDF files." * (n % 3 + 1)
        )
        SkillPopularityFactory(skill=skill, installs_total=(n * 37) % 500)
    PublishedSkillFactory(name="pdf", description="Exact name.")
    PublishedSkillFactory(name="pdf-hidden", status=Skill.Status.HIDDEN)
    PublishedSkillFactory(name="unrelated")
    # Any filter reads the skills as before; this one keeps every skill.
    on_skills = SkillFilters(updated_since=datetime(2000, 1, 1, tzinfo=UTC))
    for query in ("pdf", "pdf reads", "pdf -exact", "pdff"):
        narrow, wide = skill_search(query=query), skill_search(query=query, filters=on_skills)
        assert names(narrow) == names(wide) and names(narrow[2:5]) == names(wide[2:5])
        assert narrow.order_by()[:COUNT_CAP].count() == wide.order_by()[:COUNT_CAP].count()
        assert narrow.order_by()[:4].count() == 4
    made: list = []
    rank_sql = sql_of(lambda: made.append(skill_search(query="pdf")))
    assert "skills_skillsearch" in rank_sql and 'skills_skill"' not in rank_sql
    assert made[0].order_by()[:COUNT_CAP].count() == 13
    assert "skills_skillsearch" not in sql_of(
        lambda: list(skill_search(query="pdf", filters=on_skills)[:20])
    )


def test_a_condition_added_after_the_search_is_counted_on_the_skills():
    PublishedSkillFactory(name="pdf-merge")
    PublishedSkillFactory(name="pdf-split")
    qs = skill_search(query="pdf")
    assert qs.count() == 2  # ranks the ids of the search ahead
    narrowed = qs.filter(name="pdf-split")
    assert narrowed.order_by()[:COUNT_CAP].count() == narrowed.count() == 1
    assert "skills_skillsearch" not in sql_of(lambda: narrowed.count())


@pytest.mark.parametrize(
    "filters",
    [SkillFilters(), SkillFilters(updated_since=datetime(2000, 1, 1, tzinfo=UTC))],
    ids=["unfiltered", "filtered"],
)
def test_a_condition_added_after_a_relevance_search_keeps_its_results(filters):
    # The top ids were ranked without the later condition, then filtered: the first page
    # of `pdf-split` alone was empty, as it ranks below `pdf-merge`.
    PublishedSkillFactory(name="pdf-merge", repository_owner="acme")
    PublishedSkillFactory(name="pdf-split", repository_owner="other")
    qs = skill_search(query="pdf", filters=filters)
    assert names(qs[:1]) == ["pdf-merge"]
    narrowed = qs.filter(repository_owner="other")
    assert names(narrowed[:1]) == ["pdf-split"]
    assert names(narrowed[:20]) == ["pdf-split"]
    qs.order_by()[:COUNT_CAP].count()  # ranks the first ids ahead (unfiltered search)
    assert names(qs.filter(repository_owner="other")[:1]) == ["pdf-split"]


def test_skills_sh_search_by_owner_finds_skills_ranked_below_others():
    from skills.api.skillssh import skills_sh_search

    PublishedSkillFactory(name="pdf", repository_owner="acme")
    theirs = PublishedSkillFactory(name="pdf-tools", repository_owner="other")
    found = skills_sh_search(query="pdf", limit=1, owner="other")
    assert [entry["id"] for entry in found] == [theirs.slug]


def test_suggestions_come_from_names_in_a_stable_order():
    twins = sorted(
        (
            PublishedSkillFactory(name="release-notes", slug=f"{owner}/repo/release-notes")
            for owner in ("one", "two")
        ),
        key=lambda s: s.pk,
    )
    PublishedSkillFactory(name="changelog", description="Writes release notes.")
    PublishedSkillFactory(name="release-hidden", status=Skill.Status.HIDDEN)
    found = selectors.skill_suggestions(query="relase notes")
    assert [s.pk for s in found] == [s.pk for s in twins]  # names only; ties by id
    assert "skills_skillsearch" in sql_of(lambda: selectors.skill_suggestions(query="relase"))


def test_suggestions_come_from_the_most_installed_names_first(monkeypatch):
    # A tier of the two most installed skills (bands 9 and 7): with enough close names in
    # it, the suggestions are chosen among those alone (bounded whatever the catalogue's
    # size); with too few, among every name, as before.
    monkeypatch.setattr(selectors, "TIER_SKILLS", 2)
    bands = {"release-notes": 0, "release-note": 9, "releases-notes": 7, "other": 0}
    made = {}
    for name, band in bands.items():
        made[name] = PublishedSkillFactory(name=name)
        Skill.objects.filter(pk=made[name].pk).update(installs_band=band)
    sql = sql_of(lambda: selectors.skill_suggestions(query="relase notes", limit=2))
    assert '"installs_band" >=' in sql
    found = selectors.skill_suggestions(query="relase notes", limit=2)
    # The closest name, release-notes, is not in the tier.
    assert sorted(names(found)) == ["release-note", "releases-notes"]
    found = selectors.skill_suggestions(query="relase notes", limit=3)  # the tier has 2
    assert names(found)[0] == "release-notes"
    assert set(names(found)) == {"release-notes", "release-note", "releases-notes"}
