"""Write the rows: one transaction per skill with new content, links, gone marks.

See :mod:`skills.ingestion.sync` for the rules (de-duplication, canonical link, trusted
sources, gone); the publication policy itself is :mod:`moderation.policy`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import F

from moderation.models import ModerationDecision
from moderation.policy import auto_publish_refusal
from moderation.scanning import version_scan_store
from moderation.services import decision_record, raw_skill_approve
from skills.downloads import version_zip_digest_store
from skills.ingestion.discovery import DiscoveredSkill
from skills.ingestion.sources import FetchResult
from skills.ingestion.sync.derived import (
    canonical_source,
    claim_reason,
    derived_update,
    source_repository,
)
from skills.ingestion.sync.prepare import Prepared, limits_from_settings, skill_prepare
from skills.ingestion.sync.result import SyncResult
from skills.models import RawSkill, Skill, SkillFile, SkillSource, SkillSourceLink, SkillVersion
from skills.rendering import RENDERER_VERSION, render_markdown
from skills.services.identity import skill_rekey, skill_slug_choose
from skills.services.publishing import version_links

__all__ = ["SyncWriter", "link_canonical_choose", "links_mark_missing", "skill_slug_choose"]


def _origin_rank(source: SkillSource) -> int:
    if source.parent_id is not None:
        parent_kind = source.parent.kind if source.parent else ""
        return 3 if parent_kind == SkillSource.Kind.LIST else 2
    return 0 if source.kind == SkillSource.Kind.GITHUB else 1


def link_canonical_choose(*, skill_id) -> SkillSourceLink | None:
    """Make the best link of a skill its only canonical one (see the package docstring): a
    link read from the skill's own repository first, then by origin rank and first seen."""
    links = list(SkillSourceLink.objects.filter(skill_id=skill_id).select_related("source__parent"))
    if not links:
        return None
    skill = Skill.objects.only("repository_owner", "repository_name").get(pk=skill_id)
    own = (skill.repository_owner.lower(), skill.repository_name.lower())
    best = min(
        links,
        key=lambda link: (
            source_repository(link.source) != own,
            _origin_rank(link.source),
            link.first_seen_at,
            link.pk,
        ),
    )
    if not best.is_canonical:
        SkillSourceLink.objects.filter(skill_id=skill_id, is_canonical=True).update(
            is_canonical=False
        )
        SkillSourceLink.objects.filter(pk=best.pk).update(is_canonical=True)
        best.is_canonical = True
    return best


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


def refusal_codes(ds: DiscoveredSkill) -> list[str]:
    codes = [p.code for p in ds.skill_md.problems if str(p.severity) == "error"]
    if not codes:
        if not ds.skill_md.name:
            codes = ["name.missing"]
        elif not ds.skill_md.description:
            codes = ["description.missing"]
        else:
            codes = [p.code for p in ds.skill_md.problems] or ["not_listable"]
    return sorted(set(codes))


