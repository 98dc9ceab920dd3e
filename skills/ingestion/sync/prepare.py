"""Read, scan and render: what a skill needs before its database write, without the database.

Files are read within the limits and stored content-addressed; the bytes are scanned
(:mod:`moderation.scanner`, pure) and the body rendered. With many skills this runs in a
process pool so the CPU-heavy part of a sync uses every core.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from django.conf import settings

from moderation import scanner
from moderation.scanner.findings import ScanReport
from skills.ingestion.discovery import DiscoveredSkill, Limits, UnsafePathError, read_skill_file
from skills.rendering import render_markdown_counting
from skills.storage import blob_put

logger = logging.getLogger(__name__)

SYNC_POOL_MIN_SKILLS = 16  # fewer skills than this are prepared in-process


def limits_from_settings() -> Limits:
    return Limits(
        max_file_bytes=settings.SKILL_MAX_FILE_BYTES,
        max_files=settings.SKILL_MAX_FILES,
        max_skill_bytes=settings.SKILL_MAX_BYTES,
    )


def _read_files(root, ds: DiscoveredSkill, limits: Limits) -> tuple[list[tuple], list[dict]]:
    """Read and store every stored file of a skill (outside any transaction: blobs are
    content-addressed, so a blob written by an interrupted run is simply reused).

    Returns ([(entry, storage_key, data_or_None_when_not_stored)], problems).
    """
    stored, problems = [], []
    for entry in ds.files:
        if not entry.stored:
            stored.append((entry, "", None))
            continue
        try:
            data = read_skill_file(root, ds, entry, limits=limits)
        except (UnsafePathError, OSError) as exc:
            problems.append(
                {
                    "code": "file.unreadable",
                    "severity": "warning",
                    "message": str(exc),
                    "line": None,
                    "path": entry.path,
                }
            )
            stored.append((entry, "", None))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry.sha256:
            problems.append(
                {
                    "code": "file.changed",
                    "severity": "warning",
                    "path": entry.path,
                    "line": None,
                    "message": "The file changed while it was read; not stored.",
                }
            )
            stored.append((entry, "", None))
            continue
        _, key = blob_put(data, sha256=digest)
        stored.append((entry, key, data))
    return stored, problems


@dataclass
class Prepared:
    """What a skill needs before its database write: stored files, scan, rendered body.

    Computed without the database (in worker processes when there are many skills), so the
    CPU-heavy part of a sync uses every core; the writes stay sequential, one transaction
    per skill.
    """

    files: list[tuple] = field(default_factory=list)  # (FileEntry, storage key, is_text)
    problems: list[dict] = field(default_factory=list)
    scan: ScanReport | None = None
    body_html: str = ""
    local_refs: int = 0  # relative links/images in the body: rendered again with the skill's URL
    error: str = ""


def skill_prepare(root, ds: DiscoveredSkill, limits: Limits) -> Prepared:
    """Read and store a listable skill's files, scan them and render its body (no database)."""
    if not ds.skill_md.is_listable:
        return Prepared()
    files, problems = _read_files(root, ds, limits)
    report = scanner.scan_files(
        [(e.path, data) for e, _key, data in files if data is not None],
        frontmatter=ds.skill_md.frontmatter or {},
    )
    body_html, local_refs = render_markdown_counting(ds.skill_md.body)
    return Prepared(
        files=[(e, key, e.is_text) for e, key, _data in files],
        problems=problems,
        scan=report,
        body_html=body_html,
        local_refs=local_refs,
    )


def _prepare_safely(args: tuple) -> Prepared:
    root, ds, limits = args
    try:
        return skill_prepare(root, ds, limits)
    except Exception as exc:  # reported on the skill by the writer, never lost
        logger.exception("sync: preparing %s failed", ds.path)
        return Prepared(error=f"{type(exc).__name__}: {exc}"[:1000])


#: How often a pool worker checks that the sync that started it is still alive (seconds).
PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent_pid: int) -> None:
    """Pool initializer: end this worker when the sync that forked it is gone.

    A sync killed with SIGKILL cannot stop its pool; its workers would wait on the pool's
    queue for ever (about 90 MB each). A daemon thread notices the new parent and exits.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def prepared_stream(root, skills: list[DiscoveredSkill], limits: Limits):
    """Prepared results in the order of `skills`, from a process pool when it pays off.

    Not in a daemonic process (a Celery worker's pool process may not start children:
    there the worker's own processes are the parallelism): in process, one by one."""
    workers = max(1, int(getattr(settings, "SYNC_WORKERS", 1)))
    if multiprocessing.current_process().daemon:
        workers = 1
    jobs = [(root, ds, limits) for ds in skills]
    if workers == 1 or len(jobs) < SYNC_POOL_MIN_SKILLS:
        yield from map(_prepare_safely, jobs)
        return
    # fork: workers inherit settings and code; they never touch the database connection.
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        yield from pool.map(_prepare_safely, jobs, chunksize=2)
