"""Reading one page of GitHub search (or fork listing) answers into hits (pure).

Code search items name the file and carry a short repository object (id, full_name, fork,
description: no stars or dates); repository search and fork listings carry full
repository objects. A page that is not the shape GitHub documents raises
:class:`PageError` with what was wrong; a single malformed item is skipped and counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_MAX_NAME = 300


class PageError(ValueError):
    """The answer is not a page of results."""


@dataclass(frozen=True, slots=True)
class Hit:
    github_id: int
    full_name: str  # lower case
    description: str = ""
    stars: int | None = None  # None: this answer does not say
    pushed_at: str | None = None  # ISO 8601 as GitHub writes it
    archived: bool = False
    is_fork: bool = False
    fork_of: str = ""
    skill_path: str = ""  # code search: the SKILL.md found


@dataclass(slots=True)
class Page:
    hits: list[Hit]
    items: int  # items on the page, malformed ones included (for paging)
    total_count: int | None  # None for fork listings (no total)
    incomplete: bool = False
    skipped: int = 0


def _repo_hit(repo: Any, *, skill_path: str = "", fork_of: str = "") -> Hit | None:
    if not isinstance(repo, dict):
        return None
    rid, name = repo.get("id"), repo.get("full_name")
    if not isinstance(rid, int) or isinstance(rid, bool) or rid <= 0:
        return None
    if not isinstance(name, str) or name.count("/") != 1 or len(name) > _MAX_NAME:
        return None
    stars = repo.get("stargazers_count")
    pushed = repo.get("pushed_at")
    parent = repo.get("parent")
    if not fork_of and isinstance(parent, dict) and isinstance(parent.get("full_name"), str):
        fork_of = parent["full_name"].lower()
    return Hit(
        github_id=rid,
        full_name=name.lower(),
        description=str(repo.get("description") or "")[:2000],
        stars=max(0, stars) if isinstance(stars, int) and not isinstance(stars, bool) else None,
        pushed_at=pushed if isinstance(pushed, str) else None,
        archived=repo.get("archived") is True,
        is_fork=repo.get("fork") is True,
        fork_of=fork_of if repo.get("fork") is True else "",
        skill_path=skill_path,
    )


def page_read(channel: str, data: Any, *, fork_of: str = "") -> Page:
    """The hits of one answer of ``channel`` ("code", "topic", "forks", "linked")."""
    items: Any
    total: int | None
    if channel == "forks":
        if not isinstance(data, list):
            raise PageError("a fork listing should be a JSON array")
        items, total, incomplete = data, None, False
    elif channel == "linked":
        items, total, incomplete = [data], 1, False
    else:
        if not isinstance(data, dict):
            raise PageError("a search answer should be a JSON object")
        items, total = data.get("items"), data.get("total_count")
        if not isinstance(items, list):
            raise PageError("the search answer has no 'items' list")
        if not isinstance(total, int) or isinstance(total, bool) or total < 0:
            raise PageError("the search answer has no valid 'total_count'")
        incomplete = data.get("incomplete_results") is True
    hits, skipped = [], 0
    for item in items:
        if channel == "code":
            path = item.get("path") if isinstance(item, dict) else None
            hit = _repo_hit(
                item.get("repository") if isinstance(item, dict) else None,
                skill_path=path[:1024] if isinstance(path, str) else "",
            )
        else:
            hit = _repo_hit(item, fork_of=fork_of)
        if hit is None:
            skipped += 1
        else:
            hits.append(hit)
    return Page(
        hits=hits, items=len(items), total_count=total, incomplete=incomplete, skipped=skipped
    )
