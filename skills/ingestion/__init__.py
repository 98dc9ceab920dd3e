"""Ingestion: from a source to recorded skills, before moderation.

Read in the order data flows:

- :mod:`.sources`: ``SkillSource`` rows (creating them, submissions) and the adapters that
  turn one into a local folder and/or child sources (git, github, catalog, list, well-known).
- :mod:`.discovery`: the SKILL.md folders in a checked-out tree, their files within limits.
- :mod:`.skillmd`: SKILL.md parsing and validation (pure; no Django).
- :mod:`.licenses`: licence detection and normalisation (pure).
- :mod:`.archives`: safe ZIP reading and building.
- :mod:`.sync`: the pipeline that writes RawSkill, Skill, SkillVersion, SkillFile and
  SkillSourceLink rows; new versions go on to moderation.
"""
