"""Settings come from the environment as the README's table says."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

PROD_ENV = {
    "ENV": "prod",
    "SECRET_KEY": "x" * 60 + "-prod-secret-for-tests-only",
    "JWT_SECRET": "j" * 50,
    "ADMIN_PASSWORD": "a-real-password-1234",
    "ALLOWED_HOSTS": "skills.example.com",
    "CSRF_TRUSTED_ORIGINS": "https://skills.example.com",
}


# Variables of the test process that must not leak into the child (the browser tests set
# DJANGO_ALLOW_ASYNC_UNSAFE, which check --deploy rightly warns about).
NOT_INHERITED = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def clean_environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}


def run_django(code: str, **env: str) -> subprocess.CompletedProcess:
    base = clean_environ()
    base.update({"DJANGO_SETTINGS_MODULE": "marketplace.settings", **env})
    # Keep a developer's .env out of the way: the child reads only what we pass.
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from django.conf import settings as s; {code}",
        ],
        cwd=REPO_ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_defaults_run_on_sqlite_in_dev_mode():
    result = run_django("print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.APP_NAME)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["True", "django.db.backends.sqlite3"]


def test_values_are_read_from_the_environment():
    result = run_django(
        "print(s.APP_NAME); print(s.SIMPLE_JWT['ALGORITHM']); "
        "print(int(s.SIMPLE_JWT['ACCESS_TOKEN_LIFETIME'].total_seconds())); "
        "print(s.DATABASES['default']['ENGINE']); print(s.CACHES['default']['BACKEND']); "
        "import logging; print(logging.getLevelName(logging.getLogger().level))",
        APP_NAME="Skill Shop",
        JWT_ALG="HS512",
        JWT_EXPIRES_MINUTES="7",
        LOG_LEVEL="warning",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/whatever",
        CACHE_URL="redis://127.0.0.1:6379/3",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Skill Shop",
        "HS512",
        "420",
        "django.db.backends.postgresql",
        "marketplace.redis_cache.RedisCache",
        "WARNING",
    ]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "JWT_SECRET"])
def test_prod_refuses_to_start_without_a_secret(missing):
    env = {**PROD_ENV, missing: ""}
    result = run_django("print('started')", **env)
    assert result.returncode != 0
    assert f"{missing} must be set when ENV=prod" in result.stderr


def test_prod_refuses_the_example_admin_password():
    result = run_django("print('started')", **{**PROD_ENV, "ADMIN_PASSWORD": "admin-change-me"})
    assert result.returncode != 0
    assert "ADMIN_PASSWORD" in result.stderr


@pytest.mark.parametrize("secret", ["j", "j" * 31])
def test_prod_refuses_a_short_jwt_secret(secret):
    result = run_django("print('started')", **{**PROD_ENV, "JWT_SECRET": secret})
    assert result.returncode != 0
    assert "JWT_SECRET must be at least 32 bytes" in result.stderr


def test_prod_accepts_a_32_byte_jwt_secret():
    result = run_django("print('started')", **{**PROD_ENV, "JWT_SECRET": "j" * 32})
    assert result.returncode == 0, result.stderr


def test_unknown_jwt_algorithm_is_refused():
    result = run_django("print('started')", JWT_ALG="none")
    assert result.returncode != 0
    assert "JWT_ALG" in result.stderr


def test_prod_turns_debug_off_and_secure_settings_on():
    result = run_django(
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.SECURE_SSL_REDIRECT)",
        **PROD_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True"]


def test_check_deploy_is_clean_with_production_variables():
    env = clean_environ()
    env.update(PROD_ENV)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr + result.stdout


def test_postgresql_sessions_run_without_jit_and_prepare_only_when_asked():
    show = "print(s.DATABASES['default']['OPTIONS'])"
    plain = run_django(show, DATABASE_URL="postgres://postgres@127.0.0.1:5432/whatever")
    assert plain.returncode == 0, plain.stderr
    assert eval(plain.stdout) == {"options": "-c jit=off"}  # noqa: S307 - our own repr
    prepared = run_django(
        show,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/whatever",
        DATABASE_PREPARED_STATEMENTS="true",
    )
    assert prepared.returncode == 0, prepared.stderr
    assert eval(prepared.stdout) == {  # noqa: S307 - our own repr
        "options": "-c jit=off",
        "server_side_binding": True,
        "prepare_threshold": 5,
    }
    sqlite = run_django(show, DATABASE_PREPARED_STATEMENTS="true")
    assert sqlite.returncode == 0, sqlite.stderr
    assert "prepare_threshold" not in sqlite.stdout


def test_the_replica_gets_the_primary_session_settings():
    result = run_django(
        "print(s.DATABASES['replica']['OPTIONS'])",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/whatever",
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/whatever",
        DATABASE_PREPARED_STATEMENTS="1",
    )
    assert result.returncode == 0, result.stderr
    assert eval(result.stdout) == {  # noqa: S307 - our own repr
        "options": "-c jit=off",
        "server_side_binding": True,
        "prepare_threshold": 5,
    }
