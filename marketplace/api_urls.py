"""The JSON API router: /api/v1/... (each app contributes its endpoints)."""

from django.urls import path

from marketplace import views

urlpatterns = [
    path("v1/health", views.health, name="health"),
]
