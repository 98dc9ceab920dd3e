"""Running a sync: a source -> fetched folder -> discovered skills -> database.

:func:`source_sync` runs the stages (see :mod:`skills.ingestion.sync` for the rules): the
unmoved-commit shortcut or the fetch, the children, then the skills: unchanged ones are
touched in bulk, the others prepared (:mod:`.prepare`) and written (:mod:`.write`) one
transaction each; finally the gone marks and the source's own record.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter

from django.utils import timezone

from marketplace.retry import is_transient, retry_after_of
from skills.ingestion.discovery import DiscoveredSkill, discover_skills
from skills.ingestion.sources import FetchContext, FetchResult, adapter_for
from skills.ingestion.sources.github import github_cache_store
from skills.ingestion.sources.moves import github_identity_check
from skills.ingestion.sync.fanout import fanout_handoff
from skills.ingestion.sync.fetch import (
    catalogue_bump_if_changed,
    children_store,
    source_failed,
    source_fingerprint,
    source_succeeded,
)
from skills.ingestion.sync.mirrors import github_metadata_refresh, github_stars_mirror
from skills.ingestion.sync.prepare import limits_from_settings, prepared_stream
from skills.ingestion.sync.result import Progress, SyncResult
from skills.ingestion.sync.write import SyncWriter, links_mark_missing, refusal_codes
from skills.models import Skill, SkillSource, SkillSourceLink

logger = logging.getLogger(__name__)


def _same_commit_sync(*, source: SkillSource, result: SyncResult, ctx: FetchContext) -> None:
    """The commit has not moved since the last complete sync: every skill is unchanged.

    Touches the links seen last time (bulk) and counts one more miss for the links that were
    already missing, exactly as a full sync of the same content would.
    """
    now = timezone.now()
    last = source.last_stats or {}
    result.found = result.unchanged = int(last.get("found", 0))
    result.refused = dict(last.get("refused") or {})
    result.commit = source.last_commit
    links = SkillSourceLink.objects.filter(source=source)
    seen_skills = links.filter(missing_syncs=0).values("skill_id")
    links.filter(missing_syncs=0).update(last_seen_at=now)
    Skill.objects.filter(pk__in=seen_skills).update(last_seen_at=now)
    missing = {
        row["path"]: row
        for row in links.filter(missing_syncs__gt=0).values(
            "id", "path", "skill_id", "content_hash"
        )
    }
    if missing:
        result.gone = links_mark_missing(source=source, links=missing, seen=set(), now=now)
    github_metadata_refresh(source=source, result=result, ctx=ctx)


def _skill_md_is_symlink(root, path: str) -> bool:
    return os.path.islink(os.path.join(str(root), path, "SKILL.md"))


def source_sync(
    *,
    source: SkillSource,
    dry_run: bool = False,
    progress: Progress | None = None,
    ctx: FetchContext | None = None,
    full: bool = False,
    chunk_skills: int = 0,
) -> SyncResult:
    """Fetch a source and record every skill in it (see :mod:`skills.ingestion.sync`).

    When the source's commit has not moved since its last complete sync (asked with
    ``git ls-remote``, no clone), nothing is fetched: every skill is unchanged. ``full=True``
    fetches and discovers anyway.

    ``chunk_skills`` (a Celery worker with a result backend): when more than this many
    skills are to be written, they are not written here: the clone is kept and
    ``result.handoff`` says which folders each part writes (:mod:`.fanout`); the parts and
    the finishing step, run as other tasks, complete the sync.
    """
    started = time.monotonic()
    result = SyncResult(
        source_id=str(source.pk),
        source_name=source.name,
        dry_run=dry_run,
        fingerprint=source_fingerprint(source),
    )
    own_ctx = ctx is None
    ctx = ctx or FetchContext()
    try:
        try:
            adapter = adapter_for(source.kind)
            last = source.last_stats or {}
            if (
                not full
                and not dry_run
                and source.last_commit
                and hasattr(adapter, "remote_commit")
                and last.get("complete")
                and last.get("fingerprint") == result.fingerprint
                and adapter.remote_commit(source, ctx=ctx) == source.last_commit
            ):
                result.same_commit = result.complete = True
                _same_commit_sync(source=source, result=result, ctx=ctx)
                now = timezone.now()
                result.seconds = round(time.monotonic() - started, 3)
                source.last_synced_at = source.last_success_at = now
                source.error_count, source.last_error = 0, ""
                source.last_stats = result.as_dict()
                source.save(
                    update_fields=[
                        "last_synced_at",
                        "last_success_at",
                        "error_count",
                        "last_error",
                        "last_stats",
                        "updated_at",
                    ]
                )
                catalogue_bump_if_changed(result, source)
                if progress:
                    progress("done", result.found, result.found)
                return result
            fetched = adapter.fetch(source, ctx=ctx)
            if source.kind == SkillSource.Kind.GITHUB and not dry_run:
                # Renames and transfers followed; another repository at the name refused.
                fetched = github_identity_check(source=source, fetched=fetched, ctx=ctx)
        except Exception as exc:  # any fetch failure is recorded on the source
            logger.warning("sync %s: fetch failed: %s", source.url, exc)
            result.error = f"{type(exc).__name__}: {exc}"
            result.transient = is_transient(exc)
            result.retry_after = retry_after_of(exc)
            source_failed(source, result.error, dry_run=dry_run)
            return result
        result.commit = fetched.commit
        result.problems.extend(fetched.problems)
        gh = fetched.metadata.get("github")
        cache = None
        if gh is not None:
            result.github = gh.get("skipped") or str(gh.get("status"))
            if not dry_run:
                cache = github_cache_store(
                    owner=fetched.metadata["owner"], name=fetched.metadata["name"], meta=gh
                )
        children_store(source=source, fetched=fetched, result=result, dry_run=dry_run)
        if fetched.root is not None:
            _skills_sync(
                source=source,
                fetched=fetched,
                result=result,
                dry_run=dry_run,
                progress=progress,
                ctx=ctx,
                chunk_skills=chunk_skills,
            )
        if result.handoff is not None:
            result.seconds = round(time.monotonic() - started, 3)
            return result  # the parts and the finishing step record the rest
        if not dry_run:
            if cache is not None:
                result.stars_changed = github_stars_mirror(source=source, cache=cache)
            result.seconds = round(time.monotonic() - started, 3)
            source_succeeded(source, result)
            catalogue_bump_if_changed(result, source)
    finally:
        if own_ctx:
            ctx.close()
    result.seconds = round(time.monotonic() - started, 3)
    return result


def _skills_sync(
    *,
    source: SkillSource,
    fetched: FetchResult,
    result: SyncResult,
    dry_run: bool,
    progress: Progress | None,
    ctx: FetchContext,
    chunk_skills: int = 0,
) -> None:
    discovery = discover_skills(
        fetched.root,
        repo_name=fetched.repo_name or "repo",
        subpath=fetched.subpath,
        limits=limits_from_settings(),
    )
    result.problems.extend(p.as_dict() for p in discovery.problems)
    now = timezone.now()
    sync = SyncWriter(source=source, fetched=fetched, result=result, now=now)
    total = len(discovery.skills)
    result.found = total
    refused: Counter[str] = Counter()
    seen: set[str] = set()
    unchanged: list[str] = []
    if progress:
        progress("start", 0, total)
    to_write: list[DiscoveredSkill] = []
    for ds in discovery.skills:
        seen.add(ds.path)
        if not ds.skill_md.is_listable:
            refused.update(refusal_codes(ds))
        if sync.is_unchanged(ds):
            unchanged.append(ds.path)
        elif dry_run:
            result.changed += 1 if ds.path in sync.links else 0
            result.new += 0 if ds.path in sync.links or not ds.skill_md.is_listable else 1
        else:
            to_write.append(ds)
    # Real folders first: a folder whose SKILL.md is a symlink to another listed folder
    # (`.gemini/skills/x/SKILL.md -> ../../../x/SKILL.md`) is then a mirror of the real one
    # and never its canonical path (the sort is stable: the rest keep their order).
    to_write.sort(key=lambda ds: _skill_md_is_symlink(fetched.root, ds.path))
    folder_missing = any(p.code in ("path.missing", "path.unsafe") for p in discovery.problems)
    if chunk_skills and not dry_run and len(to_write) > chunk_skills:
        result.unchanged = len(unchanged)
        result.refused = dict(sorted(refused.items()))
        result.handoff = fanout_handoff(
            fetched=fetched,
            ctx=ctx,
            to_write=to_write,
            symlinked=[ds.path for ds in to_write if _skill_md_is_symlink(fetched.root, ds.path)],
            seen=seen,
            now=now,
            chunk_skills=chunk_skills,
            mark_missing=not folder_missing,
        )
        if result.handoff is not None:
            sync.touch([p for p in unchanged if p in sync.links])
            return
    done = total - len(to_write)
    if progress and done:
        progress("skill", done, total)
    for ds, prepared in zip(
        to_write, prepared_stream(fetched.root, to_write, sync.limits), strict=True
    ):
        try:
            outcome = sync.ingest(ds, prepared)
        except Exception as exc:  # recorded; the other skills go on
            logger.exception("sync %s: skill %s failed", source.url, ds.path)
            result.skill_errors.append(
                {"path": ds.path, "error": f"{type(exc).__name__}: {exc}"[:1000]}
            )
        else:
            if outcome == "new":
                result.new += 1
            elif outcome == "changed":
                result.changed += 1
        done += 1
        if progress:
            progress("skill", done, total)
    result.unchanged = len(unchanged)
    result.refused = dict(sorted(refused.items()))
    if dry_run:
        return
    sync.touch([p for p in unchanged if p in sync.links])
    if folder_missing:
        return  # the folder itself is missing: do not count every skill as missing
    result.gone = sync.mark_missing(seen)
    result.complete = not result.skill_errors
    if progress:
        progress("done", total, total)
