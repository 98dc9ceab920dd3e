"""One GET to the GitHub REST API, through the shared budget.

:func:`github_get` draws a token from :class:`~.budget.GithubBudget` for the resource
(``core``, ``search``, ``code_search``), sends a conditional request when an ETag is given,
teaches the budget from the answer's rate-limit headers, follows a repository's rename
(GitHub answers ``301`` with ``Location: /repositories/<id>``) once, and turns every other
outcome into a :class:`GithubAnswer` with a clear ``error``: it never raises for a bad
answer. Rate limits raise :class:`~.budget.GithubRateLimited` (retryable), after pausing the
token for the time GitHub asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from marketplace.netsafety import UnsafeURLError
from skills.ingestion.sources.ghapi.budget import GithubBudget, GithubRateLimited

API_VERSION = "2022-11-28"
DEFAULT_API = "https://api.github.com"


@dataclass(slots=True)
class GithubAnswer:
    status: int | None  # None: no answer (network error)
    data: Any = None  # the parsed JSON of a 200
    etag: str = ""
    error: str = ""  # why there is no usable data ("" for 200 and 304)
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    redirected_from: str = ""  # the URL GitHub redirected (a renamed repository)

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.error

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _is_rate_limited(response: httpx.Response) -> bool:
    if response.status_code == 429:
        return True
    if response.status_code != 403:
        return False
    headers = response.headers
    if headers.get("x-ratelimit-remaining") == "0" or "retry-after" in headers:
        return True
    try:
        message = str((response.json() or {}).get("message", ""))
    except (ValueError, AttributeError):
        message = response.text[:500]
    return "rate limit" in message.lower()


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200].strip()
    if isinstance(body, dict):
        return str(body.get("message", ""))[:200]
    return ""


def github_get(
    url: str,
    *,
    http: httpx.Client,
    budget: GithubBudget,
    resource: str = "core",
    params: dict[str, Any] | None = None,
    etag: str = "",
    api_base: str = DEFAULT_API,
    accept: str = "application/vnd.github+json",
) -> GithubAnswer:
    """GET ``url`` (absolute, or a path under ``api_base``). See the module's docstring."""
    if not url.startswith(("http://", "https://")):
        url = f"{api_base.rstrip('/')}/{url.lstrip('/')}"
    redirected_from = ""
    for _hop in range(2):
        token = budget.acquire(resource)
        headers = {
            "Accept": accept,
            "X-GitHub-Api-Version": API_VERSION,
            "User-Agent": "agent-skills-marketplace",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if etag:
            headers["If-None-Match"] = etag
        try:
            response = http.get(url, params=params, headers=headers)
        except (httpx.HTTPError, UnsafeURLError) as exc:
            # UnsafeURLError: the safe client refused the address (or the name did not resolve)
            budget.learn(token, resource=resource, status=None, headers={})
            return GithubAnswer(None, error=f"request failed: {exc}", url=url)
        limited = _is_rate_limited(response)
        counted = budget.learn(
            token,
            resource=resource,
            status=response.status_code,
            headers=response.headers,
            rate_limited=limited,
        )
        if limited:
            wait = budget.paused_for(token, resource=counted)
            raise GithubRateLimited(
                f"GitHub answered {response.status_code} ({_message(response) or 'rate limited'})",
                retry_after=wait,
                resource=counted,
            )
        location = response.headers.get("location", "")
        if response.status_code in (301, 302, 307, 308) and location and not redirected_from:
            target = httpx.URL(url).join(location)
            if target.host != urlsplit(url).hostname:
                return GithubAnswer(
                    response.status_code,
                    error=f"redirected off the API to {target.host}",
                    url=url,
                )
            redirected_from, url, params = url, str(target), None
            continue
        return _answer(response, url=url, redirected_from=redirected_from)
    return GithubAnswer(None, error="too many redirects", url=url)


def _answer(response: httpx.Response, *, url: str, redirected_from: str) -> GithubAnswer:
    answer = GithubAnswer(
        response.status_code,
        etag=response.headers.get("etag", "")[:200],
        url=url,
        headers=dict(response.headers),
        redirected_from=redirected_from,
    )
    if response.status_code == 304:
        return answer
    if response.status_code != 200:
        detail = _message(response)
        answer.error = f"GitHub answered {response.status_code}" + (f": {detail}" if detail else "")
        return answer
    try:
        answer.data = response.json()
    except ValueError:
        answer.error = "GitHub answered 200 with a body that is not JSON"
    return answer
