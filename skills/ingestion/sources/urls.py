"""Pure helpers for source URLs: recognising GitHub URLs, local paths and normalising them.

No Django. A source's identity is its normalised URL (``SkillSource.url`` is unique):

- GitHub: ``https://github.com/<owner>/<repo>`` (owner and repository lower-cased, since
  GitHub treats them case-insensitively; no ``.git``, no trailing slash), or a tree URL
  ``https://github.com/<owner>/<repo>/tree/<ref>/<path>`` for a folder in it.
- Other git hosts: the URL as given, without a trailing slash.
- Local folders: an absolute path (``file://`` URLs are kept as ``file://`` URLs).
- A folder inside a non-GitHub repository (a catalog child): ``<repo url>#<subpath>``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

GITHUB_HOSTS = frozenset({"github.com", "www.github.com"})
# Paths on github.com that are not repositories.
GITHUB_RESERVED = frozenset(
    {
        "about",
        "apps",
        "collections",
        "contact",
        "customer-stories",
        "enterprise",
        "events",
        "explore",
        "features",
        "login",
        "marketplace",
        "new",
        "notifications",
        "orgs",
        "pricing",
        "pulls",
        "issues",
        "search",
        "security",
        "settings",
        "signup",
        "site",
        "sponsors",
        "team",
        "topics",
        "trending",
        "user-attachments",
        "users",
        "codespaces",
        "readme",
        "solutions",
        "resources",
        "organizations",
        "account",
        "github-copilot",
    }
)
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


@dataclass(frozen=True, slots=True)
class GithubRef:
    owner: str
    name: str
    ref: str = ""
    subpath: str = ""
    blob: bool = False  # a /blob/ URL: subpath is a file

    @property
    def repo_url(self) -> str:
        return f"https://github.com/{self.owner}/{self.name}"

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    def tree_url(self) -> str:
        if not self.subpath and not self.ref:
            return self.repo_url
        return f"{self.repo_url}/tree/{self.ref or 'HEAD'}" + (
            f"/{self.subpath}" if self.subpath else ""
        )


def clean_subpath(path: str) -> str:
    """A relative posix folder path without ``.``/empty parts; ValueError if it leaves the root."""
    parts = [p for p in PurePosixPath(path.replace("\\", "/")).parts if p not in ("", ".", "/")]
    if ".." in parts or path.startswith("/"):
        raise ValueError(f"The path {path!r} leaves the repository.")
    return "/".join(parts)


def parse_github(url: str) -> GithubRef | None:
    """Owner, repository, ref and folder of a github.com URL (None for anything else)."""
    url = url.strip()
    if url.startswith("git@github.com:"):
        url = "https://github.com/" + url.split(":", 1)[1]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in GITHUB_HOSTS:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if len(segments) < 2:
        return None
    owner, name = segments[0], segments[1]
    if name.endswith(".git"):
        name = name[:-4]
    if owner.lower() in GITHUB_RESERVED or not _NAME.match(owner) or not _NAME.match(name):
        return None
    if name in (".", ".."):
        return None
    ref, subpath, blob = "", "", False
    if len(segments) >= 4 and segments[2] in ("tree", "blob"):
        ref = segments[3]
        blob = segments[2] == "blob"
        try:
            subpath = clean_subpath("/".join(segments[4:]))
        except ValueError:
            return None
    elif len(segments) > 2:
        # /issues, /pulls, /releases, /wiki ...: the repository itself.
        pass
    return GithubRef(owner.lower(), name.lower(), ref, subpath, blob)


def is_local(url: str) -> bool:
    return url.startswith(("/", "file://", "./", "../", "~"))


def local_path(url: str) -> Path:
    if url.startswith("file://"):
        return Path(unquote(urlsplit(url).path))
    return Path(os.path.expanduser(url))


def split_fragment(url: str) -> tuple[str, str]:
    """``repo#sub/path`` -> (``repo``, ``sub/path``)."""
    base, _, fragment = url.partition("#")
    return base, fragment


def with_subpath(repo_url: str, subpath: str) -> str:
    return f"{repo_url}#{subpath}" if subpath else repo_url


def owner_and_name(url: str, *, name: str = "") -> tuple[str, str]:
    """The (owner, repository) a source's skills are listed under (``owner/repo/skill``).

    A source name of the form ``owner/repo`` (optionally followed by a space and more) wins (so local clones can be named after the
    repository they mirror); else GitHub's; else the last two path segments of the URL.
    """
    named = re.match(r"([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(?:\s|$)", name or "")
    if named:
        return named.group(1).lower(), named.group(2).lower()
    gh = parse_github(url)
    if gh:
        return gh.owner, gh.name
    base, _ = split_fragment(url)
    path = local_path(base).as_posix() if is_local(base) else urlsplit(base).path
    segments = [s for s in path.rstrip("/").split("/") if s]
    repo = segments[-1] if segments else "repo"
    if repo.endswith(".git"):
        repo = repo[:-4]
    owner = segments[-2] if len(segments) >= 2 else (urlsplit(base).hostname or "local")
    return owner.lower(), repo.lower()
