"""A sample skill built in a test, and its verdict: shared by the scanner's rule tests."""

from __future__ import annotations

from moderation.scanner import scan_files


def skill(body: str, *extra: tuple[str, str], description: str = "Helps with a task.") -> list:
    """(path, bytes) pairs of a skill whose SKILL.md has `body`, plus `extra` files."""
    md = f"---\nname: sample\ndescription: {description}\n---\n# Sample\n\n{body}\n"
    return [("SKILL.md", md.encode()), *((p, t.encode()) for p, t in extra)]


def verdict(files) -> str:
    return scan_files(files).verdict
