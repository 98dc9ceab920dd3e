"""Django set up in this process as production serves it, for the in-process bench tools
(cpu_profile.py, search_explain.py): prod settings, caches off, throwaway secrets (as
run.prod_env), throttles out of the way. Call setup_django() before importing Django models;
SqlTimer, a connection.execute_wrapper, counts and times the statements of a request."""

from __future__ import annotations

import os
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
    os.environ.setdefault("API_LIST_CACHE_SECONDS", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("ENV", "prod")
    for name in ("SECRET_KEY", "JWT_SECRET", "ADMIN_PASSWORD"):
        os.environ.setdefault(name, secrets.token_urlsafe(50))
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("THROTTLE_ANON", "100000000/min")

    import django

    django.setup()


class SqlTimer:
    def __init__(self):
        self.count, self.seconds = 0, 0.0

    def __call__(self, execute, sql, params, many, context):
        t = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - t
            self.count += 1
