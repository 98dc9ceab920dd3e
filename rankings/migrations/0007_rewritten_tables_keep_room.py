from django.db import migrations

# The tables a daily run rewrites in part (a third of the popularity rows, a quarter of the
# totals) keep room on their pages, so that each rewrite is a HOT update on the same page
# and not also a new primary-key entry: about half the time of the popularity write at
# 100,000 skills (docs/RANKINGS.md). Pages written from now on; VACUUM FULL rewrites the rest.
TABLES = ("rankings_skillpopularity", "rankings_skillcounttotal")


def keep_room(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(f"ALTER TABLE {table} SET (fillfactor = 70)")


def reset(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(f"ALTER TABLE {table} RESET (fillfactor)")


class Migration(migrations.Migration):

    dependencies = [
        ("rankings", "0006_derived_rows_skill_indexes_covered"),
    ]

    operations = [
        migrations.RunPython(keep_room, reset),
    ]
