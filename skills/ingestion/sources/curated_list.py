"""An "awesome" Markdown list: every GitHub repository or tree link becomes a child source.

The list URL may be a local Markdown file, a GitHub ``blob`` URL of a Markdown file, a
repository (its README is read) or any https URL of a Markdown document.

Rules: links are normalised (lower-cased owner/repository, no ``.git``, no query or anchor)
and de-duplicated; a ``blob`` link to a ``SKILL.md`` counts as its folder, other ``blob``
links are ignored; tree links into a repository that the list also links as a whole are
dropped (the whole repository is ingested anyway); links to GitHub's own pages (topics,
sponsors, user-attachments, ...) are ignored.
"""

from __future__ import annotations

import re

import httpx

from skills.ingestion.sources.base import ChildSpec, FetchContext, FetchError, FetchResult
from skills.ingestion.sources.checkout import repo_checkout
from skills.ingestion.sources.urls import GithubRef, is_local, parse_github

MAX_LIST_BYTES = 5 * 1024 * 1024
_LINK = re.compile(r"https?://(?:www\.)?github\.com/[^\s)\]>\"'`<|]+", re.IGNORECASE)
_README_NAMES = ("README.md", "readme.md", "Readme.md", "README.markdown", "README")


def list_children(text: str) -> list[ChildSpec]:
    """The child sources linked from a Markdown document (pure; no I/O)."""
    refs: dict[str, GithubRef] = {}
    for match in _LINK.finditer(text):
        url = match.group(0).split("#", 1)[0].split("?", 1)[0].rstrip(".,;:!*_")
        gh = parse_github(url)
        if gh is None:
            continue
        if gh.blob:
            if not gh.subpath.endswith("SKILL.md"):
                continue
            folder = gh.subpath.rsplit("/", 1)[0] if "/" in gh.subpath else ""
            gh = GithubRef(gh.owner, gh.name, gh.ref, folder)
        if not gh.subpath:
            gh = GithubRef(gh.owner, gh.name)
        key = gh.tree_url()
        refs.setdefault(key, gh)
    whole = {gh.full_name for gh in refs.values() if not gh.subpath}
    children = []
    for key, gh in refs.items():
        if gh.subpath and gh.full_name in whole:
            continue
        ref = gh.ref if gh.ref != "HEAD" else ""
        name = gh.full_name + (f" ({gh.subpath})" if gh.subpath else "")
        children.append(ChildSpec(key, "github", name, ref=ref, subpath=gh.subpath))
    return children


def _read_limited(path) -> str:
    with open(path, "rb") as fh:
        data = fh.read(MAX_LIST_BYTES + 1)
    if len(data) > MAX_LIST_BYTES:
        raise FetchError(f"The list is larger than {MAX_LIST_BYTES:,} bytes.")
    return data.decode("utf-8", "replace")


class CuratedListAdapter:
    kind = "list"

    def _text(self, source, ctx: FetchContext) -> tuple[str, str]:
        url = source.url
        if is_local(url):
            path = ctx.local_folder(url)
            if path.is_dir():
                path = next(
                    (path / n for n in _README_NAMES if (path / n).is_file()), path / "README.md"
                )
            if not path.is_file():
                raise FetchError(f"No such file: {path}")
            return _read_limited(path), ""
        gh = parse_github(url)
        if gh is not None:
            root, commit, *_ = repo_checkout(url, ref=source.ref, ctx=ctx)
            if gh.blob:
                path = (root / gh.subpath).resolve()
                if root.resolve() not in path.parents:
                    raise FetchError("The list path leaves the repository.")
            else:
                folder = root / gh.subpath if gh.subpath else root
                path = next(
                    (folder / n for n in _README_NAMES if (folder / n).is_file()),
                    folder / "README.md",
                )
            if not path.is_file():
                raise FetchError(f"No Markdown file at {url}")
            return _read_limited(path), commit
        if not url.startswith(("https://", "http://")):
            raise FetchError(f"Unsupported list URL: {url}")
        try:
            with ctx.client().stream("GET", url) as response:
                response.raise_for_status()
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_LIST_BYTES:
                        raise FetchError(f"The list is larger than {MAX_LIST_BYTES:,} bytes.")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise FetchError(f"Cannot fetch the list: {exc}") from exc
        return b"".join(chunks).decode("utf-8", "replace"), ""

    def fetch(self, source, *, ctx: FetchContext) -> FetchResult:
        text, commit = self._text(source, ctx)
        return FetchResult(commit=commit, children=list_children(text))
