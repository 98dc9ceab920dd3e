"""The GitHub REST API as every part of the project calls it: one shared rate budget
(:mod:`.budget`, kept in Redis through Django's cache) and one GET that draws from it
(:mod:`.client`). See docs/INGESTION.md, "The shared GitHub budget"."""

from skills.ingestion.sources.ghapi.budget import (
    BudgetRow,
    GithubBudget,
    GithubRateLimited,
    configured_tokens,
    token_id,
)
from skills.ingestion.sources.ghapi.client import GithubAnswer, github_get

__all__ = [
    "BudgetRow",
    "GithubAnswer",
    "GithubBudget",
    "GithubRateLimited",
    "configured_tokens",
    "github_get",
    "token_id",
]
