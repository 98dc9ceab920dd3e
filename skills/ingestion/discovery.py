"""From a checked-out repository folder to skill records.

Pure Python, no Django. :func:`discover_skills` finds every ``SKILL.md`` under a folder,
parses it (:mod:`skills.ingestion.skillmd`), lists and hashes the skill's files within limits, and
works out capabilities and licence. It reads hostile repositories: it never raises on their
content, never reads a file through a symlink that leaves the repository, and never reads
more than the limits into memory.

Decisions (see docs/VALIDATION.md):

- Only a file named exactly ``SKILL.md`` makes a skill. A ``skill.md`` (any other case)
  without a ``SKILL.md`` beside it is reported (``skill_md.case``) but is not a skill: agents
  look for ``SKILL.md`` and on case-sensitive file systems would not load it.
- Build, dependency and VCS folders (:data:`SKIP_DIRS`) are skipped; other dot-folders are
  searched (openai/skills keeps skills under ``.curated/`` and ``.system/``).
- Symlinked folders are not followed while searching for ``SKILL.md`` (the real folder is
  found on its own, and loops are impossible). Inside a skill, a symlink (file or folder) is
  followed only when it resolves inside the repository.
- A skill inside another skill's folder is still a skill (with ``skill.nested``); the outer
  skill's file list leaves the inner skill's folder out.
- Problem paths on a skill are relative to the skill folder; on the Discovery, relative to the
  repository root.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from skills.ingestion.licenses import license_detect_file, license_normalise
from skills.ingestion.skillmd import Problem, SkillMd, parse_skill_md, problem, unreadable_skill_md

__all__ = [
    "LICENSE_FILE_NAMES",
    "SKIP_DIRS",
    "DiscoveredSkill",
    "Discovery",
    "FileEntry",
    "Limits",
    "UnsafePathError",
    "discover_skills",
    "read_skill_file",
    "skill_folder_check",
    "skill_report_lines",
]

SKILL_MD = "SKILL.md"
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "bower_components",
        "target",
        "dist",
        "build",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".next",
        ".gradle",
        ".cache",
        ".terraform",
        "site-packages",
    }
)
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
_CAPABILITY_DIRS = ("scripts", "references", "assets")


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 5 * 1024**2
    max_files: int = 2000
    max_skill_bytes: int = 50 * 1024**2
    max_skill_md_bytes: int = 1024**2


@dataclass(slots=True)
class FileEntry:
    path: str  # posix, relative to the skill folder
    size: int
    sha256: str  # "" when the file was not read (over a limit, escaping symlink, ...)
    is_text: bool
    stored: bool
    reason: str | None = None  # why not stored


@dataclass(slots=True)
class DiscoveredSkill:
    path: str
    folder_name: str
    skill_md: SkillMd
    files: list[FileEntry]
    content_hash: str
    capabilities: dict
    license: str | None
    license_confidence: float
    license_source: str | None
    problems: list[Problem]


@dataclass(slots=True)
class Discovery:
    skills: list[DiscoveredSkill] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    repo_license: str | None = None


class UnsafePathError(ValueError):
    """A requested file is outside the repository, not stored, or not a regular file."""


def _inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(root_real + os.sep)


def _join(rel: str, name: str) -> str:
    return f"{rel}/{name}" if rel else name


def _read_bounded(path: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes (callers pass limit + 1 to detect "over the limit")."""
    with open(path, "rb") as fh:
        return fh.read(limit)


def _sniff_is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sniffed block is still text.
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


# --- Searching for SKILL.md -----------------------------------------------------------------


def _find_skill_dirs(start: str, start_rel: str, problems: list[Problem]) -> list[str]:
    """Relative (posix) paths of the folders under ``start`` that contain a SKILL.md."""
    found: list[str] = []
    stack = [(start, start_rel)]
    while stack:
        directory, rel = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = list(it)
        except OSError as exc:
            problems.append(
                problem("io.error", f"Cannot list folder: {exc.strerror}.", path=rel or ".")
            )
            continue
        has_skill_md = False
        other_case = None
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                if name not in SKIP_DIRS:
                    stack.append((entry.path, _join(rel, name)))
            elif name == SKILL_MD:
                has_skill_md = True
            elif name.lower() == "skill.md":
                other_case = name
        if has_skill_md:
            found.append(rel)
        elif other_case:
            problems.append(
                problem(
                    "skill_md.case",
                    f"Found '{other_case}' but no 'SKILL.md'; agents only load 'SKILL.md', so this "
                    "folder is not treated as a skill. Rename the file.",
                    path=_join(rel, other_case),
                )
            )
    return found


# --- Listing one skill's files --------------------------------------------------------------


@dataclass(slots=True)
class _Walk:
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


def _add_file(walk: _Walk, real_path: str, rel: str, st: os.stat_result) -> None:
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
            data = _read_bounded(real_path, limits.max_skill_md_bytes + 1)
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


