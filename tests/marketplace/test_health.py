import pytest
from django.db import DatabaseError


@pytest.mark.django_db
def test_health_reports_ok(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "database": "ok"}


@pytest.mark.django_db
def test_health_answers_503_when_the_database_is_down(client, monkeypatch):
    import marketplace.views

    class BrokenConnection:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr(marketplace.views, "connection", BrokenConnection())
    response = client.get("/api/v1/health")
    assert response.status_code == 503
    assert response.json() == {"ok": False, "database": "unavailable"}
