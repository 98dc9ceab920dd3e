"""sitemap.xml: an index of paginated sections (10,000 skills per page)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from skills.models import Category, Skill


class SkillSitemap(Sitemap):
    limit = 10_000
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Skill.objects.published().only("slug", "last_changed_at").order_by("pk")

    def lastmod(self, skill: Skill):
        return skill.last_changed_at


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.filter(is_active=True).only("key").order_by("key")

    def location(self, category: Category) -> str:
        return reverse("skills:category", args=[category.key])


class PageSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.9

    def items(self):
        return ["skills:home", "skills:search", "skills:categories", "skills:submit"]

    def location(self, name: str) -> str:
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "categories": CategorySitemap, "skills": SkillSitemap}
