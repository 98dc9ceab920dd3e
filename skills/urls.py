"""Public pages. A skill lives at /s/<owner>/<repo>/<skill>/; its sub-resources hang off
/s/<slug>/-/... so a slug (which contains slashes) never collides with them."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, register_converter
from django.views.decorators.cache import cache_page

from skills import file_views, views
from skills.feeds import NewSkillsFeed
from skills.sitemaps import SITEMAPS


class SkillSlugConverter:
    regex = r"[^/]+(?:/[^/]+)*?"  # lazy: stops before "/-/"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(SkillSlugConverter, "skillslug")

app_name = "skills"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("skills/", views.SkillListView.as_view(), name="search"),
    path("categories/", views.CategoryListView.as_view(), name="categories"),
    path("categories/<slug:key>/", views.CategoryView.as_view(), name="category"),
    path("tags/<slug:key>/", views.TagView.as_view(), name="tag"),
    path("repos/<str:owner>/<str:repo>/", views.RepositoryView.as_view(), name="repository"),
    path("s/<skillslug:slug>/-/download.zip", views.SkillDownloadView.as_view(), name="download"),
    path(
        "s/<skillslug:slug>/-/files/<path:file_path>",
        file_views.SkillFileView.as_view(),
        name="file",
    ),
    path(
        "s/<skillslug:slug>/-/raw/<path:file_path>", file_views.SkillRawView.as_view(), name="raw"
    ),
    path("s/<skillslug:slug>/-/events", views.SkillEventView.as_view(), name="event"),
    path("s/<skillslug:slug>/-/report", views.SkillReportView.as_view(), name="report"),
    path("s/<skillslug:slug>/", views.SkillDetailView.as_view(), name="detail"),
    path("submit/", views.SubmitView.as_view(), name="submit"),
    path("feeds/new.atom", NewSkillsFeed(), name="feed-new"),
    path("robots.txt", views.RobotsView.as_view(), name="robots"),
    path(
        "sitemap.xml",
        cache_page(3600)(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "skills:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(3600)(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
