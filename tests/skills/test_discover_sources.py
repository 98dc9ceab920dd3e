"""Discovery of new sources across GitHub (skills.ingestion.sources.finder), from recorded
GitHub answers served through httpx.MockTransport: paging, splitting, the budget, ETags,
renames, resumption, the policy, dry runs and bad answers."""

from __future__ import annotations

import copy
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import time_machine
from django.core.management import call_command

from skills.ingestion.sources.finder.candidates import FinderRun, candidate_decide
from skills.ingestion.sources.finder.queries import SearchSpec, custom_search
from skills.ingestion.sources.finder.searches import discovery_pass
from skills.ingestion.sources.ghapi import GithubBudget
from skills.ingestion.sources.services import source_create
from skills.models import DiscoveryCandidate, DiscoveryQuery, SkillSource

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures" / "github"


def recorded(name: str):
    return json.loads((FIXTURES / name).read_text())


CODE_PAGE = recorded("search_code_skill_md.json")
TOPIC_PAGE = recorded("search_repositories_topic.json")
REPO_2001 = recorded("repository_2001.json")
FORKS = recorded("forks_acme_skills.json")


def code_items(first_id: int, count: int) -> list[dict]:
    """``count`` code search items in the recorded shape, one repository each."""
    template = CODE_PAGE["items"][2]
    items = []
    for n in range(count):
        item = copy.deepcopy(template)
        rid = first_id + n
        item["repository"].update(id=rid, full_name=f"dev{rid}/skills", name="skills")
        items.append(item)
    return items


def rate_headers(resource: str, remaining: int, limit: int = 30) -> dict[str, str]:
    reset = int(NOW.timestamp()) + 60
    return {
        "x-ratelimit-limit": str(limit),
        "x-ratelimit-remaining": str(remaining),
        "x-ratelimit-used": str(limit - remaining),
        "x-ratelimit-reset": str(reset),
        "x-ratelimit-resource": resource,
    }


class FakeGithub:
    """Routes requests to recorded answers: ``routes[(path, q, page)]`` (q and page None for
    non-search paths) holds a body, or a callable(request) -> httpx.Response."""

    def __init__(self, routes: dict):
        self.routes = routes
        self.requests: list[httpx.Request] = []
        self.search_left = 30
        self.code_left = 10
        self.core_left = 5000
        self.statuses: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = self._answer(request)
        self.statuses.append(response.status_code)
        return response

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        q = request.url.params.get("q")
        page = request.url.params.get("page")
        key = (path, q, int(page) if page else None)
        route = self.routes.get(key, self.routes.get((path, None, None)))
        if path == "/search/code":
            self.code_left -= 1
            headers = rate_headers("code_search", self.code_left, 10)
        elif path.startswith("/search/"):
            self.search_left -= 1
            headers = rate_headers("search", self.search_left)
        else:
            self.core_left -= 1
            headers = rate_headers("core", self.core_left, 5000)
        if min(self.code_left, self.search_left, self.core_left) < 0:
            return httpx.Response(
                403,
                json={"message": "API rate limit exceeded for user ID 1."},
                headers={**headers, "x-ratelimit-remaining": "0"},
            )
        if callable(route):
            response = route(request)
            response.headers.update({k: v for k, v in headers.items() if k not in response.headers})
            return response
        if route is None:
            return httpx.Response(
                404,
                json={"message": "Not Found", "documentation_url": "https://docs.github.com/rest"},
                headers=headers,
            )
        etag = f'W/"{abs(hash(json.dumps(route, sort_keys=True))) % 10**12:x}"'
        if request.headers.get("If-None-Match") == etag:
            return httpx.Response(304, headers={"ETag": etag, **headers})
        return httpx.Response(200, json=route, headers={"ETag": etag, **headers})

    def pages(self, path: str) -> list[tuple[str | None, int | None]]:
        return [
            (r.url.params.get("q"), int(r.url.params["page"]) if "page" in r.url.params else None)
            for r in self.requests
            if r.url.path == path
        ]


