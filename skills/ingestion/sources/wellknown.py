"""A site publishing skills under RFC 8615 well-known URIs.

The index is ``<base>/.well-known/agent-skills/index.json`` (falling back to
``<base>/.well-known/skills/index.json``)::

    {"skills": [{"name": "pdf-tools", "description": "...", "files": ["SKILL.md", "scripts/x.py"]}]}

Each file is fetched from ``<base>/.well-known/agent-skills/<name>/<path>`` (the prefix the
index was found under) into a temporary folder, which is then ingested like a repository.
Names and paths are checked (no ``..``, no absolute paths); the per-file and per-skill size
limits apply while downloading. The "commit" is the sha256 of the index document.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from django.conf import settings

from skills.ingestion.sources.base import FetchContext, FetchError, FetchResult
from skills.ingestion.sources.urls import clean_subpath

INDEX_PATHS = (".well-known/agent-skills", ".well-known/skills")
MAX_INDEX_BYTES = 2 * 1024 * 1024
MAX_SKILLS = 2000
_SKILL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


def wellknown_base(url: str) -> str:
    url = url.strip().rstrip("/")
    if "/.well-known/" in url + "/":
        url = url.split("/.well-known", 1)[0]
    return url


def _get_limited(client: httpx.Client, url: str, limit: int) -> bytes | None:
    """The body of a 200 answer (None for 404/410); FetchError when over ``limit``."""
    with client.stream("GET", url) as response:
        if response.status_code in (404, 410):
            return None
        response.raise_for_status()
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url} is larger than {limit:,} bytes.")
            chunks.append(chunk)
    return b"".join(chunks)


class WellKnownAdapter:
    kind = "wellknown"

    def fetch(self, source, *, ctx: FetchContext) -> FetchResult:
        base = wellknown_base(source.url)
        if urlsplit(base).scheme not in ("https", "http"):
            raise FetchError(f"A well-known index needs an http(s) URL, not {source.url!r}.")
        client = ctx.client()
        index, prefix = None, ""
        try:
            for candidate in INDEX_PATHS:
                index = _get_limited(client, f"{base}/{candidate}/index.json", MAX_INDEX_BYTES)
                if index is not None:
                    prefix = candidate
                    break
        except httpx.HTTPError as exc:
            raise FetchError(f"Cannot fetch the well-known index: {exc}") from exc
        if index is None:
            raise FetchError(f"No well-known skills index under {base}.")
        try:
            data = json.loads(index)
        except ValueError as exc:
            raise FetchError(f"The well-known index is not valid JSON: {exc}") from exc
        skills = data.get("skills") if isinstance(data, dict) else None
        if not isinstance(skills, list):
            raise FetchError("The well-known index has no 'skills' list.")

        root = ctx.new_dir("wellknown-") / "site"
        root.mkdir()
        problems: list[dict] = []
        max_file = settings.SKILL_MAX_FILE_BYTES
        max_skill = settings.SKILL_MAX_BYTES
        for entry in skills[:MAX_SKILLS]:
            name = entry.get("name") if isinstance(entry, dict) else None
            if not isinstance(name, str) or not _SKILL_NAME.match(name) or name in (".", ".."):
                problems.append(
                    {
                        "code": "wellknown.bad_name",
                        "message": f"Skill name {name!r} is not a safe folder name.",
                    }
                )
                continue
            files = [f for f in entry.get("files") or [] if isinstance(f, str)]
            if "SKILL.md" not in files:
                files.insert(0, "SKILL.md")
            total = 0
            for rel in files[: settings.SKILL_MAX_FILES]:
                try:
                    rel = clean_subpath(rel)
                except ValueError:
                    problems.append(
                        {
                            "code": "wellknown.unsafe_path",
                            "skill": name,
                            "message": f"{rel!r} leaves the skill folder.",
                        }
                    )
                    continue
                if not rel:
                    continue
                try:
                    body = _get_limited(client, f"{base}/{prefix}/{name}/{rel}", max_file)
                except (FetchError, httpx.HTTPError) as exc:
                    problems.append(
                        {
                            "code": "wellknown.file_error",
                            "skill": name,
                            "path": rel,
                            "message": str(exc),
                        }
                    )
                    continue
                if body is None:
                    problems.append(
                        {
                            "code": "wellknown.file_missing",
                            "skill": name,
                            "path": rel,
                            "message": "404",
                        }
                    )
                    continue
                total += len(body)
                if total > max_skill:
                    problems.append(
                        {
                            "code": "wellknown.skill_too_large",
                            "skill": name,
                            "path": rel,
                            "message": f"The skill is over {max_skill:,} bytes; the rest is not fetched.",
                        }
                    )
                    break
                target = root / name / Path(*rel.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(body)
        host = (urlsplit(base).hostname or "site").lower()
        return FetchResult(
            root=root,
            commit=hashlib.sha256(index).hexdigest()[:40],
            repo_name=host,
            owner=host,
            repository="well-known",
            repository_url=base,
            problems=problems,
        )
