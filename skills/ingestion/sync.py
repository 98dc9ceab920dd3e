"""The ingestion pipeline: a source -> fetched folder -> discovered skills -> database.

:func:`source_sync` is the only writer of RawSkill, SkillVersion, SkillFile and
SkillSourceLink rows from sources. Rules (docs/INGESTION.md):

- Unchanged content (same source + path + content hash already recorded, and it is the
  content the source's link points at) only touches ``last_seen_at`` (in bulk).
- New content becomes a RawSkill with its problems. Not listable: the RawSkill is kept in
  state ``rejected`` (a recorded refusal, with a REJECT decision by the system), no Skill.
  Listable: a Skill (pending when new) and a new SkillVersion with its SkillFiles; the bytes
  go to content-addressed storage; the version is scanned.
- De-duplication: content whose hash is already a version of a skill (found through
  another source) is that skill, with one more SkillSourceLink. The canonical link is the
  best by (origin rank, first seen, id): a direct github source (0) beats a direct git or
  well-known source (1), a catalog child (2), a list child (3); earliest first seen wins ties.
- Trusted sources publish listable skills at once (AUTO_PUBLISH) unless the scan verdict is
  ``fail``; untrusted sources leave them pending for moderation.
- Gone: after a successful, complete sync, links of the source whose folder was not found
  get ``missing_syncs += 1``; a skill whose every link is missing for SYNC_GONE_AFTER syncs is
  marked gone (``gone_at``), never deleted; it comes back when found again.
- Each skill is written in its own transaction. One bad skill is recorded (on the source's
  ``last_stats["skill_errors"]``) and the others go on; a source's failure is recorded on the
  source (``last_error``, ``error_count``; status ``failing`` after SOURCE_FAILING_AFTER).
  A sync killed halfway leaves every skill either fully written or not at all: the next run
  sees the written ones as unchanged and completes the rest.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from moderation.models import ModerationDecision
from skills.cache import catalogue_changed
from skills.ingestion.discovery import (
    DiscoveredSkill,
    Limits,
    UnsafePathError,
    discover_skills,
    read_skill_file,
)
from skills.ingestion.sources import FetchContext, FetchResult, adapter_for
from skills.ingestion.sources.services import SourceError, source_get_or_create
from skills.models import RawSkill, Skill, SkillFile, SkillSource, SkillSourceLink, SkillVersion
from skills.rendering import RENDERER_VERSION, render_markdown
from skills.storage import blob_put

logger = logging.getLogger(__name__)

SOURCE_FAILING_AFTER = 3
SYNC_POOL_MIN_SKILLS = 16  # fewer skills than this are prepared in-process
# Folders that say nothing about a skill; skipped when making a slug unique.
_GENERIC_FOLDERS = frozenset({"skills", "skill", "plugins", ".claude", ".agents", ".github", "src"})

Progress = Callable[[str, int, int], None]  # (event, done, total); event "start"|"skill"|"done"


@dataclass
class SyncResult:
    source_id: str = ""
    source_name: str = ""
    found: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: dict[str, int] = field(default_factory=dict)
    gone: int = 0
    returned: int = 0
    published: int = 0
    stars_changed: int = 0  # skills whose GitHub star count changed
    children: int = 0
    skill_errors: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    commit: str = ""
    github: str = ""
    error: str = ""
    dry_run: bool = False
    complete: bool = False  # every skill was looked at (gone-marking ran)
    same_commit: bool = False  # the commit had not moved: nothing was fetched
    fingerprint: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.error

    def as_dict(self) -> dict:
        data = asdict(self)
        data["skill_errors"] = data["skill_errors"][:50]
        data["problems"] = data["problems"][:50]
        return data


def _limits() -> Limits:
    return Limits(
        max_file_bytes=settings.SKILL_MAX_FILE_BYTES,
        max_files=settings.SKILL_MAX_FILES,
        max_skill_bytes=settings.SKILL_MAX_BYTES,
    )


def _origin_rank(source: SkillSource) -> int:
    if source.parent_id is not None:
        parent_kind = source.parent.kind if source.parent else ""
        return 3 if parent_kind == SkillSource.Kind.LIST else 2
    return 0 if source.kind == SkillSource.Kind.GITHUB else 1


def link_canonical_choose(*, skill_id) -> SkillSourceLink | None:
    """Make the best link of a skill its only canonical one (see the module docstring)."""
    links = list(SkillSourceLink.objects.filter(skill_id=skill_id).select_related("source__parent"))
    if not links:
        return None
    best = min(links, key=lambda link: (_origin_rank(link.source), link.first_seen_at, link.pk))
    if not best.is_canonical:
        SkillSourceLink.objects.filter(skill_id=skill_id, is_canonical=True).update(
            is_canonical=False
        )
        SkillSourceLink.objects.filter(pk=best.pk).update(is_canonical=True)
        best.is_canonical = True
    return best


def skill_slug_choose(*, owner: str, repo: str, name: str, folder: str, path: str) -> str:
    """``owner/repo/<name>``, unique: a name already taken gets a suffix from its path."""
    # Unicode-aware: a skill named in Japanese keeps its name in its URL.
    base_name = slugify(name, allow_unicode=True) or slugify(folder, allow_unicode=True) or "skill"
    prefix = f"{slugify(owner) or 'owner'}/{slugify(repo) or 'repo'}"
    candidates = [f"{prefix}/{base_name}"]
    parents = [p for p in path.split("/")[:-1] if p]
    for parent in reversed(parents):
        if parent.lower() not in _GENERIC_FOLDERS and slugify(parent):
            candidates.append(f"{prefix}/{base_name}-{slugify(parent)}")
    if parents:
        candidates.append(f"{prefix}/{base_name}-{slugify('-'.join(parents))}")
    candidates.append(f"{prefix}/{base_name}-{hashlib.sha256(path.encode()).hexdigest()[:8]}")
    candidates = [c[:300] for c in candidates]
    taken = set(Skill.objects.filter(slug__in=candidates).values_list("slug", flat=True))
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    n = 2
    while Skill.objects.filter(slug=f"{candidates[0]}-{n}").exists():
        n += 1
    return f"{candidates[0]}-{n}"


def _manifest(ds: DiscoveredSkill) -> list[dict]:
    return [
        {
            "path": e.path,
            "size": e.size,
            "sha256": e.sha256,
            "is_text": e.is_text,
            "stored": e.stored,
            "reason": e.reason,
        }
        for e in ds.files
    ]


def _refusal_codes(ds: DiscoveredSkill) -> list[str]:
    codes = [p.code for p in ds.skill_md.problems if str(p.severity) == "error"]
    if not codes:
        if not ds.skill_md.name:
            codes = ["name.missing"]
        elif not ds.skill_md.description:
            codes = ["description.missing"]
        else:
            codes = [p.code for p in ds.skill_md.problems] or ["not_listable"]
    return sorted(set(codes))


def _read_files(root, ds: DiscoveredSkill, limits: Limits) -> tuple[list[tuple], list[dict]]:
    """Read and store every stored file of a skill (outside any transaction: blobs are
    content-addressed, so a blob written by an interrupted run is simply reused).

    Returns ([(entry, storage_key, data_or_None_when_not_stored)], problems).
    """
    stored, problems = [], []
    for entry in ds.files:
        if not entry.stored:
            stored.append((entry, "", None))
            continue
        try:
            data = read_skill_file(root, ds, entry, limits=limits)
        except (UnsafePathError, OSError) as exc:
            problems.append(
                {
                    "code": "file.unreadable",
                    "severity": "warning",
                    "message": str(exc),
                    "line": None,
                    "path": entry.path,
                }
            )
            stored.append((entry, "", None))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry.sha256:
            problems.append(
                {
                    "code": "file.changed",
                    "severity": "warning",
                    "path": entry.path,
                    "line": None,
                    "message": "The file changed while it was read; not stored.",
                }
            )
            stored.append((entry, "", None))
            continue
        _, key = blob_put(data, sha256=digest)
        stored.append((entry, key, data))
    return stored, problems


@dataclass
class Prepared:
    """What a skill needs before its database write: stored files, scan, rendered body.

    Computed without the database (in worker processes when there are many skills), so the
    CPU-heavy part of a sync uses every core; the writes stay sequential, one transaction
    per skill.
    """

    files: list[tuple] = field(default_factory=list)  # (FileEntry, storage key, is_text)
    problems: list[dict] = field(default_factory=list)
    scan: object | None = None  # moderation.scanner ScanReport
    body_html: str = ""
    error: str = ""


def skill_prepare(root, ds: DiscoveredSkill, limits: Limits) -> Prepared:
    """Read and store a listable skill's files, scan them and render its body (no database)."""
    from moderation import scanner

    if not ds.skill_md.is_listable:
        return Prepared()
    files, problems = _read_files(root, ds, limits)
    report = scanner.scan_files(
        [(e.path, data) for e, _key, data in files if data is not None],
        frontmatter=ds.skill_md.frontmatter or {},
    )
    return Prepared(
        files=[(e, key, e.is_text) for e, key, _data in files],
        problems=problems,
        scan=report,
        body_html=render_markdown(ds.skill_md.body),
    )