def _walk_skill(walk: _Walk, skill_abs: str) -> None:
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
            entry_rel = _join(rel, name)
            entry_repo_rel = _join(repo_rel, name)
            try:
                name.encode("utf-8")
            except UnicodeEncodeError:
                shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                walk.problems.append(
                    problem(
                        "file.name_encoding",
                        f"'{_join(rel, shown)}' has a name that is not valid UTF-8; it is skipped.",
                        path=_join(rel, shown),
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
                if not _inside(target, walk.root_real):
                    walk.problems.append(
                        problem(
                            "symlink.escapes",
                            f"{entry_rel} is a symlink to '{link_text}', outside the repository; "
                            "it is not followed.",
                            path=entry_rel,
                        )
                    )
                    walk.files.append(
                        FileEntry(entry_rel, 0, "", False, False, "symlink escapes the repository")
                    )
                    continue
                try:
                    st = os.stat(target)
                except OSError:
                    walk.problems.append(
                        problem(
                            "symlink.dangling",
                            f"{entry_rel} is a symlink to '{link_text}', which does not exist.",
                            path=entry_rel,
                        )
                    )
                    walk.files.append(FileEntry(entry_rel, 0, "", False, False, "dangling symlink"))
                    continue
                real_path = target
                if stat.S_ISDIR(st.st_mode):
                    if target in visited_dirs or _inside(skill_real, target):
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
            _add_file(walk, real_path, entry_rel, st)


def _capabilities(files: list[FileEntry], languages: set[str]) -> dict:
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


def _content_hash(files: list[FileEntry]) -> str:
    digest = hashlib.sha256()
    for entry in sorted(files, key=lambda e: e.path):
        marker = entry.sha256 or f"unstored:{entry.size}:{entry.reason or ''}"
        digest.update(f"{entry.path}\0{marker}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read_license_file(path: str, root_real: str) -> str | None:
    real = os.path.realpath(path)
    if not _inside(real, root_real) or not os.path.isfile(real):
        return None
    try:
        return _read_bounded(real, _LICENSE_READ_BYTES).decode("utf-8", "replace")
    except OSError:
        return None


def _folder_license(
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


# --- Public API -----------------------------------------------------------------------------


def discover_skills(
    root: Path, *, repo_name: str, subpath: str = "", limits: Limits = Limits()
) -> Discovery:
    """Find and read every skill under ``root/subpath``. Never raises on repository content."""
    root_real = os.path.realpath(root)
    discovery = Discovery()
    repo_license, repo_license_confidence = _folder_license(root_real, root_real)
    discovery.repo_license = repo_license

    sub = PurePosixPath(subpath.strip("/")) if subpath.strip("/") else PurePosixPath()
    sub_rel = "" if str(sub) == "." else str(sub)
    start = os.path.join(root_real, *sub.parts) if sub_rel else root_real
    start_real = os.path.realpath(start)
    if sub.is_absolute() or ".." in sub.parts or not _inside(start_real, root_real):
        discovery.problems.append(
            problem("path.unsafe", f"The subpath '{subpath}' leaves the repository.", path=subpath)
        )
        return discovery
    if not os.path.isdir(start_real):
        discovery.problems.append(
            problem(
                "path.missing",
                f"The subpath '{subpath}' is not a folder in the repository.",
                path=subpath,
            )
        )
        return discovery

    skill_dirs = sorted(_find_skill_dirs(start_real, sub_rel, discovery.problems))
    skill_set = frozenset(skill_dirs)

    for rel in skill_dirs:
        folder_name = rel.rsplit("/", 1)[-1] if rel else repo_name
        skill_abs = os.path.join(root_real, *rel.split("/")) if rel else root_real
        walk = _Walk(limits=limits, root_real=root_real, skill_rel=rel, skill_paths=skill_set)

        # Nested inside another skill?
        parts = rel.split("/") if rel else []
        for depth in range(len(parts) - 1, -1, -1):
            outer = "/".join(parts[:depth])
            if outer in skill_set:
                walk.problems.append(
                    problem(
                        "skill.nested",
                        f"This skill is inside the folder of the skill at '{outer or '/'}'; "
                        "it is listed separately and left out of that skill's files.",
                    )
                )
                break

        _walk_skill(walk, skill_abs)
        walk.files.sort(key=lambda e: e.path)

        md_entry = next((e for e in walk.files if e.path == SKILL_MD), None)
        if walk.skill_md_data is not None:
            skill_md = parse_skill_md(
                walk.skill_md_data, folder_name=folder_name, max_bytes=limits.max_skill_md_bytes
            )
        elif md_entry is not None and md_entry.reason:
            skill_md = unreadable_skill_md(
                folder_name=folder_name, message=f"SKILL.md was not read: {md_entry.reason}."
            )
        else:
            skill_md = unreadable_skill_md(
                folder_name=folder_name, message="SKILL.md could not be read."
            )

        # Licence: frontmatter, else a licence file in the skill folder, else the repository's.
        license_id, confidence, source = None, 0.0, None
        fm_license = skill_md.frontmatter.get("license")
        if isinstance(fm_license, str):
            license_id, confidence = license_normalise(fm_license)
            source = "frontmatter" if license_id else None
        if license_id is None:
            top_names = [e.path for e in walk.files if "/" not in e.path and e.stored]
            license_id, confidence = _folder_license(skill_abs, root_real, top_names)
            source = "skill_file" if license_id else None
        if license_id is None and repo_license:
            license_id, confidence, source = repo_license, repo_license_confidence, "repository"

        discovery.skills.append(
            DiscoveredSkill(
                path=rel,
                folder_name=folder_name,
                skill_md=skill_md,
                files=walk.files,
                content_hash=_content_hash(walk.files),
                capabilities=_capabilities(walk.files, walk.languages),
                license=license_id,
                license_confidence=confidence,
                license_source=source,
                problems=[*skill_md.problems, *walk.problems],
            )
        )
    return discovery


def read_skill_file(
    root: Path, skill: DiscoveredSkill, entry: FileEntry, *, limits: Limits = Limits()
) -> bytes:
    """The bytes of one stored file of a skill. Raises UnsafePathError for anything that
    would leave the repository (``..``, absolute paths, symlinks resolving outside)."""
    if not entry.stored:
        raise UnsafePathError(f"{entry.path} was not stored: {entry.reason}")
    rel = PurePosixPath(skill.path) / entry.path if skill.path else PurePosixPath(entry.path)
    if rel.is_absolute() or ".." in rel.parts:
        raise UnsafePathError(f"{rel} is not a relative path inside the repository")
    root_real = os.path.realpath(root)
    real = os.path.realpath(os.path.join(root_real, *rel.parts))
    if not _inside(real, root_real):
        raise UnsafePathError(f"{rel} resolves outside the repository")
    try:
        st = os.stat(real)
    except OSError as exc:
        raise UnsafePathError(f"{rel} cannot be read: {exc.strerror}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise UnsafePathError(f"{rel} is not a regular file")
    limit = max(limits.max_file_bytes, limits.max_skill_md_bytes)
    data = _read_bounded(real, limit + 1)
    if len(data) > limit:
        raise UnsafePathError(f"{rel} is larger than {limit:,} bytes")
    return data


def skill_folder_check(
    path: Path, *, root: Path | None = None, limits: Limits = Limits()
) -> DiscoveredSkill:
    """Discover the one skill whose folder is ``path`` (symlinks may point anywhere inside
    ``root``, which defaults to ``path`` itself). Used by ``manage.py validate_skill``."""
    path = Path(path)
    root = Path(root) if root is not None else path
    root_real = Path(os.path.realpath(root))
    path_real = Path(os.path.realpath(path))
    rel = "" if path_real == root_real else path_real.relative_to(root_real).as_posix()
    name = path_real.name or "skill"
    discovery = discover_skills(root_real, repo_name=name, subpath=rel, limits=limits)
    for skill in discovery.skills:
        if skill.path == rel:
            return skill
    message = (
        "No SKILL.md in this folder."
        if not discovery.problems
        else "; ".join(p.message for p in discovery.problems)
    )
    skill_md = unreadable_skill_md(folder_name=name, message=message)
    return DiscoveredSkill(
        rel,
        name,
        skill_md,
        [],
        _content_hash([]),
        _capabilities([], set()),
        None,
        0.0,
        None,
        list(skill_md.problems),
    )


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def skill_report_lines(skill: DiscoveredSkill) -> list[str]:
    """A plain-text report of one discovered skill (problems, verdicts, capabilities, licence)."""
    md = skill.skill_md
    lines = [
        f"Skill: {md.name or '?'}  (folder: {skill.folder_name}, path: {skill.path or '.'})",
        f"Description: {(md.description or '-')[:200]}",
        "",
    ]
    problems = sorted(
        skill.problems, key=lambda p: (_SEVERITY_ORDER.get(str(p.severity), 3), p.line or 0, p.code)
    )
    if problems:
        lines.append(f"Problems ({len(problems)}):")
        for p in problems:
            where = f"line {p.line}" if p.line else (p.path or "")
            lines.append(f"  {str(p.severity).upper():7} {p.code:24} {where:14} {p.message}")
    else:
        lines.append("Problems: none")
    caps = skill.capabilities
    lines += [
        "",
        f"Spec-valid (agentskills.io): {'yes' if md.is_spec_valid else 'no'}",
        f"Listable (agents load it):   {'yes' if md.is_listable else 'no'}",
        "",
        f"Files: {caps['file_count']} ({caps['total_bytes']:,} bytes); scripts: {caps['scripts']}, "
        f"references: {caps['references']}, assets: {caps['assets']}"
        + (f"; other folders: {', '.join(caps['other_dirs'])}" if caps["other_dirs"] else ""),
        f"Script languages: {', '.join(caps['script_languages']) or '-'}",
        f"License: {skill.license or 'unknown'}"
        + (
            f" (from {skill.license_source}, confidence {skill.license_confidence:.2f})"
            if skill.license
            else ""
        ),
        f"Content hash: {skill.content_hash}",
    ]
    return lines
