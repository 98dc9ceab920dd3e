"""The interface every source adapter implements.

An adapter turns one :class:`~skills.models.SkillSource` into a local folder to discover
skills in (plus the commit and metadata it came from), and/or a list of child sources
(curated lists and plugin catalogs point at other repositories). Adapters do no database
writes of skills: the pipeline in :mod:`skills.ingestion.sync` does that.

The :class:`FetchContext` is shared by every source of one sync run: the injectable HTTP
client (tests pass an ``httpx.Client`` over ``httpx.MockTransport``), the clone URL override
for GitHub, a cache of clones (many catalog children live in the same repository), and the
GitHub rate-limit state.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import httpx
from django.conf import settings

from skills.ingestion.sources.ghapi.budget import GithubBudget, configured_tokens
from skills.ingestion.sources.urls import local_path

#: A run's scratch folder is ``<tmp>/skills-sync-<pid>-<random>``: the pid tells whether the
#: run that made it is still alive.
WORKDIR_PREFIX = "skills-sync-"


def workdirs_orphaned_remove(tmp: str | None = None) -> list[Path]:
    """Remove the scratch folders (clones) of runs whose process is gone (killed mid-run).

    Called when a run starts; a folder of a live run, or one not named by this code, stays.
    """
    removed = []
    for folder in Path(tmp or tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}*-*"):
        pid_text = folder.name[len(WORKDIR_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or not folder.is_dir() or _process_alive(int(pid_text)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


class FetchError(Exception):
    """The source could not be fetched (recorded on the source, never raised past the sync)."""


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """A source found inside a list or catalog: a repository and optionally a folder in it."""

    url: str
    kind: str
    name: str
    ref: str = ""
    subpath: str = ""
    same_repo: bool = False  # inside the parent's own repository (a catalog's relative path)


@dataclass(slots=True)
class FetchResult:
    root: Path | None = None  # local folder holding the repository (None: children only)
    subpath: str = ""
    commit: str = ""
    repo_name: str = ""  # the folder name of a repository-root skill
    owner: str = ""
    repository: str = ""
    repository_url: str = ""
    metadata: dict = field(default_factory=dict)
    children: list[ChildSpec] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class GithubApiState:
    remaining: int | None = None
    reset_at: int | None = None
    exhausted: bool = False
    calls: int = 0


@dataclass
class FetchContext:
    """Per-run state shared by the adapters. Call :meth:`close` when the run is over."""

    http: httpx.Client | None = None
    # GitHub clone URL override: a format string with {owner} and {name}, or a callable.
    github_clone_url: str | Callable[[str, str], str] | None = None
    github_api_base: str = "https://api.github.com"
    github_token: str | None = None
    github: GithubApiState = field(default_factory=GithubApiState)
    allow_private: bool | None = None
    # Local folders and file:// URLs as sources (ALLOW_LOCAL_SOURCES; off in production).
    allow_local: bool | None = None
    # Name resolution for the SSRF check (socket.getaddrinfo's signature); None: the system's.
    resolver: Callable | None = None
    clone_timeout: int = 300
    clone_max_bytes: int = 1024**3
    # The shared GitHub budget (skills.ingestion.sources.ghapi); None: made on first use
    # from github_token, or GITHUB_TOKENS / GITHUB_TOKEN when no token was given.
    budget: GithubBudget | None = None
    _clones: dict[tuple[str, str], tuple[Path, str]] = field(default_factory=dict)
    _tmp: Path | None = None
    _own_http: bool = False

    def __post_init__(self) -> None:
        if self.allow_private is None:
            self.allow_private = bool(getattr(settings, "ALLOW_PRIVATE_URLS", False))
        if self.allow_local is None:
            self.allow_local = bool(getattr(settings, "ALLOW_LOCAL_SOURCES", True))
        if self.github_token is None:
            self.github_token = getattr(settings, "GITHUB_TOKEN", "") or ""

    @property
    def github_budget(self) -> GithubBudget:
        if self.budget is None:
            tokens = [self.github_token] if self.github_token else configured_tokens()
            self.budget = GithubBudget(tokens=tokens)
        return self.budget

    def local_folder(self, url: str) -> Path:
        """The local path a source URL names; FetchError when local sources are not allowed."""
        if not self.allow_local:
            raise FetchError("Local folders are not fetched here (ALLOW_LOCAL_SOURCES is off).")
        return local_path(url)

    @property
    def workdir(self) -> Path:
        if self._tmp is None:
            workdirs_orphaned_remove()
            self._tmp = Path(tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-"))
        return self._tmp

    def new_dir(self, prefix: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.workdir))

    def client(self) -> httpx.Client:
        if self.http is None:
            from marketplace.netsafety import safe_http_client

            self.http = safe_http_client(
                allow_private=bool(self.allow_private), resolver=self.resolver or socket.getaddrinfo
            )
            self._own_http = True
        return self.http

    def close(self) -> None:
        if self._own_http and self.http is not None:
            self.http.close()
            self.http = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None
        self._clones.clear()

    def __enter__(self) -> FetchContext:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SourceAdapter(Protocol):
    kind: str

    def fetch(self, source, *, ctx: FetchContext) -> FetchResult: ...


def git_pin(url: str, *, ctx: FetchContext) -> list[str]:
    """Refuse network URLs that point at loopback/private/link-local hosts; for the others,
    the git options that make git connect to the addresses checked (no second DNS answer
    between the check and the clone)."""
    from marketplace.netsafety import UnsafeURLError, git_resolve_config

    try:
        return git_resolve_config(
            url, allow_private=bool(ctx.allow_private), resolver=ctx.resolver or socket.getaddrinfo
        )
    except UnsafeURLError as exc:
        raise FetchError(f"Refused URL {url}: {exc}") from exc