def _prepare_safely(args: tuple) -> Prepared:
    root, ds, limits = args
    try:
        return skill_prepare(root, ds, limits)
    except Exception as exc:  # reported on the skill by the writer, never lost
        logger.exception("sync: preparing %s failed", ds.path)
        return Prepared(error=f"{type(exc).__name__}: {exc}"[:1000])


def _prepared_stream(root, skills: list[DiscoveredSkill], limits: Limits):
    """Prepared results in the order of `skills`, from a process pool when it pays off."""
    workers = max(1, int(getattr(settings, "SYNC_WORKERS", 1)))
    jobs = [(root, ds, limits) for ds in skills]
    if workers == 1 or len(jobs) < SYNC_POOL_MIN_SKILLS:
        yield from map(_prepare_safely, jobs)
        return
    # fork: workers inherit settings and code; they never touch the database connection.
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("fork")
    ) as pool:
        yield from pool.map(_prepare_safely, jobs, chunksize=2)


class _Sync:
    def __init__(self, *, source: SkillSource, fetched: FetchResult, result: SyncResult, now):
        self.source = source
        self.fetched = fetched
        self.result = result
        self.now = now
        self.limits = _limits()
        links = SkillSourceLink.objects.filter(source=source).values(
            "id", "path", "skill_id", "content_hash"
        )
        self.links = {row["path"]: row for row in links}
        self.recorded = set(
            RawSkill.objects.filter(source=source).values_list("path", "content_hash")
        )

    def is_unchanged(self, ds: DiscoveredSkill) -> bool:
        if (ds.path, ds.content_hash) not in self.recorded:
            return False
        link = self.links.get(ds.path)
        # A refusal has no link; a link pointing at other content is a revert (not unchanged).
        return link is None or link["content_hash"] == ds.content_hash

    def touch(self, paths: list[str]) -> None:
        """Bulk: the links found again are seen now; their skills are no longer gone."""
        if not paths:
            return
        now = self.now
        for start in range(0, len(paths), 500):
            chunk = paths[start : start + 500]
            SkillSourceLink.objects.filter(source=self.source, path__in=chunk).update(
                last_seen_at=now, missing_syncs=0, commit=self.fetched.commit[:64]
            )
            skill_ids = [self.links[p]["skill_id"] for p in chunk if p in self.links]
            if skill_ids:
                self.result.returned += Skill.objects.filter(
                    pk__in=skill_ids, gone_at__isnull=False
                ).update(gone_at=None, last_seen_at=now)
                Skill.objects.filter(pk__in=skill_ids).update(last_seen_at=now)

    def ingest(self, ds: DiscoveredSkill, prepared: Prepared | None = None) -> str:
        """Write one skill with new content; returns "new", "changed" or "refused"."""
        if prepared is None:
            prepared = skill_prepare(self.fetched.root, ds, self.limits)
        if prepared.error:
            raise RuntimeError(prepared.error)
        problems = [p.as_dict() for p in ds.problems] + prepared.problems
        with transaction.atomic():
            return self._write(
                ds, listable=ds.skill_md.is_listable, problems=problems, prepared=prepared
            )

    def _write(
        self, ds: DiscoveredSkill, *, listable: bool, problems: list[dict], prepared: Prepared
    ) -> str:
        from moderation.scanning import version_scan_store
        from moderation.services import decision_record, raw_skill_approve

        md, now, source, fetched = ds.skill_md, self.now, self.source, self.fetched
        name = (md.name or ds.folder_name or "")[:200]
        raw = RawSkill.objects.filter(
            source=source, path=ds.path, content_hash=ds.content_hash
        ).first()
        if raw is None:
            raw = RawSkill(source=source, path=ds.path, content_hash=ds.content_hash)
        raw.commit = fetched.commit[:64]
        raw.name = name
        raw.frontmatter = md.frontmatter
        raw.body = md.body
        raw.file_manifest = _manifest(ds)
        raw.problems = problems
        raw.is_spec_valid = md.is_spec_valid
        raw.is_listable = listable
        raw.fetched_at = now
        if not listable:
            codes = _refusal_codes(ds)
            raw.state = RawSkill.State.REJECTED
            raw.reviewed_at = now
            raw.save()
            decision_record(
                action=ModerationDecision.Action.REJECT,
                raw_skill=raw,
                source=source,
                from_state="",
                to_state=RawSkill.State.REJECTED,
                reason="Not listable: " + ", ".join(codes),
                details={"codes": codes, "automatic": True},
            )
            return "refused"

        link_row = self.links.get(ds.path)
        outcome = "changed" if link_row else "new"
        skill = None
        if link_row:
            skill = Skill.objects.select_for_update().get(pk=link_row["skill_id"])
        else:
            twin = (
                SkillVersion.objects.filter(content_hash=ds.content_hash)
                .order_by("created_at")
                .select_related("skill")
                .first()
            )
            if twin is not None:
                skill = twin.skill
        capabilities = ds.capabilities or {}
        if skill is None:
            skill = Skill.objects.create(
                slug=skill_slug_choose(
                    owner=fetched.owner,
                    repo=fetched.repository,
                    name=name,
                    folder=ds.folder_name,
                    path=ds.path,
                ),
                name=name,
                description=md.description or "",
                repository_url=fetched.repository_url[:1000],
                repository_owner=fetched.owner[:100],
                repository_name=fetched.repository[:200],
                path=ds.path[:500],
                capabilities=capabilities,
                license=(ds.license or "")[:100],
                license_confidence=ds.license_confidence,
                is_spec_valid=md.is_spec_valid,
                has_scripts=bool(capabilities.get("scripts")),
                status=Skill.Status.PENDING,
                first_seen_at=now,
                last_seen_at=now,
                last_changed_at=now,
            )

        version = SkillVersion.objects.filter(skill=skill, content_hash=ds.content_hash).first()
        if version is None:
            version = SkillVersion.objects.create(
                skill=skill,
                content_hash=ds.content_hash,
                commit=fetched.commit[:64],
                name=name,
                description=md.description or "",
                frontmatter=md.frontmatter,
                body=md.body,
                file_manifest=raw.file_manifest,
                capabilities=capabilities,
                license=(ds.license or "")[:100],
                license_confidence=ds.license_confidence,
                problems=problems,
                is_spec_valid=md.is_spec_valid,
                is_listable=True,
                created_at=now,
                body_html=prepared.body_html,
                renderer_version=RENDERER_VERSION,
            )
            SkillFile.objects.bulk_create(
                [
                    SkillFile(
                        version=version,
                        path=entry.path[:500],
                        size=entry.size,
                        sha256=entry.sha256 if key else "",
                        storage_key=key,
                        is_text=is_text,
                    )
                    for entry, key, is_text in prepared.files
                ]
            )
            version_scan_store(version=version, report=prepared.scan)

        raw.skill = skill
        raw.version = version
        raw.security_verdict = version.security_verdict
        raw.risk_score = version.risk_score
        shown = skill.latest_version_id == version.pk and skill.status == Skill.Status.PUBLISHED
        raw.state = RawSkill.State.APPROVED if shown else RawSkill.State.PENDING
        raw.reviewed_at = now if shown else None
        raw.save()

        if link_row:
            SkillSourceLink.objects.filter(pk=link_row["id"]).update(
                content_hash=ds.content_hash,
                commit=fetched.commit[:64],
                last_seen_at=now,
                missing_syncs=0,
            )
        else:
            link = SkillSourceLink.objects.create(
                skill=skill,
                source=source,
                path=ds.path[:500],
                url=_link_url(fetched, ds.path),
                commit=fetched.commit[:64],
                content_hash=ds.content_hash,
                first_seen_at=now,
                last_seen_at=now,
                missing_syncs=0,
            )
            link_canonical_choose(skill_id=skill.pk)
            self.links[ds.path] = {
                "id": link.pk,
                "path": ds.path,
                "skill_id": skill.pk,
                "content_hash": ds.content_hash,
            }
        Skill.objects.filter(pk=skill.pk).update(last_seen_at=now, gone_at=None)

        if (
            raw.state == RawSkill.State.PENDING
            and source.is_trusted
            and version.security_verdict != Skill.Verdict.FAIL
        ):
            raw_skill_approve(
                raw_skill=raw,
                moderator=None,
                action=ModerationDecision.Action.AUTO_PUBLISH,
                reason=f"Trusted source {source.name}",
            )
            self.result.published += 1
        return outcome

    def mark_missing(self, seen: set[str]) -> int:
        """After a complete sync: count missing links, mark skills gone. Returns newly gone."""
        missing = [p for p in self.links if p not in seen]
        if not missing:
            return 0
        for start in range(0, len(missing), 500):
            SkillSourceLink.objects.filter(
                source=self.source, path__in=missing[start : start + 500]
            ).update(missing_syncs=F("missing_syncs") + 1)
        skill_ids = {self.links[p]["skill_id"] for p in missing}
        threshold = settings.SYNC_GONE_AFTER
        still_seen = set(
            SkillSourceLink.objects.filter(
                skill_id__in=skill_ids, missing_syncs__lt=threshold
            ).values_list("skill_id", flat=True)
        )
        gone_ids = skill_ids - still_seen
        if not gone_ids:
            return 0
        return Skill.objects.filter(pk__in=gone_ids, gone_at__isnull=True).update(gone_at=self.now)


