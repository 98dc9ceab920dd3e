"""Any git repository: a URL (https) or a local path / ``file://`` URL (local development
and tests). A shallow clone into a temporary folder with a time limit and a size limit."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

from skills.ingestion.sources.base import FetchContext, FetchError, FetchResult, git_pin
from skills.ingestion.sources.urls import is_local, local_path, owner_and_name, split_fragment

_SHA = re.compile(r"^[0-9a-f]{40}$")
_POLL_SECONDS = 0.2


def _git_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_TERMINAL_PROMPT="0",  # never ask for credentials
        GIT_ASKPASS="/bin/false",
        SSH_ASKPASS="/bin/false",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_LFS_SKIP_SMUDGE="1",
    )
    return env


def _folder_size(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                continue
    return total


def _run_limited(args: list[str], *, dest: Path, timeout: int, max_bytes: int) -> None:
    """Run git, killing it when it runs too long or the folder grows over ``max_bytes``."""
    started = time.monotonic()
    proc = subprocess.Popen(args, env=_git_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    next_size_check = started + 1.0
    while True:
        try:
            proc.wait(timeout=_POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:
            now = time.monotonic()
            if now - started > timeout:
                proc.kill()
                proc.wait()
                raise FetchError(f"git took longer than {timeout} s; stopped.") from None
            if now >= next_size_check:
                next_size_check = now + 1.0
                if dest.exists() and _folder_size(dest) > max_bytes:
                    proc.kill()
                    proc.wait()
                    raise FetchError(
                        f"The repository is larger than {max_bytes:,} bytes; stopped."
                    ) from None
    stderr = (proc.stderr.read() if proc.stderr else b"").decode("utf-8", "replace").strip()
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise FetchError(f"git failed ({proc.returncode}): {stderr[-500:]}")
    if _folder_size(dest) > max_bytes:
        raise FetchError(f"The repository is larger than {max_bytes:,} bytes.")


def git_clone(url: str, *, ref: str = "", ctx: FetchContext) -> tuple[Path, str]:
    """Shallow-clone ``url`` (at ``ref``) into a temporary folder; returns (folder, commit).

    Clones are cached in the run's context: catalog children often share a repository.
    """
    key = (url, ref)
    if key in ctx._clones:
        return ctx._clones[key]
    local = is_local(url)
    if local:
        path = ctx.local_folder(url)
        if not path.exists():
            raise FetchError(f"No such folder: {path}")
        source_arg = url if url.startswith("file://") else str(path.resolve())
    else:
        scheme = urlsplit(url).scheme
        if scheme not in ("https", "http"):
            raise FetchError(
                f"Only https git URLs and local paths are fetched, not {scheme or url!r}."
            )
        pin = git_pin(url, ctx=ctx)
        source_arg = url
    dest = ctx.new_dir("clone-") / "repo"
    args = [
        "git",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "core.fsmonitor=false",
        "-c",
        "http.followRedirects=false",
        "-c",
        "advice.detachedHead=false",
    ]
    if local:
        args += ["-c", "protocol.file.allow=always"]
    else:
        args += ["-c", "protocol.file.allow=never", "-c", "protocol.ext.allow=never", *pin]
    is_sha = bool(_SHA.match(ref))
    clone = [*args, "clone", "--quiet", "--depth", "1", "--no-tags", "--single-branch"]
    if ref and not is_sha:
        clone += ["--branch", ref]
    if local:
        clone += ["--no-local"] if url.startswith("file://") else []
    _run_limited(
        [*clone, "--", source_arg, str(dest)],
        dest=dest,
        timeout=ctx.clone_timeout,
        max_bytes=ctx.clone_max_bytes,
    )
    if is_sha:
        _run_limited(
            [*args, "-C", str(dest), "fetch", "--quiet", "--depth", "1", "origin", ref],
            dest=dest,
            timeout=ctx.clone_timeout,
            max_bytes=ctx.clone_max_bytes,
        )
        _run_limited(
            [*args, "-C", str(dest), "checkout", "--quiet", "FETCH_HEAD"],
            dest=dest,
            timeout=ctx.clone_timeout,
            max_bytes=ctx.clone_max_bytes,
        )
    proc = subprocess.run(
        [*args, "-C", str(dest), "rev-parse", "HEAD"],
        env=_git_env(),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if proc.returncode != 0:
        shutil.rmtree(dest.parent, ignore_errors=True)
        raise FetchError(f"Cannot read the cloned commit: {proc.stderr.strip()[-300:]}")
    commit = proc.stdout.strip()
    ctx._clones[key] = (dest, commit)
    return dest, commit


class GitAdapter:
    kind = "git"

    def remote_commit(self, source, *, ctx: FetchContext) -> str:
        base, _ = split_fragment(source.url)
        return git_remote_commit(base, ref=source.ref, ctx=ctx)

    def fetch(self, source, *, ctx: FetchContext) -> FetchResult:
        base, fragment = split_fragment(source.url)
        root, commit = git_clone(base, ref=source.ref, ctx=ctx)
        owner, repo = owner_and_name(source.url, name=source.name)
        return FetchResult(
            root=root,
            subpath=source.subpath or fragment,
            commit=commit,
            repo_name=repo,
            owner=owner,
            repository=repo,
            repository_url=base,
        )


def git_remote_commit(url: str, *, ref: str = "", ctx: FetchContext) -> str:
    """The commit ``ref`` (default: HEAD) points at, without cloning ("" when unknown)."""
    if _SHA.match(ref):
        return ref
    local = is_local(url)
    if local and not ctx.allow_local:
        return ""
    pin: list[str] = []
    if not local:
        if urlsplit(url).scheme not in ("https", "http"):
            return ""
        pin = git_pin(url, ctx=ctx)
    target = url if (not local or url.startswith("file://")) else str(local_path(url).resolve())
    args = [
        "git",
        "-c",
        "http.followRedirects=false",
        "-c",
        f"protocol.file.allow={'always' if local else 'never'}",
        *pin,
        "ls-remote",
        "--",
        target,
        ref or "HEAD",
    ]
    try:
        proc = subprocess.run(
            args, env=_git_env(), capture_output=True, text=True, timeout=60, check=False
        )
    except subprocess.TimeoutExpired:
        return ""
    if proc.returncode != 0:
        return ""
    for line in proc.stdout.splitlines():
        sha, _, name = line.partition("\t")
        if name in (ref, f"refs/heads/{ref}", f"refs/tags/{ref}", "HEAD") and _SHA.match(sha):
            return sha
    return ""
