"""Writes of the skills domain. Views, admin actions, API views and commands call these."""

from skills.services.publishing import skill_publish_version, skill_summary_from_description

__all__ = ["skill_publish_version", "skill_summary_from_description"]
