from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rankings.models import SkillEvent


@pytest.fixture
def add_events():
    """Insert counted events directly: add_events(skill, kind, n, days_ago=0, counted=True)."""

    def add(skill, kind: str, n: int, *, days_ago: int = 0, counted: bool = True, now=None):
        now = now or datetime.now(UTC)
        at = now - timedelta(days=days_ago)
        SkillEvent.objects.bulk_create(
            [
                SkillEvent(
                    skill=skill, kind=kind, actor=f"{i:064x}", counted=counted, created_at=at
                )
                for i in range(n)
            ]
        )

    return add
