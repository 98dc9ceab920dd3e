"""Creating sources: kind guessing and URL normalisation.

The web submit form, the API and ``manage.py add_source`` all call :func:`source_create`
(or :func:`source_get_or_create`, which the sync uses for children of lists and catalogs).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import IntegrityError, transaction

from skills.ingestion.sources.urls import (
    clean_subpath,
    is_local,
    local_path,
    owner_and_name,
    parse_github,
    split_fragment,
)
from skills.models import SkillSource

GIT_HOSTS = frozenset({"gitlab.com", "bitbucket.org", "codeberg.org", "git.sr.ht", "gitea.com"})


class SourceError(ValueError):
    """The URL or kind cannot make a source."""


class SourceExistsError(SourceError):
    def __init__(self, source: SkillSource):
        super().__init__(f"This source is already known: {source.url}")
        self.source = source


def source_kind_guess(url: str) -> str:
    """The kind of source a URL most likely is (see docs/INGESTION.md)."""
    url = url.strip()
    base, _ = split_fragment(url)
    lower = base.lower().rstrip("/")
    if "/.well-known/" in lower + "/":
        return SkillSource.Kind.WELLKNOWN
    if lower.endswith("marketplace.json") or lower.endswith(".json"):
        return SkillSource.Kind.CATALOG
    if lower.endswith((".md", ".markdown")):
        return SkillSource.Kind.LIST
    if is_local(base):
        return SkillSource.Kind.GIT
    gh = parse_github(base)
    if gh is not None:
        return SkillSource.Kind.GITHUB
    parts = urlsplit(base)
    host = (parts.hostname or "").lower()
    if lower.endswith(".git") or host in GIT_HOSTS:
        return SkillSource.Kind.GIT
    if parts.scheme in ("http", "https") and parts.path.strip("/") == "":
        return SkillSource.Kind.WELLKNOWN
    return SkillSource.Kind.GIT


def source_url_normalise(url: str, *, kind: str) -> tuple[str, str, str]:
    """(normalised URL, ref, subpath) for a URL of the given kind. SourceError if unusable."""
    url = (url or "").strip()
    if not url:
        raise SourceError("A URL or path is required.")
    if any(c in url for c in "\r\n\t\0"):
        raise SourceError("The URL contains control characters.")
    base, fragment = split_fragment(url)
    try:
        subpath = clean_subpath(fragment) if fragment else ""
    except ValueError as exc:
        raise SourceError(str(exc)) from exc
    if is_local(base):
        if not settings.ALLOW_LOCAL_SOURCES:
            raise SourceError(
                "Local folders are not accepted as sources here; give an http(s) URL "
                "(ALLOW_LOCAL_SOURCES is off, as in production by default)."
            )
        path = local_path(base)
        absolute = os.path.abspath(path)
        norm = f"file://{absolute}" if base.startswith("file://") else absolute
        return (f"{norm}#{subpath}" if subpath else norm), "", subpath
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https"):
        raise SourceError("Only http(s) URLs, file:// URLs and local paths are accepted.")
    if not parts.hostname:
        raise SourceError("The URL has no host.")
    if parts.username or parts.password:
        raise SourceError("URLs with credentials are not accepted.")
    gh = parse_github(base)
    if gh is not None and kind in (SkillSource.Kind.GITHUB, SkillSource.Kind.GIT):
        if gh.blob:
            raise SourceError(
                "This is a link to a file; give the repository or a folder (tree) URL."
            )
        sub = subpath or gh.subpath
        ref = gh.ref if gh.ref and gh.ref != "HEAD" else ""
        if sub or ref:
            return f"{gh.repo_url}/tree/{ref or 'HEAD'}" + (f"/{sub}" if sub else ""), ref, sub
        return gh.repo_url, "", ""
    if gh is not None and kind == SkillSource.Kind.LIST and not gh.blob and not gh.subpath:
        return gh.repo_url, "", ""
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 literal keeps its brackets (http://[::1]/, not http://::1/)
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError as exc:
        raise SourceError(f"The URL has an invalid port: {exc}") from exc
    netloc = host + (f":{port}" if port else "")
    path = parts.path.rstrip("/")
    norm = urlunsplit((parts.scheme.lower(), netloc, path, parts.query, ""))
    return (f"{norm}#{subpath}" if subpath else norm), "", subpath


def _default_name(url: str, kind: str, subpath: str) -> str:
    gh = parse_github(url)
    if gh is not None:
        return gh.full_name + (f" ({subpath})" if subpath else "")
    if kind == SkillSource.Kind.WELLKNOWN:
        return (urlsplit(url).hostname or url)[:200]
    owner, repo = owner_and_name(url)
    return f"{owner}/{repo}" + (f" ({subpath})" if subpath else "")


def source_get_or_create(
    *,
    url: str,
    kind: str | None = None,
    name: str | None = None,
    trusted: bool = False,
    status: str = SkillSource.Status.ACTIVE,
    parent: SkillSource | None = None,
    submitted_by: str = "",
    ref: str = "",
    subpath: str = "",
) -> tuple[SkillSource, bool]:
    """The source for this URL, created when new. An existing source is returned unchanged."""
    kind = kind or source_kind_guess(url)
    if kind not in SkillSource.Kind.values:
        raise SourceError(f"Unknown kind {kind!r}; one of {', '.join(SkillSource.Kind.values)}.")
    norm, url_ref, url_subpath = source_url_normalise(url, kind=kind)
    existing = SkillSource.objects.filter(url=norm).first()
    if existing is not None:
        return existing, False
    source = SkillSource(
        kind=kind,
        url=norm,
        name=(name or _default_name(norm, kind, subpath or url_subpath))[:200],
        ref=(ref or url_ref)[:200],
        subpath=_subpath_checked(subpath or url_subpath),
        parent=parent,
        status=status,
        is_trusted=trusted,
        submitted_by=submitted_by[:64],
    )
    try:
        with transaction.atomic():
            source.save(force_insert=True)
    except IntegrityError:
        existing = SkillSource.objects.filter(url=norm).first()
        if existing is None:
            raise
        return existing, False
    return source, True


def _subpath_checked(subpath: str) -> str:
    limit = SkillSource._meta.get_field("subpath").max_length
    if len(subpath) > limit:
        raise SourceError(
            f"The folder inside the repository is too long (over {limit} characters)."
        )
    return subpath


def source_create(
    *,
    url: str,
    kind: str | None = None,
    name: str | None = None,
    trusted: bool = False,
    status: str = SkillSource.Status.ACTIVE,
    parent: SkillSource | None = None,
    submitted_by: str = "",
    ref: str = "",
    subpath: str = "",
) -> SkillSource:
    """Create a source from a URL or path. Kind guessed when not given; URL normalised.

    Raises SourceError for an unusable URL and SourceExistsError (with ``.source``) when the
    normalised URL is already a source.
    """
    source, created = source_get_or_create(
        url=url,
        kind=kind,
        name=name,
        trusted=trusted,
        status=status,
        parent=parent,
        submitted_by=submitted_by,
        ref=ref,
        subpath=subpath,
    )
    if not created:
        raise SourceExistsError(source)
    return source
