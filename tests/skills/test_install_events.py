"""CLI-style installs (a SKILL.md fetch through the well-known index) and ZIP downloads count
as install events, once per actor and day, recorded after the response is sent."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from rankings.models import SkillEvent
from tests.api.conftest import make_skill

pytestmark = pytest.mark.django_db

SKILL_MD = "/r/acme/tools/.well-known/agent-skills/pdf-tools/SKILL.md"


def _installs(skill, **filters):
    return SkillEvent.objects.filter(skill=skill, kind="install", **filters)


def test_cli_installs_are_counted_once_per_actor_and_day(client):
    skill = make_skill("pdf-tools", files={"scripts/run.py": b"print(1)\n"})
    start = timezone.now().replace(hour=10)
    with time_machine.travel(start, tick=False):
        assert client.get("/r/acme/tools/.well-known/agent-skills/index.json").status_code == 200
        for _ in range(3):
            assert client.get(SKILL_MD, REMOTE_ADDR="203.0.113.7").status_code == 200
        client.get("/r/acme/tools/.well-known/agent-skills/pdf-tools/scripts/run.py")
        client.get(SKILL_MD, REMOTE_ADDR="198.51.100.9")
    assert _installs(skill).count() >= 2
    assert _installs(skill, counted=True).count() == 2  # two actors
    assert set(_installs(skill).values_list("channel", flat=True)) == {"cli"}
    with time_machine.travel(start + timedelta(days=1), tick=False):
        client.get(SKILL_MD, REMOTE_ADDR="203.0.113.7")
    assert _installs(skill, counted=True).count() == 3  # the same actor, the next day


def test_only_a_served_skill_md_counts(client):
    skill = make_skill("pdf-tools")
    client.get("/r/acme/tools/.well-known/agent-skills/pdf-tools/nope.md")
    client.get("/r/acme/tools/.well-known/agent-skills/index.json")
    assert not _installs(skill).exists()


def test_a_zip_download_counts_as_an_install_and_a_download(client):
    skill = make_skill("pdf-tools")
    for _ in range(2):
        assert client.get(f"/s/{skill.slug}/-/download.zip").status_code == 200
    assert _installs(skill, counted=True).count() == 1
    assert SkillEvent.objects.filter(skill=skill, kind="download", counted=True).count() == 1


def test_every_route_that_delivers_the_files_counts_the_same_way(client):
    """The page's ZIP, the API's ZIP and the skills.sh snapshot: each is an install; the two
    ZIPs are also downloads (one decision, docs/RANKINGS.md)."""
    skill = make_skill("pdf-tools")
    routes = {
        "web": f"/s/{skill.slug}/-/download.zip",
        "api": f"/api/v1/skills/{skill.slug}/download",
        "cli": f"/api/download/{skill.slug}",
    }
    for url in routes.values():
        for _ in range(2):  # the second is the same actor the same day: not counted again
            assert client.get(url, REMOTE_ADDR="203.0.113.7").status_code == 200
    # One actor, one day: one counted install and one counted download, whatever the route.
    counted = SkillEvent.objects.filter(skill=skill, counted=True)
    assert sorted(counted.values_list("channel", "kind")) == [
        ("web", "download"),
        ("web", "install"),
    ]
    assert _installs(skill).count() == 6  # every delivery is stored as an install
    assert SkillEvent.objects.filter(skill=skill, kind="download").count() == 4
    assert set(_installs(skill).values_list("channel", flat=True)) == {"web", "api", "cli"}
