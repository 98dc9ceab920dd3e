"""PostgreSQL-only search structures, part 2 (skills/search.py explains them):

- `skill_search_text(text)`: spells each run of Chinese, Japanese or Korean letters as its
  overlapping bigrams, so CJK queries are answered by the tsvector's GIN index instead of
  a substring scan of every skill;
- `skill_search_word`: the words of skill names, trigram-indexed (GiST: nearest first),
  for typo search;
- a 256 kB pending list for the tsvector's GIN index.

Then every stored search vector is rebuilt with bigrams and the word list is filled
(about a minute at 100,000 skills). Backwards: the function and the word list are dropped and
the pending list reset; the vectors keep their bigrams, which the earlier search ignores.
On SQLite this migration does nothing.
"""

from django.db import migrations

CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff"

FUNCTION = rf"""
CREATE OR REPLACE FUNCTION skill_search_text(doc text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT CASE WHEN doc !~ '[{CJK}]' THEN doc ELSE (
    SELECT string_agg(CASE
        WHEN m[2] IS NULL THEN m[1]
        WHEN length(m[2]) = 1 THEN ' ' || m[2] || ' '
        ELSE ' ' || (SELECT string_agg(substr(m[2], i, 2), ' ' ORDER BY i)
                     FROM generate_series(1, length(m[2]) - 1) AS i) || ' '
    END, '' ORDER BY n)
    FROM regexp_matches(doc, '([^{CJK}]+)|([{CJK}]+)', 'g') WITH ORDINALITY AS r(m, n)
) END
$fn$
"""

FORWARD = [
    FUNCTION,
    "CREATE TABLE IF NOT EXISTS skill_search_word (word text NOT NULL)",
    "CREATE INDEX IF NOT EXISTS skill_search_word_word ON skill_search_word (word)",
    "CREATE INDEX IF NOT EXISTS skill_search_word_trgm ON skill_search_word USING gist (word gist_trgm_ops)",
    # Searches read the GIN pending list of recent changes in full: keep it short (256 kB,
    # not 4 MB) so a rankings run that rewrote every row does not slow every search.
    "ALTER INDEX skill_search_vector_gin SET (gin_pending_list_limit = 256)",
    # The rebuild as skills.search did it when this migration was written (frozen here).
    r"""
UPDATE skills_skill AS s SET search_vector =
    setweight(to_tsvector('simple', skill_search_text(
        coalesce(s.name, '') || ' ' || replace(coalesce(s.name, ''), '-', ' '))), 'A')
 || setweight(to_tsvector('simple', skill_search_text(coalesce(s.summary, '') || ' ' || coalesce((
        SELECT string_agg(t.name || ' ' || t.key, ' ')
        FROM skills_skill_tags st JOIN skills_tag t ON t.id = st.tag_id
        WHERE st.skill_id = s.id), ''))), 'B')
 || setweight(to_tsvector('simple', skill_search_text(coalesce(s.description, ''))), 'C')
 || setweight(to_tsvector('simple', skill_search_text(coalesce((
        SELECT left(v.body, 100000) FROM skills_skillversion v
        WHERE v.id = s.latest_version_id), ''))), 'D')
""",
    rf"""
INSERT INTO skill_search_word (word)
SELECT DISTINCT w.word
FROM skills_skill AS s, unnest(tsvector_to_array(ts_filter(s.search_vector, '{{a}}'))) AS w(word)
WHERE length(w.word) >= 3 AND w.word ~ '^[[:alnum:]_]+$' AND w.word ~ '[[:alpha:]]'
  AND w.word !~ '[{CJK}]'
""",
    "ANALYZE skill_search_word",
]
BACKWARD = [
    "ALTER INDEX skill_search_vector_gin RESET (gin_pending_list_limit)",
    "DROP TABLE IF EXISTS skill_search_word",
    "DROP FUNCTION IF EXISTS skill_search_text(text)",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("skills", "0003_skill_sort_keys")]
    operations = [migrations.RunPython(forward, backward)]
