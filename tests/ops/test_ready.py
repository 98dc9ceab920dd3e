import pytest
from django.db import DatabaseError
from django.db.migrations.executor import MigrationExecutor

from marketplace import ops


@pytest.fixture(autouse=True)
def _forget_migrations_answer(monkeypatch):
    monkeypatch.setattr(ops, "_migrations_applied", False)


@pytest.mark.django_db
def test_ready_reports_every_part_ok(client):
    response = client.get("/api/v1/ready")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "database": "ok", "migrations": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_ready_answers_503_with_an_unapplied_migration(client, monkeypatch):
    monkeypatch.setattr(
        MigrationExecutor, "migration_plan", lambda self, targets: [("skills.9999_future", False)]
    )
    response = client.get("/api/v1/ready")
    assert response.status_code == 503
    assert response.json() == {
        "ok": False,
        "database": "ok",
        "migrations": "unapplied",
        "cache": "ok",
    }


@pytest.mark.django_db
def test_ready_keeps_the_positive_migration_answer_in_process(client, monkeypatch):
    assert client.get("/api/v1/ready").status_code == 200
    calls = []
    monkeypatch.setattr(MigrationExecutor, "__init__", lambda *a, **k: calls.append(1))
    assert client.get("/api/v1/ready").status_code == 200
    assert calls == []


@pytest.mark.django_db
def test_ready_answers_503_when_the_cache_is_down(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(ops.cache, "set", broken)
    response = client.get("/api/v1/ready")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_ready_answers_503_when_the_database_is_down(client, monkeypatch):
    monkeypatch.setattr(ops, "database_status", lambda alias="default": "unavailable")
    response = client.get("/api/v1/ready")
    assert response.status_code == 503
    assert response.json() == {
        "ok": False,
        "database": "unavailable",
        "migrations": "skipped",
        "cache": "ok",
    }


def test_database_status_reports_a_database_error(monkeypatch):
    class Broken:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr(ops, "connections", {"default": Broken()})
    assert ops.database_status() == "unavailable"


@pytest.mark.django_db
def test_health_stays_the_liveness_check(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert "migrations" not in response.json()
