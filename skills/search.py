"""Keeping the stored search document of skills up to date.

On PostgreSQL each skill stores a weighted tsvector: name (A) > summary and tags (B) >
description (C) > body of its latest version (D), with the language-neutral `simple`
configuration (skills are written in many languages). On SQLite there is no stored
vector; the search selector falls back to a simpler LIKE search.

Chinese, Japanese and Korean text has no spaces between words, so the parser would keep
a whole run of such letters as one word and a query could only find it whole. Both sides
therefore spell each run as its overlapping pairs of letters (bigrams, as CJK search
engines do): the stored text through the SQL function `skill_search_text()` (migration
0004) and the query through `cjk_query()`, where each run becomes a quoted phrase of its
bigrams, so a query finds any text that contains it and the GIN index answers it.

The words of every skill's name are also kept in `skill_search_word`, trigram-indexed:
a query whose words match (almost) nothing is widened with the corrections of its words,
the name words nearest by trigrams that are fewest edits away, so a typo still finds the
skill. The list is a few thousand words, so that lookup takes a fraction of a
millisecond where trigram matching over every name took tens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import connection, connections

SEARCH_CONFIG = "simple"
MAX_BODY_CHARS = 100_000
# Letters of Chinese, Japanese (kana, kanji) and Korean (hangul); the same class is in
# skill_search_text() (migration 0004): change both together, then rebuild the index.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff"
# Typo search: words of at least TYPO_MIN_CHARS letters are corrected. Their NEAR_WORDS
# nearest name words by trigrams (with a pg_trgm similarity of at least NEAR_SIMILARITY:
# pyhton ~ python is only 0.27) are the candidates; the fewest edits away win.
TYPO_MIN_CHARS = 3
NEAR_WORDS = 5
NEAR_SIMILARITY = 0.2

_CJK_RUN = re.compile(f"[{CJK_LETTERS}]+")

# Built from constants only; skill ids are bound parameters.
_UPDATE_SQL = f"""
UPDATE skills_skill AS s SET search_vector =
    setweight(to_tsvector('{SEARCH_CONFIG}', skill_search_text(
        coalesce(s.name, '') || ' ' || replace(coalesce(s.name, ''), '-', ' '))), 'A')
 || setweight(to_tsvector('{SEARCH_CONFIG}', skill_search_text(coalesce(s.summary, '') || ' ' || coalesce((
        SELECT string_agg(t.name || ' ' || t.key, ' ')
        FROM skills_skill_tags st JOIN skills_tag t ON t.id = st.tag_id
        WHERE st.skill_id = s.id), ''))), 'B')
 || setweight(to_tsvector('{SEARCH_CONFIG}', skill_search_text(coalesce(s.description, ''))), 'C')
 || setweight(to_tsvector('{SEARCH_CONFIG}', skill_search_text(coalesce((
        SELECT left(v.body, {MAX_BODY_CHARS}) FROM skills_skillversion v
        WHERE v.id = s.latest_version_id), ''))), 'D')
"""  # noqa: S608

# The name words (weight A lexemes: plain words, not hyphenated compounds, numbers or CJK
# bigrams) of the given skills that the word list lacks. No
# unique index on purpose: concurrent publishes never wait on each other for a word
# (a rare duplicate is harmless, and the full rebuild removes it).
_WORDS_SQL = f"""
INSERT INTO skill_search_word (word)
SELECT DISTINCT w.word
FROM skills_skill AS s, unnest(tsvector_to_array(ts_filter(s.search_vector, '{{a}}'))) AS w(word)
WHERE length(w.word) >= {TYPO_MIN_CHARS} AND w.word ~ '^[[:alnum:]_]+$'
  AND w.word ~ '[[:alpha:]]' AND w.word !~ '[{CJK_LETTERS}]'
  AND NOT EXISTS (SELECT 1 FROM skill_search_word AS d WHERE d.word = w.word)
