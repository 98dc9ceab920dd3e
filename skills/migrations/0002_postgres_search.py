"""PostgreSQL-only search structures: pg_trgm, a GIN index on the stored tsvector and a
trigram index on names. On SQLite this migration does nothing (a simpler search is used)."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS skill_search_vector_gin ON skills_skill USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS skill_name_trgm ON skills_skill USING gin (name gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS skill_name_trgm",
    "DROP INDEX IF EXISTS skill_search_vector_gin",
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
    dependencies = [("skills", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
