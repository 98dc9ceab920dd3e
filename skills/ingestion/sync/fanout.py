"""A large source's sync spread over several tasks: parts that write skills, one finishing step.

A Celery worker's process is daemonic and cannot start the sync's own process pool
(:mod:`.prepare`), so a source with hundreds of new skills, synced as one task, runs on one
core. On workers, :func:`~skills.ingestion.sync.pipeline.source_sync` with ``chunk_skills``
fetches and discovers once, touches the unchanged skills, and when more than
``chunk_skills`` skills are to be written it hands off (:func:`fanout_handoff`):

- the clone is kept in a run folder (``SYNC_RUN_DIR``) the parts read;
- the folders to write are cut into parts of about ``chunk_skills`` (:func:`chunks_plan`);
  folders that could meet in the database (the same content: one is a mirror of the other;
  the same name: they compete for a slug) go into the same part, in the order one process
  would write them, so the parts cannot race each other and the rows are those of one run;
- folders whose SKILL.md is a symlink to another listed folder are left to the finishing
  step, after every real folder is written (they are then mirrors, never the canonical path).

Each part (:func:`chunk_sync`) discovers just its folders again in the run folder (another
machine, without the folder, fetches the same commit) and writes the ones not already
written: a part killed mid-way and run again writes the rest, and counts what the killed run
had written as written in this run (the rows carry the run's time). The finishing step
(:func:`fanout_finish`) adds up the parts, writes the deferred folders, counts missing
links and marks gone skills (only when every part ran), mirrors the stars, records the sync
on the source and removes the run folder.

The source's lock (a lease, :func:`marketplace.locks.lease_take`) is held by the run, not by
a process: its token goes with every part and the finishing step, which each take it again.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from skills.ingestion.discovery import DiscoveredSkill, discover_skills
from skills.ingestion.sources import FetchContext, FetchResult, adapter_for
from skills.ingestion.sources.base import FetchError
from skills.ingestion.sync.prepare import limits_from_settings, prepared_stream
from skills.ingestion.sync.result import SyncResult
from skills.models import RawSkill, SkillSource, SkillSourceLink

logger = logging.getLogger(__name__)

RUN_PREFIX = "run-"
RUN_DIR_MAX_AGE_SECONDS = 24 * 3600  # a run folder left by a run that never finished
_FETCHED_FIELDS = ("subpath", "commit", "repo_name", "owner", "repository", "repository_url")


def run_root_dir() -> Path:
    return Path(
        getattr(settings, "SYNC_RUN_DIR", "") or Path(tempfile.gettempdir()) / "skills-runs"
    )


def chunks_plan(skills: list[DiscoveredSkill], size: int) -> list[list[str]]:
    """The folders' paths cut into parts of about ``size`` (a group is never split). Folders
    with the same content or the same name are one group; order is kept within a group and
    groups follow the order of their first folder."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[str, int] = {}
    for i, ds in enumerate(skills):
        name = slugify(ds.skill_md.name or ds.folder_name or "", allow_unicode=True)
        for key in (f"hash:{ds.content_hash}", f"name:{name}"):
            if key in first_of:
                parent[find(i)] = find(first_of[key])
            else:
                first_of[key] = i
                find(i)
    groups: dict[int, list[str]] = {}
    for i, ds in enumerate(skills):
        groups.setdefault(find(i), []).append(ds.path)
    order = {ds.path: i for i, ds in enumerate(skills)}
    chunks: list[list[str]] = [[]]
    for group in groups.values():  # insertion order: by each group's first folder
        if chunks[-1] and len(chunks[-1]) + len(group) > size:
            chunks.append([])
        chunks[-1].extend(group)
    return [sorted(c, key=order.__getitem__) for c in chunks if c]


def runs_stale_remove(root: Path | None = None) -> None:
    """Remove run folders older than a day (their run never finished)."""
    root = root or run_root_dir()
    if not root.is_dir():
        return
    cutoff = time.time() - RUN_DIR_MAX_AGE_SECONDS
    for folder in root.glob(f"{RUN_PREFIX}*"):
        try:
            if folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _keep_clone(fetched: FetchResult, ctx: FetchContext, run_dir: Path) -> Path | None:
    """Move the fetched folder out of the context's scratch folder (closed when the task
    ends) into ``run_dir``; its new root, or None when the folder is not the context's."""
    if fetched.root is None:
        return None
    workdir = ctx.workdir.resolve()
    try:
        rel = Path(fetched.root).resolve().relative_to(workdir)
    except ValueError:
        return None
    if not rel.parts:
        return None
    run_dir.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    run_dir.mkdir(mode=0o700)
    shutil.move(str(workdir / rel.parts[0]), str(run_dir / rel.parts[0]))
    ctx._clones.clear()  # the context's record of its clones points at the old place
    return run_dir / rel


def fanout_handoff(
    *,
    fetched: FetchResult,
    ctx: FetchContext,
    to_write: list[DiscoveredSkill],
    symlinked: list[str],
    seen: set[str],
    now: datetime,
    chunk_skills: int,
    mark_missing: bool,
) -> dict | None:
    """What the parts and the finishing step of a spread sync need (JSON), the clone kept
    for them; None when the fetched folder cannot be kept (the sync then writes in place)."""
    import uuid

    runs_stale_remove()
    run_dir = run_root_dir() / f"{RUN_PREFIX}{uuid.uuid4().hex}"
    root = _keep_clone(fetched, ctx, run_dir)
    if root is None:
        return None
    fetched.root = root
    deferred = set(symlinked)
    real = [ds for ds in to_write if ds.path not in deferred]
    return {
        "root": str(root),
        "run_dir": str(run_dir),
        "fetched": {k: getattr(fetched, k) for k in _FETCHED_FIELDS},
        "now": now.isoformat(),
        "chunks": chunks_plan(real, chunk_skills),
        "deferred": [ds.path for ds in to_write if ds.path in deferred],
        "seen": sorted(seen),
        "mark_missing": mark_missing,
        "github": (
            {"owner": fetched.metadata["owner"], "name": fetched.metadata["name"]}
            if fetched.metadata.get("github") is not None
            else None
        ),
    }


