"""An Atom feed of newly published skills."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from skills.models import Skill


class NewSkillsFeed(Feed):
    feed_type = Atom1Feed
    title = _("New agent skills")
    subtitle = _("Skills newly published on the marketplace.")

    def link(self):
        return reverse("skills:search") + "?sort=new"

    def items(self):
        return (
            Skill.objects.published()
            .exclude(published_at=None)
            .only(
                "slug",
                "name",
                "summary",
                "published_at",
                "last_changed_at",
                "repository_owner",
                "repository_name",
            )
            .order_by("-published_at", "pk")[:50]
        )

    def item_title(self, skill: Skill) -> str:
        return skill.name

    def item_description(self, skill: Skill) -> str:
        return skill.summary  # plain text; the feed generator escapes it

    def item_link(self, skill: Skill) -> str:
        return skill.get_absolute_url()

    def item_pubdate(self, skill: Skill):
        return skill.published_at

    def item_updateddate(self, skill: Skill):
        return skill.last_changed_at

    def item_author_name(self, skill: Skill) -> str:
        return skill.repository_full_name or None
