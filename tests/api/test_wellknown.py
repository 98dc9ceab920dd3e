"""The well-known skills index (skills CLI) and the Claude Code marketplace export."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from skills.install import index_name
from skills.models import Skill, SkillFile, SkillVersion
from skills.storage import blob_read
from tests.api.conftest import make_skill, skill_md
from tests.npm import SKILLS_CLI, node_env, npm_tool

pytestmark = pytest.mark.django_db

INDEX = "/r/acme/tools/.well-known/agent-skills/index.json"


def test_index_round_trip_serves_the_stored_bytes(client):
    files = {"scripts/run.py": b"print('hi')\n", "assets/logo.png": b"\x89PNG\r\n\x1a\n\0\1"}
    skill = make_skill("pdf-tools", files=files)
    make_skill("csv-cleaner")
    index = client.get(INDEX)
    assert index.status_code == 200
    assert index["Content-Type"] == "application/json"
    body = index.json()
    assert set(body) == {"skills"}
    assert [set(e) for e in body["skills"]] == [{"name", "description", "files"}] * 2
    by_name = {e["name"]: e for e in body["skills"]}
    assert by_name["pdf-tools"]["files"][0] == "SKILL.md"
    assert by_name["pdf-tools"]["description"] == skill.description
    for entry in body["skills"]:
        stored = Skill.objects.get(slug=f"acme/tools/{entry['name']}").latest_version
        assert sorted(entry["files"]) == sorted(stored.files.values_list("path", flat=True))
        for path in entry["files"]:
            response = client.get(f"/r/acme/tools/.well-known/agent-skills/{entry['name']}/{path}")
            assert response.status_code == 200, path
            assert response.content == blob_read(stored.files.get(path=path).storage_key)
            assert response["X-Content-Type-Options"] == "nosniff"


def test_the_legacy_path_serves_the_same_index(client):
    make_skill("pdf-tools")
    legacy = client.get("/r/acme/tools/.well-known/skills/index.json")
    assert legacy.json() == client.get(INDEX).json()
    assert client.get("/r/acme/tools/.well-known/skills/pdf-tools/SKILL.md").status_code == 200


def test_only_published_skills_with_a_stored_skill_md_are_listed(client):
    make_skill("pdf-tools")
    hidden = make_skill("hidden-skill")
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    unstored = make_skill("unstored")
    SkillFile.objects.filter(version=unstored.latest_version).update(storage_key="")
    names = [e["name"] for e in client.get(INDEX).json()["skills"]]
    assert names == ["pdf-tools"]
    assert (
        client.get("/r/acme/tools/.well-known/agent-skills/hidden-skill/SKILL.md").status_code
        == 404
    )


def test_names_are_valid_for_the_cli_and_unique(client):
    make_skill("PDF_Tools")  # slug keeps the case and underscore
    make_skill("pdf-tools_")
    names = [e["name"] for e in client.get(INDEX).json()["skills"]]
    assert len(set(names)) == len(names) == 2
    for name in names:
        assert name == index_name(name) and len(name) <= 64


def test_index_name_rules():
    assert index_name("PDF Tools!") == "pdf-tools"
    assert index_name("--a__b--") == "a-b"
    assert index_name("") == "skill"
    assert len(index_name("x" * 100)) == 64


def test_unknown_repository_and_file_are_404(client):
    make_skill("pdf-tools")
    assert client.get("/r/nobody/nothing/.well-known/agent-skills/index.json").status_code == 404
    assert client.get("/r/acme/tools/.well-known/agent-skills/pdf-tools/nope.md").status_code == 404
    assert client.get("/r/acme/tools/.well-known/agent-skills/other/SKILL.md").status_code == 404


def test_index_supports_etags(client):
    make_skill("pdf-tools")
    first = client.get(INDEX)
    assert client.get(INDEX, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_index_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(15):
        make_skill(f"skill-{n}", files={f"references/{m}.md": b"x" for m in range(3)})
    with django_assert_max_num_queries(3):
        assert len(client.get(INDEX).json()["skills"]) == 15


# --- /marketplace.json --------------------------------------------------------------------


def test_marketplace_json_groups_published_skills_by_repository(client):
    commit = "a" * 40
    a = make_skill("pdf-tools", commit=commit)
    make_skill("pdf-signer", commit=commit)
    make_skill("csv-cleaner", owner="other", repo="data")
    hidden = make_skill("hidden", owner="third", repo="repo")
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    doc = client.get("/marketplace.json").json()
    assert set(doc) == {"$schema", "name", "owner", "metadata", "plugins"}
    assert set(doc["owner"]) == {"name"}
    plugins = {p["name"]: p for p in doc["plugins"]}
    assert set(plugins) == {"acme-tools", "other-data"}
    acme = plugins["acme-tools"]
    assert set(acme) == {"name", "description", "source", "strict", "skills", "homepage"}
    assert acme["source"] == {
        "source": "url",
        "url": "https://github.com/acme/tools.git",
        "sha": a.latest_version.commit,
    }
    assert acme["strict"] is False
    assert acme["skills"] == ["./skills/pdf-signer", "./skills/pdf-tools"]


def test_skills_of_one_repository_at_different_commits_become_separate_plugins(client):
    a = make_skill("pdf-tools")
    b = make_skill("pdf-signer")
    assert a.latest_version.commit != b.latest_version.commit
    plugins = client.get("/marketplace.json").json()["plugins"]
    assert len(plugins) == 2
    assert len({p["name"] for p in plugins}) == 2
    assert {p["source"]["sha"] for p in plugins} == {
        a.latest_version.commit,
        b.latest_version.commit,
    }


def test_marketplace_json_runs_one_query(client, django_assert_max_num_queries):
    for n in range(20):
        make_skill(f"skill-{n}", owner=f"o{n % 4}")
    with django_assert_max_num_queries(1):
        assert client.get("/marketplace.json").status_code == 200


# --- the real skills CLI ------------------------------------------------------------------


@pytest.fixture(scope="session")
def skills_cli() -> Path:
    """The `skills` CLI, pinned (tests.npm.SKILLS_CLI)."""
    return npm_tool(*SKILLS_CLI)


@pytest.mark.cli
@pytest.mark.django_db(transaction=True)
def test_the_skills_cli_installs_a_skill_from_the_marketplace(live_server, skills_cli, tmp_path):
    files = {
        "SKILL.md": skill_md("pdf-tools", "Fill and merge PDF forms. Use it for PDF work."),
        "scripts/fill.py": b"import sys\nprint(sys.argv)\n",
        "references/forms.md": b"# Forms\n\nField names.\n",
    }
    make_skill("pdf-tools", files=files)
    make_skill("csv-cleaner")
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    env = node_env(home)
    result = subprocess.run(
        [
            "node",
            str(skills_cli),
            "add",
            f"{live_server.url}/r/acme/tools",
            "--skill",
            "pdf-tools",
            "--agent",
            "claude-code",
            "--copy",
            "-y",
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    installed = project / ".claude" / "skills" / "pdf-tools"
    assert installed.is_dir(), result.stdout[-2000:] + result.stderr[-2000:]
    for path, data in files.items():
        assert (installed / path).read_bytes() == data, path
    assert not (project / ".claude" / "skills" / "csv-cleaner").exists()
    listed = subprocess.run(
        ["node", str(skills_cli), "list", "--json"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "pdf-tools" in listed.stdout, listed.stdout + listed.stderr


def _link(skill, *, kind, url):
    from skills.models import SkillSource, SkillSourceLink

    source = SkillSource.objects.create(url=url, kind=kind, name=url[-40:])
    SkillSourceLink.objects.create(skill=skill, source=source, path=skill.path, is_canonical=True)


def test_marketplace_json_exports_each_kind_of_source_installably(client):
    from skills.models import SkillSource

    github = make_skill("pdf-tools", commit="a" * 40)
    _link(github, kind=SkillSource.Kind.GITHUB, url="https://github.com/acme/tools")
    local = make_skill("notes", owner="demo", repo="local", commit="b" * 40)
    Skill.objects.filter(pk=local.pk).update(repository_url="/srv/demo-repos/demo/local")
    _link(local, kind=SkillSource.Kind.GIT, url="/srv/demo-repos/demo/local")
    web = make_skill("web-skill", owner="docs.example", repo="skills")
    Skill.objects.filter(pk=web.pk).update(repository_url="https://docs.example/skills")
    _link(web, kind=SkillSource.Kind.WELLKNOWN, url="https://docs.example/skills")
    odd = make_skill("odd", owner="odd", repo="thing")
    Skill.objects.filter(pk=odd.pk).update(repository_url="not a url")

    plugins = {p["name"]: p for p in client.get("/marketplace.json").json()["plugins"]}
    assert set(plugins) == {"acme-tools", "demo-local"}  # no git repository: left out
    assert plugins["acme-tools"]["source"]["url"] == "https://github.com/acme/tools.git"
    assert plugins["acme-tools"]["homepage"] == "https://github.com/acme/tools"
    assert plugins["demo-local"]["source"] == {
        "source": "url",
        "url": "file:///srv/demo-repos/demo/local",
        "sha": "b" * 40,
    }
    assert plugins["demo-local"]["homepage"] == "http://testserver/repos/demo/local/"


# --- the real Claude Code validator and installer ---------------------------------------------

CLAUDE_CODE = ("@anthropic-ai/claude-code", "2.1.332", "bin/claude.exe")


@pytest.mark.cli
@pytest.mark.django_db(transaction=True)
def test_claude_code_validates_and_installs_from_marketplace_json(live_server, tmp_path):
    """`claude plugin validate --strict` accepts /marketplace.json with the demo (local git
    repositories), a GitHub repository and a well-known index among the sources, and
    `claude plugin install` installs a demo plugin at its reviewed commit."""
    from django.core.management import call_command

    from skills.models import SkillSource

    claude = npm_tool(*CLAUDE_CODE)
    call_command("load_demo", verbosity=0)
    github = make_skill("pdf-tools", commit="c" * 40)
    _link(github, kind=SkillSource.Kind.GITHUB, url="https://github.com/acme/tools")
    web = make_skill("web-skill", owner="docs.example", repo="skills")
    Skill.objects.filter(pk=web.pk).update(repository_url="https://docs.example/skills")
    _link(web, kind=SkillSource.Kind.WELLKNOWN, url="https://docs.example/skills")

    import urllib.request

    with urllib.request.urlopen(f"{live_server.url}/marketplace.json") as answer:
        document = answer.read()
    catalog = tmp_path / "catalog" / ".claude-plugin"
    catalog.mkdir(parents=True)
    (catalog / "marketplace.json").write_bytes(document)
    env = {**node_env(tmp_path / "home"), "DISABLE_AUTOUPDATER": "1"}
    env["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"] = "1"
    (tmp_path / "home").mkdir()

    def claude_run(*args):
        return subprocess.run(
            [str(claude), *args], env=env, capture_output=True, text=True, timeout=180
        )

    validated = claude_run("plugin", "validate", "--strict", str(catalog / "marketplace.json"))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "Validation passed" in validated.stdout

    added = claude_run("plugin", "marketplace", "add", f"{live_server.url}/marketplace.json")
    assert added.returncode == 0, added.stdout + added.stderr
    import json

    plugins = {p["name"]: p for p in json.loads(document)["plugins"]}
    assert "devflow-engineering-skills" in plugins
    installed = claude_run(
        "plugin", "install", "devflow-engineering-skills@agent-skills-marketplace"
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "Successfully installed" in installed.stdout
    cached = list((tmp_path / "home" / ".claude" / "plugins").rglob("code-review/SKILL.md"))
    assert cached, installed.stdout


# --- the marketplace's own skills ------------------------------------------------------------


def test_the_sites_own_index_serves_find_skills_with_this_sites_address(client):
    from skills.ingestion.skillmd import parse_skill_md

    for prefix in ("/.well-known/agent-skills", "/.well-known/skills"):
        index = client.get(f"{prefix}/index.json")
        assert index.status_code == 200
        (entry,) = index.json()["skills"]
        assert entry["name"] == "find-skills" and entry["files"] == ["SKILL.md"]
        assert "http://testserver" in entry["description"]
    text = client.get("/.well-known/agent-skills/find-skills/SKILL.md")
    assert text.status_code == 200
    body = text.content.decode()
    assert "{{BASE_URL}}" not in body
    assert "http://testserver/mcp" in body and "http://testserver/r/<owner>/<repo>" in body
    parsed = parse_skill_md(text.content, folder_name="find-skills")
    assert parsed.is_spec_valid and not parsed.problems
    assert client.get("/.well-known/agent-skills/find-skills/other.md").status_code == 404
    assert client.get("/.well-known/agent-skills/nope/SKILL.md").status_code == 404


@pytest.mark.cli
@pytest.mark.django_db(transaction=True)
def test_the_skills_cli_installs_find_skills_from_the_site(live_server, skills_cli, tmp_path):
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    result = subprocess.run(
        [
            "node",
            str(skills_cli),
            "add",
            live_server.url,
            "--skill",
            "find-skills",
            "--agent",
            "claude-code",
            "--copy",
            "-y",
        ],
        cwd=project,
        env=node_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    installed = project / ".claude" / "skills" / "find-skills" / "SKILL.md"
    assert installed.is_file(), result.stdout[-2000:] + result.stderr[-2000:]
    assert f"{live_server.url}/mcp" in installed.read_text()


def test_marketplace_json_never_points_at_a_moving_head(client):
    """Every plugin is pinned to the reviewed commit; a version without a full commit id
    (it would install whatever upstream holds now) is left out."""
    pinned = make_skill("pdf-tools", commit="d" * 40)
    unpinned = make_skill("csv-tools", owner="other", repo="data")
    SkillVersion.objects.filter(pk=unpinned.latest_version_id).update(commit="main")
    plugins = client.get("/marketplace.json").json()["plugins"]
    assert [p["source"] for p in plugins] == [
        {"source": "url", "url": "https://github.com/acme/tools.git", "sha": "d" * 40}
    ]
    assert pinned.latest_version.commit == "d" * 40
