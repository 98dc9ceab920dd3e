"""Writes of the skills domain. Views, admin actions, API views and commands call these."""

from skills.services.publishing import skill_publish_version, skill_summary_from_description

__all__ = ["skill_publish_version", "skill_summary_from_description"]
from skills.services.sources import (
    SourceError,
    SourceExistsError,
    source_create,
    source_get_or_create,
    source_kind_guess,
)
from skills.services.sync import SyncResult, source_sync

__all__ += [
    "SourceError",
    "SourceExistsError",
    "SyncResult",
    "source_create",
    "source_get_or_create",
    "source_kind_guess",
    "source_sync",
]