def _link_url(fetched: FetchResult, path: str) -> str:
    base = fetched.repository_url
    if base.startswith("https://github.com/"):
        ref = fetched.commit or "HEAD"
        return (f"{base}/tree/{ref}/{path}" if path else base)[:1000]
    return base[:1000]


def _source_failed(source: SkillSource, message: str, *, dry_run: bool) -> None:
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


def _children_store(
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


# Bump when discovery/ingestion changes what is recorded: sources are then fetched again
# even when their commit has not moved.
PIPELINE_VERSION = "1"


def _fingerprint(source: SkillSource) -> str:
    limits = _limits()
    return (
        f"{PIPELINE_VERSION}|{source.kind}|{source.subpath}|{limits.max_file_bytes}|"
        f"{limits.max_files}|{limits.max_skill_bytes}"
    )


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
        sync = _Sync.__new__(_Sync)
        sync.source, sync.result, sync.now, sync.links = source, result, now, missing
        result.gone = sync.mark_missing(set())
    if source.kind == SkillSource.Kind.GITHUB:
        from skills.ingestion.sources.github import github_cache_store, github_repo_metadata
        from skills.ingestion.sources.urls import parse_github

        gh = parse_github(source.url)
        if gh is not None:
            meta = github_repo_metadata(owner=gh.owner, name=gh.name, ctx=ctx)
            result.github = meta.get("skipped") or str(meta.get("status"))
            cache = github_cache_store(owner=gh.owner, name=gh.name, meta=meta)
            if cache is not None:
                result.stars_changed = (
                    Skill.objects.filter(
                        source_links__source=source, source_links__is_canonical=True
                    )
                    .exclude(stars=cache.stars)
                    .update(stars=cache.stars)
                )


def _catalogue_bump_if_changed(result: SyncResult) -> None:
    """Cached pages and API answers show skills' stars, gone marks and versions: a sync
    that changed any of them makes them stale (publishing bumps the version by itself)."""
    if result.new or result.changed or result.gone or result.returned or result.stars_changed:
        transaction.on_commit(catalogue_changed)


def source_sync(
    *,
    source: SkillSource,
    dry_run: bool = False,
    progress: Progress | None = None,
    ctx: FetchContext | None = None,
    full: bool = False,
) -> SyncResult:
    """Fetch a source and record every skill in it (see the module docstring).

    When the source's commit has not moved since its last complete sync (asked with
    ``git ls-remote``, no clone), nothing is fetched: every skill is unchanged. ``full=True``
    fetches and discovers anyway.
    """
    started = time.monotonic()
    result = SyncResult(
        source_id=str(source.pk),
        source_name=source.name,
        dry_run=dry_run,
        fingerprint=_fingerprint(source),
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
                _catalogue_bump_if_changed(result)
                if progress:
                    progress("done", result.found, result.found)
                return result
            fetched = adapter.fetch(source, ctx=ctx)
        except Exception as exc:  # any fetch failure is recorded on the source
            logger.warning("sync %s: fetch failed: %s", source.url, exc)
            result.error = f"{type(exc).__name__}: {exc}"
            _source_failed(source, result.error, dry_run=dry_run)
            return result
        result.commit = fetched.commit
        result.problems.extend(fetched.problems)
        gh = fetched.metadata.get("github")
        cache = None
        if gh is not None:
            result.github = gh.get("skipped") or str(gh.get("status"))
            if not dry_run:
                from skills.ingestion.sources.github import github_cache_store

                cache = github_cache_store(
                    owner=fetched.metadata["owner"], name=fetched.metadata["name"], meta=gh
                )
        _children_store(source=source, fetched=fetched, result=result, dry_run=dry_run)
        if fetched.root is not None:
            _skills_sync(
                source=source, fetched=fetched, result=result, dry_run=dry_run, progress=progress
            )
        if not dry_run:
            if cache is not None:
                result.stars_changed = (
                    Skill.objects.filter(
                        source_links__source=source, source_links__is_canonical=True
                    )
                    .exclude(stars=cache.stars)
                    .update(stars=cache.stars)
                )
            now = timezone.now()
            source.last_synced_at = now
            source.last_success_at = now
            source.last_commit = fetched.commit[:64]
            source.error_count = 0
            source.last_error = (
                f"{len(result.skill_errors)} skill(s) could not be written; see last_stats.skill_errors"
                if result.skill_errors
                else ""
            )
            if source.status == SkillSource.Status.FAILING:
                source.status = SkillSource.Status.ACTIVE
            result.seconds = round(time.monotonic() - started, 3)
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
            _catalogue_bump_if_changed(result)
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
) -> None:
    discovery = discover_skills(
        fetched.root,
        repo_name=fetched.repo_name or "repo",
        subpath=fetched.subpath,
        limits=_limits(),
    )
    result.problems.extend(p.as_dict() for p in discovery.problems)
    now = timezone.now()
    sync = _Sync(source=source, fetched=fetched, result=result, now=now)
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
            refused.update(_refusal_codes(ds))
        if sync.is_unchanged(ds):
            unchanged.append(ds.path)
        elif dry_run:
            result.changed += 1 if ds.path in sync.links else 0
            result.new += 0 if ds.path in sync.links or not ds.skill_md.is_listable else 1
        else:
            to_write.append(ds)
    done = total - len(to_write)
    if progress and done:
        progress("skill", done, total)
    for ds, prepared in zip(
        to_write, _prepared_stream(fetched.root, to_write, sync.limits), strict=True
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
    if discovery.problems and any(
        p.code in ("path.missing", "path.unsafe") for p in discovery.problems
    ):
        return  # the folder itself is missing: do not count every skill as missing
    result.gone = sync.mark_missing(seen)
    result.complete = not result.skill_errors
    if progress:
        progress("done", total, total)
