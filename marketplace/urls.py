"""Root URLs. Pages live in each app's urls; the JSON API is under /api/v1/."""

from django.contrib import admin
from django.urls import path

from marketplace import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/health", views.health, name="health"),
]
