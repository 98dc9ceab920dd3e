"""Keeping the stored search document of skills up to date.

On PostgreSQL each skill stores a weighted tsvector: name (A) > summary and tags (B) >
description (C) > body of its latest version (D), with the language-neutral `simple`
configuration (skills are written in many languages). On SQLite there is no stored
vector; the search selector falls back to a simpler LIKE search.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

SEARCH_CONFIG = "simple"
MAX_BODY_CHARS = 100_000

# Built from constants only; skill ids are bound parameters.
_UPDATE_SQL = f"""
UPDATE skills_skill AS s SET search_vector =
    setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(s.name, '') || ' ' || replace(coalesce(s.name, ''), '-', ' ')), 'A')
 || setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(s.summary, '') || ' ' || coalesce((
        SELECT string_agg(t.name || ' ' || t.key, ' ')
        FROM skills_skill_tags st JOIN skills_tag t ON t.id = st.tag_id
        WHERE st.skill_id = s.id), '')), 'B')
 || setweight(to_tsvector('{SEARCH_CONFIG}', coalesce(s.description, '')), 'C')
 || setweight(to_tsvector('{SEARCH_CONFIG}', coalesce((
        SELECT left(v.body, {MAX_BODY_CHARS}) FROM skills_skillversion v
        WHERE v.id = s.latest_version_id), '')), 'D')
"""  # noqa: S608


def search_index_update(*, skill_ids: Iterable | None = None) -> None:
    """Recompute the stored search vector of the given skills (all when None)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if skill_ids is None:
            cursor.execute(_UPDATE_SQL)
            return
        ids = [str(pk) for pk in skill_ids]
        if ids:
            cursor.execute(_UPDATE_SQL + " WHERE s.id = ANY(%s::uuid[])", [ids])
