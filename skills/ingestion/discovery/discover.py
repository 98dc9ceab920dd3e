"""The entry points: every skill under a folder, one stored file, one skill folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from pathlib import Path, PurePosixPath

from skills.ingestion.discovery.records import (
    DiscoveredSkill,
    Discovery,
    FileEntry,
    Limits,
    UnsafePathError,
    in_vcs,
    inside,
    read_bounded,
)
from skills.ingestion.discovery.search import SKILL_MD, find_skill_dirs
from skills.ingestion.discovery.summary import capabilities_summary, content_hash_of, folder_license
from skills.ingestion.discovery.walk import SkillWalk, walk_skill
from skills.ingestion.licenses import license_normalise
from skills.ingestion.skillmd import parse_skill_md, problem, unreadable_skill_md


def discover_skills(
    root: Path,
    *,
    repo_name: str,
    subpath: str = "",
    limits: Limits = Limits(),
    only: Collection[str] | None = None,
) -> Discovery:
    """Find and read every skill under ``root/subpath``. Never raises on repository content.

    ``only``: read just these skill folders (paths as found; the others are still found, so
    nesting is judged the same), for one part of a sync spread over several tasks."""
    root_real = os.path.realpath(root)
    discovery = Discovery()
    repo_license, repo_license_confidence = folder_license(root_real, root_real)
    discovery.repo_license = repo_license

    sub = PurePosixPath(subpath.strip("/")) if subpath.strip("/") else PurePosixPath()
    sub_rel = "" if str(sub) == "." else str(sub)
    start = os.path.join(root_real, *sub.parts) if sub_rel else root_real
    start_real = os.path.realpath(start)
    if sub.is_absolute() or ".." in sub.parts or not inside(start_real, root_real):
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

    skill_dirs = sorted(
        find_skill_dirs(
            start_real, sub_rel, discovery.problems, max_path_chars=limits.max_path_chars
        )
    )
    skill_set = frozenset(skill_dirs)

    for rel in skill_dirs:
        if only is not None and rel not in only:
            continue
        folder_name = rel.rsplit("/", 1)[-1] if rel else repo_name
        skill_abs = os.path.join(root_real, *rel.split("/")) if rel else root_real
        walk = SkillWalk(limits=limits, root_real=root_real, skill_rel=rel, skill_paths=skill_set)

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

        walk_skill(walk, skill_abs)
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
            license_id, confidence = folder_license(skill_abs, root_real, top_names)
            source = "skill_file" if license_id else None
        if license_id is None and repo_license:
            license_id, confidence, source = repo_license, repo_license_confidence, "repository"

        discovery.skills.append(
            DiscoveredSkill(
                path=rel,
                folder_name=folder_name,
                skill_md=skill_md,
                files=walk.files,
                content_hash=content_hash_of(walk.files),
                capabilities=capabilities_summary(walk.files, walk.languages),
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
    if not inside(real, root_real):
        raise UnsafePathError(f"{rel} resolves outside the repository")
    if in_vcs(real, root_real):
        raise UnsafePathError(f"{rel} resolves into version-control metadata")
    try:
        st = os.stat(real)
    except OSError as exc:
        raise UnsafePathError(f"{rel} cannot be read: {exc.strerror}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise UnsafePathError(f"{rel} is not a regular file")
    limit = max(limits.max_file_bytes, limits.max_skill_md_bytes)
    data = read_bounded(real, limit + 1)
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
        content_hash_of([]),
        capabilities_summary([], set()),
        None,
        0.0,
        None,
        list(skill_md.problems),
    )
