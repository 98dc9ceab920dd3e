"""Discovery as units of background work (the Celery tasks in :mod:`skills.tasks` wrap
these): one page of one search, the searches due, deciding the candidates found.

Each unit builds its own GitHub client and budget (the budget itself is shared through the
cache), reads fresh rows and is idempotent: a page whose search has moved past it is not
fetched again, and one search is worked on by one worker at a time (a lock per search).
GithubRateLimited propagates, for the task to retry after ``retry_after``.
"""

from __future__ import annotations

from contextlib import contextmanager

from marketplace.locks import LockHeld, job_lock
from marketplace.netsafety import safe_http_client
from skills.ingestion.sources.finder.candidates import FinderRun
from skills.ingestion.sources.finder.searches import (
    discovery_decide_pending,
    discovery_page_fetch,
    discovery_searches_ensure,
    searches_due,
)
from skills.ingestion.sources.ghapi import GithubBudget
from skills.models import DiscoveryQuery

#: A page takes a few seconds; the lock outlives a stuck worker by this much at most.
PAGE_LOCK_SECONDS = 300


@contextmanager
def finder_run():
    with safe_http_client(allow_private=False, follow_redirects=False) as http:
        yield FinderRun(http=http, budget=GithubBudget())


def discovery_due_ids() -> list[int]:
    """The ids of the searches to work on now (built-in searches created when new)."""
    with finder_run() as run:
        rows = discovery_searches_ensure(run=run)
    return [row.pk for row in searches_due(rows)]


def discovery_page_run(*, search_id: int, page: int | None = None) -> dict:
    """Fetch the next page of one search (``page``: only if the search still waits for that
    page). Returns what happened and whether more pages wait (``more``)."""
    try:
        with job_lock(f"discover:{search_id}", ttl=PAGE_LOCK_SECONDS):
            search = DiscoveryQuery.objects.filter(pk=search_id).first()
            if search is None:
                return {"search": search_id, "skipped": "no such search"}
            if page is not None and (search.next_page != page or search.state == "done"):
                return {"search": search_id, "skipped": f"page {page} already fetched"}
            with finder_run() as run:
                outcome = discovery_page_fetch(search=search, run=run)
    except LockHeld:
        return {"search": search_id, "skipped": "another worker is on this search"}
    search.refresh_from_db()
    return {
        "search": search_id,
        "page": outcome.page,
        "status": outcome.status,
        "hits": outcome.hits,
        "new": run.new_candidates,
        "note": outcome.note,
        "more": search.state == DiscoveryQuery.State.RUNNING,
        "next_page": search.next_page,
        "parts": list(search.parts.values_list("pk", flat=True))
        if outcome.status == "split"
        else [],
    }


def discovery_decide_run(*, limit: int = 500) -> dict:
    """Complete and decide the candidates not decided yet."""
    with finder_run() as run:
        decided = discovery_decide_pending(run=run, limit=limit)
    return {"decided": decided, **run.decisions}
