"""Running the searches: one page of one search at a time, each page's cursor stored, so a
pass interrupted anywhere (a rate limit, a killed worker) resumes where it stopped.

:func:`discovery_page_fetch` is the unit of work (the Celery task "discover: one page of
one query" wraps it); :func:`discovery_pass` runs pages until every due search is done
or the budget says stop, then decides the new candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from skills.ingestion.sources.finder.candidates import (
    FinderRun,
    candidate_decide,
    candidate_metadata_refresh,
    candidate_record,
    candidates_to_decide,
)
from skills.ingestion.sources.finder.parse import PageError, page_read
from skills.ingestion.sources.finder.queries import (
    PER_PAGE,
    SEARCH_CAP,
    SearchSpec,
    code_searches,
    fork_search,
    pages_needed,
    split,
    topic_searches,
)
from skills.ingestion.sources.ghapi import GithubRateLimited, github_get
from skills.ingestion.sources.urls import parse_github
from skills.models import DiscoveryQuery, SkillSource

State = DiscoveryQuery.State


@dataclass
class PageOutcome:
    search: str  # the key
    page: int
    status: str  # "fetched", "not_modified", "split", "failed"
    hits: int = 0
    note: str = ""


@dataclass
class PassSummary:
    pages: list[PageOutcome] = field(default_factory=list)
    stopped: str = ""  # why the pass stopped before the end (a rate limit)
    retry_after: float | None = None
    decided: int = 0


def spec_of(row: DiscoveryQuery) -> SearchSpec:
    base = row.query
    if row.range_field:
        base = base.rsplit(f" {row.range_field}:", 1)[0]
    return SearchSpec(row.channel, base, row.range_field, row.range_low, row.range_high)


def _row(spec: SearchSpec, run: FinderRun, parent: DiscoveryQuery | None = None):
    fields = {
        "channel": spec.channel,
        "query": spec.q[:400],
        "range_field": spec.range_field,
        "range_low": spec.range_low,
        "range_high": spec.range_high,
        "parent": parent,
    }
    if run.dry_run:
        return DiscoveryQuery.objects.filter(key=spec.key).first() or DiscoveryQuery(
            key=spec.key, **fields
        )
    row, _ = DiscoveryQuery.objects.get_or_create(key=spec.key, defaults=fields)
    return row


def known_skill_repositories(limit: int) -> list[str]:
    """owner/name of the GitHub repositories whose skills we list, most starred first."""
    rows = (
        SkillSource.objects.filter(kind=SkillSource.Kind.GITHUB)
        .exclude(status=SkillSource.Status.PENDING)
        .annotate(n=Count("skill_links"))
        .filter(n__gt=0)
        .order_by("-n", "created_at")
        .values_list("url", flat=True)
    )
    names: list[str] = []
    for url in rows.iterator():
        gh = parse_github(url)
        if gh is not None and gh.full_name not in names:
            names.append(gh.full_name)
        if len(names) >= limit:
            break
    return names


def discovery_searches_ensure(*, run: FinderRun, specs: list[SearchSpec] | None = None):
    """The search rows for ``specs`` (default: every built-in channel), created when new."""
    if specs is None:
        today = timezone.now().date()
        # GitHub's code search answers only authenticated calls.
        code = code_searches() if run.budget.tokens != [""] else []
        specs = [*code, *topic_searches(today)]
        specs += [fork_search(n) for n in known_skill_repositories(settings.DISCOVERY_FORK_SOURCES)]
        specs.append(SearchSpec("linked", "catalogs and lists"))
    return [_row(spec, run) for spec in specs]


def searches_due(rows) -> list[DiscoveryQuery]:
    """Searches to work on now: not finished in this pass, or finished longer ago than
    DISCOVERY_PASS_HOURS (a new pass begins: page 1 again, ETags kept)."""
    stale = timezone.now() - timedelta(hours=settings.DISCOVERY_PASS_HOURS)
    due = []
    for row in rows:
        if row.state == State.SPLIT:
            due += searches_due(list(row.parts.all()) if row.pk else [])
        elif row.state != State.DONE or (row.completed_at and row.completed_at < stale):
            due.append(row)
    return due


def discovery_page_fetch(*, search: DiscoveryQuery, run: FinderRun) -> PageOutcome:
    """Fetch and record the next page of one search, and move its cursor.

    Raises GithubRateLimited (nothing recorded, the cursor unchanged) when the budget is
    spent; any bad answer is recorded on the search row (``last_error``) and returned.
    """
    now = timezone.now()
    if search.state == State.DONE:  # a new pass of a finished search
        search.next_page, search.results_seen = 1, 0
    if search.next_page == 1:
        search.pass_started_at = now
    page = search.next_page
    if search.channel == "linked":
        return _linked_page(search=search, run=run, page=page, now=now)
    spec = spec_of(search)
    if spec.channel == "code" and run.budget.tokens == [""]:
        return _failed(search, run, page, "code search needs a GitHub token (GITHUB_TOKENS)")
    answer = github_get(
        spec.endpoint,
        http=run.http,
        budget=run.budget,
        resource=spec.resource,
        params=spec.params(page),
        etag=search.etags.get(str(page), ""),
        api_base=run.api_base,
    )
    search.last_run_at = now
    if answer.not_modified:
        return _advance(search, run, page, items=PER_PAGE, status="not_modified")
    if not answer.ok:
        return _failed(search, run, page, answer.error)
    try:
        result = page_read(spec.channel, answer.data, fork_of=spec.query)
    except PageError as exc:
        return _failed(search, run, page, f"page {page}: {exc}")
    if result.total_count is not None:
        search.total_count = result.total_count
    for hit in result.hits:
        candidate_record(hit=hit, channel=spec.channel, query=spec.q, run=run)
    search.results_seen += len(result.hits)
    search.etags = {**search.etags, str(page): answer.etag} if answer.etag else search.etags
    note = f"{result.skipped} malformed item(s) skipped" if result.skipped else ""
    if page == 1 and (result.total_count or 0) > SEARCH_CAP:
        halves = split(spec)
        if halves is not None:
            search.state, search.completed_at, search.last_error = State.SPLIT, now, ""
            run.save(search)
            for half in halves:
                _row(half, run, parent=search if search.pk else None)
            return PageOutcome(search.key, page, "split", len(result.hits), note)
        note = (note + "; " if note else "") + "more than 1,000 results in one range"
    return _advance(
        search, run, page, items=result.items, status="fetched", hits=len(result.hits), note=note
    )


def _advance(search, run, page, *, items, status, hits=0, note=""):
    last = items < PER_PAGE
    if search.total_count is not None and search.channel in ("code", "topic"):
        last = last or page >= pages_needed(search.total_count)
    if last:
        search.state, search.completed_at, search.next_page = State.DONE, timezone.now(), 1
    else:
        search.state, search.next_page = State.RUNNING, page + 1
    search.last_error = ""
    run.save(search)
    return PageOutcome(search.key, page, status, hits, note)


def _failed(search, run, page, error: str) -> PageOutcome:
    search.state, search.last_error = State.FAILED, error[:2000]
    search.error_count += 1
    search.last_run_at = timezone.now()
    run.save(search)
    return PageOutcome(search.key, page, "failed", 0, error)


LINKED_BATCH = 50


def _linked_page(*, search, run, page, now) -> PageOutcome:
    """The linked channel: GitHub repositories that known plugin catalogs and curated lists
    point at (their child sources), asked about once each to learn their repository id."""
    children = (
        SkillSource.objects.filter(
            kind=SkillSource.Kind.GITHUB,
            parent__kind__in=[SkillSource.Kind.LIST, SkillSource.Kind.CATALOG],
        )
        .select_related("parent")
        .order_by("created_at", "pk")[(page - 1) * LINKED_BATCH : page * LINKED_BATCH + 1]
    )
    batch = list(children)
    hits = 0
    for child in batch[:LINKED_BATCH]:
        gh = parse_github(child.url)
        if gh is None or child.discovery_candidates.exists():
            continue
        answer = github_get(
            f"/repos/{gh.owner}/{gh.name}", http=run.http, budget=run.budget, api_base=run.api_base
        )
        if not answer.ok:
            continue  # gone or private: the child's own sync reports it
        result = page_read("linked", answer.data)
        for hit in result.hits:
            candidate_record(
                hit=hit, channel="linked", query=child.parent.name, run=run, source=child
            )
            hits += 1
    search.last_run_at = now
    search.results_seen += hits
    return _advance(
        search,
        run,
        page,
        items=PER_PAGE if len(batch) > LINKED_BATCH else 0,
        status="fetched",
        hits=hits,
    )


def discovery_decide_pending(*, run: FinderRun, limit: int = 500) -> int:
    """Complete the metadata of undecided candidates and decide them (GithubRateLimited
    propagates: the rest wait for the next run)."""
    pool = (
        [c for c in run.seen.values() if c.decision == ""]
        if run.dry_run
        else list(candidates_to_decide(limit=limit))
    )
    done = 0
    for candidate in pool[:limit]:
        if candidate.stars is None and not candidate_metadata_refresh(candidate=candidate, run=run):
            continue
        candidate_decide(candidate=candidate, run=run)
        done += 1
    return done


def discovery_pass(
    *,
    run: FinderRun,
    specs: list[SearchSpec] | None = None,
    max_pages: int | None = None,
    progress=None,
) -> PassSummary:
    """Run due searches page by page (at most ``max_pages``), then decide candidates."""
    summary = PassSummary()
    rows = discovery_searches_ensure(run=run, specs=specs)
    try:
        while max_pages is None or len(summary.pages) < max_pages:
            due = searches_due(rows)
            if run.dry_run:  # nothing is stored: each search's first page only
                due = [r for r in due if r.key not in {p.search for p in summary.pages}]
            if not due:
                break
            outcome = discovery_page_fetch(search=due[0], run=run)
            summary.pages.append(outcome)
            if progress:
                progress(outcome)
            if outcome.status == "failed":
                rows = [r for r in rows if r.key != outcome.search]
            elif outcome.status == "split":
                rows = [r for r in rows if r.key != outcome.search] + list(
                    DiscoveryQuery.objects.filter(parent__key=outcome.search)
                )
        summary.decided = discovery_decide_pending(run=run)
    except GithubRateLimited as exc:
        summary.stopped, summary.retry_after = str(exc), exc.retry_after
    return summary


def discovery_overview() -> dict[str, int]:
    """Counts for the command's summary and the console."""
    return DiscoveryQuery.objects.aggregate(
        searches=Count("pk"),
        done=Count("pk", filter=Q(state=State.DONE)),
        failed=Count("pk", filter=Q(state=State.FAILED)),
    )
