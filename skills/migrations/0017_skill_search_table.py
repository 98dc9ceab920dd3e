"""The search's narrow table (skills.models.SkillSearch): one row per published skill with
its search vector, the vector's name words, its name and installs band, filled from the skills and kept equal to them
by triggers on `skills_skill` (PostgreSQL only; on SQLite the table stays empty and the
search reads the skills as before).

Filling it takes about a minute at 100,000 skills (docs/BENCHMARKS.md, "Issue #23, third
pass"). Backwards: the triggers and the function are dropped with the table.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

SYNC_FUNCTION = """
CREATE OR REPLACE FUNCTION skill_search_row_sync() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM skills_skillsearch WHERE skill_id = OLD.id;
    ELSIF NEW.status = 'published' THEN
        INSERT INTO skills_skillsearch (skill_id, search_vector, name_vector, name, installs_band)
        VALUES (NEW.id, NEW.search_vector, ts_filter(NEW.search_vector, '{a}'), NEW.name,
                NEW.installs_band)
        ON CONFLICT (skill_id) DO UPDATE SET search_vector = EXCLUDED.search_vector,
            name_vector = EXCLUDED.name_vector, name = EXCLUDED.name,
            installs_band = EXCLUDED.installs_band;
    ELSE
        DELETE FROM skills_skillsearch WHERE skill_id = NEW.id;
    END IF;
    RETURN NULL;
END
$fn$
"""

FORWARD = [
    SYNC_FUNCTION,
    """
INSERT INTO skills_skillsearch (skill_id, search_vector, name_vector, name, installs_band)
SELECT id, search_vector, ts_filter(search_vector, '{a}'), name, installs_band
FROM skills_skill WHERE status = 'published'
""",
    # A short GIN pending list, as on the skills' index (migration 0004): searches read it
    # whole.
    "CREATE INDEX skillsearch_vector_gin ON skills_skillsearch USING gin (search_vector)"
    " WITH (gin_pending_list_limit = 256)",
    "CREATE INDEX skillsearch_name_vector_gin ON skills_skillsearch USING gin (name_vector)"
    " WITH (gin_pending_list_limit = 256)",
    "ANALYZE skills_skillsearch",
    # Only when something the search reads changes: a sync's save() of a skill writes
    # every column, most often with these four unchanged.
    """
CREATE TRIGGER skill_search_row_insert AFTER INSERT ON skills_skill
FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION skill_search_row_sync()
""",
    """
CREATE TRIGGER skill_search_row_update
AFTER UPDATE OF status, name, search_vector, installs_band ON skills_skill
FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status
    OR (NEW.status = 'published' AND (
        OLD.name IS DISTINCT FROM NEW.name
        OR OLD.installs_band IS DISTINCT FROM NEW.installs_band
        OR OLD.search_vector IS DISTINCT FROM NEW.search_vector))
) EXECUTE FUNCTION skill_search_row_sync()
""",
    """
CREATE TRIGGER skill_search_row_delete AFTER DELETE ON skills_skill
FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION skill_search_row_sync()
""",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS skill_search_row_delete ON skills_skill",
    "DROP TRIGGER IF EXISTS skill_search_row_update ON skills_skill",
    "DROP TRIGGER IF EXISTS skill_search_row_insert ON skills_skill",
    "DROP FUNCTION IF EXISTS skill_search_row_sync()",
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
    dependencies = [
        ("skills", "0016_source_field_labels"),
    ]

    operations = [
        migrations.CreateModel(
            name="SkillSearch",
            fields=[
                (
                    "skill",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_row",
                        serialize=False,
                        to="skills.skill",
                    ),
                ),
                ("search_vector", django.contrib.postgres.search.SearchVectorField(null=True)),
                ("name_vector", django.contrib.postgres.search.SearchVectorField(null=True)),
                ("name", models.CharField(max_length=200)),
                ("installs_band", models.PositiveSmallIntegerField(default=0)),
            ],
            options={
                "verbose_name": "skill search row",
                "verbose_name_plural": "skill search rows",
            },
        ),
        migrations.RunPython(forward, backward),
    ]
