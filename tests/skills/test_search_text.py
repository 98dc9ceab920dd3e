"""How queries are spelled for the search index, and typos corrected (pure functions)."""

from skills.search import (
    cjk_bigrams,
    cjk_query,
    corrections,
    edit_distance,
    is_single_cjk_letter,
    typo_tsquery,
)


def test_cjk_runs_become_overlapping_bigrams():
    assert cjk_bigrams("文档处理") == ["文档", "档处", "处理"]
    assert cjk_bigrams("翻訳") == ["翻訳"]
    assert cjk_bigrams("和") == ["和"]


def test_cjk_query_quotes_each_run_as_a_phrase_of_bigrams():
    assert cjk_query("文档处理").split() == ['"文档', "档处", '处理"']
    assert cjk_query("pdf 한국어 번역").split() == ["pdf", '"한국', '국어"', '"번역"']


def test_cjk_query_keeps_operators_and_the_users_own_phrases():
    assert cjk_query("pdf -翻訳").split() == ["pdf", '-"翻訳"']
    # Inside quotes the bigrams continue the phrase instead of opening a new one.
    assert cjk_query('"文档处理 pdf"').split() == ['"', "文档", "档处", "处理", 'pdf"']


def test_text_without_cjk_is_left_alone():
    assert cjk_query("pdf-extract -merge") == "pdf-extract -merge"


def test_only_a_lone_cjk_letter_needs_the_substring_fallback():
    assert is_single_cjk_letter("表")
    assert not is_single_cjk_letter("表格")
    assert not is_single_cjk_letter("a")


def test_edit_distance_counts_a_swap_of_neighbours_as_one_edit():
    assert edit_distance("pyhton", "python") == 1
    assert edit_distance("dockr", "docker") == 1
    assert edit_distance("dockr", "docx") == 2
    assert edit_distance("kit", "kit") == 0
    assert edit_distance("", "abc") == 3


def test_corrections_keep_the_fewest_edits_within_a_budget_by_length():
    assert corrections("dockr", ["docx", "docker", "docs"]) == ["docker"]
    assert corrections("pdf", ["pdf", "pdfs"]) == ["pdf"]  # a name word itself
    assert corrections("scan", ["scanner"]) == []  # 3 edits for 4 letters: too far
    assert corrections("playwrite", ["playwright", "write"]) == ["playwright"]
    assert corrections("docs", ["docx", "dock"]) == ["dock", "docx"]


def test_typo_tsquery_ands_each_corrected_word_and_leaves_out_the_rest():
    pairs = [
        ("kubernets", "kubernetes"),
        ("kubernets", "kubectl"),
        ("scan", "scanner"),
        ("dashbord", "dashboard"),
    ]
    assert typo_tsquery(pairs) == "('kubernets' | 'kubernetes') & ('dashbord' | 'dashboard')"
    assert typo_tsquery([("o'neil", "oneil")]) == "('o''neil' | 'oneil')"
    assert typo_tsquery([]) == ""