def make_run(fake: FakeGithub, *, dry_run: bool = False, tokens=("ghp_test",)) -> FinderRun:
    return FinderRun(
        http=httpx.Client(transport=httpx.MockTransport(fake)),
        budget=GithubBudget(tokens=list(tokens), max_wait=0),
        dry_run=dry_run,
    )


CODE = SearchSpec("code", "filename:SKILL.md", "size", "0", "393216")
TOPIC = SearchSpec("topic", "topic:agent-skills", "created", "2008-01-01", "2026-12-06")


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(NOW, tick=False):
        yield


def test_code_search_finds_repositories_once_by_id_and_records_why(settings):
    fake = FakeGithub(
        {
            ("/search/code", CODE.q, 1): CODE_PAGE,
            ("/repositories/2001", None, None): REPO_2001,
            ("/repositories/2002", None, None): {
                **REPO_2001,
                "id": 2002,
                "full_name": "solo-dev/my-skill",
                "stargazers_count": 0,
                "pushed_at": "2024-01-01T00:00:00Z",
            },
        }
    )
    summary = discovery_pass(run=make_run(fake), specs=[CODE])
    assert [p.status for p in summary.pages] == ["fetched"] and summary.stopped == ""
    kit = DiscoveryCandidate.objects.get(github_id=2001)
    assert kit.full_name == "octo-labs/agent-kit"
    assert kit.skill_paths == ["skills/pdf-tools/SKILL.md", "skills/csv-tools/SKILL.md"]
    assert kit.reasons == [{"channel": "code", "query": CODE.q, "at": NOW.isoformat()}]
    # code search has no stars: asked by id, then scored: 1,250 stars (31), pushed two days
    # ago (30), two SKILL.md (20) = 81 >= 60 with a SKILL.md seen -> an active source
    assert kit.stars == 1250
    assert kit.score_parts == {"stars": 31.0, "activity": 30.0, "skills": 20.0}
    assert (kit.score, kit.decision, kit.decision_reason) == (81.0, "active", "over_active")
    assert kit.source.url == "https://github.com/octo-labs/agent-kit"
    assert (kit.source.status, kit.source.kind, kit.source.is_trusted) == (
        "active",
        "github",
        False,
    )
    solo = DiscoveryCandidate.objects.get(github_id=2002)
    assert (solo.score, solo.decision) == (10.0, "pending")  # one SKILL.md, no stars, old
    assert solo.source.status == "pending"
    search = DiscoveryQuery.objects.get(key=CODE.key)
    assert (search.state, search.total_count, search.next_page) == ("done", 3, 1)
    assert fake.requests[0].headers["Authorization"] == "Bearer ghp_test"


def test_paging_walks_every_page_and_stops_at_the_last(settings):
    settings.DISCOVERY_MIN_SCORE = 1000  # keep the decisions out of this test
    first = {"total_count": 250, "incomplete_results": False, "items": code_items(10_000, 100)}
    second = {"total_count": 250, "incomplete_results": False, "items": code_items(10_100, 100)}
    third = {"total_count": 250, "incomplete_results": False, "items": code_items(10_200, 50)}
    fake = FakeGithub(
        {
            ("/search/code", CODE.q, 1): first,
            ("/search/code", CODE.q, 2): second,
            ("/search/code", CODE.q, 3): third,
            ("/repositories/{id}", None, None): None,
        }
    )
    fake.routes.update(
        {
            (f"/repositories/{i}", None, None): {
                **REPO_2001,
                "id": i,
                "full_name": f"dev{i}/skills",
            }
            for i in range(10_000, 10_250)
        }
    )
    summary = discovery_pass(run=make_run(fake), specs=[CODE], max_pages=3)
    assert fake.pages("/search/code") == [(CODE.q, 1), (CODE.q, 2), (CODE.q, 3)]
    assert [p.hits for p in summary.pages] == [100, 100, 50]
    assert DiscoveryCandidate.objects.count() == 250
    search = DiscoveryQuery.objects.get(key=CODE.key)
    assert (search.state, search.results_seen) == ("done", 250)
    assert fake.requests[0].url.params["per_page"] == "100"


