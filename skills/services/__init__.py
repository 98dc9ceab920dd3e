"""Writes of the catalogue: publishing a version. Views, admin actions, API views and commands
call these. The writes of ingestion (sources, sync) live in :mod:`skills.ingestion`."""

from skills.services.publishing import skill_publish_version, skill_summary_from_description

__all__ = ["skill_publish_version", "skill_summary_from_description"]
