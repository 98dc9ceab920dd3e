"""Re-render stored Markdown whose HTML came from an older renderer (after RENDERER_VERSION changes)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from skills.models import Skill, SkillVersion
from skills.rendering import RENDERER_VERSION, render_markdown
from skills.services.publishing import skill_summary_from_description, version_render


class Command(BaseCommand):
    help = "Re-render version bodies and skill descriptions (and summaries) from an older renderer."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be re-rendered."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        stale = SkillVersion.objects.exclude(renderer_version=RENDERER_VERSION)
        total = stale.count()
        if dry_run:
            self.stdout.write(
                f"{total} version(s) would be re-rendered (renderer {RENDERER_VERSION})."
            )
            return
        done = 0
        fields = ("id", "body", "body_html", "renderer_version", "content_hash", "skill__slug")
        for version in stale.select_related("skill").only(*fields).iterator(chunk_size=500):
            version_render(version)
            done += 1
            if done % 1000 == 0:
                self.stdout.write(f"  {done}/{total}")
        skills = 0
        for skill in (
            Skill.objects.exclude(description="")
            .only("id", "description", "description_html", "summary")
            .iterator(chunk_size=500)
        ):
            html = render_markdown(skill.description)
            summary = skill_summary_from_description(skill.description)
            if (html, summary) != (skill.description_html, skill.summary):
                Skill.objects.filter(pk=skill.pk).update(description_html=html, summary=summary)
                skills += 1
        self.stdout.write(
            f"Re-rendered {done} version(s) and {skills} description(s) with renderer {RENDERER_VERSION}."
        )