def test_a_search_over_1000_results_is_split_by_size_until_each_part_fits(settings):
    settings.DISCOVERY_MIN_SCORE = 1000
    low = SearchSpec("code", CODE.query, "size", "0", "196608")
    high = SearchSpec("code", CODE.query, "size", "196609", "393216")
    fake = FakeGithub(
        {
            ("/search/code", CODE.q, 1): {
                "total_count": 1800,
                "incomplete_results": False,
                "items": code_items(20_000, 100),
            },
            ("/search/code", low.q, 1): {
                "total_count": 40,
                "incomplete_results": False,
                "items": code_items(20_000, 40),
            },
            ("/search/code", high.q, 1): {
                "total_count": 3,
                "incomplete_results": False,
                "items": code_items(30_000, 3),
            },
        }
    )
    summary = discovery_pass(run=make_run(fake), specs=[CODE], max_pages=5)
    assert [p.status for p in summary.pages] == ["split", "fetched", "fetched"]
    assert [q for q, _ in fake.pages("/search/code")] == [CODE.q, low.q, high.q]
    parent = DiscoveryQuery.objects.get(key=CODE.key)
    assert parent.state == "split"
    assert set(parent.parts.values_list("query", "state")) == {(low.q, "done"), (high.q, "done")}
    assert DiscoveryCandidate.objects.count() == 103  # the first 40 seen twice: one each


def test_topic_search_scores_and_the_policy_decides(settings):
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})
    discovery_pass(run=make_run(fake), specs=[TOPIC])
    big = DiscoveryCandidate.objects.get(github_id=3001)
    # 5,400 stars (37.3) + pushed 6 days ago (30), no SKILL.md seen: high, yet a person decides
    assert (big.score, big.decision, big.decision_reason) == (67.3, "pending", "no_skill_md")
    assert big.source.status == "pending"
    old = DiscoveryCandidate.objects.get(github_id=3002)
    assert (old.score, old.decision, old.decision_reason) == (0.0, "ignored", "archived")
    assert old.source is None
    assert not fake.pages("/repositories/3001")  # repository search carries the metadata
    assert SkillSource.objects.count() == 1


def test_a_repository_already_a_source_is_known_not_added_twice():
    existing = source_create(url="https://github.com/bigco/claude-skills/tree/main/skills/x")
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})
    discovery_pass(run=make_run(fake), specs=[TOPIC])
    big = DiscoveryCandidate.objects.get(github_id=3001)
    assert (big.decision, big.source) == ("known", existing)
    assert SkillSource.objects.count() == 1


def test_a_renamed_repository_is_the_same_candidate_under_its_new_name():
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})
    discovery_pass(run=make_run(fake), specs=[TOPIC])
    renamed = copy.deepcopy(TOPIC_PAGE)
    renamed["items"][0]["full_name"] = "BigCo-AI/skills"
    other = SearchSpec("topic", "topic:claude-skills", "created", "2008-01-01", "2026-12-06")
    fake.routes[("/search/repositories", other.q, 1)] = renamed
    discovery_pass(run=make_run(fake), specs=[other])
    candidate = DiscoveryCandidate.objects.get(github_id=3001)
    assert DiscoveryCandidate.objects.filter(github_id=3001).count() == 1
    assert (candidate.full_name, candidate.previous_names) == (
        "bigco-ai/skills",
        ["bigco/claude-skills"],
    )
    assert [r["query"] for r in candidate.reasons] == [TOPIC.q, other.q]
    # its source (made under the old name) stays the one source of it
    assert SkillSource.objects.filter(url__contains="skills").count() == 1


