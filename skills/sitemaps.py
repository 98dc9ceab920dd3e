"""sitemap.xml: an index of paginated sections (10,000 skills per page).

Every URL lists its language versions as ``<xhtml:link rel="alternate" hreflang>``: the
same page with ``?lang=en`` / ``?lang=ko``, and the plain URL as ``x-default`` (the page
then follows the visitor's Accept-Language; marketplace.i18n).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from marketplace.i18n import LANG_PARAM
from skills.models import Category, Skill


class LanguageAlternatesSitemap(Sitemap):
    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            location = url["location"]
            joiner = "&" if "?" in location else "?"
            url["alternates"] = [
                {"lang_code": code, "location": f"{location}{joiner}{LANG_PARAM}={code}"}
                for code, _name in settings.LANGUAGES
            ] + [{"lang_code": "x-default", "location": location}]
        return urls


class SkillSitemap(LanguageAlternatesSitemap):
    limit = 10_000
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Skill.objects.published().only("slug", "last_changed_at").order_by("pk")

    def lastmod(self, skill: Skill):
        return skill.last_changed_at


class CategorySitemap(LanguageAlternatesSitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.filter(is_active=True).only("key").order_by("key")

    def location(self, category: Category) -> str:
        return reverse("skills:category", args=[category.key])


class PageSitemap(LanguageAlternatesSitemap):
    changefreq = "daily"
    priority = 0.9

    def items(self):
        return ["skills:home", "skills:search", "skills:categories", "skills:submit"]

    def location(self, name: str) -> str:
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "categories": CategorySitemap, "skills": SkillSitemap}
