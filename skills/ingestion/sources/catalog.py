"""A Claude Code plugin marketplace: ``.claude-plugin/marketplace.json`` (and the
``.agents/plugins/marketplace.json`` variant). Each plugin becomes a child source: a
repository and a folder in it. The catalog itself lists no skills.

The catalog URL may be a repository (URL or path: both marketplace files are looked for at
its root), a GitHub ``blob`` URL of the file, or a local path to the file. Plugin sources:

- ``"./plugins/x"`` (a relative path, after ``metadata.pluginRoot`` when given): a folder of
  the catalog's own repository;
- ``{"source": "github", "repo": "o/r", "ref"?, "path"?}``;
- ``{"source": "url", "url": "https://host/o/r.git" | "./", "ref"?, "path"?}``;
- ``{"source": "git-subdir", "url": ..., "path": ..., "ref"?}``.

A plugin with a ``skills`` array (``"strict": false`` catalogs list their skill folders)
gives one child per listed folder. A pinned ``sha`` (a full 40-hex commit) is what the child
fetches; its URL stays the branch's (``ref``, or the default branch), so a catalog that moves
its pin moves the same child source rather than making a new one (the parent's sync updates
the child's ref). Other source types (npm, pip) are reported.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from skills.ingestion.sources.base import ChildSpec, FetchContext, FetchError, FetchResult
from skills.ingestion.sources.checkout import repo_checkout
from skills.ingestion.sources.urls import (
    GithubRef,
    clean_subpath,
    is_local,
    owner_and_name,
    parse_github,
    with_subpath,
)

CATALOG_FILES = (".claude-plugin/marketplace.json", ".agents/plugins/marketplace.json")
MAX_CATALOG_BYTES = 5 * 1024 * 1024


def _join(*parts: str) -> str:
    return clean_subpath("/".join(p for p in parts if p))


class _Repo:
    """Where relative plugin paths resolve: the catalog's own repository."""

    def __init__(self, url: str, owner: str, name: str, ref: str = ""):
        self.url, self.owner, self.name, self.ref = url, owner, name, ref
        self.github = parse_github(url)

    def child(self, subpath: str, label: str) -> ChildSpec:
        if self.github:
            ref = GithubRef(self.github.owner, self.github.name, self.ref, subpath)
            return ChildSpec(
                ref.tree_url(),
                "github",
                _name(self.github.owner, self.github.name, subpath),
                ref=self.ref,
                subpath=subpath,
                same_repo=True,
            )
        return ChildSpec(
            with_subpath(self.url, subpath),
            "git",
            _name(self.owner, self.name, subpath),
            ref=self.ref,
            subpath=subpath,
            same_repo=True,
        )


def _name(owner: str, name: str, subpath: str) -> str:
    return f"{owner}/{name}" + (f" ({subpath})" if subpath else "")


def _external(url: str, *, ref: str, subpath: str, pin: str = "") -> ChildSpec | None:
    """The child for a repository URL; `pin` (a commit) is fetched instead of `ref`, which
    still names the child (its URL)."""
    gh = parse_github(url)
    if gh is not None:
        sub = _join(gh.subpath, subpath)
        child_ref = ref or (gh.ref if gh.ref not in ("", "HEAD") else "")
        tree = GithubRef(gh.owner, gh.name, child_ref, sub)
        return ChildSpec(
            tree.tree_url(),
            "github",
            _name(gh.owner, gh.name, sub),
            ref=pin or child_ref,
            subpath=sub,
        )
    if url.startswith("https://") or url.startswith("http://"):
        owner, name = owner_and_name(url)
        base = url.rstrip("/")
        return ChildSpec(
            with_subpath(base, subpath),
            "git",
            _name(owner, name, subpath),
            ref=pin or ref,
            subpath=subpath,
        )
    return None


_COMMIT = re.compile(r"[0-9a-f]{40}")


