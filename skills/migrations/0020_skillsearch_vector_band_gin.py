"""The search rows' GIN index also holds the installs band (btree_gin), so a broad search
finds its tier's matches (skills.search_ranked `_tier_and_below`: words AND `installs_band
>= tier band`) inside the one index scan, whatever PostgreSQL estimates for the words.

With the band in its own btree index the two were intersected only when the planner
expected many matches; it estimates any phrase (every CJK query is a phrase of bigrams) at
about one row, so it read every match to keep the tier's: 1,121 heap rows for 44 of
`文档处理` at 300,000 skills (docs/BENCHMARKS.md, "Issue #23, seventh pass"). It replaces
the index on the vector alone (a multicolumn GIN index answers a condition on its first
column alone as well), so a write updates one GIN index, as before. The band's btree index
stays: the tier's band and the suggestions' tier read it in order.

PostgreSQL only (btree_gin is a trusted extension: the database's owner may create it);
nothing on SQLite. Backwards: the index on the vector alone again.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    # A short GIN pending list, as before (migration 0017): searches read it whole.
    "CREATE INDEX IF NOT EXISTS skillsearch_vector_band_gin ON skills_skillsearch"
    " USING gin (search_vector, installs_band) WITH (gin_pending_list_limit = 256)",
    "DROP INDEX IF EXISTS skillsearch_vector_gin",
    "ANALYZE skills_skillsearch",
]
BACKWARD = [
    "CREATE INDEX IF NOT EXISTS skillsearch_vector_gin ON skills_skillsearch"
    " USING gin (search_vector) WITH (gin_pending_list_limit = 256)",
    "DROP INDEX IF EXISTS skillsearch_vector_band_gin",
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
    dependencies = [("skills", "0019_sort_key_neighbour_copies")]
    operations = [migrations.RunPython(forward, backward)]
