from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection

from rankings.bots import is_bot_user_agent
from rankings.models import SkillEvent
from rankings.services.events import (
    BATCH_MAX,
    actor_is_rate_limited,
    event_record,
    events_record_batch,
)
from tests.factories import PublishedSkillFactory, sha

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
ACTOR = sha("visitor-1")


def statuses(*outcomes):
    return [o.status for o in outcomes]


@time_machine.travel(datetime(2026, 3, 10, 9, 0, tzinfo=UTC), tick=False)
def test_install_counts_once_per_actor_per_day():
    skill = PublishedSkillFactory()
    first = event_record(skill=skill, kind="install", actor=ACTOR, user_agent=BROWSER)
    again = event_record(skill=skill, kind="install", actor=ACTOR, user_agent=BROWSER)
    other = event_record(skill=skill, kind="install", actor=sha("visitor-2"), user_agent=BROWSER)
    assert statuses(first, again, other) == ["counted", "deduplicated", "counted"]
    with time_machine.travel(datetime(2026, 3, 10, 23, 59, tzinfo=UTC), tick=False):
        assert event_record(skill=skill, kind="install", actor=ACTOR).status == "deduplicated"
    with time_machine.travel(datetime(2026, 3, 11, 0, 1, tzinfo=UTC), tick=False):
        assert event_record(skill=skill, kind="install", actor=ACTOR).status == "counted"
    # Every event is stored; only the first per window counts.
    assert SkillEvent.objects.count() == 5
    assert SkillEvent.objects.filter(counted=True).count() == 3


@time_machine.travel(datetime(2026, 3, 10, 9, 0, tzinfo=UTC), tick=False)
def test_each_kind_has_its_own_window_and_views_count_once_per_hour():
    skill = PublishedSkillFactory()
    results = [
        event_record(skill=skill, kind=k, actor=ACTOR).status
        for k in ("view", "copy", "download", "install")
    ]
    assert results == ["counted"] * 4
    assert event_record(skill=skill, kind="view", actor=ACTOR).status == "deduplicated"
    with time_machine.travel(datetime(2026, 3, 10, 9, 59, tzinfo=UTC), tick=False):
        assert event_record(skill=skill, kind="view", actor=ACTOR).status == "deduplicated"
    with time_machine.travel(datetime(2026, 3, 10, 10, 0, tzinfo=UTC), tick=False):
        assert event_record(skill=skill, kind="view", actor=ACTOR).status == "counted"
        assert event_record(skill=skill, kind="copy", actor=ACTOR).status == "deduplicated"