def catalog_children(data: dict, *, repo: _Repo) -> tuple[list[ChildSpec], list[dict]]:
    """The child sources of one parsed marketplace file (pure; no I/O)."""
    children: list[ChildSpec] = []
    problems: list[dict] = []
    if not isinstance(data, dict) or not isinstance(data.get("plugins"), list):
        return [], [
            {"code": "catalog.invalid", "message": "No 'plugins' list in the marketplace file."}
        ]
    metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    plugin_root = metadata.get("pluginRoot") if isinstance(metadata.get("pluginRoot"), str) else ""
    for plugin in data["plugins"]:
        if not isinstance(plugin, dict):
            continue
        label = str(plugin.get("name") or "?")
        src = plugin.get("source")
        skills = (
            [s for s in plugin.get("skills") or [] if isinstance(s, str)]
            if isinstance(plugin.get("skills"), list)
            else []
        )
        try:
            targets: list[ChildSpec] = []
            if isinstance(src, str):
                if "://" in src:
                    child = _external(src, ref="", subpath="")
                    targets = [child] if child else []
                else:
                    base = _join(plugin_root, src)
                    for sub in [_join(base, s) for s in skills] or [base]:
                        targets.append(repo.child(sub, label))
            elif isinstance(src, dict):
                kind = src.get("source")
                ref = str(src.get("ref") or "")
                path = str(src.get("path") or "")
                pin = str(src.get("sha") or "").strip().lower()
                if pin and not _COMMIT.fullmatch(pin):
                    problems.append(
                        {
                            "code": "catalog.invalid_sha",
                            "plugin": label,
                            "message": f"'sha' must be a full 40-character commit, not {pin[:60]!r}; following {ref or 'the default branch'}.",
                        }
                    )
                    pin = ""
                if kind == "github" and isinstance(src.get("repo"), str):
                    url = f"https://github.com/{src['repo'].strip('/')}"
                elif kind in ("url", "git-subdir") and isinstance(src.get("url"), str):
                    url = src["url"].strip()
                else:
                    problems.append(
                        {
                            "code": "catalog.unsupported_source",
                            "plugin": label,
                            "message": f"Plugin source type {kind!r} is not fetched.",
                        }
                    )
                    continue
                if url.startswith("./") or url in (".", "./"):
                    base = _join(url, path)
                    subs = [_join(base, s) for s in skills] or [base]
                    targets = [repo.child(sub, label) for sub in subs]
                else:
                    subs = [_join(path, s) for s in skills] or [clean_subpath(path)]
                    targets = [
                        c
                        for c in (_external(url, ref=ref, subpath=sub, pin=pin) for sub in subs)
                        if c
                    ]
                    if not targets:
                        problems.append(
                            {
                                "code": "catalog.unsupported_url",
                                "plugin": label,
                                "message": f"Only https git URLs are fetched, not {url!r}.",
                            }
                        )
            else:
                problems.append(
                    {
                        "code": "catalog.no_source",
                        "plugin": label,
                        "message": "Plugin has no source.",
                    }
                )
            children.extend(targets)
        except ValueError as exc:
            problems.append({"code": "catalog.unsafe_path", "plugin": label, "message": str(exc)})
    seen: set[str] = set()
    unique = []
    for child in children:
        if child.url not in seen:
            seen.add(child.url)
            unique.append(child)
    return unique, problems


def _read_json(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_CATALOG_BYTES:
            raise FetchError(f"{path.name} is larger than {MAX_CATALOG_BYTES:,} bytes.")
        return json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise FetchError(f"Cannot read the marketplace file {path.name}: {exc}") from exc


def _inside(path: Path, root: Path) -> bool:
    real, root_real = path.resolve(), root.resolve()
    return real == root_real or root_real in real.parents


class CatalogAdapter:
    kind = "catalog"

    def fetch(self, source, *, ctx: FetchContext) -> FetchResult:
        url = source.url
        files: list[Path]
        if is_local(url) and url.endswith(".json"):
            path = ctx.local_folder(url).resolve()
            if not path.is_file():
                raise FetchError(f"No such file: {path}")
            root = path.parent.parent
            if path.parent.name == "plugins" and root.name == ".agents":
                root = root.parent
            owner, name = owner_and_name(str(root), name=source.name)
            repo = _Repo(str(root), owner, name)
            files, commit = [path], ""
        else:
            root, commit, owner, name, repo_url = repo_checkout(url, ref=source.ref, ctx=ctx)
            gh = parse_github(url)
            if gh is None:
                owner, name = owner_and_name(url, name=source.name)
            repo = _Repo(repo_url, owner, name, ref=source.ref)
            if gh is not None and gh.blob:
                files = [root / gh.subpath]
            else:
                files = [root / f for f in CATALOG_FILES if (root / f).is_file()]
            files = [f for f in files if f.is_file() and _inside(f, root)]
            if not files:
                raise FetchError("No marketplace file (.claude-plugin/marketplace.json) found.")
        result = FetchResult(commit=commit, owner=owner, repository=name, repository_url=repo.url)
        for path in files:
            children, problems = catalog_children(_read_json(path), repo=repo)
            result.children.extend(
                c for c in children if c.url not in {x.url for x in result.children}
            )
            result.problems.extend(problems)
        return result
