from django.urls import path

from moderation import views

app_name = "moderation"

urlpatterns = [
    path("", views.SecurityChecksView.as_view(), name="security-checks"),
]
