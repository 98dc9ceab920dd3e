from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from skills.models import SkillFile
from skills.services import skill_publish_version
from skills.storage import blob_put
from tests.factories import SkillFactory, SkillVersionFactory

HIGH_RATES = {
    "anon": "100000/min",
    "user": "100000/min",
    "events": "100000/min",
    "token": "100000/min",
}


@pytest.fixture(autouse=True)
def _generous_throttles(settings):
    """Tests do not trip the throttles unless they lower a rate on purpose."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": dict(HIGH_RATES),
    }
    settings.RANKINGS_EVENTS_PER_MINUTE = 100000


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def staff_api(staff_user) -> APIClient:
    client = APIClient()
    client.force_authenticate(staff_user)
    return client


def skill_md(name: str, description: str, body: str = "# Usage\n\nRun it.\n") -> bytes:
    return f"---\nname: {name}\ndescription: {description}\n---\n\n{body}".encode()


def make_skill(
    name: str = "pdf-tools",
    *,
    owner: str = "acme",
    repo: str = "tools",
    description: str | None = None,
    files: dict[str, bytes] | None = None,
    age_days: int = 0,
    commit: str | None = None,
    **skill_fields,
):
    """A published skill whose latest version has stored files (SKILL.md first)."""
    description = description or f"Work with {name} documents. Use it for {name} tasks."
    files = dict(files or {})
    files.setdefault("SKILL.md", skill_md(name, description))
    skill = SkillFactory(
        name=name,
        slug=f"{owner}/{repo}/{name}",
        repository_owner=owner,
        repository_name=repo,
        repository_url=f"https://github.com/{owner}/{repo}",
        path=f"skills/{name}",
        description=description,
        **skill_fields,
    )
    manifest = [
        {"path": p, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
        for p, b in sorted(files.items())
    ]
    created = timezone.now() - timedelta(days=age_days)
    version = SkillVersionFactory(
        skill=skill,
        name=name,
        description=description,
        file_manifest=manifest,
        body=files["SKILL.md"].decode(errors="replace").split("---", 2)[-1],
        capabilities={
            "scripts": sum(p.startswith("scripts/") for p in files),
            "references": 0,
            "assets": 0,
            "file_count": len(files),
        },
        created_at=created,
        **({"commit": commit} if commit else {}),
    )
    for path, data in files.items():
        digest, key = blob_put(data)
        SkillFile.objects.create(
            version=version,
            path=path,
            size=len(data),
            sha256=digest,
            storage_key=key,
            is_text=b"\0" not in data,
        )
    skill_publish_version(skill=skill, version=version)
    if age_days:
        type(skill).objects.filter(pk=skill.pk).update(
            first_seen_at=created, last_changed_at=created
        )
        skill.refresh_from_db()
    return skill
