"""Safe ZIP building and reading, against hand-crafted hostile archives."""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib

import pytest

from skills.ingestion.archives import ArchiveError, zip_build, zip_read_safe

LIMITS = {"max_members": 50, "max_total_bytes": 1_000_000, "max_ratio": 100.0}


def _zip(
    entries: list[tuple[str, bytes]], *, mode: int | None = None, method=zipfile.ZIP_DEFLATED
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            if mode is not None:
                info.create_system = 3
                info.external_attr = mode << 16
            zf.writestr(info, content)
    return buffer.getvalue()


def _raw_zip(name: str, stored: bytes, *, declared_size: int, crc: int, method: int = 8) -> bytes:
    """A one-member ZIP written by hand, so headers can lie about the uncompressed size."""
    encoded = name.encode()
    local = struct.pack(
        "<IHHHHHIIIHH",
        0x04034B50,
        20,
        0,
        method,
        0,
        0x21,
        crc,
        len(stored),
        declared_size,
        len(encoded),
        0,
    )
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(stored), declared_size,
        len(encoded), 0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    body = local + encoded + stored
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central) + len(encoded), len(body), 0
    )
    return body + central + encoded + end


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


# -- building --------------------------------------------------------------------------------


def test_build_is_deterministic_and_sorted_under_the_root():
    files = [("scripts/run.sh", b"echo hi\n"), ("SKILL.md", b"---\nname: x\n---\n")]
    first = zip_build(files, root="my-skill")
    second = zip_build(list(reversed(files)), root="my-skill")
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert zf.namelist() == ["my-skill/SKILL.md", "my-skill/scripts/run.sh"]
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert stat.S_ISREG(info.external_attr >> 16)


def test_build_normalises_dot_segments_and_round_trips():
    data = zip_build([("./a//b/./c.txt", b"x")], root="r")
    assert zip_read_safe(data, **LIMITS) == [("r/a/b/c.txt", b"x")]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil", "traversal"),
        ("a/../../evil", "traversal"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil.dll", "drive letter"),
        ("a\x00b", "NUL"),
        ("a\\b", "backslash"),
        ("", "empty"),
        ("./", "empty"),
    ],
)
def test_build_refuses_unsafe_names(name, reason):
    with pytest.raises(ArchiveError, match=reason):
        zip_build([(name, b"x")], root="skill")


def test_build_refuses_duplicates_after_normalisation():
    with pytest.raises(ArchiveError, match="duplicate"):
        zip_build([("a/b.txt", b"1"), ("a/./b.txt", b"2")], root="skill")


def test_build_refuses_too_many_or_too_large():
    with pytest.raises(ArchiveError, match="too many"):
        zip_build([(f"f{i}", b"") for i in range(4)], root="s", max_members=3)
    with pytest.raises(ArchiveError, match="too large"):
        zip_build([("a", b"x" * 600), ("b", b"x" * 600)], root="s", max_total_bytes=1000)


def test_build_refuses_a_hostile_root():
    with pytest.raises(ArchiveError):
        zip_build([("a", b"x")], root="../up")


# -- reading ---------------------------------------------------------------------------------


def test_read_returns_regular_files_and_skips_directories():
    data = _zip(
        [("skill/", b""), ("skill/SKILL.md", b"hello"), ("skill/scripts/x.py", b"print(1)")]
    )
    assert zip_read_safe(data, **LIMITS) == [
        ("skill/SKILL.md", b"hello"),
        ("skill/scripts/x.py", b"print(1)"),
    ]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../.bashrc", "traversal"),
        ("skill/../../../etc/cron.d/x", "traversal"),
        ("/etc/passwd", "absolute"),
        ("C:\\Windows\\System32\\evil.dll", "drive letter"),
        ("D:evil", "drive letter"),
        ("skill\\..\\..\\evil", "backslash"),
    ],
)
def test_read_refuses_zip_slip_and_absolute_names(name, reason):
    data = _zip([("ok.txt", b"fine"), (name, b"payload")])
    with pytest.raises(ArchiveError, match=reason):
        zip_read_safe(data, **LIMITS)


def test_read_refuses_a_traversing_directory_entry():
    with pytest.raises(ArchiveError, match="traversal"):
        zip_read_safe(_zip([("../outside/", b"")]), **LIMITS)


def test_read_refuses_symlink_entries():
    data = _zip([("skill/link", b"/home/user/.ssh/id_rsa")], mode=stat.S_IFLNK | 0o777)
    with pytest.raises(ArchiveError, match="symlink"):
        zip_read_safe(data, **LIMITS)


def test_read_refuses_device_and_fifo_entries():
    data = _zip([("skill/fifo", b"")], mode=stat.S_IFIFO | 0o644)
    with pytest.raises(ArchiveError, match="special file"):
        zip_read_safe(data, **LIMITS)


def test_read_refuses_duplicate_members_case_insensitively():
    data = _zip([("SKILL.md", b"a"), ("skill.md", b"b")])
    with pytest.raises(ArchiveError, match="duplicate"):
        zip_read_safe(data, **LIMITS)


def test_read_refuses_too_many_members():
    data = _zip([(f"f{i}.txt", b"") for i in range(51)])
    with pytest.raises(ArchiveError, match="too many members"):
        zip_read_safe(data, **LIMITS)


def test_read_refuses_a_classic_zip_bomb_by_ratio():
    data = _zip([("bomb.txt", b"\0" * 5_000_000)])  # deflates about 1000:1
    with pytest.raises(ArchiveError, match=r"ratio|too large"):
        zip_read_safe(data, max_members=10, max_total_bytes=100_000_000, max_ratio=100.0)


def test_read_refuses_a_large_declared_total():
    data = _zip(
        [("a.bin", bytes(range(256)) * 2000), ("b.bin", bytes(range(256)) * 2000)],
        method=zipfile.ZIP_STORED,
    )
    with pytest.raises(ArchiveError, match="declared size too large"):
        zip_read_safe(data, max_members=10, max_total_bytes=600_000, max_ratio=100.0)


def test_read_refuses_a_member_whose_header_understates_its_size():
    payload = b"A" * 200_000
    stored = _deflate(payload)
    data = _raw_zip("liar.txt", stored, declared_size=100, crc=zlib.crc32(payload))
    with pytest.raises(ArchiveError):
        zip_read_safe(data, **LIMITS)


def test_read_refuses_garbage_and_truncated_archives():
    with pytest.raises(ArchiveError, match="not a readable ZIP"):
        zip_read_safe(b"definitely not a zip", **LIMITS)
    good = _zip([("a.txt", b"hello" * 100)])
    with pytest.raises(ArchiveError):
        zip_read_safe(good[: len(good) // 2], **LIMITS)


def test_read_refuses_encrypted_members():
    data = bytearray(_zip([("a.txt", b"secret")], method=zipfile.ZIP_STORED))
    # Set the "encrypted" flag bit in both the local and the central header.
    data[6] |= 0x1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    with pytest.raises(ArchiveError, match="encrypted"):
        zip_read_safe(bytes(data), **LIMITS)
