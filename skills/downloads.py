"""Serving a skill's stored files: the ZIP of one version, shared by the skill page and the
API, and one stored file (:func:`file_response`), shared by the API and the well-known index.

:func:`servable_files` is the one rule for which files of a version are served, and under
which path: the ZIP and the well-known index both use it, so they always agree. Files that
were not stored (over a limit) or whose path cannot be packed safely are left out, and the
ZIP lists them in a note, so a download never writes outside its folder. A ZIP that would
still be over the archive limits (data stored before today's limits) raises
:class:`DownloadTooLarge`, which the views answer with 413.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.http import HttpResponse

from marketplace.api import cache_headers, not_modified
from skills.ingestion.archives import (
    DEFAULT_MAX_MEMBERS,
    DEFAULT_MAX_TOTAL_BYTES,
    ArchiveError,
    zip_build,
    zip_path_clean,
)
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


class DownloadTooLarge(Exception):
    """The version's files are over the archive limits; the message says which."""


def servable_files(
    files: Iterable[SkillFile],
) -> tuple[dict[str, SkillFile], list[tuple[str, str]]]:
    """The files of a version that are served, by their clean path, and what is left out.

    ``files`` in path order. A path that cannot be packed safely, a second file under the same
    clean path, our note's own name and files that were not stored are left out, with why.
    """
    served: dict[str, SkillFile] = {}
    left_out: list[tuple[str, str]] = []
    for skill_file in files:
        try:
            clean = zip_path_clean(skill_file.path)
        except ArchiveError as exc:
            left_out.append((skill_file.path, f"unsafe path ({exc})"))
            continue
        if clean in served or clean == NOTE_NAME:
            left_out.append((skill_file.path, "duplicate path"))
        elif not skill_file.is_stored:
            left_out.append((skill_file.path, "not stored (over a size limit)"))
        else:
            served[clean] = skill_file
    return served, left_out


def version_zip_build(*, version: SkillVersion, slug: str) -> VersionZip:
    folder = folder_name(version.name or slug.rsplit("/", 1)[-1])
    served, left_out = servable_files(version.files.order_by("path"))
    if len(served) > DEFAULT_MAX_MEMBERS:
        raise DownloadTooLarge(f"{len(served):,} files; a download holds {DEFAULT_MAX_MEMBERS:,}")
    total = sum(f.size for f in served.values())
    if total > DEFAULT_MAX_TOTAL_BYTES:
        raise DownloadTooLarge(
            f"{total:,} bytes of files; a download holds {DEFAULT_MAX_TOTAL_BYTES:,}"
        )
    entries: list[tuple[str, bytes]] = []
    for clean, skill_file in served.items():
        try:
            entries.append((clean, blob_read(skill_file.storage_key)))
        except OSError:
            left_out.append((skill_file.path, "missing from storage"))
    note = b""
    if left_out:
        lines = "\n".join(f"- {path!r}: {why}" for path, why in left_out)
        note = (
            f"Files of {slug} @ {version.content_hash[:12]} that are not in this ZIP; "
            f"get them from the source repository:\n\n{lines}\n"
        ).encode()
        entries.append((NOTE_NAME, note))
    # The note comes on top of the files' own limits: a skill within them always downloads.
    data = zip_build(
        entries,
        root=folder,
        max_members=DEFAULT_MAX_MEMBERS + 1,
        max_total_bytes=DEFAULT_MAX_TOTAL_BYTES + len(note),
    )
    return VersionZip(
        filename=f"{folder}-{version.content_hash[:12]}.zip", data=data, left_out=left_out
    )


def version_zip_digest(*, version: SkillVersion) -> str:
    """The sha256 of `version`'s ZIP when it is the same under any slug (the version has a
    name and no file is left out: the ZIP then names no slug), else "" (also when the
    version is too large to download as one ZIP). Stored on the version at ingestion
    (`SkillVersion.zip_sha256`, `manage.py zip_digests` for older rows)."""
    if not version.name:
        return ""
    try:
        built = version_zip_build(version=version, slug="")
    except DownloadTooLarge:
        return ""
    return "" if built.left_out else hashlib.sha256(built.data).hexdigest()


def version_zip_digest_store(*, version: SkillVersion) -> str:
    """`version_zip_digest` written on the version (only that column)."""
    version.zip_sha256 = version_zip_digest(version=version)
    SkillVersion.objects.filter(pk=version.pk).update(zip_sha256=version.zip_sha256)
    return version.zip_sha256


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