class SyncWriter:
    """The writes of one sync of one source (what it already knows is read once)."""

    def __init__(self, *, source: SkillSource, fetched: FetchResult, result: SyncResult, now):
        self.source = source
        self.fetched = fetched
        self.result = result
        self.now = now
        self.limits = limits_from_settings()
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
        md, now, source, fetched = ds.skill_md, self.now, self.source, self.fetched
        name = (md.name or ds.folder_name or "")[:200]
        # Every file counts: an error anywhere (SKILL.md, a symlink, a file that could not be
        # stored) means the skill is not labelled "Spec valid".
        spec_valid = ds.is_spec_valid and not any(p.get("severity") == "error" for p in problems)
        raw = None
        if (ds.path, ds.content_hash) in self.recorded:  # else there is none: no query
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
        raw.is_spec_valid = spec_valid
        raw.is_listable = listable
        raw.fetched_at = now
        if not listable:
            codes = refusal_codes(ds)
            raw.state = RawSkill.State.REJECTED
            raw.reviewed_at = now
            raw.save()
            self.recorded.add((ds.path, ds.content_hash))
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
        hints: list = []  # listings this content may be derived from
        if link_row and self._foreign_mirror(link_row):
            hints.append(link_row["skill_id"])
            # This path was a verbatim copy of another repository's skill (a mirror). Its
            # content now differs: it becomes its own listing, never a version of the original.
            SkillSourceLink.objects.filter(pk=link_row["id"]).delete()
            link_canonical_choose(skill_id=link_row["skill_id"])
            del self.links[ds.path]
            link_row = None
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
                skill = self._twin_claim(twin.skill, ds)
                if skill is None:
                    hints.append(twin.skill_id)
        capabilities = ds.capabilities or {}
        # A listing made by this write has no version, no other link and is seen now: the
        # queries that would say so are skipped (a new skill is the common case of a first sync).
        fresh = skill is None
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
                path=ds.path,
                capabilities=capabilities,
                license=(ds.license or "")[:100],
                license_confidence=ds.license_confidence,
                is_spec_valid=spec_valid,
                has_scripts=bool(capabilities.get("scripts")),
                status=Skill.Status.PENDING,
                first_seen_at=now,
                last_seen_at=now,
                last_changed_at=now,
            )

        version = (
            None
            if fresh
            else SkillVersion.objects.filter(skill=skill, content_hash=ds.content_hash).first()
        )
        created = version is None
        if version is None:
            scan = prepared.scan
            if scan is None:  # prepared for a listable skill: always scanned
                raise RuntimeError("the skill's files were not scanned")
            body_html = prepared.body_html
            if prepared.local_refs:  # its links and images need the skill's URL and files
                paths = [entry.path for entry, _key, _text in prepared.files]
                links = version_links(slug=skill.slug, content_hash=ds.content_hash, paths=paths)
                body_html = render_markdown(md.body, links=links)
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
                is_spec_valid=spec_valid,
                is_listable=True,
                created_at=now,
                body_html=body_html,
                renderer_version=RENDERER_VERSION,
                # the scan's verdict at once: version_scan_store then only adds its report
                security_verdict=scan.verdict,
                risk_score=max(0, int(scan.risk_score)),
            )
            SkillFile.objects.bulk_create(
                [
                    SkillFile(
                        version=version,
                        path=entry.path,
                        size=entry.size,
                        sha256=entry.sha256 if key else "",
                        storage_key=key,
                        is_text=is_text,
                    )
                    for entry, key, is_text in prepared.files
                ]
            )
            # The download's digest, shown on the skill page, from the files just stored.
            version_zip_digest_store(version=version)
            version_scan_store(version=version, report=scan, created=True)

        raw.skill = skill
        raw.version = version
        raw.security_verdict = version.security_verdict
        raw.risk_score = version.risk_score
        shown = skill.latest_version_id == version.pk and skill.status == Skill.Status.PUBLISHED
        raw.state = RawSkill.State.APPROVED if shown else RawSkill.State.PENDING
        raw.reviewed_at = now if shown else None
        raw.save()
        self.recorded.add((ds.path, ds.content_hash))

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
                path=ds.path,
                url=_link_url(fetched, ds.path),
                commit=fetched.commit[:64],
                content_hash=ds.content_hash,
                first_seen_at=now,
                last_seen_at=now,
                missing_syncs=0,
                is_canonical=fresh,  # the only link of a new listing
            )
            if not fresh:
                link_canonical_choose(skill_id=skill.pk)
            self.links[ds.path] = {
                "id": link.pk,
                "path": ds.path,
                "skill_id": skill.pk,
                "content_hash": ds.content_hash,
            }
        if not fresh:
            Skill.objects.filter(pk=skill.pk).update(last_seen_at=now, gone_at=None)
        if created and self._own(skill):
            derived_update(skill=skill, version=version, source=source, hints=hints)

        if raw.state == RawSkill.State.PENDING and not self._held(skill, version):
            raw_skill_approve(
                raw_skill=raw,
                moderator=None,
                action=ModerationDecision.Action.AUTO_PUBLISH,
                reason=f"Trusted source {source.name}",
            )
            self.result.published += 1
        return outcome

    def _foreign_mirror(self, link_row: dict) -> bool:
        """Whether this source's link is a mirror of a skill listed under another repository
        (the link is not the skill's canonical one and the repositories differ)."""
        skill = Skill.objects.only("repository_owner", "repository_name").get(
            pk=link_row["skill_id"]
        )
        if (
            not SkillSourceLink.objects.filter(skill_id=link_row["skill_id"], is_canonical=True)
            .exclude(pk=link_row["id"])
            .exists()
        ):
            return False
        theirs = (skill.repository_owner.lower(), skill.repository_name.lower())
        return theirs != (self.fetched.owner.lower(), self.fetched.repository.lower())

    def _own(self, skill: Skill) -> bool:
        """Whether the listing belongs to the repository this sync reads."""
        theirs = (skill.repository_owner.lower(), skill.repository_name.lower())
        return theirs == (self.fetched.owner.lower(), self.fetched.repository.lower())

    def _twin_claim(self, skill: Skill, ds: DiscoveredSkill) -> Skill | None:
        """Content identical to a version of ``skill`` (maybe listed under another
        repository). Returns the listing this content joins as a link, or None when it must
        be a listing of its own.

        When this repository is shown to be the original of a copy that was seen first
        (:func:`claim_reason`), the listing goes back to it: moved here (same row, the old
        slug redirects) when the copy never had other content, else this repository gets
        its own listing and the copy's is marked derived from it."""
        if self._own(skill):
            return skill
        why = claim_reason(claimant=self.source, holder=canonical_source(skill.pk))
        if not why:
            return skill
        if skill.versions.exclude(content_hash=ds.content_hash).exists():
            return None
        old_slug = skill.slug
        new_slug = skill_rekey(
            skill=skill,
            owner=self.fetched.owner,
            repo=self.fetched.repository,
            repository_url=self.fetched.repository_url,
            path=ds.path,
        )
        decision_record(
            action=ModerationDecision.Action.IDENTITY_MOVE,
            skill=skill,
            source=self.source,
            reason=f"The original repository of this listing was found ({why}).",
            details={"from": old_slug, "to": new_slug, "evidence": why},
        )
        return skill

    def _held(self, skill: Skill, version: SkillVersion) -> str:
        """Why this version waits for a moderator ("" when it is published at once)."""
        live = None
        if skill.status == Skill.Status.PUBLISHED and skill.latest_version_id:
            live = SkillVersion.objects.filter(pk=skill.latest_version_id).first()
        return auto_publish_refusal(
            trusted=self.source.is_trusted,
            verdict=version.security_verdict,
            risk_score=version.risk_score,
            live_verdict=live.security_verdict if live else None,
            live_risk_score=live.risk_score if live else 0,
        )

    def mark_missing(self, seen: set[str]) -> int:
        """After a complete sync: count missing links, mark skills gone. Returns newly gone."""
        return links_mark_missing(source=self.source, links=self.links, seen=seen, now=self.now)


