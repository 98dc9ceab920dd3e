from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = (REPO_ROOT.parent / "shared" / "corpus").resolve()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test stores skill files in its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    from skills.selectors import catalogue_aggregates_forget

    cache.clear()
    catalogue_aggregates_forget()  # this process's copies of the cached counts
    yield
    cache.clear()
    catalogue_aggregates_forget()


@pytest.fixture
def corpus_dir() -> Path:
    if not (CORPUS_DIR / "repos").is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS_DIR


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` run only where DATABASE_URL points at PostgreSQL."""
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip)


@pytest.fixture
def on_postgres() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="moderator", password="moderator-pass-123", is_staff=True, is_superuser=True
    )


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client
