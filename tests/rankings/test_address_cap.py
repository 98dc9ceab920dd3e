"""Counting that resists cheap inflation: installs, downloads and copies from one network
address (an IPv4 address, an IPv6 /64) count at most RANKINGS_COUNTED_PER_ADDRESS times per
skill, kind and UTC day, whatever the User-Agent or account; the events endpoint caps
requests per address; raw addresses are never stored."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import time_machine
from django.db import connection
from django.urls import reverse
from rest_framework.test import APIClient

from marketplace.fingerprint import address_fingerprint, network_of
from rankings.models import SkillEvent
from rankings.services.event_store import address_cap
from rankings.services.events import event_record, events_record_batch
from rankings.services.run import rankings_compute
from tests.factories import PublishedSkillFactory, sha

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
CAP = 3


@pytest.fixture(autouse=True)
def _cap(settings):
    settings.RANKINGS_COUNTED_PER_ADDRESS = CAP


def post_event(skill, kind: str, *, address: str, agent: str):
    return APIClient().post(
        "/api/v1/events",
        {"skill": skill.slug, "kind": kind},
        format="json",
        REMOTE_ADDR=address,
        HTTP_USER_AGENT=agent,
    )


def counted(skill, kind: str = "install") -> int:
    return SkillEvent.objects.filter(skill=skill, kind=kind, counted=True).count()


@time_machine.travel(NOW, tick=False)
def test_300_installs_with_rotating_user_agents_from_one_address_count_at_most_the_cap():
    skill = PublishedSkillFactory()
    statuses = []
    for i in range(300):
        response = post_event(skill, "install", address="203.0.113.7", agent=f"agent/{i}.0")
        assert response.status_code == 202
        statuses.append(response.json()["results"][0]["status"])
    assert statuses.count("counted") == CAP == counted(skill)
    assert statuses.count("capped") == 300 - CAP
    assert SkillEvent.objects.filter(skill=skill).count() == 300  # every event is stored
    run = rankings_compute(on=NOW.date())
    assert run.with_events == 1
    assert skill.popularity.installs_total == CAP


@time_machine.travel(NOW, tick=False)
def test_ipv6_addresses_in_one_64_share_the_cap():
    skill = PublishedSkillFactory()
    for i in range(1, 21):
        address = f"2001:db8:aa:bb:{i:x}::{i:x}"  # one /64, twenty hosts
        assert post_event(skill, "install", address=address, agent=f"agent/{i}").status_code == 202
    assert counted(skill) == CAP
    # The next /64 is another network.
    post_event(skill, "install", address="2001:db8:aa:bc::1", agent="agent/x")
    assert counted(skill) == CAP + 1


@time_machine.travel(NOW, tick=False)
def test_the_cap_is_per_skill_and_kind():
    skill, other = PublishedSkillFactory(), PublishedSkillFactory()
    actors = [sha(f"visitor-{i}") for i in range(10)]
    for actor in actors:
        for target in (skill, other):
            for kind in ("install", "download", "copy"):
                event_record(skill=target, kind=kind, actor=actor, address="198.51.100.4")
    for target in (skill, other):
        for kind in ("install", "download", "copy"):
            assert counted(target, kind) == CAP


def test_the_cap_starts_again_each_utc_day():
    skill = PublishedSkillFactory()
    for day, hour in ((10, 22), (10, 23), (11, 0)):
        with time_machine.travel(datetime(2026, 3, day, hour, 30, tzinfo=UTC), tick=False):
            for i in range(5):
                event_record(
                    skill=skill, kind="install", actor=sha(f"{hour}-{i}"), address="192.0.2.9"
                )
    assert counted(skill) == 2 * CAP


@time_machine.travel(NOW, tick=False)
def test_signed_in_accounts_share_the_cap_of_their_address():
    skill = PublishedSkillFactory()
    outcomes = [
        event_record(skill=skill, kind="install", actor=sha(f"user-{n}"), address="192.0.2.50")
        for n in range(12)
    ]
    assert [o.status for o in outcomes] == ["counted"] * CAP + ["capped"] * (12 - CAP)


@time_machine.travel(NOW, tick=False)
def test_a_batch_counts_each_skill_once_and_within_the_cap():
    skills = [PublishedSkillFactory() for _ in range(4)]
    events = [{"skill": s.slug, "kind": "install"} for s in skills for _ in range(3)]
    results = []
    for n in range(CAP + 2):
        result = events_record_batch(
            events=events, actor=sha(f"cli-{n}"), channel="cli", address="192.0.2.77"
        )
        assert result["accepted"] == len(events)
        results.append(result["counted"])
    assert results == [len(skills)] * CAP + [0, 0]  # one per skill per actor, CAP actors
    assert all(counted(s) == CAP for s in skills)


@time_machine.travel(NOW, tick=False)
def test_web_copies_from_one_address_count_at_most_the_cap(client):
    skill = PublishedSkillFactory()
    url = reverse("skills:event", kwargs={"slug": skill.slug})
    for i in range(30):
        response = client.post(
            url, {"kind": "copy"}, REMOTE_ADDR="203.0.113.80", HTTP_USER_AGENT=f"browser/{i}"
        )
        assert response.status_code == 204
    assert SkillEvent.objects.filter(skill=skill, kind="copy").count() == 30
    assert counted(skill, "copy") == CAP


def test_the_events_endpoint_limits_requests_per_address_whatever_the_user_agent(settings):
    settings.RANKINGS_EVENTS_PER_ADDRESS_PER_MINUTE = 2
    skill = PublishedSkillFactory()
    answers = [
        post_event(skill, "view", address="203.0.113.9", agent=f"agent/{i}").status_code
        for i in range(3)
    ]
    assert answers == [202, 202, 429]
    assert post_event(skill, "view", address="203.0.113.10", agent="agent/0").status_code == 202
    assert SkillEvent.objects.count() == 3


@time_machine.travel(NOW, tick=False)
def test_raw_addresses_are_never_stored():
    skill = PublishedSkillFactory()
    post_event(skill, "install", address="203.0.113.7", agent="agent/1")
    post_event(skill, "install", address="2001:db8:aa:bb::5", agent="agent/1")
    rows = list(SkillEvent.objects.order_by("id").values())
    assert [row["address"] for row in rows] == [
        address_fingerprint("203.0.113.7"),
        address_fingerprint("2001:db8:aa:bb::1"),  # the /64, not the host
    ]
    stored = " ".join(str(value) for row in rows for value in row.values())
    assert "203.0.113" not in stored and "2001:db8" not in stored


@pytest.mark.parametrize(
    ("ip", "network"),
    [
        ("203.0.113.7", "203.0.113.7"),
        (" 203.0.113.7 ", "203.0.113.7"),
        ("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64"),
        ("2001:DB8:AA:BB::9", "2001:db8:aa:bb::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::ffff:198.51.100.4", "198.51.100.4"),
        ("unknown", "unknown"),
        ("", "unknown"),
    ],
)
def test_network_of_groups_ipv6_by_64(ip, network):
    assert network_of(ip) == network


@time_machine.travel(NOW, tick=False)
def test_events_without_an_address_are_not_capped():
    """Imports and tools (load_demo, the CLI through `event_record` without an address)
    keep the per-actor rule only."""
    skill = PublishedSkillFactory()
    for i in range(10):
        event_record(skill=skill, kind="install", actor=sha(f"import-{i}"))
    assert counted(skill) == 10
    assert address_cap() == CAP


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@time_machine.travel(NOW, tick=True)
def test_parallel_writers_from_one_address_never_exceed_the_cap():
    skills = [PublishedSkillFactory() for _ in range(3)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def writer(n: int) -> None:
        try:
            barrier.wait()
            for r in range(10):
                order = skills if (n + r) % 2 else list(reversed(skills))
                events = [{"skill": s.slug, "kind": "install"} for s in order]
                events_record_batch(
                    events=events, actor=sha(f"w{n}-{r}"), channel="api", address="192.0.2.1"
                )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert SkillEvent.objects.count() == 6 * 10 * 3
    assert [counted(s) for s in skills] == [CAP] * 3


def test_moderators_see_skills_counted_from_few_addresses_read_only(
    admin_client, django_assert_max_num_queries
):
    few, many, quiet = (
        PublishedSkillFactory(slug=f"acme/tools/{n}") for n in ("few", "many", "quiet")
    )
    for day in range(1, 6):  # five days of installs, downloads and copies from two networks
        with time_machine.travel(datetime(2026, 3, day, 12, tzinfo=UTC), tick=False):
            for i in range(4):
                for kind in ("install", "download", "copy"):
                    event_record(
                        skill=few, kind=kind, actor=sha(f"{day}-{i}"), address=f"192.0.2.{i % 2}"
                    )
                    event_record(
                        skill=many, kind=kind, actor=sha(f"{day}-{i}"), address=f"10.{day}.0.{i}"
                    )
            event_record(skill=quiet, kind="install", actor=sha(f"q{day}"), address="192.0.2.1")
    url = reverse("admin:rankings_skilladdressspread_changelist")
    with time_machine.travel(datetime(2026, 3, 6, 12, tzinfo=UTC), tick=False):
        with django_assert_max_num_queries(10):
            page = admin_client.get(url)
        listed = admin_client.get(url + "?few=yes")
        change = reverse("admin:rankings_skilladdressspread_change", args=[few.pk])
        shown = admin_client.get(change)
        refused = admin_client.post(change, {"slug": "x"})
    assert page.status_code == 200
    rows = page.context["cl"].result_list
    # Busiest address first; a skill with fewer than 10 counted events is not listed.
    assert [(s.slug, s.counted_recent, s.addresses) for s in rows] == [
        ("acme/tools/few", 60, 2),  # 5 days x 3 kinds x 4 visitors, 2 networks
        ("acme/tools/many", 60, 20),
    ]
    assert [s.slug for s in listed.context["cl"].result_list] == ["acme/tools/few"]
    assert shown.status_code == 200 and b"192.0.2" not in shown.content
    assert refused.status_code == 403
    assert admin_client.get(reverse("admin:rankings_skilladdressspread_add")).status_code == 403
    quiet_page = admin_client.get(
        reverse("admin:rankings_skilladdressspread_change", args=[quiet.pk])
    )
    assert quiet_page.status_code == 200  # not listed, but its figures can be looked at
    assert (
        quiet_page.context["original"].counted_recent,
        quiet_page.context["original"].addresses,
    ) == (0, 0)