def test_metadata_by_id_follows_a_rename_redirect():
    def moved(request):
        return httpx.Response(
            301,
            json={
                "message": "Moved Permanently",
                "url": "https://api.github.com/repositories/2001",
            },
            headers={"Location": "https://api.github.com/repositories/9001"},
        )

    page = copy.deepcopy(CODE_PAGE)
    page["items"] = page["items"][:1]
    page["total_count"] = 1
    fake = FakeGithub(
        {
            ("/search/code", CODE.q, 1): page,
            ("/repositories/2001", None, None): moved,
            ("/repositories/9001", None, None): {**REPO_2001, "full_name": "octo/agent-kit"},
        }
    )
    discovery_pass(run=make_run(fake), specs=[CODE])
    kit = DiscoveryCandidate.objects.get(github_id=2001)
    assert (kit.full_name, kit.previous_names) == ("octo/agent-kit", ["octo-labs/agent-kit"])
    assert kit.source.url == "https://github.com/octo/agent-kit"


def test_secondary_rate_limit_stops_the_pass_and_the_next_run_resumes_there(settings):
    settings.DISCOVERY_MIN_SCORE = 1000
    pages = {
        n: {
            "total_count": 300,
            "incomplete_results": False,
            "items": code_items(40_000 + 100 * n, 100),
        }
        for n in (1, 2, 3)
    }
    limited = {"on": True}

    def page2(request):
        if limited["on"]:
            return httpx.Response(
                403,
                json={
                    "message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                    "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
                },
                headers={"retry-after": "30"},
            )
        return httpx.Response(200, json=pages[2])

    fake = FakeGithub(
        {
            ("/search/code", CODE.q, 1): pages[1],
            ("/search/code", CODE.q, 2): page2,
            ("/search/code", CODE.q, 3): pages[3],
        }
    )
    first = discovery_pass(run=make_run(fake), specs=[CODE])
    assert "secondary rate limit" in first.stopped and first.retry_after == pytest.approx(30)
    search = DiscoveryQuery.objects.get(key=CODE.key)
    assert (search.state, search.next_page, search.last_error) == ("running", 2, "")
    # within the pause, no call is made at all
    again = discovery_pass(run=make_run(fake), specs=[CODE])
    assert again.stopped and len(fake.pages("/search/code")) == 2
    limited["on"] = False
    with time_machine.travel(NOW.timestamp() + 31, tick=False):
        resumed = discovery_pass(run=make_run(fake), specs=[CODE])
    assert resumed.stopped == ""
    assert fake.pages("/search/code") == [(CODE.q, 1), (CODE.q, 2), (CODE.q, 2), (CODE.q, 3)]
    assert DiscoveryCandidate.objects.count() == 300
    assert DiscoveryQuery.objects.get(key=CODE.key).state == "done"


def test_the_search_budget_is_not_exceeded_and_the_pass_stops_before_a_403(settings):
    settings.DISCOVERY_MIN_SCORE = 1000
    routes = {
        ("/search/code", CODE.q, n): {
            "total_count": 1000,
            "incomplete_results": False,
            "items": code_items(50_000 + 100 * n, 100),
        }
        for n in range(1, 11)
    }
    fake = FakeGithub(routes)
    fake.code_left = 4  # GitHub: four code searches left this minute
    summary = discovery_pass(run=make_run(fake), specs=[CODE])
    assert "code_search budget spent" in summary.stopped
    assert 403 not in fake.statuses and fake.statuses == [200, 200, 200]
    assert DiscoveryQuery.objects.get(key=CODE.key).next_page == len(fake.requests) + 1


