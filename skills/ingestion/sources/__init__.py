"""Source adapters: each turns one SkillSource into a local folder and/or child sources.

See :mod:`skills.ingestion.sources.base` for the interface and docs/INGESTION.md for the kinds.
"""

from __future__ import annotations

from skills.ingestion.sources.base import (
    ChildSpec,
    FetchContext,
    FetchError,
    FetchResult,
    SourceAdapter,
)
from skills.ingestion.sources.catalog import CatalogAdapter
from skills.ingestion.sources.curated_list import CuratedListAdapter
from skills.ingestion.sources.git import GitAdapter
from skills.ingestion.sources.github import GithubAdapter
from skills.ingestion.sources.wellknown import WellKnownAdapter

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
