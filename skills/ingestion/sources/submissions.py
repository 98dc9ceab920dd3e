"""Visitors submit GitHub repositories; a moderator reviews the pending source in the admin."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from marketplace.ratelimit import rate_limit_hit
from skills.models import SkillSource

SUBMISSIONS_PER_HOUR = 5
_SEGMENT = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})$")
_RESERVED_OWNERS = {
    "about",
    "apps",
    "collections",
    "customer-stories",
    "enterprise",
    "events",
    "explore",
    "features",
    "login",
    "marketplace",
    "new",
    "orgs",
    "organizations",
    "pricing",
    "search",
    "settings",
    "sponsors",
    "topics",
    "trending",
    "users",
}


class SubmissionError(Exception):
    """The submission was refused; the message is safe to show to the visitor."""


class SubmissionRateLimited(SubmissionError):
    pass


def github_repository_parse(url: str) -> tuple[str, str]:
    """(owner, repo) of a github.com repository URL, or SubmissionError.

    Accepts https://github.com/owner/repo with an optional `.git`, trailing slash, or a
    /tree/<ref>/... suffix; refuses other hosts, credentials, ports and non-repository pages.
    """
    text = (url or "").strip()
    if len(text) > 500:
        raise SubmissionError(_("That URL is too long."))
    if text.startswith("github.com/"):
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port  # ValueError for a port that is not a number from 0 to 65535
    except ValueError:  # also an unclosed IPv6 bracket: "https://[::1/"
        raise SubmissionError(_("Enter an https://github.com/owner/repository URL.")) from None
    if parts.scheme not in {"https", "http"}:
        raise SubmissionError(_("Enter an https://github.com/owner/repository URL."))
    if (parts.hostname or "").lower() not in {"github.com", "www.github.com"}:
        raise SubmissionError(_("Only github.com repositories can be submitted."))
    if parts.username or parts.password or port:
        raise SubmissionError(_("Enter a plain https://github.com/owner/repository URL."))
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2:
        raise SubmissionError(_("Enter a repository URL: https://github.com/owner/repository."))
    owner, repo = segments[0], segments[1]
    if repo.endswith(".git"):
        repo = repo[:-4]
    if len(segments) > 2 and segments[2] not in {"tree", "blob"}:
        raise SubmissionError(_("Enter a repository URL: https://github.com/owner/repository."))
    if not (_SEGMENT.match(owner) and _SEGMENT.match(repo)) or owner.lower() in _RESERVED_OWNERS:
        raise SubmissionError(_("That does not look like a GitHub repository."))
    return owner, repo


def _rate_limit_hit(fingerprint: str) -> bool:
    return rate_limit_hit(f"submit:{fingerprint}", limit=SUBMISSIONS_PER_HOUR, window_seconds=3600)


def submission_create(*, url: str, fingerprint: str) -> tuple[SkillSource, bool]:
    """Create a pending GitHub source for review; returns (source, created).

    A repository already known (in any state) is not created again.
    """
    owner, repo = github_repository_parse(url)
    canonical = f"https://github.com/{owner}/{repo}"
    existing = SkillSource.objects.filter(url__iexact=canonical).first()
    if existing is not None:
        return existing, False
    if _rate_limit_hit(fingerprint):
        raise SubmissionRateLimited(
            "Too many submissions from you in the last hour; try again later."
        )
    try:
        from skills.ingestion.sources.services import source_create
    except ImportError:  # the ingestion service is not there yet
        source_create = None
    try:
        with transaction.atomic():
            if source_create is not None:
                source = source_create(
                    url=canonical,
                    kind=SkillSource.Kind.GITHUB,
                    name=f"{owner}/{repo}",
                    trusted=False,
                    status=SkillSource.Status.PENDING,
                    submitted_by=fingerprint,
                )
            else:
                source = SkillSource.objects.create(
                    kind=SkillSource.Kind.GITHUB,
                    name=f"{owner}/{repo}",
                    url=canonical,
                    status=SkillSource.Status.PENDING,
                    submitted_by=fingerprint,
                )
    except IntegrityError:
        return SkillSource.objects.get(url__iexact=canonical), False
    return source, True
