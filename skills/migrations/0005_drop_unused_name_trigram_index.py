"""Drop `skill_name_trgm` (from 0002): search no longer compares names by trigram through
an index (typos go through `skill_search_word`, see 0004; "did you mean" compares only the
few names that matched), and the index cost a write on every update of a skill row,
100,000 of them in each rankings run. PostgreSQL only; backwards recreates it."""

from django.db import migrations


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS skill_name_trgm")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS skill_name_trgm ON skills_skill USING gin (name gin_trgm_ops)")


class Migration(migrations.Migration):
    dependencies = [("skills", "0004_search_cjk_bigrams_and_words")]
    operations = [migrations.RunPython(forward, backward)]