def test_a_new_pass_sends_etags_and_unchanged_pages_cost_nothing(settings):
    settings.DISCOVERY_PASS_HOURS = 0
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})
    discovery_pass(run=make_run(fake), specs=[TOPIC])
    etag = DiscoveryQuery.objects.get(key=TOPIC.key).etags["1"]
    with time_machine.travel(NOW.timestamp() + 5, tick=False):
        summary = discovery_pass(run=make_run(fake), specs=[TOPIC])
    assert fake.requests[-1].headers["If-None-Match"] == etag
    assert [p.status for p in summary.pages] == ["not_modified"]
    assert DiscoveryQuery.objects.get(key=TOPIC.key).state == "done"


def test_dry_run_writes_nothing_and_says_what_it_would_do():
    fake = FakeGithub(
        {
            ("/search/repositories", TOPIC.q, 1): TOPIC_PAGE,
        }
    )
    run = make_run(fake, dry_run=True)
    summary = discovery_pass(run=run, specs=[TOPIC])
    assert [p.hits for p in summary.pages] == [2]
    assert DiscoveryQuery.objects.count() == 0
    assert DiscoveryCandidate.objects.count() == 0
    assert SkillSource.objects.count() == 0
    assert {c.full_name: c.decision for c in run.seen.values()} == {
        "bigco/claude-skills": "pending",
        "old/abandoned-skills": "ignored",
    }


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (
            httpx.Response(
                422,
                json={
                    "message": "Validation Failed",
                    "errors": [
                        {
                            "message": "The search is longer than 256 characters.",
                            "resource": "Search",
                            "field": "q",
                            "code": "invalid",
                        }
                    ],
                },
            ),
            "GitHub answered 422: Validation Failed",
        ),
        (httpx.Response(200, json={"total_count": 3, "items": "none"}), "no 'items' list"),
        (httpx.Response(200, json=[1, 2, 3]), "should be a JSON object"),
        (httpx.Response(200, content=b"<!DOCTYPE html><title>Unicorn!</title>"), "not JSON"),
        (httpx.Response(503, content=b"upstream connect error"), "GitHub answered 503"),
    ],
)
def test_a_bad_answer_is_a_recorded_error_never_a_crash(answer, error):
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): lambda request: answer})
    summary = discovery_pass(run=make_run(fake), specs=[TOPIC])
    assert [p.status for p in summary.pages] == ["failed"]
    search = DiscoveryQuery.objects.get(key=TOPIC.key)
    assert search.state == "failed" and error in search.last_error and search.error_count == 1
    assert search.next_page == 1  # the next run tries this page again


def test_malformed_items_are_skipped_and_counted():
    page = copy.deepcopy(TOPIC_PAGE)
    page["items"] += [{"id": "x"}, {"full_name": "no/id"}, "text", {"id": 7, "full_name": "a/b/c"}]
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): page})
    summary = discovery_pass(run=make_run(fake), specs=[TOPIC])
    assert summary.pages[0].hits == 2 and "4 malformed item(s) skipped" in summary.pages[0].note
    assert DiscoveryCandidate.objects.count() == 2


def test_code_search_without_a_token_is_a_clear_error():
    fake = FakeGithub({})
    summary = discovery_pass(run=make_run(fake, tokens=("",)), specs=[CODE])
    assert "needs a GitHub token" in summary.pages[0].note and not fake.requests


def test_forks_of_known_skill_repositories_wait_for_a_person(settings):
    from tests.factories import SkillFactory

    source = source_create(url="https://github.com/acme/skills")
    skill = SkillFactory()
    skill.source_links.create(source=source, url=source.url, path="x", is_canonical=True)
    fake = FakeGithub({("/repos/acme/skills/forks", None, 1): FORKS})
    fake.routes[("/repos/acme/skills/forks", None, None)] = FORKS
    run = make_run(fake)
    discovery_pass(run=run, specs=None, max_pages=200)
    forked = DiscoveryCandidate.objects.get(github_id=5001)
    assert (forked.is_fork, forked.fork_of, forked.decision) == (True, "acme/skills", "pending")
    assert forked.reasons[0]["channel"] == "forks"
    quiet = DiscoveryCandidate.objects.get(github_id=5002)
    assert quiet.decision == "ignored"  # no stars, pushed 18 months ago: under the minimum


