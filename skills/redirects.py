"""Old addresses of listings and repositories that moved answer with a permanent redirect.

A listing's slug changes when its repository is renamed or transferred on GitHub, or when
it goes back to its original repository (:mod:`skills.services.identity`); a repository's
pages and well-known index move with it (:class:`~skills.models.RepositoryMove`). Only
answers that would be a 404 are looked at, so live addresses cost nothing more; a slug that
is a live listing again is never redirected (the redirect is dropped when it is reused).
"""

from __future__ import annotations

import re

from django.http import HttpResponsePermanentRedirect

from skills.models import RepositoryMove, SkillRedirect

# /s/<owner>/<repo>/<skill>/..., /api/v1/skills/<owner>/<repo>/<skill>...
_SKILL = re.compile(r"^(?P<prefix>/s/|/api/v1/skills/)(?P<slug>[^/]+/[^/]+/[^/]+)(?P<rest>/.*)?$")
# /r/<owner>/<repo>[@pin]/..., /repos/<owner>/<repo>/..., /api/download/<owner>/<repo>/<slug>
_REPO = re.compile(
    r"^(?P<prefix>/r/|/repos/|/api/download/)(?P<owner>[^/@]+)/(?P<repo>[^/@]+)"
    r"(?P<rest>(?:@[^/]*)?(?:/.*)?)$"
)


def moved_location(path: str) -> str | None:
    """The new address of an old one, or None."""
    match = _SKILL.match(path)
    if match:
        target = (
            SkillRedirect.objects.filter(old_slug=match["slug"])
            .values_list("skill__slug", flat=True)
            .first()
        )
        if target:
            return f"{match['prefix']}{target}{match['rest'] or ''}"
    match = _REPO.match(path)
    if match:
        move = RepositoryMove.objects.filter(
            old_owner=match["owner"].lower(), old_name=match["repo"].lower()
        ).first()
        if move:
            return f"{match['prefix']}{move.new_owner}/{move.new_name}{match['rest']}"
    return None


class MovedRedirectMiddleware:
    """A 404 at the old address of something that moved becomes a 301 to its new one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        location = moved_location(request.path)
        if location is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{location}?{query}" if query else location)
