import pytest
from django.core.management import CommandError, call_command
from django.core.management.base import BaseCommand

from marketplace.locks import job_lock
from marketplace.management.commands import run_scheduled


class Recorder(BaseCommand):
    calls: list = []

    def add_arguments(self, parser):
        parser.add_argument("rest", nargs="*")

    def handle(self, *args, **options):
        Recorder.calls.append(options["rest"])


@pytest.fixture
def fake_jobs(monkeypatch):
    """`sync` runs a recorder command; `scan` names a command that does not exist."""
    Recorder.calls = []
    monkeypatch.setattr(
        run_scheduled,
        "JOBS",
        {
            "sync": run_scheduled.Job("fake_sync", ("--all",)),
            "scan": run_scheduled.Job("no_such_command"),
        },
    )
    monkeypatch.setattr(run_scheduled, "get_commands", lambda: {"fake_sync": "tests"})
    monkeypatch.setattr(
        run_scheduled, "call_command", lambda name, *args, **kw: Recorder().handle(rest=list(args))
    )


@pytest.mark.django_db
def test_run_scheduled_runs_the_job_under_its_lock(fake_jobs, capsys):
    call_command("run_scheduled", "sync")
    assert Recorder.calls == [["--all"]]
    assert "sync" in capsys.readouterr().out


@pytest.mark.django_db
def test_run_scheduled_skips_a_job_whose_lock_is_held(fake_jobs, capsys):
    with job_lock("job:sync", ttl=60):
        call_command("run_scheduled", "sync")
    assert Recorder.calls == []
    assert "skipped" in capsys.readouterr().out


@pytest.mark.django_db
def test_run_scheduled_reports_a_missing_command_clearly_and_runs_the_others(fake_jobs, capsys):
    with pytest.raises(CommandError, match="scan"):
        call_command("run_scheduled", "scan", "sync")
    assert Recorder.calls == [["--all"]]
    out = capsys.readouterr().out
    assert "'no_such_command' does not exist" in out


def test_run_scheduled_refuses_an_unknown_job():
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("run_scheduled", "reindex")


def test_every_job_maps_to_the_documented_command():
    assert {name: job.command_line for name, job in run_scheduled.JOBS.items()} == {
        "sync": "sync_sources --all",
        "rankings": "compute_rankings",
        "scan": "scan_skills --changed-rules",
        "prune": "prune_events --older-than 90d",
    }