def test_linked_channel_learns_the_ids_of_catalog_and_list_children():
    listing = source_create(
        url="https://github.com/acme/awesome-skills/blob/main/README.md", kind="list"
    )
    child = source_create(url="https://github.com/octo-labs/agent-kit/tree/main/skills/pdf-tools")
    child.parent = listing
    child.save()
    fake = FakeGithub({("/repos/octo-labs/agent-kit", None, None): REPO_2001})
    discovery_pass(run=make_run(fake), specs=[SearchSpec("linked", "catalogs and lists")])
    kit = DiscoveryCandidate.objects.get(github_id=2001)
    assert (kit.decision, kit.source) == ("known", child)
    assert kit.reasons[0]["channel"] == "linked" and kit.reasons[0]["query"] == listing.name
    assert SkillSource.objects.count() == 2


def test_custom_queries_pick_their_channel():
    today = NOW.date()
    assert custom_search("filename:SKILL.md path:plugins", today=today).channel == "code"
    spec = custom_search("topic:mcp  stars:>10", today=today)
    assert (spec.channel, spec.q) == ("topic", "topic:mcp stars:>10 created:2008-01-01..2026-12-06")


def test_command_runs_a_query_and_shows_the_budget(monkeypatch):
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})

    def client(**kwargs):
        return httpx.Client(transport=httpx.MockTransport(fake))

    monkeypatch.setattr("skills.management.commands.discover_sources.safe_http_client", client)
    out = io.StringIO()
    call_command("discover_sources", "--query", "topic:agent-skills", stdout=out)
    text = out.getvalue()
    assert f"topic:{TOPIC.q} page 1: fetched, 2 found" in text
    assert "2 new repositories" in text and "ignored 1, pending 1" in text
    assert "anonymous search: 29/30, reset 12:01:00 UTC" in text
    assert DiscoveryCandidate.objects.count() == 2


def test_command_dry_run_prints_candidates_and_writes_nothing(monkeypatch):
    fake = FakeGithub({("/search/repositories", TOPIC.q, 1): TOPIC_PAGE})
    monkeypatch.setattr(
        "skills.management.commands.discover_sources.safe_http_client",
        lambda **kw: httpx.Client(transport=httpx.MockTransport(fake)),
    )
    out = io.StringIO()
    call_command("discover_sources", "--query", "topic:agent-skills", "--dry-run", stdout=out)
    assert "bigco/claude-skills: score 67.3" in out.getvalue()
    assert "dry run: nothing was written" in out.getvalue()
    assert DiscoveryQuery.objects.count() == DiscoveryCandidate.objects.count() == 0


def test_decide_never_trusts_a_discovered_source(settings):
    candidate = DiscoveryCandidate.objects.create(
        github_id=1, full_name="a/b", stars=100000, pushed_at=NOW, skill_paths=["SKILL.md"]
    )
    run = make_run(FakeGithub({}))
    assert candidate_decide(candidate=candidate, run=run) == "active"
    assert candidate.source.is_trusted is False


def test_split_halves_sizes_and_dates_and_stops_at_one_unit():
    from skills.ingestion.sources.finder.queries import split

    low, high = split(TOPIC)
    assert (low.range_low, low.range_high, high.range_low, high.range_high) == (
        "2008-01-01",
        "2017-06-19",
        "2017-06-20",
        "2026-12-06",
    )
    assert split(SearchSpec("topic", "topic:x", "created", "2026-01-01", "2026-01-01")) is None
    assert split(SearchSpec("code", "filename:SKILL.md", "size", "7", "7")) is None
    assert [s.q for s in split(SearchSpec("code", "filename:SKILL.md", "size", "0", "3"))] == [
        "filename:SKILL.md size:0..1",
        "filename:SKILL.md size:2..3",
    ]