def test_bots_are_recorded_but_not_counted():
    skill = PublishedSkillFactory()
    outcome = event_record(
        skill=skill,
        kind="view",
        actor=ACTOR,
        user_agent="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    )
    assert outcome.status == "bot"
    event = SkillEvent.objects.get()
    assert (event.is_bot, event.counted, event.dedup_key) == (True, False, None)
    # The bot did not use up the visitor's window.
    assert (
        event_record(skill=skill, kind="view", actor=ACTOR, user_agent=BROWSER).status == "counted"
    )


@pytest.mark.parametrize(
    ("user_agent", "expected"),
    [
        ("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", True),
        ("facebookexternalhit/1.1", True),
        ("Mozilla/5.0 HeadlessChrome/120.0", True),
        ("python-requests/2.32", True),
        ("AhrefsBot/7.0", True),
        (BROWSER, False),
        ("skills-cli/0.3 (darwin)", False),
        ("curl/8.5.0", False),
        ("", False),
    ],
)
def test_is_bot_user_agent(user_agent, expected):
    assert is_bot_user_agent(user_agent) is expected


def test_a_repeated_client_event_id_is_recorded_once():
    skill = PublishedSkillFactory()
    first = event_record(
        skill=skill, kind="install", actor=ACTOR, channel="cli", client_event_id="evt-1"
    )
    retry = event_record(
        skill=skill, kind="install", actor=ACTOR, channel="cli", client_event_id="evt-1"
    )
    other = event_record(
        skill=skill, kind="install", actor=ACTOR, channel="cli", client_event_id="evt-2"
    )
    assert statuses(first, retry, other) == ["counted", "duplicate_id", "deduplicated"]
    assert SkillEvent.objects.count() == 2
    assert SkillEvent.objects.filter(client_event_id="evt-1").count() == 1


def test_raw_ips_are_never_stored():
    skill = PublishedSkillFactory()
    event_record(skill=skill, kind="view", actor="203.0.113.7")
    stored = SkillEvent.objects.get().actor
    assert "203.0.113.7" not in stored and len(stored) == 64


def test_invalid_events_are_rejected():
    skill = PublishedSkillFactory()
    assert event_record(skill=skill, kind="like", actor=ACTOR).status == "rejected"
    assert event_record(skill=skill, kind="view", actor=ACTOR, channel="fax").status == "rejected"
    assert (
        event_record(skill=skill, kind="view", actor=ACTOR, client_event_id="bad id!").status
        == "rejected"
    )
    old = datetime.now(UTC) - timedelta(days=10)
    assert event_record(skill=skill, kind="view", actor=ACTOR, at=old).status == "rejected"
    assert not SkillEvent.objects.exists()


def test_batch_resolves_ids_and_slugs_and_reports_each_event():
    skill, other = PublishedSkillFactory(), PublishedSkillFactory()
    result = events_record_batch(
        events=[
            {"skill": str(skill.pk), "kind": "install", "client_event_id": "a1"},
            {"skill": other.slug, "kind": "install", "client_event_id": "a2"},
            {"skill": other.slug, "kind": "install", "client_event_id": "a2"},
            {"skill": "nobody/none/nothing", "kind": "install"},
            {"skill": skill.slug, "kind": "install"},
        ],
        actor=ACTOR,
        channel="api",
        user_agent="skills-cli/0.3",
    )
    assert [r["status"] for r in result["results"]] == [
        "counted",
        "counted",
        "duplicate_id",
        "rejected",
        "deduplicated",
    ]
    assert (result["accepted"], result["duplicates"], result["rejected"]) == (3, 1, 1)


def test_a_batch_gives_each_event_the_status_one_by_one_recording_would():
    skill, other = PublishedSkillFactory(), PublishedSkillFactory()
    event_record(skill=other, kind="copy", actor=ACTOR, client_event_id="old")
    result = events_record_batch(
        events=[
            {
                "skill": skill.slug,
                "kind": "install",
                "client_event_id": "b2",
            },  # first of its window
            {"skill": skill.slug, "kind": "install"},  # same window, later: not counted
            {
                "skill": other.slug,
                "kind": "copy",
                "client_event_id": "old",
            },  # a retry of a stored event
            {
                "skill": other.slug,
                "kind": "copy",
                "client_event_id": "new",
            },  # window taken by "old"
            {
                "skill": other.slug,
                "kind": "copy",
                "client_event_id": "new",
            },  # the same retry in the batch
            {"skill": skill.slug, "kind": "view"},
        ],
        actor=ACTOR,
        channel="api",
    )
    assert [r["status"] for r in result["results"]] == [
        "counted",
        "deduplicated",
        "duplicate_id",
        "deduplicated",
        "duplicate_id",
        "counted",
    ]
    assert (result["accepted"], result["counted"], result["duplicates"]) == (4, 2, 2)
    assert SkillEvent.objects.count() == 5  # "old" + the four accepted
    assert SkillEvent.objects.filter(counted=True).count() == 3


def test_a_batch_from_a_bot_is_stored_uncounted_and_idempotent():
    skill = PublishedSkillFactory()
    events = [
        {"skill": skill.slug, "kind": "view", "client_event_id": "x1"},
        {"skill": skill.slug, "kind": "view"},
        {"skill": skill.slug, "kind": "view", "client_event_id": "x1"},
    ]
    first = events_record_batch(
        events=events, actor=ACTOR, channel="api", user_agent="curl/8.0 bot"
    )
    assert [r["status"] for r in first["results"]] == ["bot", "bot", "duplicate_id"]
    again = events_record_batch(
        events=events[:1], actor=ACTOR, channel="api", user_agent="Googlebot/2.1"
    )
    assert [r["status"] for r in again["results"]] == ["duplicate_id"]
    assert not SkillEvent.objects.filter(counted=True).exists()


def test_batch_rejects_events_beyond_the_limit():
    skill = PublishedSkillFactory()
    events = [{"skill": skill.slug, "kind": "view"}] * (BATCH_MAX + 2)
    result = events_record_batch(events=events, actor=ACTOR, channel="api")
    assert result["rejected"] == 2
    assert SkillEvent.objects.count() == BATCH_MAX


def test_rate_limit_stops_a_flood(settings):
    settings.RANKINGS_EVENTS_PER_MINUTE = 5
    assert [actor_is_rate_limited(actor=ACTOR) for _ in range(6)] == [False] * 5 + [True]
    assert actor_is_rate_limited(actor=sha("someone-else")) is False


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@time_machine.travel(datetime(2026, 3, 10, 9, 0, tzinfo=UTC), tick=True)  # never across midnight
def test_parallel_batches_of_one_actor_neither_deadlock_nor_double_count():
    """Eight clients behind one address send overlapping batches in different orders."""
    skills = [PublishedSkillFactory() for _ in range(20)]
    errors: list[BaseException] = []
    outcomes: list[dict] = []
    barrier = threading.Barrier(8)

    def client(n: int) -> None:
        try:
            barrier.wait()
            for r in range(5):
                order = skills if n % 2 else list(reversed(skills))
                events = [
                    {"skill": s.slug, "kind": kind, "client_event_id": f"{n}-{r}-{s.pk}-{kind}"}
                    for s in order
                    for kind in ("install", "copy")
                ]
                outcomes.append(events_record_batch(events=events, actor=ACTOR, channel="api"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    sent = sum(len(o["results"]) for o in outcomes)
    assert sum(o["accepted"] for o in outcomes) == sent == SkillEvent.objects.count()
    # One counted event per skill and kind for the day, whoever won each window.
    assert (
        sum(o["counted"] for o in outcomes) == SkillEvent.objects.filter(counted=True).count() == 40
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_writers_never_double_count_nor_lose_an_event():
    skills = [PublishedSkillFactory() for _ in range(3)]
    actors = [sha(f"actor-{i}") for i in range(5)]
    threads_n, rounds = 6, 10
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads_n)

    def writer(n: int) -> None:
        try:
            barrier.wait()
            for r in range(rounds):
                for skill in skills:
                    for actor in actors:
                        # Every thread sends the same windows; some also retry client ids.
                        event_record(
                            skill=skill,
                            kind="install",
                            actor=actor,
                            channel="cli",
                            client_event_id=f"c-{r}-{skill.pk}-{actor[:6]}" if n % 2 else None,
                        )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(threads_n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    per_thread = rounds * len(skills) * len(actors)
    with_ids = threads_n // 2  # odd threads send client ids: one row per id in total
    expected_rows = (threads_n - with_ids) * per_thread + per_thread
    assert SkillEvent.objects.count() == expected_rows
    # One counted install per skill and actor (same day), whatever the interleaving.
    assert SkillEvent.objects.filter(counted=True).count() == len(skills) * len(actors)
