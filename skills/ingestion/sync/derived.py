"""Which repository is the original of a skill found in two, and "derived from" links.

**Originality.** When the same content is found in two repositories, the listing stays with
the repository it was first seen in, unless the other one shows it is the original
(:func:`claim_reason`):

- ``fork``: the first one is a GitHub fork of the other (GitHub's ``parent``/``source``
  of the repository, recorded on the source at each sync); a fork is never the original of
  its parent's skills;
- ``trusted``: the other source is trusted by an operator and the first is not (a vendor
  cannot make itself trusted).

Without such evidence the first seen keeps the listing (content alone cannot tell which copy
came first: commit dates are written by whoever commits).

**Derived from.** A listing whose content is close (:mod:`skills.ingestion.similarity`) to
a listing of another repository is marked ``derived_from`` it: the one that is not the
original by the rule above points at the one that is. The link is recomputed each time the
listing gets a new version (and dropped when it is no longer close). It is only a label:
versions are only ever added through a listing's own links (:mod:`.write`).
"""

from __future__ import annotations

from collections.abc import Iterable

from skills.ingestion.similarity import close_similarity
from skills.ingestion.sources.urls import owner_and_name, parse_github
from skills.models import Skill, SkillSource, SkillSourceLink, SkillVersion

MAX_CANDIDATES = 10
_LISTED = (Skill.Status.PENDING, Skill.Status.PUBLISHED, Skill.Status.HIDDEN)


def source_repository(source: SkillSource) -> tuple[str, str]:
    """(owner, name), lowercase, of the repository a source reads."""
    if source.kind == SkillSource.Kind.GITHUB:
        gh = parse_github(source.url)
        if gh is not None:
            return gh.owner, gh.name
    return owner_and_name(source.url, name=source.name)


def canonical_source(skill_id) -> SkillSource | None:
    link = (
        SkillSourceLink.objects.filter(skill_id=skill_id, is_canonical=True)
        .select_related("source")
        .first()
    )
    return link.source if link else None


def claim_reason(*, claimant: SkillSource, holder: SkillSource | None) -> str:
    """Why ``claimant``'s repository is the original of content first listed under
    ``holder``'s ("fork", "trusted"), or "" when it is not shown to be."""
    if holder is None:
        return ""
    mine = "/".join(source_repository(claimant))
    theirs = "/".join(source_repository(holder))
    if mine == theirs:
        return ""
    if (claimant.github_parent or "").lower() == theirs:
        return ""  # the claimant is the fork
    if (holder.github_parent or "").lower() == mine:
        return "fork"
    if claimant.is_trusted and not holder.is_trusted:
        return "trusted"
    return ""


def _paths(manifest: list) -> list[str]:
    return [str(entry.get("path", "")) for entry in manifest if isinstance(entry, dict)]


def _compared_versions(candidates: list[Skill]) -> dict:
    """{skill id: (body, file paths)} of the version each candidate is compared by (its
    latest; else its newest), the latest ones in one query."""
    latest = {c.latest_version_id: c.pk for c in candidates if c.latest_version_id}
    compared = {
        latest[row["pk"]]: (row["body"], _paths(row["file_manifest"]))
        for row in SkillVersion.objects.filter(pk__in=list(latest)).values(
            "pk", "body", "file_manifest"
        )
    }
    for candidate in candidates:
        if candidate.latest_version_id:
            continue
        newest = candidate.versions.only("body", "file_manifest").order_by("-created_at").first()
        if newest is not None:
            compared[candidate.pk] = (newest.body, _paths(newest.file_manifest))
    return compared


def derived_update(
    *,
    skill: Skill,
    version: SkillVersion,
    source: SkillSource,
    hints: Iterable[int | str | None] = (),
) -> Skill | None:
    """Mark ``skill`` (which just got ``version`` from ``source``) derived from the closest
    listing of another repository, or that listing derived from it when ``source`` is the
    original; drop a derived link that is no longer close. Returns the listing the link
    points at (None when there is none).

    Candidates: ``hints`` (say the listing a copy was a mirror of), the listing it is marked
    derived from, and listings of other repositories with the same name (a few at most)."""
    own_repo = (skill.repository_owner.lower(), skill.repository_name.lower())
    ids = [h for h in (*hints, skill.derived_from_id) if h]
    candidates = list(Skill.objects.filter(pk__in=ids).exclude(pk=skill.pk))
    if skill.name:
        candidates += list(
            Skill.objects.filter(name=skill.name, status__in=_LISTED)
            .exclude(pk=skill.pk)
            .exclude(pk__in=ids)
            # listings of its own repository are never candidates: left out in the query
            .exclude(
                repository_owner__iexact=skill.repository_owner,
                repository_name__iexact=skill.repository_name,
            )
            .order_by("first_seen_at")[:MAX_CANDIDATES]
        )
    candidates = [
        c for c in candidates if (c.repository_owner.lower(), c.repository_name.lower()) != own_repo
    ]
    compared = _compared_versions(candidates) if candidates else {}
    body, paths = version.body, _paths(version.file_manifest)
    best: tuple[Skill, float] | None = None
    for candidate in candidates:
        if candidate.pk not in compared:
            continue
        their_body, their_paths = compared[candidate.pk]
        similarity = close_similarity(
            body_a=body, files_a=paths, body_b=their_body, files_b=their_paths
        )
        if similarity is not None and (best is None or similarity > best[1]):
            best = (candidate, similarity)
    if best is None:
        if skill.derived_from_id:
            Skill.objects.filter(pk=skill.pk).update(derived_from=None, derived_similarity=None)
            skill.derived_from_id, skill.derived_similarity = None, None
        return None
    other, similarity = best
    if claim_reason(claimant=source, holder=canonical_source(other.pk)):
        # This repository is the original: the other listing is the derived one.
        if other.derived_from_id in (None, skill.pk):
            Skill.objects.filter(pk=other.pk).update(
                derived_from=skill, derived_similarity=similarity
            )
        return None
    if other.derived_from_id == skill.pk:
        return None  # never a loop: the other listing is already derived from this one
    Skill.objects.filter(pk=skill.pk).update(derived_from=other, derived_similarity=similarity)
    skill.derived_from_id, skill.derived_similarity = other.pk, similarity
    return other
