import math

import django.db.models.deletion
from django.db import migrations, models


def copy_sort_keys(apps, schema_editor):
    """One SkillSortKey per existing skill, with the keys the skills carried until now,
    and their installs band (before the indexes are built: one INSERT … SELECT)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "INSERT INTO skills_skillsortkey (skill_id, installs_total, trending_score, stars, name) "
            "SELECT id, installs_total, trending_score, stars, name FROM skills_skill"
        )
        schema_editor.execute(
            "UPDATE skills_skill SET installs_band = floor(2 * log(2, 1 + installs_total::numeric)) "
            "WHERE installs_total > 0"
        )
        return
    Skill = apps.get_model("skills", "Skill")
    SkillSortKey = apps.get_model("skills", "SkillSortKey")
    skills = list(Skill.objects.only("pk", "installs_total", "trending_score", "stars", "name"))
    SkillSortKey.objects.bulk_create([
        SkillSortKey(skill_id=s.pk, installs_total=s.installs_total, trending_score=s.trending_score,
                     stars=s.stars, name=s.name)
        for s in skills
    ], batch_size=500)
    for skill in skills:
        if skill.installs_total:
            Skill.objects.filter(pk=skill.pk).update(installs_band=int(2 * math.log2(1 + skill.installs_total)))


def storage_settings(apps, schema_editor):
    """PostgreSQL storage settings. The lists walk a sort-key index and stop at their
    page: a parallel plan, which PostgreSQL picks for a selective filter (a search, a
    verdict), spends 15-20 ms starting its workers to save a few. Pages of skills keep a
    tenth free, so that writes of unindexed columns (the installs band, the sync's
    last_seen_at) are HOT updates, not new entries in all thirteen indexes (pages written
    from now on; VACUUM FULL rewrites the old ones)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE skills_skillsortkey SET (parallel_workers = 0)")
        schema_editor.execute("ALTER TABLE skills_skill SET (fillfactor = 90)")


def storage_defaults(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE skills_skill RESET (fillfactor)")


def copy_back(apps, schema_editor):
    Skill = apps.get_model("skills", "Skill")
    for key in apps.get_model("skills", "SkillSortKey").objects.all():
        Skill.objects.filter(pk=key.skill_id).update(installs_total=key.installs_total, trending_score=key.trending_score)


class Migration(migrations.Migration):

    dependencies = [
        ("skills", "0007_case_insensitive_repository_license_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="SkillSortKey",
            fields=[
                ("skill", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name="sort_key", serialize=False, to="skills.skill")),
                ("installs_total", models.PositiveIntegerField(default=0)),
                ("trending_score", models.FloatField(default=0.0)),
                ("stars", models.PositiveIntegerField(default=0)),
                ("name", models.CharField(blank=True, max_length=200)),
            ],
        ),
        migrations.AddField(
            model_name="skill",
            name="installs_band",
            field=models.PositiveSmallIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(copy_sort_keys, copy_back),
        migrations.RemoveIndex(model_name="skill", name="skill_status_popular"),
        migrations.RemoveIndex(model_name="skill", name="skill_status_trending"),
        migrations.AddIndex(
            model_name="skillsortkey",
            index=models.Index(fields=["-installs_total", "-stars", "name", "skill"], name="sortkey_popular"),
        ),
        migrations.AddIndex(
            model_name="skillsortkey",
            index=models.Index(fields=["-trending_score", "-stars", "name", "skill"], name="sortkey_trending"),
        ),
        migrations.RunPython(storage_settings, storage_defaults),
    ]
