"""Candidates: recording what a search found (by GitHub's repository id), completing their
metadata, and deciding what each becomes (the policy in :mod:`.scoring`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from skills.ingestion.sources.finder.parse import Hit, PageError, page_read
from skills.ingestion.sources.finder.scoring import candidate_decision, candidate_score
from skills.ingestion.sources.ghapi import GithubBudget, github_get
from skills.ingestion.sources.services import SourceError, source_get_or_create
from skills.models import DiscoveryCandidate, SkillSource

MAX_SKILL_PATHS = 50
MAX_REASONS = 20


@dataclass
class FinderRun:
    """One run's tools and in-memory state. ``dry_run``: nothing is written; what would be
    found is kept in ``seen`` (by repository id) instead."""

    http: httpx.Client
    budget: GithubBudget
    api_base: str = "https://api.github.com"
    dry_run: bool = False
    seen: dict[int, DiscoveryCandidate] = field(default_factory=dict)
    new_candidates: int = 0
    decisions: dict[str, int] = field(default_factory=dict)

    def save(self, obj, **kwargs) -> None:
        if not self.dry_run:
            obj.save(**kwargs)


def _reason(channel: str, query: str, now) -> dict:
    return {"channel": channel, "query": query[:400], "at": now.isoformat()}


def candidate_record(
    *, hit: Hit, channel: str, query: str, run: FinderRun, source: SkillSource | None = None
) -> DiscoveryCandidate:
    """The candidate for this repository id, created or brought up to date (a new name for
    the same id is a rename: the old name is kept in ``previous_names``)."""
    now = timezone.now()
    candidate = run.seen.get(hit.github_id)
    if candidate is None and not run.dry_run:
        candidate = DiscoveryCandidate.objects.filter(github_id=hit.github_id).first()
    if candidate is None:
        candidate = DiscoveryCandidate(github_id=hit.github_id, full_name=hit.full_name)
        candidate.first_seen_at = now
        run.new_candidates += 1
    elif candidate.full_name != hit.full_name:
        candidate.previous_names = [*candidate.previous_names, candidate.full_name][-10:]
        candidate.full_name = hit.full_name
    candidate.last_seen_at = now
    if hit.description:
        candidate.description = hit.description
    if hit.stars is not None:  # a full repository object: the metadata is current
        candidate.stars = hit.stars
        candidate.pushed_at = parse_datetime(hit.pushed_at) if hit.pushed_at else None
        candidate.archived = hit.archived
        candidate.metadata_at = now
    candidate.is_fork = candidate.is_fork or hit.is_fork
    candidate.fork_of = hit.fork_of or candidate.fork_of
    paths = candidate.skill_paths
    if hit.skill_path and hit.skill_path not in paths and len(paths) < MAX_SKILL_PATHS:
        candidate.skill_paths = [*paths, hit.skill_path]
    if not any(r.get("channel") == channel and r.get("query") == query for r in candidate.reasons):
        candidate.reasons = [*candidate.reasons, _reason(channel, query, now)][-MAX_REASONS:]
    if source is not None:
        candidate.source = source
    if candidate.decision == DiscoveryCandidate.Decision.IGNORED:
        candidate.decision = DiscoveryCandidate.Decision.UNDECIDED  # seen again: re-decide
    run.seen[hit.github_id] = candidate
    if candidate.pk is None and not run.dry_run:
        try:
            with transaction.atomic():
                candidate.save(force_insert=True)
        except IntegrityError:  # another worker recorded it a moment ago: update theirs
            run.seen.pop(hit.github_id)
            run.new_candidates -= 1
            return candidate_record(hit=hit, channel=channel, query=query, run=run, source=source)
        return candidate
    run.save(candidate)
    return candidate


def candidate_metadata_refresh(*, candidate: DiscoveryCandidate, run: FinderRun) -> bool:
    """Ask GitHub about the repository by its id (``GET /repositories/{id}``: a renamed or
    transferred repository answers under its new name). False, with ``last_error``, when it
    could not. GithubRateLimited propagates (the caller stops and retries later)."""
    answer = github_get(
        f"/repositories/{candidate.github_id}",
        http=run.http,
        budget=run.budget,
        api_base=run.api_base,
    )
    if not answer.ok:
        candidate.last_error = answer.error[:2000]
        run.save(candidate, update_fields=["last_error"])
        return False
    try:
        page = page_read("linked", answer.data)
    except PageError as exc:  # pragma: no cover - "linked" pages never raise
        candidate.last_error = str(exc)
        run.save(candidate, update_fields=["last_error"])
        return False
    if not page.hits:
        candidate.last_error = "GitHub's answer is not a repository"
        run.save(candidate, update_fields=["last_error"])
        return False
    hit = page.hits[0]
    if hit.full_name != candidate.full_name:
        candidate.previous_names = [*candidate.previous_names, candidate.full_name][-10:]
        candidate.full_name = hit.full_name
    candidate.stars = hit.stars if hit.stars is not None else candidate.stars
    candidate.pushed_at = parse_datetime(hit.pushed_at) if hit.pushed_at else None
    candidate.archived = hit.archived
    candidate.is_fork = hit.is_fork
    candidate.fork_of = hit.fork_of or candidate.fork_of
    candidate.metadata_at = timezone.now()
    candidate.last_error = ""
    run.save(candidate)
    return True


def source_for_repository(full_names: list[str]) -> SkillSource | None:
    """An existing source of this repository (under any of its names): the repository
    itself or a folder of it."""
    query = Q()
    for name in full_names:
        url = f"https://github.com/{name.lower()}"
        query |= Q(url=url) | Q(url__startswith=f"{url}/tree/")
    return SkillSource.objects.filter(query).order_by("created_at").first() if query else None


def _known_source(candidate: DiscoveryCandidate) -> SkillSource | None:
    """The source this candidate already is: by GitHub's repository id first (it survives
    renames: skills.ingestion.sources.moves), then by any name it had."""
    return (
        candidate.source
        or SkillSource.objects.filter(github_repo_id=candidate.github_id)
        .order_by("created_at")
        .first()
        or source_for_repository([candidate.full_name, *candidate.previous_names])
    )


def candidate_decide(*, candidate: DiscoveryCandidate, run: FinderRun) -> str:
    """Score the candidate and apply the policy: may create its source (pending or active,
    never trusted: its skills go through review). Returns the decision."""
    now = timezone.now()
    known = _known_source(candidate)
    score, parts = candidate_score(
        stars=candidate.stars,
        pushed_at=candidate.pushed_at,
        skill_count=len(candidate.skill_paths),
        archived=candidate.archived,
        now=now,
    )
    decision = candidate_decision(
        score=score,
        archived=candidate.archived,
        is_fork=candidate.is_fork,
        skill_count=len(candidate.skill_paths),
        known=known is not None,
        active_score=settings.DISCOVERY_ACTIVE_SCORE,
        min_score=settings.DISCOVERY_MIN_SCORE,
    )
    candidate.score, candidate.score_parts = score, parts
    candidate.decision, candidate.decision_reason = decision.decision, decision.reason
    candidate.decided_at = now
    if known is not None:
        candidate.source = known
    elif decision.decision in ("active", "pending") and not run.dry_run:
        try:
            source, created = source_get_or_create(
                url=candidate.url,
                kind=SkillSource.Kind.GITHUB,
                name=candidate.full_name,
                status=decision.decision,
            )
        except SourceError as exc:
            candidate.decision = DiscoveryCandidate.Decision.IGNORED
            candidate.decision_reason = "bad_url"
            candidate.last_error = str(exc)[:2000]
        else:
            candidate.source = source
            if not created:
                candidate.decision, candidate.decision_reason = "known", "known"
            elif source.github_repo_id is None:
                # The source follows this repository by id (renames; another repository
                # taking the name later is refused) and knows what it forks.
                source.github_repo_id = candidate.github_id
                source.github_parent = (candidate.fork_of or "").lower()[:300]
                source.save(update_fields=["github_repo_id", "github_parent", "updated_at"])
    run.decisions[candidate.decision] = run.decisions.get(candidate.decision, 0) + 1
    run.save(candidate)
    return candidate.decision


def candidates_to_decide(*, limit: int):
    """Candidates never decided, or ignored but seen again since (their data may have
    changed); the newest first."""
    return DiscoveryCandidate.objects.filter(
        decision=DiscoveryCandidate.Decision.UNDECIDED
    ).order_by("-last_seen_at")[:limit]


def candidate_source_add(*, candidate: DiscoveryCandidate, status: str) -> SkillSource:
    """An operator adds a candidate as a source (``pending`` or ``active``) whatever the
    policy said; a repository that is already a source is linked to it instead."""
    known = _known_source(candidate)
    if known is not None:
        source, decision, reason = known, "known", "known"
    else:
        source, created = source_get_or_create(
            url=candidate.url, kind=SkillSource.Kind.GITHUB, name=candidate.full_name, status=status
        )
        decision, reason = (status, "operator") if created else ("known", "known")
    candidate.source, candidate.decision, candidate.decision_reason = source, decision, reason
    candidate.decided_at = timezone.now()
    candidate.save(update_fields=["source", "decision", "decision_reason", "decided_at"])
    return source
