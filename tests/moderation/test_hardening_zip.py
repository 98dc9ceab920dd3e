"""ZIP downloads: a version whose manifest holds hostile paths still downloads a safe ZIP
(every entry inside one folder, no absolute path, no `..`), from the page and the API."""

from __future__ import annotations

import io
import posixpath
import zipfile

import pytest
from django.urls import reverse

from skills.models import SkillFile
from skills.services import skill_publish_version
from skills.storage import blob_put
from tests.factories import SkillFactory, SkillVersionFactory

pytestmark = pytest.mark.django_db

HOSTILE = {
    "SKILL.md": b"---\nname: zipper\ndescription: Zip things. Use when asked.\n---\nBody.\n",
    "../x": b"parent",
    "/etc/passwd": b"root:x:0:0",
    "a/../../b": b"escape",
    "scripts/../../../../tmp/owned": b"deep",
    "..\\win\\evil.bat": b"backslash",
    "C:/Windows/evil.txt": b"drive",
    "ok/file.txt": b"fine",
}


@pytest.fixture
def hostile_skill():
    skill = SkillFactory(name="zipper", slug="acme/tools/zipper")
    version = SkillVersionFactory(
        skill=skill,
        name="../../zipper",
        file_manifest=[{"path": p, "size": len(d), "sha256": ""} for p, d in HOSTILE.items()],
    )
    for path, data in HOSTILE.items():
        digest, key = blob_put(data)
        SkillFile.objects.create(
            version=version, path=path, size=len(data), sha256=digest, storage_key=key, is_text=True
        )
    skill_publish_version(skill=skill, version=version)
    return skill


def assert_safe_zip(data: bytes, tmp_path) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names, "empty archive"
        roots = set()
        for name in names:
            assert (
                not name.startswith("/") and "\\" not in name and ":" not in name.split("/")[0]
            ), name
            parts = name.split("/")
            assert ".." not in parts and "" not in parts[:-1], name
            assert posixpath.normpath(name) == name.rstrip("/"), name
            roots.add(parts[0])
        assert len(roots) == 1 and ".." not in next(iter(roots))
        dest = tmp_path / "out"
        archive.extractall(dest)
    inside = dest.resolve()
    for path in dest.rglob("*"):
        assert inside in path.resolve().parents
    return names


def assert_safe_answer(response, tmp_path) -> list[str]:
    """A safe ZIP, or a clean client error; never a traversal, never a 500."""
    assert response.status_code in (200, 400, 404, 409, 422), response.content[:300]
    if response.status_code != 200:
        return []
    assert response["Content-Type"] == "application/zip"
    assert ".." not in response["Content-Disposition"]
    return assert_safe_zip(response.content, tmp_path)


def test_page_download_of_hostile_paths_is_a_safe_zip(client, hostile_skill, tmp_path):
    response = client.get(reverse("skills:download", kwargs={"slug": hostile_skill.slug}))
    assert response.status_code == 200
    names = assert_safe_answer(response, tmp_path)
    assert any(n.endswith("/SKILL.md") for n in names)
    assert any(n.endswith("ok/file.txt") for n in names)
    # What could not be packed safely is listed, not silently lost.
    note = (
        zipfile.ZipFile(io.BytesIO(response.content))
        .read(next(n for n in names if n.endswith("/MARKETPLACE-README.txt")))
        .decode()
    )
    assert "unsafe path" in note


def test_page_download_of_a_normal_version_is_a_safe_zip(client, tmp_path):
    skill = SkillFactory(name="plain", slug="acme/tools/plain")
    version = SkillVersionFactory(skill=skill, name="../../plain")
    for path, data in {"SKILL.md": HOSTILE["SKILL.md"], "scripts/run.py": b"print(1)"}.items():
        digest, key = blob_put(data)
        SkillFile.objects.create(
            version=version, path=path, size=len(data), sha256=digest, storage_key=key, is_text=True
        )
    skill_publish_version(skill=skill, version=version)
    for url in (
        reverse("skills:download", kwargs={"slug": skill.slug}),
        f"/api/v1/skills/{skill.slug}/download",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        names = assert_safe_zip(response.content, tmp_path / url.replace("/", "_"))
        assert sorted(n.split("/", 1)[1] for n in names) == ["SKILL.md", "scripts/run.py"]


def test_api_download_of_hostile_paths_is_a_safe_zip(client, hostile_skill, tmp_path):
    response = client.get(f"/api/v1/skills/{hostile_skill.slug}/download")
    assert response.status_code == 200
    names = assert_safe_answer(response, tmp_path)
    assert any(n.endswith("ok/file.txt") for n in names)