def links_mark_missing(*, source: SkillSource, links: dict[str, dict], seen: set[str], now) -> int:
    """Count one more miss for each link (path -> row) not in `seen`; a skill whose every link
    is missing for SYNC_GONE_AFTER syncs is marked gone. Returns how many became gone."""
    missing = [p for p in links if p not in seen]
    if not missing:
        return 0
    for start in range(0, len(missing), 500):
        SkillSourceLink.objects.filter(source=source, path__in=missing[start : start + 500]).update(
            missing_syncs=F("missing_syncs") + 1
        )
    skill_ids = {links[p]["skill_id"] for p in missing}
    threshold = settings.SYNC_GONE_AFTER
    still_seen = set(
        SkillSourceLink.objects.filter(
            skill_id__in=skill_ids, missing_syncs__lt=threshold
        ).values_list("skill_id", flat=True)
    )
    gone_ids = skill_ids - still_seen
    if not gone_ids:
        return 0
    return Skill.objects.filter(pk__in=gone_ids, gone_at__isnull=True).update(gone_at=now)


def _link_url(fetched: FetchResult, path: str) -> str:
    base = fetched.repository_url
    if base.startswith("https://github.com/"):
        ref = fetched.commit or "HEAD"
        return (f"{base}/tree/{ref}/{path}" if path else base)[:1000]
    return base[:1000]
