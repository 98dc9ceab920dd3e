"""The workers benchmark's own parts (scripts/bench_workers.py): generated repositories are
real git repositories of listable skills, served over smart HTTP by git http-backend, and
the report's arithmetic comes from the measured stages."""

from __future__ import annotations

import subprocess
import threading
from http.server import ThreadingHTTPServer

import pytest

from scripts import bench_workers
from skills.ingestion.discovery import discover_skills


def test_generated_repositories_are_deterministic_and_hold_listable_skills(tmp_path):
    assert bench_workers.repo_files(7) == bench_workers.repo_files(7)
    assert bench_workers.repo_files(7) != bench_workers.repo_files(8)
    skills, size = bench_workers.generate(tmp_path / "repos", 5)
    assert skills >= 5 and size > 0
    for i in range(5):
        checkout = tmp_path / f"c{i}"
        subprocess.run(
            ["git", "clone", "-q", str(tmp_path / "repos" / f"r{i:05d}.git"), str(checkout)],
            check=True,
        )
        found = discover_skills(checkout, repo_name=f"r{i}")
        assert found.skills and all(ds.skill_md.is_listable for ds in found.skills)


def test_repositories_are_served_over_smart_http(tmp_path):
    bench_workers.generate(tmp_path / "repos", 1)
    bench_workers.GitHttp.root = str(tmp_path / "repos")
    server = ThreadingHTTPServer(("127.0.0.1", 0), bench_workers.GitHttp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/r00000.git"
        heads = subprocess.run(
            ["git", "ls-remote", url], check=True, capture_output=True, text=True
        ).stdout
        assert "refs/heads/main" in heads
        subprocess.run(["git", "clone", "-q", "--depth", "1", url, str(tmp_path / "c")], check=True)
        assert any((tmp_path / "c").rglob("SKILL.md"))
    finally:
        server.shutdown()


def test_report_shares_and_scaling_come_from_the_measured_stages():
    stages = {"task": 10.0, "tasks": 5, "git": 4.0, "database": 3.0, "parsing": 1.0,
              "scanning": 1.0, "storage": 0.5, "queries": 100}  # fmt: skip
    shares = bench_workers.stage_shares(stages)
    assert shares["git"] == pytest.approx(40) and shares["other"] == pytest.approx(5)
    run = {"seconds": 60.0, "repos_per_minute": 5.0, "failed": 0, "stages": stages,
           "load_before": "1", "load_after": "1", "repos": 5, "skills_found": 9}  # fmt: skip
    text = bench_workers.render(
        {"generated": {"5x1": {"first": run, "unchanged": run}}},
        {"when": "now", "repos": 5, "skills": 9, "bytes": 1000, "machine": "test"},
    )
    assert "| 5 | 1 | 2000 ms | 20 | 40 % |" in text  # 10 s / 5 repos, 100 queries / 5
    assert "2.00 s of one worker process per repository" in text
    assert f"{100_000 * 2 / 3600:.0f} process-hours" in text
