"""run_scheduled: a thin wrapper over the periodic Celery tasks (in process without a
broker, queued with one); ensure_schedules: the default django-celery-beat schedules."""

import pytest
from django.core.management import CommandError, call_command
from django_celery_beat.models import PeriodicTask

from marketplace.locks import job_lock
from marketplace.schedules import JOBS, schedule_name


@pytest.mark.django_db
def test_run_scheduled_runs_the_task_in_process_without_a_broker(capsys):
    call_command("run_scheduled", "rankings", "prune")
    out = capsys.readouterr().out
    assert "==> rankings: rankings.compute()" in out
    assert "rankings  ok" in out and "prune     ok" in out


@pytest.mark.django_db
def test_run_scheduled_reports_a_job_whose_lock_is_held_as_skipped(capsys):
    with job_lock("job:rankings", ttl=60):
        call_command("run_scheduled", "rankings")
    assert "skipped" in capsys.readouterr().out


@pytest.mark.django_db
def test_run_scheduled_queues_the_tasks_with_a_broker(monkeypatch, capsys):
    from rankings.tasks import compute_rankings

    monkeypatch.setattr("marketplace.celery.runs_in_process", lambda: False)
    sent = []

    class Sent:
        id = "task-1"

    monkeypatch.setattr(compute_rankings, "apply_async", lambda **kw: sent.append(kw) or Sent())
    call_command("run_scheduled", "rankings")
    assert sent == [{"kwargs": {}}]
    assert "queued" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_failing_job_does_not_stop_the_others(monkeypatch, capsys):
    def boom(**kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr("rankings.services.run.rankings_compute", boom)
    with pytest.raises(CommandError, match="rankings"):
        call_command("run_scheduled", "rankings", "prune")
    out = capsys.readouterr().out
    assert "RuntimeError: database gone" in out and "prune     ok" in out


def test_run_scheduled_refuses_an_unknown_job():
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("run_scheduled", "reindex")


def test_every_job_maps_to_the_documented_task():
    assert {name: job.label for name, job in JOBS.items()} == {
        "sync": "skills.sync_due_sources(everything=True)",
        "sync-due": "skills.sync_due_sources()",
        "rankings": "rankings.compute()",
        "scan": "moderation.scan_changed_rules()",
        "prune": "rankings.prune_events(older_than_days=90)",
        "discover": "skills.discover_due()",
    }


@pytest.mark.django_db
def test_ensure_schedules_creates_the_defaults_once_and_keeps_edits(capsys):
    call_command("ensure_schedules")
    tasks = {t.name: t for t in PeriodicTask.objects.all()}
    assert set(tasks) == {
        schedule_name(j) for j in ("sync-due", "rankings", "scan", "prune", "discover")
    }
    assert tasks[schedule_name("sync-due")].interval.every == 15
    assert str(tasks[schedule_name("rankings")].crontab.minute) == "10"
    assert tasks[schedule_name("prune")].kwargs == '{"older_than_days": 90}'
    PeriodicTask.objects.filter(name=schedule_name("scan")).update(enabled=False)
    call_command("ensure_schedules")
    assert PeriodicTask.objects.count() == 5
    assert not PeriodicTask.objects.get(name=schedule_name("scan")).enabled  # kept
    call_command("ensure_schedules", "--reset")
    assert PeriodicTask.objects.get(name=schedule_name("scan")).enabled


@pytest.mark.django_db
def test_the_schedules_are_edited_in_the_console(admin_client):
    call_command("ensure_schedules")
    index = admin_client.get("/admin/").content.decode()
    assert "Background work (periodic tasks)" in index
    page = admin_client.get("/admin/django_celery_beat/periodictask/")
    assert page.status_code == 200 and schedule_name("rankings") in page.content.decode()
    task = PeriodicTask.objects.get(name=schedule_name("rankings"))
    edit = admin_client.get(f"/admin/django_celery_beat/periodictask/{task.pk}/change/")
    assert edit.status_code == 200
