"""Copies of a skill's status, repository (upper-cased) and category on its sort keys
(skills.models.SkillSortKey), for the skill page's neighbours (skills.neighbours), kept
exact by triggers (PostgreSQL only; on SQLite the copies stay at their defaults and the
neighbours read the skills as before).

The neighbours' statement walked the "most installed" index and read each entry's skill
row to check its repository, category and status: about 850 reads of the wide skills
table to find a repository's six most installed at 100,000 skills (16 ms median, 46 ms at
the 95th percentile; docs/BENCHMARKS.md, "Issue #23, fifth pass"). With the copies the
walk stays in this narrow table, and a repository's skills are read from their own index,
in order.

Triggers rather than Python, as for the search's table (0017): a skill's status,
repository and category are written by many paths (`save()`, queryset updates, moderation,
COPY in seed_scale), and a sort-key row may be written before or after its skill (the
foreign key is deferred), so both tables have one; a write of the copies themselves on
the sort keys (a model instance's save() writes every column) reads them from the skill.
"""

from django.db import migrations, models

COPY_TO_SORT_KEY = """
CREATE OR REPLACE FUNCTION skill_sort_key_copies() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE skills_skillsortkey
    SET published = (NEW.status = 'published'),
        repository_owner_ci = UPPER(NEW.repository_owner),
        repository_name_ci = UPPER(NEW.repository_name),
        category_id = NEW.category_id
    WHERE skill_id = NEW.id;
    RETURN NULL;
END
$fn$
"""

COPY_FROM_SKILL = """
CREATE OR REPLACE FUNCTION skill_sort_key_copies_new() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    SELECT s.status = 'published', UPPER(s.repository_owner), UPPER(s.repository_name),
           s.category_id
    INTO NEW.published, NEW.repository_owner_ci, NEW.repository_name_ci, NEW.category_id
    FROM skills_skill s WHERE s.id = NEW.skill_id;
    IF NOT FOUND THEN  -- the skill comes later in this transaction: its trigger writes them
        NEW.published := false;
        NEW.repository_owner_ci := '';
        NEW.repository_name_ci := '';
        NEW.category_id := NULL;
    END IF;
    RETURN NEW;
END
$fn$
"""

FORWARD = [
    COPY_TO_SORT_KEY,
    COPY_FROM_SKILL,
    """
UPDATE skills_skillsortkey AS k
SET published = (s.status = 'published'), repository_owner_ci = UPPER(s.repository_owner),
    repository_name_ci = UPPER(s.repository_name), category_id = s.category_id
FROM skills_skill AS s WHERE s.id = k.skill_id
""",
    """
CREATE TRIGGER skill_sort_key_copies_insert AFTER INSERT ON skills_skill
FOR EACH ROW EXECUTE FUNCTION skill_sort_key_copies()
""",
    # Only when a copied column changes: a sync's save() writes every column.
    """
CREATE TRIGGER skill_sort_key_copies_update
AFTER UPDATE OF status, repository_owner, repository_name, category_id ON skills_skill
FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM NEW.status
    OR OLD.repository_owner IS DISTINCT FROM NEW.repository_owner
    OR OLD.repository_name IS DISTINCT FROM NEW.repository_name
    OR OLD.category_id IS DISTINCT FROM NEW.category_id
) EXECUTE FUNCTION skill_sort_key_copies()
""",
    # On the sort keys' side, a new row, or a write of the copies themselves (a model
    # instance's save() writes every column): they are read from the skill again.
    """
CREATE TRIGGER skill_sort_key_copies_new
BEFORE INSERT OR UPDATE OF published, repository_owner_ci, repository_name_ci, category_id
ON skills_skillsortkey
FOR EACH ROW EXECUTE FUNCTION skill_sort_key_copies_new()
""",
    "ANALYZE skills_skillsortkey",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS skill_sort_key_copies_new ON skills_skillsortkey",
    "DROP TRIGGER IF EXISTS skill_sort_key_copies_update ON skills_skill",
    "DROP TRIGGER IF EXISTS skill_sort_key_copies_insert ON skills_skill",
    "DROP FUNCTION IF EXISTS skill_sort_key_copies_new()",
    "DROP FUNCTION IF EXISTS skill_sort_key_copies()",
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
        ("skills", "0018_skillsearch_installs_band"),
    ]

    operations = [
        migrations.AddField(
            model_name="skillsortkey",
            name="published",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="skillsortkey",
            name="repository_owner_ci",
            field=models.CharField(blank=True, editable=False, max_length=100),
        ),
        migrations.AddField(
            model_name="skillsortkey",
            name="repository_name_ci",
            field=models.CharField(blank=True, editable=False, max_length=200),
        ),
        migrations.AddField(
            model_name="skillsortkey",
            name="category_id",
            field=models.IntegerField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(forward, backward),
        migrations.AddIndex(
            model_name="skillsortkey",
            index=models.Index(
                condition=models.Q(("published", True)),
                fields=[
                    "repository_owner_ci",
                    "repository_name_ci",
                    "-installs_total",
                    "-stars",
                    "name",
                    "skill",
                ],
                name="sortkey_repository_popular",
            ),
        ),
    ]