def _root_for(source: SkillSource, job: dict, ctx: FetchContext) -> Path:
    """The run folder; on a machine without it, the same commit fetched again."""
    root = Path(job["root"])
    if root.is_dir():
        return root
    fetched = adapter_for(source.kind).fetch(source, ctx=ctx)
    if fetched.root is None or fetched.commit != job["fetched"]["commit"]:
        raise FetchError(
            f"The source moved to {fetched.commit[:12] or 'nothing'} during the sync of "
            f"{job['fetched']['commit'][:12]}; the next sync reads the new commit."
        )
    return Path(fetched.root)


def _write(source: SkillSource, job: dict, root: Path, paths: list[str], part: dict) -> None:
    """Write the folders ``paths`` not yet written (in this order); counts into ``part``."""
    from skills.ingestion.sync.write import SyncWriter

    now = datetime.fromisoformat(job["now"])
    fetched = FetchResult(root=root, **job["fetched"])
    discovery = discover_skills(
        root,
        repo_name=fetched.repo_name or "repo",
        subpath=fetched.subpath,
        limits=limits_from_settings(),
        only=set(paths),
    )
    found = {ds.path: ds for ds in discovery.skills}
    result = SyncResult(source_id=str(source.pk), source_name=source.name)
    writer = SyncWriter(source=source, fetched=fetched, result=result, now=now)
    to_write, already = [], []
    for path in paths:
        ds = found.get(path)
        if ds is None:
            continue
        (already if writer.is_unchanged(ds) else to_write).append(path)
    # Written by this run before (a part killed mid-way and run again): counted again.
    for first_seen in (
        SkillSourceLink.objects.filter(source=source, path__in=already)
        .filter(path__in=RawSkill.objects.filter(source=source, fetched_at=now).values("path"))
        .values_list("first_seen_at", flat=True)
    ):
        part["new" if first_seen == now else "changed"] += 1
    skills = [found[p] for p in to_write]
    for ds, prepared in zip(skills, prepared_stream(root, skills, writer.limits), strict=True):
        try:
            outcome = writer.ingest(ds, prepared)
        except Exception as exc:  # recorded; the other skills go on
            logger.exception("sync %s: skill %s failed", source.url, ds.path)
            part["skill_errors"].append(
                {"path": ds.path, "error": f"{type(exc).__name__}: {exc}"[:1000]}
            )
        else:
            if outcome in ("new", "changed"):
                part[outcome] += 1
    part["published"] += result.published


def _empty_part() -> dict:
    return {"new": 0, "changed": 0, "published": 0, "skill_errors": []}


def chunk_sync(*, source: SkillSource, job: dict, paths: list[str]) -> dict:
    """One part of a spread sync: write ``paths`` (see the module docstring). Idempotent."""
    part = _empty_part()
    with FetchContext() as ctx:
        root = _root_for(source, job, ctx)
        _write(source, job, root, paths, part)
    return part


def fanout_finish(
    *, source: SkillSource, job: dict, partial: dict, parts: list[dict]
) -> SyncResult:
    """The finishing step of a spread sync: add up the parts, write the deferred folders,
    count missing links and mark gone skills (only when every part ran), mirror the stars,
    record the sync on the source. Returns the whole sync's result."""
    from skills.ingestion.sync.fetch import catalogue_bump_if_changed, source_succeeded
    from skills.ingestion.sync.mirrors import github_stars_mirror
    from skills.ingestion.sync.write import links_mark_missing
    from skills.models import GithubRepoCache

    result = SyncResult(**{k: v for k, v in partial.items() if k != "handoff"})
    every_part_ran = True
    for part in parts:
        if not isinstance(part, dict) or part.get("skipped"):
            every_part_ran = False
            continue
        result.new += part["new"]
        result.changed += part["changed"]
        result.published += part["published"]
        result.skill_errors.extend(part["skill_errors"])
    if job["deferred"]:
        extra = _empty_part()
        with FetchContext() as ctx:
            _write(source, job, _root_for(source, job, ctx), job["deferred"], extra)
        result.new += extra["new"]
        result.changed += extra["changed"]
        result.published += extra["published"]
        result.skill_errors.extend(extra["skill_errors"])
    now = datetime.fromisoformat(job["now"])
    if job["mark_missing"] and every_part_ran:
        links = {
            row["path"]: row
            for row in SkillSourceLink.objects.filter(source=source).values(
                "id", "path", "skill_id", "content_hash"
            )
        }
        result.gone = links_mark_missing(source=source, links=links, seen=set(job["seen"]), now=now)
        result.complete = not result.skill_errors
    if job["github"]:
        cache = GithubRepoCache.objects.filter(
            owner=job["github"]["owner"], name=job["github"]["name"]
        ).first()
        if cache is not None:
            result.stars_changed = github_stars_mirror(source=source, cache=cache)
    result.seconds = round(time.time() - now.timestamp(), 3)
    source.refresh_from_db()
    source_succeeded(source, result)
    catalogue_bump_if_changed(result, source)
    return result


def run_dir_remove(job: dict) -> None:
    """Remove the run folder (on this machine; others' age out)."""
    run_dir = job.get("run_dir") or ""
    if run_dir and Path(run_dir).name.startswith(RUN_PREFIX) and os.path.isdir(run_dir):
        shutil.rmtree(run_dir, ignore_errors=True)
