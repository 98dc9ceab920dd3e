"""What a skill's files add up to: capabilities, the content hash, the licence file."""

from __future__ import annotations

import hashlib
import os

from skills.ingestion.discovery.records import FileEntry, read_bounded, readable
from skills.ingestion.licenses import license_detect_file

LICENSE_FILE_NAMES = (
    "LICENSE",
    "LICENSE.txt",
    "LICENSE.md",
    "LICENCE",
    "LICENCE.txt",
    "LICENCE.md",
    "COPYING",
    "COPYING.txt",
)
_LICENSE_NAMES_LOWER = {n.lower() for n in LICENSE_FILE_NAMES}
_LICENSE_READ_BYTES = 64 * 1024
_CAPABILITY_DIRS = ("scripts", "references", "assets")


def capabilities_summary(files: list[FileEntry], languages: set[str]) -> dict:
    counts = dict.fromkeys(_CAPABILITY_DIRS, 0)
    other_dirs: set[str] = set()
    for entry in files:
        head, sep, _ = entry.path.partition("/")
        if not sep:
            continue
        if head in counts:
            counts[head] += 1
        else:
            other_dirs.add(head)
    return {
        **counts,
        "other_dirs": sorted(other_dirs),
        "script_languages": sorted(languages),
        "file_count": len(files),
        "total_bytes": sum(e.size for e in files),
    }


def content_hash_of(files: list[FileEntry]) -> str:
    digest = hashlib.sha256()
    for entry in sorted(files, key=lambda e: e.path):
        marker = entry.sha256 or f"unstored:{entry.size}:{entry.reason or ''}"
        digest.update(f"{entry.path}\0{marker}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read_license_file(path: str, root_real: str) -> str | None:
    real = os.path.realpath(path)
    if not readable(real, root_real) or not os.path.isfile(real):
        return None
    try:
        return read_bounded(real, _LICENSE_READ_BYTES).decode("utf-8", "replace")
    except OSError:
        return None


def folder_license(
    folder: str, root_real: str, names: list[str] | None = None
) -> tuple[str | None, float]:
    if names is None:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return None, 0.0
    for name in names:
        if name.lower() in _LICENSE_NAMES_LOWER:
            text = _read_license_file(os.path.join(folder, name), root_real)
            if text:
                spdx, confidence = license_detect_file(text)
                if spdx:
                    return spdx, confidence
    return None, 0.0
