"""Safe ZIP building and reading for skill downloads and uploads (pure Python, no Django).

`zip_build` makes byte-for-byte reproducible archives: fixed timestamps and permissions, sorted
entries, normalised relative paths, no symlinks. `zip_read_safe` refuses everything a hostile
archive can use against the reader: path traversal (zip-slip), absolute paths and drive letters,
symlink entries, duplicate names, too many members, and zip bombs (declared sizes, actual
decompressed sizes and compression ratios are all checked, the actual size while inflating, so
a lying header cannot make it allocate more than the limit).
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterable

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
DEFAULT_MAX_MEMBERS = 2000
DEFAULT_MAX_TOTAL_BYTES = 50 * 1024 * 1024
_CHUNK = 64 * 1024


class ArchiveError(ValueError):
    """The archive (or the files to archive) is refused; the message names the reason."""


def zip_path_clean(name: str) -> str:
    """A normalised relative POSIX path, or ArchiveError naming what is wrong with it."""
    if not isinstance(name, str) or not name:
        raise ArchiveError("empty file name")
    if "\x00" in name:
        raise ArchiveError(f"NUL byte in file name {name!r}")
    if any(ord(c) < 0x20 for c in name):
        raise ArchiveError(f"control character in file name {name!r}")
    if len(name) >= 2 and name[1] == ":" and name[0].isalpha():
        raise ArchiveError(f"drive letter in path {name!r}")
    if "\\" in name:
        raise ArchiveError(f"backslash in file name {name!r}")
    if name.startswith("/"):
        raise ArchiveError(f"absolute path {name!r}")
    parts = name.split("/")
    if any(p == ".." for p in parts):
        raise ArchiveError(f"path traversal in {name!r}")
    parts = [p for p in parts if p not in ("", ".")]
    if not parts:
        raise ArchiveError(f"empty file name {name!r}")
    return "/".join(parts)


def zip_build(
    files: Iterable[tuple[str, bytes]],
    *,
    root: str,
    max_members: int = DEFAULT_MAX_MEMBERS,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
) -> bytes:
    """A deterministic ZIP of `files` under the folder `root` (e.g. the skill name).

    Paths must be relative; `..`, absolute paths, drive letters, NUL and duplicates (after
    normalisation) raise ArchiveError, as do more than `max_members` files or more than
    `max_total_bytes` of content.
    """
    root_clean = zip_path_clean(root) if root else ""
    entries: dict[str, bytes] = {}
    total = 0
    for name, content in files:
        clean = zip_path_clean(name)
        if clean in entries:
            raise ArchiveError(f"duplicate file name {clean!r}")
        if not isinstance(content, bytes | bytearray | memoryview):
            raise ArchiveError(f"content of {clean!r} is not bytes")
        total += len(content)
        if len(entries) + 1 > max_members:
            raise ArchiveError(f"too many files (more than {max_members})")
        if total > max_total_bytes:
            raise ArchiveError(f"files too large (more than {max_total_bytes} bytes)")
        entries[clean] = bytes(content)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for clean in sorted(entries):
            arcname = f"{root_clean}/{clean}" if root_clean else clean
            info = zipfile.ZipInfo(arcname, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permission bits below are meaningful
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, entries[clean])
    return buffer.getvalue()


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode) if mode else False


def zip_read_safe(
    data: bytes,
    *,
    max_members: int = DEFAULT_MAX_MEMBERS,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_ratio: float = 100.0,
) -> list[tuple[str, bytes]]:
    """The regular files of a ZIP as (normalised path, content), or ArchiveError with the reason.

    Directory entries are skipped. Checks, in order: readable ZIP, member count, every name
    (traversal, absolute, drive letter, NUL, duplicates), symlinks and other non-regular
    entries, encryption, declared sizes and ratio, then the actual bytes while inflating.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveError(f"not a readable ZIP archive ({exc})") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            raise ArchiveError(f"too many members ({len(infos)} > {max_members})")
        seen: set[str] = set()
        regular: list[tuple[zipfile.ZipInfo, str]] = []
        declared_total = 0
        for info in infos:
            raw = info.filename
            if raw.endswith("/") or info.is_dir():
                if raw.strip("/"):
                    zip_path_clean(raw.rstrip("/"))  # a hostile directory name is refused too
                continue
            clean = zip_path_clean(raw)
            if clean.lower() in seen:
                raise ArchiveError(f"duplicate member {clean!r}")
            seen.add(clean.lower())
            if _is_symlink(info):
                raise ArchiveError(f"symlink entry {clean!r}")
            mode = info.external_attr >> 16
            if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # no type bits: DOS-made, a file
                raise ArchiveError(f"special file entry {clean!r}")
            if info.flag_bits & 0x1:
                raise ArchiveError(f"encrypted member {clean!r}")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ArchiveError(f"unsupported compression for {clean!r}")
            declared_total += info.file_size
            if declared_total > max_total_bytes:
                raise ArchiveError(f"declared size too large (more than {max_total_bytes} bytes)")
            if info.file_size > max(1024, info.compress_size) * max_ratio:
                raise ArchiveError(
                    f"compression ratio too high for {clean!r} "
                    f"({info.file_size} from {info.compress_size} bytes)"
                )
            regular.append((info, clean))
        out: list[tuple[str, bytes]] = []
        actual_total = 0
        for info, clean in regular:
            chunks: list[bytes] = []
            size = 0
            try:
                with zf.open(info) as fh:
                    while True:
                        chunk = fh.read(_CHUNK)
                        if not chunk:
                            break
                        size += len(chunk)
                        actual_total += len(chunk)
                        if size > info.file_size:
                            raise ArchiveError(f"{clean!r} is larger than its header declares")
                        if actual_total > max_total_bytes:
                            raise ArchiveError(
                                f"content too large (more than {max_total_bytes} bytes)"
                            )
                        if size > max(1024, info.compress_size) * max_ratio:
                            raise ArchiveError(f"compression ratio too high for {clean!r}")
                        chunks.append(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                if isinstance(exc, ArchiveError):
                    raise
                raise ArchiveError(f"corrupt member {clean!r} ({exc})") from exc
            out.append((clean, b"".join(chunks)))
        return out
