"""The band index of the search rows: a broad search ranks the most installed skills first
(skills.search_ranked `_RankedAhead`; docs/BENCHMARKS.md, "Issue #23, fifth pass")."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0017_skill_search_table"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="skillsearch",
            index=models.Index(fields=["installs_band"], name="skillsearch_installs_band"),
        ),
    ]
