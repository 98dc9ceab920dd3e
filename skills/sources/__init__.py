"""Source adapters: each turns one SkillSource into a local folder and/or child sources.

See :mod:`skills.sources.base` for the interface and docs/INGESTION.md for the kinds.
"""

from __future__ import annotations

from skills.sources.base import ChildSpec, FetchContext, FetchError, FetchResult, SourceAdapter
from skills.sources.catalog import CatalogAdapter
from skills.sources.curated_list import CuratedListAdapter
from skills.sources.git import GitAdapter
from skills.sources.github import GithubAdapter
from skills.sources.wellknown import WellKnownAdapter

ADAPTERS: dict[str, SourceAdapter] = {
    "git": GitAdapter(),
    "github": GithubAdapter(),
    "catalog": CatalogAdapter(),
    "list": CuratedListAdapter(),
    "wellknown": WellKnownAdapter(),
}


def adapter_for(kind: str) -> SourceAdapter:
    try:
        return ADAPTERS[kind]
    except KeyError:
        raise FetchError(f"Unknown source kind {kind!r}.") from None


__all__ = [
    "ADAPTERS",
    "ChildSpec",
    "FetchContext",
    "FetchError",
    "FetchResult",
    "SourceAdapter",
    "adapter_for",
]
