"""The search tier's stored band and the search rows' flags for it (PostgreSQL).

A broad search ranks the matches of its tier, the most installed skills, first
(skills.search_ranked `_RankedAhead`); the search rows carry an "in the tier" flag, an
equality key of the words' GIN index, for the band stored in `skill_search_tier` (migration
0022, whose trigger keeps the flag of every row written). The rankings run, which writes
the installs bands, stores the tier's new band here.
"""

from __future__ import annotations

from django.db import connections

from skills.selectors import tier_band_now


def search_tier_refresh(*, using: str = "default") -> int | None:
    """Store the search tier's band as it is now (skills.selectors.tier_band_now) and set
    the search rows' `in_tier` flags for it (migration 0022's `skill_search_tier_set`:
    only the rows whose flag changes are written). A search reads its tier by the flags
    while their band is the tier's band it reads (skills.search_ranked
    `_tier_and_below_sql`), by the band's range otherwise. Returns the band (None: no
    tier, or not PostgreSQL)."""
    if connections[using].vendor != "postgresql":
        return None
    band = tier_band_now(using=using)
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT skill_search_tier_set(%s::smallint)", [band])
    return band
