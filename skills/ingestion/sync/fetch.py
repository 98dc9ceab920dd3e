"""The source's side of a sync: the fingerprint, failures and children.

The adapters (:mod:`skills.ingestion.sources`) fetch; this records what fetching says about
the source itself.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from skills.cache import catalogue_changed, catalogue_content_changed
from skills.ingestion.sources import FetchResult
from skills.ingestion.sources.services import SourceError, source_get_or_create
from skills.ingestion.sync.prepare import limits_from_settings
from skills.ingestion.sync.result import SyncResult
from skills.models import Skill, SkillSource

SOURCE_FAILING_AFTER = 3

# Bump when discovery/ingestion changes what is recorded: sources are then fetched again
# even when their commit has not moved.
PIPELINE_VERSION = "1"


def source_fingerprint(source: SkillSource) -> str:
    limits = limits_from_settings()
    return (
        f"{PIPELINE_VERSION}|{source.kind}|{source.subpath}|{limits.max_file_bytes}|"
        f"{limits.max_files}|{limits.max_skill_bytes}"
    )


def source_failed(source: SkillSource, message: str, *, dry_run: bool) -> None:
    if dry_run:
        return
    source.refresh_from_db(fields=["error_count", "status"])
    source.last_error = message[:5000]
    source.error_count += 1
    source.last_synced_at = timezone.now()
    fields = ["last_error", "error_count", "last_synced_at", "updated_at"]
    if source.error_count >= SOURCE_FAILING_AFTER and source.status == SkillSource.Status.ACTIVE:
        source.status = SkillSource.Status.FAILING
        fields.append("status")
    source.save(update_fields=fields)


def source_succeeded(source: SkillSource, result: SyncResult) -> None:
    """Record a sync that ran to its end on the source: when, the commit, the counts."""
    now = timezone.now()
    source.last_synced_at = now
    source.last_success_at = now
    source.last_commit = result.commit[:64]
    source.error_count = 0
    source.last_error = (
        f"{len(result.skill_errors)} skill(s) could not be written; see last_stats.skill_errors"
        if result.skill_errors
        else ""
    )
    if source.status == SkillSource.Status.FAILING:
        source.status = SkillSource.Status.ACTIVE
    source.last_stats = result.as_dict()
    source.save(
        update_fields=[
            "last_synced_at",
            "last_success_at",
            "last_commit",
            "error_count",
            "last_error",
            "status",
            "last_stats",
            "updated_at",
        ]
    )


def catalogue_bump_if_changed(result: SyncResult, source: SkillSource) -> None:
    """Cached pages and API answers show skills' stars, gone marks and versions: a sync
    that changed any of them makes them stale (publishing bumps the version by itself).
    New, gone and returning skills change what is listed (everything is stale); changed
    versions and stars only the listings and the pages of this source's skills."""
    if result.new or result.gone or result.returned:
        transaction.on_commit(catalogue_changed)
    elif result.changed or result.stars_changed:
        skills = list(
            Skill.objects.filter(source_links__source=source).values_list("pk", "slug").distinct()
        )
        transaction.on_commit(lambda: catalogue_content_changed(skills=skills))


def children_store(
    *, source: SkillSource, fetched: FetchResult, result: SyncResult, dry_run: bool
) -> None:
    result.children = len(fetched.children)
    if dry_run:
        return
    for spec in fetched.children:
        try:
            child, created = source_get_or_create(
                url=spec.url,
                kind=spec.kind,
                name=spec.name[:200],
                parent=source,
                trusted=source.is_trusted and spec.same_repo,
                ref=spec.ref,
                subpath=spec.subpath,
            )
        except SourceError as exc:
            result.problems.append({"code": "child.invalid", "url": spec.url, "message": str(exc)})
            continue
        if not created and child.parent_id == source.pk and child.ref != spec.ref[:200]:
            # The catalog moved its child's pin (or branch): the child follows its parent.
            SkillSource.objects.filter(pk=child.pk).update(
                ref=spec.ref[:200], updated_at=timezone.now()
            )
