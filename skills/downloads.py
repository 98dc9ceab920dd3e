"""Serving a skill's stored files: the ZIP of one version, shared by the skill page and the
API, and one stored file (:func:`file_response`), shared by the API and the well-known index.

Stored files are packed under a folder named after the skill; files that were not stored
(over a limit) or whose path cannot be packed safely are left out and listed in a note
inside the ZIP, so a download never fails and never writes outside its folder.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field

from django.http import HttpResponse

from marketplace.api import cache_headers, not_modified
from skills.ingestion.archives import ArchiveError, zip_build, zip_path_clean
from skills.install import folder_name
from skills.models import SkillFile, SkillVersion
from skills.storage import blob_read

NOTE_NAME = "MARKETPLACE-README.txt"

# Only these guessed types are sent as themselves; any other binary is octet-stream.
SAFE_BINARY_TYPES = frozenset(
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "application/pdf",
        "application/zip",
        "font/woff",
        "font/woff2",
        "audio/mpeg",
        "audio/wav",
        "video/mp4",
    }
)


@dataclass(frozen=True)
class VersionZip:
    filename: str
    data: bytes
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (path, why)


def version_zip_build(*, version: SkillVersion, slug: str) -> VersionZip:
    folder = folder_name(version.name or slug.rsplit("/", 1)[-1])
    entries: list[tuple[str, bytes]] = []
    left_out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for skill_file in version.files.all():
        try:
            clean = zip_path_clean(skill_file.path)
        except ArchiveError as exc:
            left_out.append((skill_file.path, f"unsafe path ({exc})"))
            continue
        if clean in seen or clean == NOTE_NAME:
            left_out.append((skill_file.path, "duplicate path"))
            continue
        if not skill_file.is_stored:
            left_out.append((skill_file.path, "not stored (over a size limit)"))
            continue
        try:
            entries.append((clean, blob_read(skill_file.storage_key)))
        except OSError:
            left_out.append((skill_file.path, "missing from storage"))
            continue
        seen.add(clean)
    if left_out:
        lines = "\n".join(f"- {path!r}: {why}" for path, why in left_out)
        note = (
            f"Files of {slug} @ {version.content_hash[:12]} that are not in this ZIP; "
            f"get them from the source repository:\n\n{lines}\n"
        )
        entries.append((NOTE_NAME, note.encode()))
    data = zip_build(entries, root=folder)
    return VersionZip(
        filename=f"{folder}-{version.content_hash[:12]}.zip", data=data, left_out=left_out
    )


def file_response(request, *, file: SkillFile, last_modified) -> HttpResponse:
    """Serve a stored skill file safely: never rendered by the browser as HTML."""
    conditional = not_modified(request, etag=file.sha256, last_modified=last_modified)
    if conditional is not None:
        return cache_headers(
            conditional,
            etag=file.sha256,
            last_modified=last_modified,
            max_age=3600,
            request=request,
        )
    data = blob_read(file.storage_key)
    if file.is_text:
        response = HttpResponse(data, content_type="text/plain; charset=utf-8")
    else:
        guessed, _ = mimetypes.guess_type(file.path)
        content_type = guessed if guessed in SAFE_BINARY_TYPES else "application/octet-stream"
        response = HttpResponse(data, content_type=content_type)
        filename = file.path.rsplit("/", 1)[-1].replace('"', "") or "file"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return cache_headers(
        response, etag=file.sha256, last_modified=last_modified, max_age=3600, request=request
    )
