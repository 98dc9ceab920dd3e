"""Backups with pg_dump and the restore drill (PostgreSQL only)."""

import os

import pytest
from django.core.management import CommandError, call_command
from django.db import connections

from marketplace.ops import (
    drill_snapshot,
    pg_create_database,
    pg_drop_database,
    pg_query,
    pg_restore,
)
from tests.factories import PublishedSkillFactory

LISTING_SQL = "SELECT slug, name, status FROM skills_skill ORDER BY name, slug"


@pytest.fixture
def published_skills(db):
    return [PublishedSkillFactory(name=name) for name in ("zeta-pdf", "alpha-csv", "mid-docker")]


@pytest.fixture
def scratch_database():
    settings_dict = connections["default"].settings_dict
    name = f"{settings_dict['NAME']}_drill_{os.getpid()}"
    pg_drop_database(settings_dict=settings_dict, name=name)
    pg_create_database(settings_dict=settings_dict, name=name)
    yield name
    pg_drop_database(settings_dict=settings_dict, name=name)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_a_fresh_database_with_identical_listings(
    published_skills, scratch_database, tmp_path
):
    settings_dict = connections["default"].settings_dict
    dump = tmp_path / "drill.dump"
    call_command("backup_db", "--output", str(dump))
    assert dump.stat().st_size > 0
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format

    pg_restore(settings_dict=settings_dict, dump=dump, database=scratch_database)

    live = pg_query(settings_dict=settings_dict, database=settings_dict["NAME"], sql=LISTING_SQL)
    restored = pg_query(settings_dict=settings_dict, database=scratch_database, sql=LISTING_SQL)
    assert [row[1] for row in live] == ["alpha-csv", "mid-docker", "zeta-pdf"]
    assert all(row[2] == "published" for row in live)
    assert restored == live
    assert drill_snapshot(settings_dict=settings_dict, database=scratch_database) == drill_snapshot(
        settings_dict=settings_dict, database=settings_dict["NAME"]
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_restore_check_command_runs_the_drill(published_skills, tmp_path, capsys):
    dump = tmp_path / "drill.dump"
    call_command("backup_db", "--output", str(dump))
    call_command("restore_check", "--dump", str(dump))
    assert "Restore drill passed" in capsys.readouterr().out


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_restore_check_fails_when_the_live_database_moved_on(published_skills, tmp_path):
    dump = tmp_path / "drill.dump"
    call_command("backup_db", "--output", str(dump))
    PublishedSkillFactory(name="written-after-the-dump")
    with pytest.raises(CommandError, match="skills_skill"):
        call_command("restore_check", "--dump", str(dump))


def test_backup_db_refuses_a_database_that_is_not_postgresql(tmp_path, on_postgres):
    if on_postgres:
        pytest.skip("checks the SQLite refusal")
    with pytest.raises(CommandError, match="needs PostgreSQL"):
        call_command("backup_db", "--output", str(tmp_path / "x.dump"))
