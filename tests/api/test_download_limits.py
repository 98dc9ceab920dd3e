"""Downloads within the limits always work; over them they answer 413; the ZIP and the
well-known index serve the same files under the same paths."""

from __future__ import annotations

import io
import zipfile

import pytest

from skills.downloads import NOTE_NAME
from skills.ingestion.archives import DEFAULT_MAX_TOTAL_BYTES
from skills.models import SkillFile
from tests.api.conftest import make_skill

pytestmark = pytest.mark.django_db

INDEX = "/r/acme/tools/.well-known/agent-skills/index.json"


def _zip_names(response) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        return {name.split("/", 1)[1] for name in zf.namelist()}


def test_a_skill_just_under_the_limit_with_a_note_still_downloads(client, api):
    big = b"x" * (DEFAULT_MAX_TOTAL_BYTES - 4096)
    skill = make_skill("big", files={"assets/blob.bin": big})
    version = skill.latest_version
    SkillFile.objects.create(version=version, path="assets/huge.bin", size=9 * 2**20)  # unstored
    for url in (f"/s/{skill.slug}/-/download.zip", f"/api/v1/skills/{skill.slug}/download"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert NOTE_NAME in _zip_names(response)


def test_a_version_over_the_limit_answers_413_with_a_message(client, api, monkeypatch):
    monkeypatch.setattr("skills.downloads.DEFAULT_MAX_TOTAL_BYTES", 1000)
    skill = make_skill("big", files={"assets/blob.bin": b"x" * 2000})
    page = client.get(f"/s/{skill.slug}/-/download.zip")
    assert page.status_code == 413
    assert b"too large to download" in page.content
    response = api.get(f"/api/v1/skills/{skill.slug}/download")
    assert response.status_code == 413
    assert response.json()["code"] == "download_too_large"
    assert "a download holds 1,000" in response.json()["detail"]


def test_the_index_and_the_zip_agree_on_a_skills_files(client):
    skill = make_skill(
        "odd",
        files={
            "references/ok.md": b"# ok\n",
            "./references/dot.md": b"# dot\n",
            "references//double.md": b"# double\n",
            "scripts/back\\slash.py": b"print(1)\n",
            "ctrl\x07char.md": b"bell\n",
        },
    )
    index = client.get(INDEX).json()
    (entry,) = [e for e in index["skills"] if e["name"] == "odd"]
    listed = set(entry["files"])
    zipped = _zip_names(client.get(f"/s/{skill.slug}/-/download.zip")) - {NOTE_NAME}
    assert listed == zipped
    assert listed == {"SKILL.md", "references/ok.md", "references/dot.md", "references/double.md"}
    for path in listed:
        assert client.get(f"/r/acme/tools/.well-known/agent-skills/odd/{path}").status_code == 200
