"""Content-addressed storage of skill files through Django's storage API.

The same bytes are stored once, under `blobs/<aa>/<sha256>`, whatever skill or
version they belong to. Any storage backend configured as `default` works.
"""

from __future__ import annotations

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import storages


def _storage():
    return storages["default"]


def blob_key(sha256: str) -> str:
    return f"blobs/{sha256[:2]}/{sha256}"


def blob_put(data: bytes, *, sha256: str | None = None) -> tuple[str, str]:
    """Store bytes (once); returns (sha256, storage key)."""
    digest = sha256 or hashlib.sha256(data).hexdigest()
    key = blob_key(digest)
    storage = _storage()
    if not storage.exists(key):
        storage.save(key, ContentFile(data))
    return digest, key


def blob_read(key: str) -> bytes:
    with _storage().open(key, "rb") as handle:
        return handle.read()
