"""GitHub repositories that move (rename, transfer) or go away (archived, deleted).

GitHub gives every repository a numeric id that survives renames and transfers. A source
remembers it (``SkillSource.github_repo_id``) the first time the API answers for it, and
from then on:

- **A move** is seen two ways: the API answers ``301 Moved Permanently`` for
  ``GET /repos/{owner}/{repo}`` (its ``Location``, ``/repositories/{id}``, is followed by
  :mod:`skills.ingestion.sources.ghapi`), or ``200`` with another ``full_name`` and the
  same id; and the
  ``repository`` webhook's ``renamed``/``transferred`` events (:mod:`.webhooks`). Either way
  :func:`source_move` points the source at the new name, moves its listings there (same rows,
  same history: :func:`skills.services.identity.skill_rekey`, old URLs redirect), records a
  :class:`~skills.models.RepositoryMove` for the repository's pages and well-known index,
  and writes a SOURCE_MOVE decision. The original's new versions then come from the
  repository it moved to, and from nowhere else.
- **A different repository at the old name** (someone creates ``owner/old-name`` after the
  move, or the API answers with another id for the name a source follows) is not the source's
  repository: the sync stops before reading anything (:class:`RepositoryReplaced`), the source
  is paused and marked deleted upstream, and its listings keep their reviewed versions. Old
  slugs stay reserved for the listings that moved (``skill_slug_choose`` never hands out a
  redirect's slug), so the newcomer cannot take over their addresses.
- **Archived / deleted** (webhook, or ``archived`` in the API answer): recorded on the source
  (``upstream_state``); a deleted repository's source is paused.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Q

from skills.ingestion.sources.base import FetchContext, FetchError, FetchResult
from skills.ingestion.sources.urls import GithubRef, parse_github
from skills.models import (
    RepositoryMove,
    Skill,
    SkillSource,
    SkillSourceLink,
    UpstreamState,
)
from skills.services.identity import skill_rekey

logger = logging.getLogger(__name__)


class RepositoryReplaced(FetchError):
    """The name a source follows now belongs to another GitHub repository (another id)."""


def _decision(action: str, *, source: SkillSource, reason: str, details: dict) -> None:
    from moderation.services import decision_record

    decision_record(action=action, source=source, reason=reason[:2000], details=details)


def _full_name(data: dict) -> tuple[str, str] | None:
    full = data.get("full_name")
    if not isinstance(full, str) or full.count("/") != 1:
        return None
    owner, name = full.lower().split("/")
    return (owner, name) if owner and name else None


def github_identity_check(
    *, source: SkillSource, fetched: FetchResult, ctx: FetchContext
) -> FetchResult:
    """After the GitHub adapter fetched ``source``: :func:`github_identity_observe` on its
    API answer; after a move, ``fetched`` names the new repository. Returns ``fetched``."""
    meta = fetched.metadata.get("github")
    if not isinstance(meta, dict):
        return fetched
    meta, new = github_identity_observe(source=source, meta=meta, ctx=ctx)
    fetched.metadata["github"] = meta
    if new is not None:
        fetched.owner, fetched.repository = new
        fetched.repo_name = new[1]
        fetched.repository_url = f"https://github.com/{new[0]}/{new[1]}"
        fetched.metadata.update(owner=new[0], name=new[1])
    return fetched


def github_identity_observe(
    *, source: SkillSource, meta: dict, ctx: FetchContext
) -> tuple[dict, tuple[str, str] | None]:
    """Read the API's answer for a GitHub source (a 301 for a moved repository was already
    followed by :func:`skills.ingestion.sources.ghapi.github_get`): refuse a different
    repository at the followed name (RepositoryReplaced), record the id, the parent of a fork
    and whether it is archived, and move the source when the repository moved. Returns the
    answer and the new (owner, name) after a move, else None."""
    data = meta.get("data")
    if meta.get("status") != 200 or not isinstance(data, dict):
        return meta, None
    repo_id = data.get("id") if isinstance(data.get("id"), int) else None
    if source.github_repo_id and repo_id and repo_id != source.github_repo_id:
        source_replaced(source=source, other_id=repo_id, full_name=str(data.get("full_name")))
        raise RepositoryReplaced(
            f"{data.get('full_name')} is another repository (id {repo_id}, this source "
            f"follows id {source.github_repo_id}); nothing was read from it."
        )
    updates: dict = {}
    if repo_id and not source.github_repo_id:
        updates["github_repo_id"] = repo_id
    parent = (data.get("parent") or data.get("source")) if data.get("fork") else None
    parent_name = _full_name(parent) if isinstance(parent, dict) else None
    parent_text = "/".join(parent_name) if parent_name else ""
    if parent_text != source.github_parent:
        updates["github_parent"] = parent_text
    archived = UpstreamState.ARCHIVED if data.get("archived") else UpstreamState.OK
    if source.upstream_state != archived and source.upstream_state != UpstreamState.DELETED:
        updates["upstream_state"] = archived
    if updates:
        SkillSource.objects.filter(pk=source.pk).update(**updates)
        for key, value in updates.items():
            setattr(source, key, value)
    new = _full_name(data)
    gh = parse_github(source.url)
    if new and gh and new != (gh.owner, gh.name):
        via = "api redirect" if meta.get("redirected") else "api"
        source_move(source=source, owner=new[0], name=new[1], repo_id=repo_id, via=via)
        return meta, new
    return meta, None


def source_replaced(*, source: SkillSource, other_id: int, full_name: str) -> None:
    """The followed name belongs to another repository: pause the source (it keeps its
    listings and their reviewed versions) and log it."""
    from moderation.models import ModerationDecision

    SkillSource.objects.filter(pk=source.pk).update(
        status=SkillSource.Status.PAUSED, upstream_state=UpstreamState.DELETED
    )
    source.status, source.upstream_state = SkillSource.Status.PAUSED, UpstreamState.DELETED
    _decision(
        ModerationDecision.Action.SOURCE_UPSTREAM,
        source=source,
        reason=f"{full_name} is now another repository (id {other_id}); the source is paused.",
        details={"full_name": full_name, "repo_id": other_id, "followed": source.github_repo_id},
    )


def source_move(
    *, source: SkillSource, owner: str, name: str, repo_id: int | None, via: str
) -> SkillSource:
    """Point a GitHub source at the repository's new ``owner/name`` and move its listings
    (see the module docstring). Idempotent: a source already there is left as it is."""
    from moderation.models import ModerationDecision

    owner, name = owner.lower(), name.lower()
    gh = parse_github(source.url)
    if gh is None or (gh.owner, gh.name) == (owner, name):
        return source
    if source.github_repo_id and repo_id and repo_id != source.github_repo_id:
        return source  # a move of another repository
    moved = GithubRef(owner, name, gh.ref, gh.subpath)
    new_url = moved.tree_url() if gh.ref or gh.subpath else moved.repo_url
    with transaction.atomic():
        if SkillSource.objects.filter(url=new_url).exclude(pk=source.pk).exists():
            # The new name is already a source of its own: it carries on; this one stops.
            SkillSource.objects.filter(pk=source.pk).update(status=SkillSource.Status.PAUSED)
            _decision(
                ModerationDecision.Action.SOURCE_MOVE,
                source=source,
                reason=f"Moved to {owner}/{name}, which is already a source: paused.",
                details={"from": gh.full_name, "to": f"{owner}/{name}", "via": via},
            )
            return source
        old_url = source.url
        fields = {"url": new_url, "github_repo_id": repo_id or source.github_repo_id}
        if source.name.lower() == gh.full_name:
            fields["name"] = f"{owner}/{name}"
        SkillSource.objects.filter(pk=source.pk).update(**fields)
        for key, value in fields.items():
            setattr(source, key, value)
        _repository_move_record(old=(gh.owner, gh.name), new=(owner, name), repo_id=repo_id)
        moved_skills = _listings_move(source=source, old=(gh.owner, gh.name), new=(owner, name))
        _decision(
            ModerationDecision.Action.SOURCE_MOVE,
            source=source,
            reason=f"{gh.full_name} moved to {owner}/{name} ({via}).",
            details={
                "from": gh.full_name,
                "to": f"{owner}/{name}",
                "old_url": old_url,
                "via": via,
                "repo_id": repo_id,
                "skills": moved_skills,
            },
        )
    from skills.cache import catalogue_changed

    transaction.on_commit(catalogue_changed)
    return source


def _repository_move_record(*, old: tuple[str, str], new: tuple[str, str], repo_id) -> None:
    # Earlier moves that ended at the old name now end at the new one (no chains).
    RepositoryMove.objects.filter(new_owner=old[0], new_name=old[1]).update(
        new_owner=new[0], new_name=new[1]
    )
    RepositoryMove.objects.filter(old_owner=new[0], old_name=new[1]).delete()  # moved back
    RepositoryMove.objects.update_or_create(
        old_owner=old[0],
        old_name=old[1],
        defaults={"new_owner": new[0], "new_name": new[1], "github_repo_id": repo_id},
    )


def _listings_move(*, source: SkillSource, old: tuple[str, str], new: tuple[str, str]) -> int:
    """The listings of the old repository whose canonical link is this source move to the
    new one; their links' web addresses follow."""
    canonical = SkillSourceLink.objects.filter(source=source, is_canonical=True)
    skills = Skill.objects.filter(
        pk__in=canonical.values("skill_id"),
        repository_owner__iexact=old[0],
        repository_name__iexact=old[1],
    )
    count = 0
    url = f"https://github.com/{new[0]}/{new[1]}"
    for skill in skills:
        skill_rekey(skill=skill, owner=new[0], repo=new[1], repository_url=url, reserve=True)
        count += 1
    old_prefix = f"https://github.com/{old[0]}/{old[1]}/"
    for link in SkillSourceLink.objects.filter(source=source, url__istartswith=old_prefix):
        SkillSourceLink.objects.filter(pk=link.pk).update(
            url=(url + "/" + link.url[len(old_prefix) :])[:1000]
        )
    return count


def sources_for_repository(*, repo_id: int | None, full_name: str) -> list[SkillSource]:
    """The GitHub sources that follow a repository: by its id, or by its name when they do
    not know an id yet (a source that knows another id follows another repository)."""
    full_name = full_name.lower()
    by_name = Q(url__iexact=f"https://github.com/{full_name}") | Q(
        url__istartswith=f"https://github.com/{full_name}/tree/"
    )
    query = by_name & Q(github_repo_id__isnull=True)
    if repo_id:
        query |= Q(github_repo_id=repo_id) | (by_name & Q(github_repo_id=repo_id))
    return list(SkillSource.objects.filter(query, kind=SkillSource.Kind.GITHUB).order_by("pk"))
