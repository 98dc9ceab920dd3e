"""A real package: the wheel carries the templates, static files, demo folders and the
LICENSE, declares only runtime dependencies outside the `dev` extra, and serves the site
from the unpacked wheel, away from the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


def _source_copy(target: Path) -> Path:
    """The repository's files (tracked and new, not ignored), so the build writes nothing
    into the working tree."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = REPO_ROOT / os.fsdecode(name)
        if source.is_file():
            destination = target / os.fsdecode(name)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("package")
    source = _source_copy(work / "source")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = work.glob("agent_skills_marketplace-*.whl")
    return built


@pytest.mark.cli
def test_the_wheel_ships_templates_static_files_demo_and_license(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "marketplace/site/templates/base.html",
        "marketplace/site/templates/skills/detail.html",
        "marketplace/site/static/css/site.css",
        "marketplace/site/locale/ko/LC_MESSAGES/django.mo",
        "marketplace/demo/devflow/engineering-skills/skills/code-review/SKILL.md",
        "marketplace/demo/acme-labs/document-skills/skills/docx-writer/scripts/build_docx.py",
        "marketplace/__main__.py",
    ):
        assert required in names, required
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith("tests/") or "__pycache__" in n for n in names)
    (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: MIT" in text
    requires = [line for line in text.splitlines() if line.startswith("Requires-Dist:")]
    runtime = [line for line in requires if "extra ==" not in line]
    assert any("Django" in line or "django" in line for line in runtime)
    for dev_only in ("pytest", "playwright", "schemathesis", "ruff", "mcp"):
        assert not any(line.split()[1].lower().startswith(dev_only) for line in runtime), dev_only
    assert not any("mdit-py-plugins" in line or "pool" in line for line in requires)


@pytest.mark.cli
def test_the_unpacked_wheel_serves_the_site_away_from_the_source_tree(wheel, tmp_path):
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "DATABASE_URL": f"sqlite:///{home / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "marketplace.settings",
    }
    for name in ("MEDIA_ROOT", "CACHE_URL", "ENV"):
        env.pop(name, None)

    def manage(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "marketplace", *args],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return result.stdout

    manage("migrate", "--noinput", "-v0")
    manage("load_demo")
    probe = manage(
        "shell",
        "-c",
        "import marketplace, django.conf as c; from django.test import Client; "
        "cl = Client(); home = cl.get('/'); css = cl.get('/static/css/site.css'); "
        "ko = cl.get('/', HTTP_ACCEPT_LANGUAGE='ko'); "
        "print(marketplace.__file__, c.settings.SOURCE_CHECKOUT, c.settings.BASE_DIR, "
        "home.status_code, css.status_code, b'code-review' in home.content or "
        "b'pdf-extract' in home.content, '코딩 에이전트를 위한 스킬' in ko.content.decode())",
    )
    module, checkout, base_dir, page, css, demo, korean = probe.split()[-7:]
    assert module.startswith(str(site)), module  # the wheel's code, not the source tree
    assert checkout == "False"
    assert base_dir == str(home)  # data next to where it runs, not in site-packages
    assert (page, css, demo) == ("200", "200", "True")
    assert korean == "True"  # the compiled Korean catalogue is in the wheel and found there
    assert (home / "db.sqlite3").exists() and (home / "var" / "media").is_dir()
