"""GitHub repository metadata mirrored onto the skills of a source (stars).

The adapter asks the API (:func:`skills.ingestion.sources.github.github_repo_metadata`,
conditionally); here the answer is cached (``GithubRepoCache``) and its star count copied
onto the skills whose canonical link is the source.
"""

from __future__ import annotations

from skills.ingestion.sources import FetchContext
from skills.ingestion.sources.github import github_cache_store, github_repo_metadata
from skills.ingestion.sources.moves import RepositoryReplaced, github_identity_observe
from skills.ingestion.sources.urls import parse_github
from skills.ingestion.sync.result import SyncResult
from skills.models import GithubRepoCache, Skill, SkillSource


def github_stars_mirror(*, source: SkillSource, cache: GithubRepoCache) -> int:
    """Copy the cached star count onto the source's canonical skills; returns how many changed."""
    return (
        Skill.objects.filter(source_links__source=source, source_links__is_canonical=True)
        .exclude(stars=cache.stars)
        .update(stars=cache.stars)
    )


def github_metadata_refresh(*, source: SkillSource, result: SyncResult, ctx: FetchContext) -> None:
    """Nothing was fetched (the commit has not moved): ask the API anyway and mirror the stars."""
    if source.kind != SkillSource.Kind.GITHUB:
        return
    gh = parse_github(source.url)
    if gh is None:
        return
    meta = github_repo_metadata(owner=gh.owner, name=gh.name, ctx=ctx)
    owner, name = gh.owner, gh.name
    try:  # a rename or transfer is followed here too (skills.ingestion.sources.moves)
        meta, moved = github_identity_observe(source=source, meta=meta, ctx=ctx)
    except RepositoryReplaced as exc:
        result.github = str(exc)
        return
    if moved is not None:
        owner, name = moved
    result.github = meta.get("skipped") or str(meta.get("status"))
    cache = github_cache_store(owner=owner, name=name, meta=meta)
    if cache is not None:
        result.stars_changed = github_stars_mirror(source=source, cache=cache)
