"""skills.sh-compatible search and download (the `skills` CLI's registry API)."""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest

from skills.api.skillssh import cli_slug, snapshot_hash
from skills.models import Skill
from tests.api.conftest import make_skill, skill_md
from tests.factories import SkillPopularityFactory
from tests.npm import SKILLS_CLI, node_env, npm_tool

pytestmark = pytest.mark.django_db


def test_search_answers_the_skills_sh_shape(client):
    pdf = make_skill("pdf-tools")
    SkillPopularityFactory(skill=pdf, installs_total=42)
    make_skill("pdf-signer", owner="other", repo="docs")
    make_skill("csv-cleaner")
    response = client.get("/api/search", {"q": "pdf", "limit": "10"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"skills"}
    by_id = {s["id"]: s for s in body["skills"]}
    assert set(by_id) == {"acme/tools/pdf-tools", "other/docs/pdf-signer"}
    assert by_id["acme/tools/pdf-tools"] == {
        "id": "acme/tools/pdf-tools",
        "name": "pdf-tools",
        "source": "acme/tools",
        "installs": 42,
    }
    assert by_id["other/docs/pdf-signer"]["installs"] == 0


def test_search_filters_by_owner_and_limits(client):
    for n in range(3):
        make_skill(f"pdf-{n}")
    make_skill("pdf-other", owner="other", repo="docs")
    owned = client.get("/api/search", {"q": "pdf", "owner": "OTHER"}).json()["skills"]
    assert [s["id"] for s in owned] == ["other/docs/pdf-other"]
    assert len(client.get("/api/search", {"q": "pdf", "limit": "2"}).json()["skills"]) == 2


def test_search_leaves_out_unpublished_skills(client):
    hidden = make_skill("pdf-hidden")
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    assert client.get("/api/search", {"q": "pdf"}).json() == {"skills": []}


@pytest.mark.parametrize(
    "params",
    [{}, {"q": ""}, {"q": "pdf", "limit": "0"}, {"q": "pdf", "limit": "x"}, {"q": "pdf", "x": "1"}],
)
def test_search_rejects_bad_parameters(client, params):
    response = client.get("/api/search", params)
    assert response.status_code == 400
    assert set(response.json()) >= {"detail", "code"}


def test_download_serves_the_published_version_as_a_cli_snapshot(client):
    files = {
        "SKILL.md": skill_md("PDF Tools", "Fill PDF forms. Use it for PDF work."),
        "scripts/fill.py": b"print('fill')\n",
        "assets/logo.png": b"\x89PNG\r\n\x1a\n\0\1",
    }
    skill = make_skill("pdf-tools", files=files)
    for slug in ("pdf-tools", "PDF-Tools"):
        response = client.get(f"/api/download/acme/tools/{slug}")
        assert response.status_code == 200, slug
    body = response.json()
    assert body["files"] == [
        {"path": "SKILL.md", "contents": files["SKILL.md"].decode()},
        {"path": "scripts/fill.py", "contents": "print('fill')\n"},
    ]
    assert body["skipped"] == ["assets/logo.png"]
    assert body["version"] == skill.latest_version.content_hash
    expected = hashlib.sha256()
    for path in ("SKILL.md", "scripts/fill.py"):
        expected.update(path.encode())
        expected.update(files[path])
    assert body["hash"] == expected.hexdigest() == snapshot_hash(body["files"])
    again = client.get("/api/download/acme/tools/pdf-tools", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_download_over_the_archive_limits_is_413(client, monkeypatch):
    make_skill("pdf-tools", files={"scripts/big.py": b"x" * 2000})
    monkeypatch.setattr("skills.api.skillssh.DEFAULT_MAX_TOTAL_BYTES", 1000)
    response = client.get("/api/download/acme/tools/pdf-tools")
    assert response.status_code == 413
    assert response.json()["code"] == "download_too_large"


def test_download_finds_a_skill_by_the_cli_slug_of_its_name(client):
    make_skill("Data_Cleaner 2")
    assert cli_slug("Data_Cleaner 2") == "data-cleaner-2"
    assert client.get("/api/download/acme/tools/data-cleaner-2").status_code == 200


def test_download_of_unknown_or_hidden_skills_is_404(client):
    hidden = make_skill("pdf-hidden")
    Skill.objects.filter(pk=hidden.pk).update(status=Skill.Status.HIDDEN)
    for url in (
        "/api/download/acme/tools/pdf-hidden",
        "/api/download/acme/tools/nothing",
        "/api/download/nobody/tools/pdf-hidden",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["code"] == "not_found"


# --- the real CLI -----------------------------------------------------------------------------

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.mark.cli
@pytest.mark.django_db(transaction=True)
def test_the_skills_cli_finds_skills_in_the_marketplace(live_server, tmp_path):
    cli = npm_tool(*SKILLS_CLI)
    pdf = make_skill("pdf-tools")
    SkillPopularityFactory(skill=pdf, installs_total=1500)
    make_skill("pdf-signer", owner="other", repo="docs")
    make_skill("csv-cleaner")
    env = {**node_env(tmp_path), "SKILLS_API_URL": live_server.url}
    found = subprocess.run(
        ["node", str(cli), "find", "pdf"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = ANSI.sub("", found.stdout)
    assert found.returncode == 0, output + found.stderr
    assert "acme/tools@pdf-tools 1.5K installs" in output, output
    assert "other/docs@pdf-signer" in output
    assert "csv-cleaner" not in output
    # sorted by installs, as the CLI does
    assert output.index("acme/tools@pdf-tools") < output.index("other/docs@pdf-signer")

    by_owner = subprocess.run(
        ["node", str(cli), "find", "pdf", "--owner", "other"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = ANSI.sub("", by_owner.stdout)
    assert "other/docs@pdf-signer" in output and "acme/tools" not in output, output
