"""A github.com repository (or a tree URL pointing at a folder in one).

Content is fetched as for any git repository (a shallow clone; the clone URL can be
overridden so tests clone a local repository). Repository metadata comes from the GitHub
REST API, ``GET /repos/{owner}/{repo}``, with conditional requests: the ETag of the cached
answer is sent as ``If-None-Match`` and a ``304 Not Modified`` (which does not count against
the rate limit) reuses the cache. Every call draws from the shared GitHub budget
(:mod:`skills.ingestion.sources.ghapi`: all workers, per token and resource); when it is
spent, or fewer than :data:`RATE_LIMIT_RESERVE` calls remain, the run stops calling the API
(sources keep their cached metadata) and the sync records it.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from skills.ingestion.sources.base import FetchContext, FetchError, FetchResult
from skills.ingestion.sources.ghapi import GithubRateLimited, github_get
from skills.ingestion.sources.ghapi.client import API_VERSION  # noqa: F401 - re-exported
from skills.ingestion.sources.git import git_clone, git_remote_commit
from skills.ingestion.sources.urls import parse_github
from skills.models import GithubRepoCache

logger = logging.getLogger(__name__)

RATE_LIMIT_RESERVE = 10


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def github_repo_metadata(*, owner: str, name: str, ctx: FetchContext) -> dict:
    """Ask the API about one repository (conditionally). No database writes.

    Returns ``{"status": int|None, "etag": str, "data": dict|None, "skipped": str}``:
    status 200 with data, 304 (use the cache), another status (an error), or None with
    ``skipped`` saying why no call was made. The call draws from the shared GitHub budget
    (:mod:`skills.ingestion.sources.ghapi`); a renamed repository's redirect is followed.
    """
    state = ctx.github
    if state.exhausted:
        return {
            "status": None,
            "etag": "",
            "data": None,
            "skipped": f"rate limit reserve reached (resets at {state.reset_at})",
        }
    cached = GithubRepoCache.objects.filter(owner=owner, name=name).only("etag").first()
    try:
        answer = github_get(
            f"/repos/{owner}/{name}",
            http=ctx.client(),
            budget=ctx.github_budget,
            etag=cached.etag if cached else "",
            api_base=ctx.github_api_base,
        )
    except GithubRateLimited as exc:
        state.exhausted = True
        state.reset_at = int(time.time() + exc.retry_after)  # when to try again (the tasks)
        logger.warning("github rate limit: %s; no more API calls this run", exc)
        return {
            "status": None,
            "etag": "",
            "data": None,
            "skipped": f"rate limit reserve reached ({exc}; retry in {exc.retry_after:.0f} s)",
        }
    if answer.status is None:
        return {"status": None, "etag": "", "data": None, "skipped": answer.error}
    state.calls += 1
    remaining = _int(answer.headers.get("x-ratelimit-remaining"))
    if remaining is not None:
        state.remaining = remaining
        state.reset_at = _int(answer.headers.get("x-ratelimit-reset"))
        if remaining < RATE_LIMIT_RESERVE:
            state.exhausted = True
            logger.warning(
                "github rate limit: %s calls left; no more API calls this run", remaining
            )
    result = {"status": answer.status, "etag": answer.etag, "data": None, "skipped": ""}
    # A renamed or transferred repository's 301 was followed (skills.ingestion.sources.moves).
    result["redirected"] = bool(answer.redirected_from)
    if answer.status == 200:
        if answer.error or not isinstance(answer.data, dict):
            result["status"] = None
            result["skipped"] = "the API answered with invalid JSON"
        else:
            result["data"] = answer.data
    return result


def github_cache_store(*, owner: str, name: str, meta: dict) -> GithubRepoCache | None:
    """Write what :func:`github_repo_metadata` returned into GithubRepoCache."""
    status = meta.get("status")
    now = timezone.now()
    if status is None:
        return GithubRepoCache.objects.filter(owner=owner, name=name).first()
    cache, _ = GithubRepoCache.objects.get_or_create(owner=owner, name=name)
    cache.last_status = status
    if status == 304:
        cache.fetched_at = now
        cache.save(update_fields=["last_status", "fetched_at"])
        return cache
    data = meta.get("data")
    if status != 200 or not isinstance(data, dict):
        cache.save(update_fields=["last_status"])
        return cache
    license_info = data.get("license") or {}
    pushed = data.get("pushed_at")
    pushed_at: datetime | None = parse_datetime(pushed) if isinstance(pushed, str) else None
    cache.stars = max(0, int(data.get("stargazers_count") or 0))
    cache.forks = max(0, int(data.get("forks_count") or 0))
    cache.open_issues = max(0, int(data.get("open_issues_count") or 0))
    spdx = license_info.get("spdx_id") if isinstance(license_info, dict) else None
    cache.license = (spdx or "")[:100] if spdx != "NOASSERTION" else ""
    topics = data.get("topics")
    cache.topics = [str(t)[:50] for t in topics][:50] if isinstance(topics, list) else []
    cache.default_branch = str(data.get("default_branch") or "")[:200]
    cache.pushed_at = pushed_at
    cache.archived = bool(data.get("archived"))
    cache.description = str(data.get("description") or "")[:2000]
    cache.etag = (meta.get("etag") or "")[:200]
    cache.fetched_at = now
    cache.save()
    return cache


class GithubAdapter:
    kind = "github"

    def clone_url(self, owner: str, name: str, ctx: FetchContext) -> str:
        override = ctx.github_clone_url
        if callable(override):
            return override(owner, name)
        if override:
            return override.format(owner=owner, name=name)
        return f"https://github.com/{owner}/{name}.git"

    def remote_commit(self, source, *, ctx: FetchContext) -> str:
        gh = parse_github(source.url)
        if gh is None:
            return ""
        ref = source.ref or (gh.ref if gh.ref and gh.ref != "HEAD" else "")
        return git_remote_commit(self.clone_url(gh.owner, gh.name, ctx), ref=ref, ctx=ctx)

    def fetch(self, source, *, ctx: FetchContext) -> FetchResult:
        gh = parse_github(source.url)
        if gh is None:
            raise FetchError(f"Not a github.com repository URL: {source.url}")
        ref = source.ref or (gh.ref if gh.ref and gh.ref != "HEAD" else "")
        meta = github_repo_metadata(owner=gh.owner, name=gh.name, ctx=ctx)
        root, commit = git_clone(self.clone_url(gh.owner, gh.name, ctx), ref=ref, ctx=ctx)
        return FetchResult(
            root=root,
            subpath=source.subpath or gh.subpath,
            commit=commit,
            repo_name=gh.name,
            owner=gh.owner,
            repository=gh.name,
            repository_url=gh.repo_url,
            metadata={"github": meta, "owner": gh.owner, "name": gh.name},
        )
