"""Listing one skill's files within the limits: sizes, hashes, text or binary, symlinks
followed only inside the repository, script languages."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from skills.ingestion.discovery.records import (
    VCS_NAMES,
    FileEntry,
    Limits,
    in_vcs,
    inside,
    join_rel,
    read_bounded,
)
from skills.ingestion.discovery.search import SKILL_MD, SKIP_DIRS
from skills.ingestion.skillmd import Problem, problem

_CHUNK = 1024 * 1024
_SNIFF = 8192

# File extension -> language, for the capabilities summary.
SCRIPT_LANGUAGES = {
    ".py": "python",
    ".sh": "bash",
    ".bash": "bash",
    ".zsh": "zsh",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".rb": "ruby",
    ".go": "go",
    ".rs": "rust",
    ".ps1": "powershell",
    ".pl": "perl",
    ".php": "php",
    ".lua": "lua",
    ".r": "r",
    ".java": "java",
    ".kt": "kotlin",
    ".swift": "swift",
    ".c": "c",
    ".cpp": "cpp",
    ".cs": "csharp",
    ".bat": "batch",
    ".cmd": "batch",
    ".ipynb": "python",
    ".jl": "julia",
    ".scala": "scala",
    ".cj": "cangjie",
}
_SHEBANG_LANGUAGES = {
    "python": "python",
    "python3": "python",
    "bash": "bash",
    "sh": "bash",
    "zsh": "zsh",
    "node": "javascript",
    "deno": "typescript",
    "bun": "javascript",
    "ruby": "ruby",
    "perl": "perl",
    "pwsh": "powershell",
    "php": "php",
    "lua": "lua",
    "Rscript": "r",
}


def _sniff_is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sniffed block is still text.
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


@dataclass(slots=True)
class SkillWalk:
    limits: Limits
    root_real: str
    skill_rel: str
    skill_paths: frozenset[str]
    files: list[FileEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    languages: set[str] = field(default_factory=set)
    stored_bytes: int = 0
    too_many: bool = False
    too_large_reported: bool = False
    skill_md_data: bytes | None = None


def _add_file(walk: SkillWalk, real_path: str, rel: str, st: os.stat_result) -> None:
    limits = walk.limits
    if len(walk.files) >= limits.max_files:
        if not walk.too_many:
            walk.too_many = True
            walk.problems.append(
                problem(
                    "files.too_many",
                    f"The skill has more than {limits.max_files:,} files; the rest are not listed.",
                    path=rel,
                )
            )
        return
    size = st.st_size
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix in SCRIPT_LANGUAGES:
        walk.languages.add(SCRIPT_LANGUAGES[suffix])

    if rel == SKILL_MD:
        walk.skill_md_data = None
        try:
            data = read_bounded(real_path, limits.max_skill_md_bytes + 1)
        except OSError as exc:
            walk.files.append(FileEntry(rel, size, "", False, False, f"unreadable: {exc.strerror}"))
            walk.skill_md_data = None
            return
        walk.skill_md_data = data
        if len(data) > limits.max_skill_md_bytes:
            walk.files.append(
                FileEntry(
                    rel,
                    size,
                    "",
                    _sniff_is_text(data[:_SNIFF]),
                    False,
                    "SKILL.md over max_skill_md_bytes",
                )
            )
            return
        walk.stored_bytes += len(data)
        walk.files.append(
            FileEntry(
                rel,
                len(data),
                hashlib.sha256(data).hexdigest(),
                _sniff_is_text(data[:_SNIFF]),
                True,
            )
        )
        return

    reason = None
    if size > limits.max_file_bytes:
        reason = f"larger than max_file_bytes ({limits.max_file_bytes:,})"
        walk.problems.append(
            problem(
                "file.over_limit",
                f"{rel} is {size:,} bytes; files over {limits.max_file_bytes:,} bytes are listed, not stored.",
                path=rel,
            )
        )
    elif walk.stored_bytes + size > limits.max_skill_bytes:
        reason = f"skill over max_skill_bytes ({limits.max_skill_bytes:,})"
        if not walk.too_large_reported:
            walk.too_large_reported = True
            walk.problems.append(
                problem(
                    "skill.too_large",
                    f"The skill's files exceed {limits.max_skill_bytes:,} bytes; {rel} and later "
                    "files are not stored.",
                    path=rel,
                )
            )
    try:
        with open(real_path, "rb") as fh:
            head = fh.read(_SNIFF)
            is_text = _sniff_is_text(head)
            if head.startswith(b"#!"):
                interpreter = head[2:120].split(b"\n", 1)[0].decode("utf-8", "replace").split()
                if interpreter:
                    prog = (
                        interpreter[-1]
                        if interpreter[0].endswith("/env") and len(interpreter) > 1
                        else interpreter[0]
                    )
                    lang = _SHEBANG_LANGUAGES.get(prog.rsplit("/", 1)[-1].rstrip("0123456789."))
                    if lang is None:
                        lang = _SHEBANG_LANGUAGES.get(prog.rsplit("/", 1)[-1])
                    if lang:
                        walk.languages.add(lang)
            if reason is not None:
                walk.files.append(FileEntry(rel, size, "", is_text, False, reason))
                return
            digest = hashlib.sha256(head)
            read = len(head)
            budget = limits.max_file_bytes
            while read <= budget:
                chunk = fh.read(min(_CHUNK, budget + 1 - read))
                if not chunk:
                    break
                digest.update(chunk)
                read += len(chunk)
    except OSError as exc:
        walk.problems.append(problem("io.error", f"Cannot read {rel}: {exc.strerror}.", path=rel))
        walk.files.append(FileEntry(rel, size, "", False, False, f"unreadable: {exc.strerror}"))
        return
    if read > limits.max_file_bytes:  # grew while we read it
        walk.files.append(FileEntry(rel, read, "", is_text, False, "file changed while reading"))
        return
    walk.stored_bytes += read
    walk.files.append(FileEntry(rel, read, digest.hexdigest(), is_text, True))


def _listed_unread(walk: SkillWalk, rel: str, code: str, message: str, reason: str) -> None:
    """List an entry that is not read (``stored=False`` with ``reason``), with its problem."""
    walk.problems.append(problem(code, message, path=rel))
    walk.files.append(FileEntry(rel, 0, "", False, False, reason))


def walk_skill(walk: SkillWalk, skill_abs: str) -> None:
    skill_real = os.path.realpath(skill_abs)
    visited_dirs = {skill_real}
    stack = [(skill_abs, "", walk.skill_rel)]
    while stack:
        directory, rel, repo_rel = stack.pop()
        try:
            with os.scandir(directory) as it:
                # SKILL.md first, so the file limit can never leave it unread.
                entries = sorted(it, key=lambda e: (e.name != SKILL_MD or rel != "", e.name))
        except OSError as exc:
            walk.problems.append(
                problem("io.error", f"Cannot list folder: {exc.strerror}.", path=rel or ".")
            )
            continue
        for entry in entries:
            name = entry.name
            entry_rel = join_rel(rel, name)
            entry_repo_rel = join_rel(repo_rel, name)
            try:
                name.encode("utf-8")
            except UnicodeEncodeError:
                shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                walk.problems.append(
                    problem(
                        "file.name_encoding",
                        f"'{join_rel(rel, shown)}' has a name that is not valid UTF-8; it is skipped.",
                        path=join_rel(rel, shown),
                    )
                )
                continue
            if len(entry_rel) > walk.limits.max_path_chars:
                walk.problems.append(
                    problem(
                        "path.too_long",
                        f"A file's path is {len(entry_rel):,} characters long; at most "
                        f"{walk.limits.max_path_chars:,} are stored, so it is left out.",
                        path=entry_rel[:200] + "...",
                    )
                )
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                walk.problems.append(
                    problem("io.error", f"Cannot stat {entry_rel}: {exc.strerror}.", path=entry_rel)
                )
                continue
            real_path = entry.path
            if stat.S_ISLNK(st.st_mode):
                target = os.path.realpath(entry.path)
                try:
                    link_text = os.readlink(entry.path)
                except OSError:
                    link_text = "?"
                if not inside(target, walk.root_real):
                    _listed_unread(
                        walk,
                        entry_rel,
                        "symlink.escapes",
                        f"{entry_rel} is a symlink to '{link_text}', outside the repository; "
                        "it is not followed.",
                        "symlink escapes the repository",
                    )
                    continue
                if in_vcs(target, walk.root_real):
                    _listed_unread(
                        walk,
                        entry_rel,
                        "symlink.vcs",
                        f"{entry_rel} is a symlink to '{link_text}', version-control metadata; "
                        "it is not followed.",
                        "symlink to VCS metadata",
                    )
                    continue
                try:
                    st = os.stat(target)
                except OSError:
                    _listed_unread(
                        walk,
                        entry_rel,
                        "symlink.dangling",
                        f"{entry_rel} is a symlink to '{link_text}', which does not exist.",
                        "dangling symlink",
                    )
                    continue
                real_path = target
                if stat.S_ISDIR(st.st_mode):
                    if target in visited_dirs or inside(skill_real, target):
                        walk.problems.append(
                            problem(
                                "symlink.loop",
                                f"{entry_rel} links to a folder already listed ('{link_text}').",
                                path=entry_rel,
                            )
                        )
                        continue
                    visited_dirs.add(target)
                    stack.append((target, entry_rel, entry_repo_rel))
                    continue
            elif stat.S_ISDIR(st.st_mode):
                if name in SKIP_DIRS:
                    walk.problems.append(
                        problem(
                            "files.skipped_dir",
                            f"{entry_rel}/ is a build or dependency folder; skipped.",
                            path=entry_rel,
                        )
                    )
                    continue
                if entry_repo_rel in walk.skill_paths:
                    continue  # another skill: listed on its own
                real = os.path.realpath(entry.path)
                if real in visited_dirs:
                    continue
                visited_dirs.add(real)
                stack.append((entry.path, entry_rel, entry_repo_rel))
                continue
            if not stat.S_ISREG(st.st_mode):
                walk.files.append(FileEntry(entry_rel, 0, "", False, False, "not a regular file"))
                continue
            if name in VCS_NAMES:  # a `.git` file (a submodule's or worktree's gitdir pointer)
                _listed_unread(
                    walk,
                    entry_rel,
                    "files.vcs",
                    f"{entry_rel} is version-control metadata; it is not stored.",
                    "VCS metadata",
                )
                continue
            _add_file(walk, real_path, entry_rel, st)
