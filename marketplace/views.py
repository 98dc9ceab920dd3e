"""Operational endpoints shared by the whole site."""

from __future__ import annotations

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("health check: database unavailable", extra={"error": str(exc)})
        return "unavailable"
    return "ok"


@never_cache
@require_GET
def health(request):
    """Liveness: 200 `{"ok": true, "database": "ok"}`, 503 when the database is down."""
    database = database_status()
    ok = database == "ok"
    return JsonResponse({"ok": ok, "database": database}, status=200 if ok else 503)
