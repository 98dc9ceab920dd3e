"""Root URLs: pages from each app, the JSON API under /api/v1/, and the admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("marketplace.api_urls")),
    path("rankings/", include("rankings.urls")),
    path("", include("skills.wellknown")),  # /r/<owner>/<repo>/.well-known/..., /marketplace.json
    path("", include("skills.urls")),
]
