"""The shared GitHub budget (skills.ingestion.sources.ghapi): learnt from recorded answers'
rate-limit headers, shared by every worker through the cache (locmem here, Redis when the
machine has one), never letting a call go out that GitHub would refuse."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid

import httpx
import pytest
from django.core.cache import cache

from marketplace.netsafety import UnsafeURLError
from marketplace.redis_cache import RedisCache
from skills.ingestion.sources.ghapi import GithubBudget, GithubRateLimited, github_get, token_id

NOW = 1_767_225_000.0
RESET = 1_767_225_600  # ten minutes after NOW


class Clock:
    def __init__(self, now: float = NOW):
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _headers(remaining: int, *, resource: str = "core", limit: int = 5000, reset: int = RESET):
    return {
        "x-ratelimit-limit": str(limit),
        "x-ratelimit-remaining": str(remaining),
        "x-ratelimit-reset": str(reset),
        "x-ratelimit-used": str(limit - remaining),
        "x-ratelimit-resource": resource,
    }


class FakeGithub:
    """A GitHub that counts per token like the real one and answers 403 when a token has
    nothing left (the answer the budget must never provoke)."""

    def __init__(
        self, remaining: int, *, resource: str = "core", limit: int = 5000, reset: int = RESET
    ):
        self.remaining: dict[str, int] = {}
        self.reset = reset
        self.start, self.resource, self.limit = remaining, resource, limit
        self.requests: list[httpx.Request] = []
        self.forbidden = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("Authorization", "")
        with self.lock:
            self.requests.append(request)
            left = self.remaining.setdefault(token, self.start)
            if left <= 0:
                self.forbidden += 1
                return httpx.Response(
                    403,
                    json={
                        "message": "API rate limit exceeded for user ID 1.",
                        "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
                    },
                    headers=_headers(0, resource=self.resource, limit=self.limit, reset=self.reset),
                )
            self.remaining[token] = left - 1
            headers = _headers(left - 1, resource=self.resource, limit=self.limit, reset=self.reset)
        return httpx.Response(200, json={"id": 1, "full_name": "acme/skills"}, headers=headers)


def _client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def test_answers_teach_the_budget_and_it_stops_at_the_reserve():
    clock = Clock()
    fake = FakeGithub(remaining=14)
    budget = GithubBudget(tokens=["tok"], clock=clock, sleep=clock.sleep, max_wait=0)
    http = _client(fake)
    for _ in range(3):
        assert github_get("/repos/acme/skills", http=http, budget=budget).ok
    with pytest.raises(GithubRateLimited) as raised:
        for _ in range(20):
            github_get("/repos/acme/skills", http=http, budget=budget)
    # 14 calls in GitHub's window, 10 kept in reserve: 4 made, none refused.
    assert len(fake.requests) == 4 and fake.forbidden == 0
    assert raised.value.retry_after == pytest.approx(RESET - NOW)
    assert raised.value.resource == "core"
    row = next(r for r in budget.snapshot() if r.resource == "core")
    assert (row.remaining, row.limit, row.reset_at) == (10, 5000, RESET)


def test_ten_workers_sharing_the_budget_never_get_a_403():
    """Ten threads, each with its own budget object over the one cache, call until the
    budget says stop: GitHub never refuses one of them."""
    fake = FakeGithub(remaining=60, resource="search", limit=60, reset=int(time.time()) + 60)
    made, refused = [], []

    def worker():
        budget = GithubBudget(tokens=["tok"], max_wait=0)
        http = _client(fake)
        while True:
            try:
                github_get("/search/repositories", http=http, budget=budget, resource="search")
            except GithubRateLimited:
                refused.append(1)
                return
            made.append(1)

    threads = [threading.Thread(target=worker) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert fake.forbidden == 0
    assert len(refused) == 10
    # search keeps one call in reserve
    assert len(made) == 59 == len(fake.requests)


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379")
def test_workers_share_the_budget_through_redis():
    """Two budget objects over two Redis connections (two processes' view): one budget."""
    prefix = f"t{uuid.uuid4().hex[:8]}"
    one = RedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": prefix})
    two = RedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": prefix})
    fake = FakeGithub(remaining=20, reset=int(time.time()) + 600)
    try:
        budgets = [GithubBudget(tokens=["tok"], cache=c, max_wait=0) for c in (one, two)]
        http = _client(fake)
        made = 0
        for turn in range(40):
            try:
                github_get("/repos/acme/skills", http=http, budget=budgets[turn % 2])
            except GithubRateLimited:
                break
            made += 1
        assert made == 10 and fake.forbidden == 0
        assert budgets[1].snapshot()[0].remaining == 10
    finally:
        one.clear()
        one.close()
        two.close()


def test_secondary_rate_limit_with_retry_after_pauses_the_token():
    clock = Clock()
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(
            403,
            json={
                "message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                "documentation_url": "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
            },
            headers={"retry-after": "60", **_headers(25, resource="search", limit=30)},
        )

    budget = GithubBudget(tokens=["tok"], clock=clock, sleep=clock.sleep, max_wait=0)
    http = _client(handler)
    with pytest.raises(GithubRateLimited) as raised:
        github_get("/search/code", http=http, budget=budget, resource="search")
    assert raised.value.retry_after == pytest.approx(60)
    assert "secondary rate limit" in str(raised.value)
    with pytest.raises(GithubRateLimited):
        github_get("/search/code", http=http, budget=budget, resource="search")
    assert len(calls) == 1  # the paused token was not used again
    row = next(r for r in budget.snapshot() if r.resource == "search")
    assert row.paused_until == pytest.approx(NOW + 60)
    clock.now += 61
    with pytest.raises(GithubRateLimited):
        github_get("/search/code", http=http, budget=budget, resource="search")
    assert len(calls) == 2  # called again once the pause was over


def test_a_short_wait_for_the_reset_is_slept_instead_of_raised():
    clock = Clock()
    fake = FakeGithub(remaining=2, resource="search", limit=30)
    budget = GithubBudget(tokens=["tok"], clock=clock, sleep=clock.sleep, max_wait=700)
    http = _client(fake)
    github_get("/search/repositories", http=http, budget=budget, resource="search")
    fake.remaining["Bearer tok"] = 30  # the window resets at RESET
    github_get("/search/repositories", http=http, budget=budget, resource="search")
    assert clock.slept and clock.now >= RESET
    assert fake.forbidden == 0


def test_several_tokens_are_used_richest_first_and_never_revealed():
    clock = Clock()
    fake = FakeGithub(remaining=12)
    budget = GithubBudget(tokens=["tok-a", "tok-b"], clock=clock, max_wait=0)
    http = _client(fake)
    used = []
    for _ in range(4):
        github_get("/repos/acme/skills", http=http, budget=budget)
        used.append(fake.requests[-1].headers["Authorization"])
    with pytest.raises(GithubRateLimited):
        github_get("/repos/acme/skills", http=http, budget=budget)
    # each token: 12 in GitHub's window, 10 in reserve, so 2 calls each
    assert sorted(used) == ["Bearer tok-a", "Bearer tok-a", "Bearer tok-b", "Bearer tok-b"]
    assert fake.forbidden == 0
    shown = json.dumps([r.__repr__() for r in budget.snapshot()])
    assert "tok-a" not in shown and token_id("tok-a") in shown


def test_github_tokens_setting_is_read_and_github_token_still_works(settings):
    settings.GITHUB_TOKENS = ["one", "two"]
    settings.GITHUB_TOKEN = "legacy"
    assert GithubBudget().tokens == ["one", "two"]
    settings.GITHUB_TOKENS = []
    assert GithubBudget().tokens == ["legacy"]
    settings.GITHUB_TOKEN = ""
    assert GithubBudget().tokens == [""]


def test_a_304_does_not_cost_budget():
    clock = Clock()

    def handler(request):
        if request.headers.get("If-None-Match") == 'W/"e1"':
            return httpx.Response(304, headers={"ETag": 'W/"e1"'})
        return httpx.Response(200, json={"id": 1}, headers={"ETag": 'W/"e1"', **_headers(100)})

    budget = GithubBudget(tokens=["tok"], clock=clock, max_wait=0)
    http = _client(handler)
    github_get("/repos/acme/skills", http=http, budget=budget)
    for _ in range(5):
        answer = github_get("/repos/acme/skills", http=http, budget=budget, etag='W/"e1"')
        assert answer.not_modified and answer.error == ""
    assert budget.snapshot()[0].remaining == 100


def test_renamed_repository_redirect_is_followed_once():
    def handler(request):
        if request.url.path == "/repos/old-owner/skills":
            return httpx.Response(
                301,
                json={
                    "message": "Moved Permanently",
                    "url": "https://api.github.com/repositories/4242",
                    "documentation_url": "https://docs.github.com/v3/#http-redirects",
                },
                headers={"Location": "https://api.github.com/repositories/4242", **_headers(99)},
            )
        if request.url.path == "/repositories/4242":
            return httpx.Response(
                200, json={"id": 4242, "full_name": "new-owner/skills"}, headers=_headers(98)
            )
        return httpx.Response(404, json={"message": "Not Found"})

    budget = GithubBudget(tokens=[""], max_wait=0)
    answer = github_get("/repos/old-owner/skills", http=_client(handler), budget=budget)
    assert answer.ok and answer.data["full_name"] == "new-owner/skills"
    assert answer.redirected_from.endswith("/repos/old-owner/skills")


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(200, content=b"<html>unicorn</html>"), "not JSON"),
        (httpx.Response(404, json={"message": "Not Found"}), "GitHub answered 404: Not Found"),
        (httpx.Response(502, content=b"Bad gateway"), "GitHub answered 502: Bad gateway"),
        (
            httpx.Response(301, headers={"Location": "https://evil.example/x"}),
            "redirected off the API",
        ),
    ],
)
def test_bad_answers_give_a_clear_error_and_never_raise(response, error):
    budget = GithubBudget(tokens=[""], max_wait=0)
    answer = github_get("/repos/a/b", http=_client(lambda r: response), budget=budget)
    assert not answer.ok and error in answer.error


@pytest.mark.parametrize(
    "failure",
    [
        lambda request: httpx.ConnectError("connection refused", request=request),
        lambda request: UnsafeURLError(
            "host 'api.github.com' does not resolve (connection refused)"
        ),
    ],
)
def test_network_failure_is_an_error_and_frees_the_first_call(failure):
    def handler(request):
        raise failure(request)

    budget = GithubBudget(tokens=["tok"], max_wait=0)
    answer = github_get("/repos/a/b", http=_client(handler), budget=budget)
    assert answer.status is None and "connection refused" in answer.error
    assert cache.get(f"ghbudget:{token_id('tok')}:core:probe") is None
