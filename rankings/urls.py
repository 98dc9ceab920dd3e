from django.urls import path

from rankings import views

app_name = "rankings"

urlpatterns = [
    path("", views.BoardView.as_view(board="top"), name="top"),
    path("trending/", views.BoardView.as_view(board="trending"), name="trending"),
    path("new/", views.BoardView.as_view(board="new"), name="new"),
    path("category/<slug:key>/", views.CategoryBoardView.as_view(), name="category"),
    path("how/", views.HowRankingWorksView.as_view(), name="how"),
]
