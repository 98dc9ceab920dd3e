"""The search rows' "in the tier" flag (skills.models.SkillSearch.in_tier: 1 in the tier, else
0), an equality key of the words' GIN index.

A broad search ranks the matches of its tier, the most installed skills (`installs_band` >=
the band of the 10,000th: skills.selectors.tier_band), first. As a range of the band in the
GIN index (migration 0020) that condition is a partial match, which GIN reads whole: every
search collected the tier's ~10,400 row ids (100,000 skills) before the words filtered them,
1.7-2.9 ms of PostgreSQL CPU whatever the words found (docs/BENCHMARKS.md, "Issue #23,
session 15"). An equality key is one posting tree, which the scan skips through by the
words' row ids. A smallint, not a boolean: PostgreSQL turns `flag = true` into a bare
`flag`, which it matches to btree indexes only, so a boolean is never a GIN condition.

`skill_search_tier` holds one row: the band the flags are set for (NULL: no tier, no flag
set). A trigger sets the flag of every search row written (`installs_band` >= that band),
reading the band `FOR SHARE`, so a write waits for a change of the band to commit and never
keeps a flag of the old one; `skill_search_tier_set(band)` changes the band and the flags
that change with it (skills.services.search_tier, after each rankings run). The
search uses the flag only when the stored band is the tier's band it computed, and the
band's range otherwise, in one statement (skills.search_ranked `_tier_and_below_sql`): the
answers are the same either way.

Filled here with the tier of the data at hand (the band of the 10,000th most installed
search row, as skills.selectors.tier_band computes it). The new GIN index (the words, the
band, the flag) replaces migration 0020's (the words, the band): 15-30 s at 100,000 skills.
PostgreSQL only; nothing but the column on SQLite. Backwards: migration 0020's index again,
without the trigger, the functions and the table.
"""

from django.db import migrations, models

#: skills.selectors.TIER_SKILLS when this migration was written.
TIER_SKILLS = 10_000

FORWARD = [
    "CREATE TABLE IF NOT EXISTS skill_search_tier (band smallint)",
    "INSERT INTO skill_search_tier (band) SELECT NULL"
    " WHERE NOT EXISTS (SELECT 1 FROM skill_search_tier)",
    """
CREATE OR REPLACE FUNCTION skill_search_in_tier() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    tier smallint;
BEGIN
    SELECT band INTO tier FROM skill_search_tier FOR SHARE;
    NEW.in_tier := coalesce((NEW.installs_band >= tier)::int, 0);
    RETURN NEW;
END
$fn$
""",
    """
CREATE OR REPLACE FUNCTION skill_search_tier_set(new_band smallint) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    -- The row lock first: the trigger's writes wait for this transaction, then see the band.
    UPDATE skill_search_tier SET band = new_band;
    UPDATE skills_skillsearch SET in_tier = coalesce((installs_band >= new_band)::int, 0)
    WHERE in_tier <> coalesce((installs_band >= new_band)::int, 0);
END
$fn$
""",
    "DROP TRIGGER IF EXISTS skill_search_in_tier ON skills_skillsearch",
    """
CREATE TRIGGER skill_search_in_tier BEFORE INSERT OR UPDATE OF installs_band
ON skills_skillsearch FOR EACH ROW EXECUTE FUNCTION skill_search_in_tier()
""",
    f"""
SELECT skill_search_tier_set(CASE
    WHEN (SELECT count(*) FROM (
        SELECT 1 FROM skills_skillsearch OFFSET {TIER_SKILLS - 1} LIMIT 2) AS beyond) > 1
    THEN (SELECT installs_band FROM skills_skillsearch ORDER BY installs_band DESC
          OFFSET {TIER_SKILLS - 1} LIMIT 1)
END)
""",
    # A short GIN pending list, as before (migration 0020): searches read it whole.
    "CREATE INDEX IF NOT EXISTS skillsearch_vector_band_tier_gin ON skills_skillsearch"
    " USING gin (search_vector, installs_band, in_tier) WITH (gin_pending_list_limit = 256)",
    "DROP INDEX IF EXISTS skillsearch_vector_band_gin",
    "ANALYZE skills_skillsearch",
]
BACKWARD = [
    "CREATE INDEX IF NOT EXISTS skillsearch_vector_band_gin ON skills_skillsearch"
    " USING gin (search_vector, installs_band) WITH (gin_pending_list_limit = 256)",
    "DROP INDEX IF EXISTS skillsearch_vector_band_tier_gin",
    "DROP TRIGGER IF EXISTS skill_search_in_tier ON skills_skillsearch",
    "DROP FUNCTION IF EXISTS skill_search_in_tier()",
    "DROP FUNCTION IF EXISTS skill_search_tier_set(smallint)",
    "DROP TABLE IF EXISTS skill_search_tier",
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
    dependencies = [("skills", "0021_version_zip_sha256")]
    operations = [
        migrations.AddField(
            model_name="skillsearch",
            name="in_tier",
            field=models.PositiveSmallIntegerField(db_default=0, editable=False),
        ),
        migrations.RunPython(forward, backward),
    ]
