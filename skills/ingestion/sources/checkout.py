"""Check out the repository a curated list or a plugin catalog lives in.

A list or catalog URL may point into a github.com repository (cloned through the github
adapter's clone URL, which tests override) or name any git URL or local path.
"""

from __future__ import annotations

from pathlib import Path

from skills.ingestion.sources.base import FetchContext
from skills.ingestion.sources.git import git_clone
from skills.ingestion.sources.github import GithubAdapter
from skills.ingestion.sources.urls import owner_and_name, parse_github, split_fragment


def repo_checkout(url: str, *, ref: str = "", ctx: FetchContext) -> tuple[Path, str, str, str, str]:
    """Clone the repository a list/catalog URL lives in (GitHub or any git URL or path).

    Returns (folder, commit, owner, repository, repository URL).
    """
    gh = parse_github(url)
    if gh is not None:
        clone = GithubAdapter().clone_url(gh.owner, gh.name, ctx)
        root, commit = git_clone(
            clone, ref=ref or (gh.ref if gh.ref not in ("", "HEAD") else ""), ctx=ctx
        )
        return root, commit, gh.owner, gh.name, gh.repo_url
    base, _ = split_fragment(url)
    root, commit = git_clone(base, ref=ref, ctx=ctx)
    owner, repo = owner_and_name(base)
    return root, commit, owner, repo, base