"""  # noqa: S608

# (query word, near name word) pairs for the words of a query (one parameter: the query
# text); the GiST index walks the word list nearest first.
NEAR_WORDS_SQL = f"""
SELECT q.term, near.word
FROM unnest(tsvector_to_array(to_tsvector('{SEARCH_CONFIG}', %s))) AS q(term)
CROSS JOIN LATERAL (
    SELECT n.word FROM (
        SELECT d.word, similarity(d.word, q.term) AS closeness FROM skill_search_word AS d
        ORDER BY d.word <-> q.term
        LIMIT {NEAR_WORDS}
    ) AS n
    WHERE n.closeness >= {NEAR_SIMILARITY}
) AS near
WHERE length(q.term) >= {TYPO_MIN_CHARS}
"""  # noqa: S608


def search_index_update(*, skill_ids: Iterable | None = None) -> None:
    """Recompute the stored search vector of the given skills (all when None) and add
    their name words to the typo word list (rebuilt from scratch when all)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if skill_ids is None:
            cursor.execute(_UPDATE_SQL)
            cursor.execute("DELETE FROM skill_search_word")
            cursor.execute(_WORDS_SQL)
            cursor.execute("ANALYZE skill_search_word")
            return
        ids = [str(pk) for pk in skill_ids]
        if ids:
            cursor.execute(_UPDATE_SQL + " WHERE s.id = ANY(%s::uuid[])", [ids])
            cursor.execute(_WORDS_SQL + " AND s.id = ANY(%s::uuid[])", [ids])


def cjk_bigrams(run: str) -> list[str]:
    """文档处理 -> [文档, 档处, 处理]; a single letter stays itself."""
    return [run[i : i + 2] for i in range(len(run) - 1)] or [run]


def cjk_query(query: str) -> str:
    """The websearch text of a query with its CJK runs spelled as the stored text spells
    them: each run becomes the quoted phrase of its bigrams (`文档处理` ->
    `"文档 档处 处理"`); inside the user's own quotes the bigrams just continue the
    phrase. Operators keep working: `-翻訳` still excludes."""
    out: list[str] = []
    pos, quoted = 0, False
    for match in _CJK_RUN.finditer(query):
        before = query[pos : match.start()]
        quoted ^= before.count('"') % 2 == 1
        grams = " ".join(cjk_bigrams(match.group()))
        out.append(before)
        out.append(f" {grams} " if quoted else f'"{grams}" ')
        pos = match.end()
    out.append(query[pos:])
    return "".join(out)


def is_single_cjk_letter(query: str) -> bool:
    """A query that is one CJK letter and nothing else (`表`): no bigram holds it alone."""
    return len(query) == 1 and bool(_CJK_RUN.fullmatch(query))


def near_words(*, query: str, using: str = "default") -> list[tuple[str, str]]:
    """(query word, near name word) pairs for `query` (PostgreSQL)."""
    with connections[using].cursor() as cursor:
        cursor.execute(NEAR_WORDS_SQL, [query])
        return cursor.fetchall()


def edit_distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: the optimal
    string alignment distance, so pyhton -> python is 1."""
    previous, current = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        before, previous, current = previous, current, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
    return current[len(b)]


def corrections(word: str, near: Iterable[str]) -> list[str]:
    """The near words fewest edits from `word` (1 edit allowed up to 4 letters, 2 up to 8,
    then 3), best first; just `word` when it is a name word itself."""
    budget = 1 if len(word) <= 4 else 2 if len(word) <= 8 else 3
    scored = sorted((edit_distance(word, w), w) for w in set(near))
    if not scored or scored[0][0] > budget:
        return []
    return [w for d, w in scored if d == scored[0][0]]


def typo_tsquery(pairs: Iterable[tuple[str, str]]) -> str:
    """tsquery text widening a query with the corrections of its words, from (query word,
    near name word) pairs: `('kubernets' | 'kubernetes') & ('dashbord' | 'dashboard')`. A
    word without a correction is left out; "" when none has one."""
    near: dict[str, list[str]] = {}
    for term, word in pairs:
        near.setdefault(term, []).append(word)
    groups = []
    for term, words in near.items():
        fixed = corrections(term, words)
        if fixed:
            alternatives = dict.fromkeys([term, *fixed])
            groups.append("(" + " | ".join(tsquery_lexeme(w) for w in alternatives) + ")")
    return " & ".join(groups)


def tsquery_lexeme(word: str, weights: str = "") -> str:
    """`word` quoted for the tsquery syntax, optionally restricted to weights (`'pdf':A`)."""
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{weights}" if weights else quoted
