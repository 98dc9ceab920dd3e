"""The read replica router, with `replica` mirroring the test database (TEST MIRROR)."""

import runpy
from pathlib import Path

import pytest
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext

import marketplace.settings
from marketplace.db_router import ReplicaRouter
from skills.models import Skill
from tests.factories import PublishedSkillFactory, SkillFactory


@pytest.fixture(scope="module", autouse=True)
def _replica_alias(django_db_setup):
    """A `replica` alias on the test database, as DATABASE_REPLICA_URL + TEST MIRROR give.

    Added once the test database exists (its settings already name the test database),
    before any test of this module declares it in `databases`.
    """
    added = "replica" not in connections.settings
    if added:
        default = connections["default"].settings_dict
        connections.settings["replica"] = {
            **default,
            "TEST": {**default["TEST"], "MIRROR": "default"},
        }
    yield
    if added:
        connections["replica"].close()
        del connections["replica"]
        del connections.settings["replica"]


@pytest.fixture
def replica(settings):
    settings.DATABASE_ROUTERS = ["marketplace.db_router.ReplicaRouter"]
    return connections["replica"]


ROUTED = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


def test_router_sends_reads_to_the_replica_and_writes_to_the_primary():
    router = ReplicaRouter()
    assert router.db_for_read(Skill) == "replica"
    assert router.db_for_write(Skill) == "default"


def test_router_migrates_only_the_primary():
    router = ReplicaRouter()
    assert router.allow_migrate("default", "skills") is True
    assert router.allow_migrate("replica", "skills") is False


def test_router_allows_relations_between_primary_and_replica():
    a, b = Skill(), Skill()
    a._state.db, b._state.db = "default", "replica"
    assert ReplicaRouter().allow_relation(a, b) is True
    b._state.db = "elsewhere"
    assert ReplicaRouter().allow_relation(a, b) is None


def test_settings_configure_the_replica_only_with_its_url(monkeypatch):
    settings_file = Path(marketplace.settings.__file__)
    monkeypatch.setenv("DATABASE_REPLICA_URL", "postgres://reader@replica.internal:5432/market")
    configured = runpy.run_path(str(settings_file))
    assert configured["DATABASES"]["replica"]["HOST"] == "replica.internal"
    assert configured["DATABASES"]["replica"]["TEST"] == {"MIRROR": "default"}
    assert configured["DATABASE_ROUTERS"] == ["marketplace.db_router.ReplicaRouter"]
    monkeypatch.delenv("DATABASE_REPLICA_URL")
    plain = runpy.run_path(str(settings_file))
    assert "replica" not in plain["DATABASES"]
    assert "DATABASE_ROUTERS" not in plain


@ROUTED
def test_reads_run_on_the_replica_and_writes_on_the_primary(replica):
    primary = connections["default"]
    with CaptureQueriesContext(primary) as on_primary, CaptureQueriesContext(replica) as on_replica:
        skill = SkillFactory(name="routed-skill")
        found = Skill.objects.get(slug=skill.slug)
    assert found.pk == skill.pk
    assert found._state.db == "replica"
    assert any(q["sql"].startswith("INSERT") for q in on_primary.captured_queries)
    assert not any(
        q["sql"].startswith("SELECT") and "skills_skill" in q["sql"]
        for q in on_primary.captured_queries
    )
    assert any(q["sql"].startswith("SELECT") for q in on_replica.captured_queries)
    assert not any(q["sql"].startswith(("INSERT", "UPDATE")) for q in on_replica.captured_queries)


@ROUTED
def test_a_read_from_the_replica_can_be_saved_through_the_primary(replica):
    PublishedSkillFactory(name="published-skill")
    skill = Skill.objects.get(name="published-skill")
    assert skill._state.db == "replica"
    skill.summary = "Changed through the primary."
    with CaptureQueriesContext(connections["default"]) as on_primary:
        skill.save(update_fields=["summary"])
    assert any(q["sql"].startswith("UPDATE") for q in on_primary.captured_queries)
    assert Skill.objects.using("default").get(pk=skill.pk).summary == "Changed through the primary."


@ROUTED
def test_reads_inside_a_transaction_stay_on_the_primary(replica):
    with transaction.atomic():
        skill = SkillFactory(name="fresh-skill")
        # An asynchronous replica may not have this row yet: read it from the primary.
        assert Skill.objects.get(pk=skill.pk)._state.db == "default"
