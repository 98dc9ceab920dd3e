"""The paths of skill, category, tag and file pages, from a URL reversed once per script prefix
and URL configuration: every card of a list links its skill, the home page every category and
the skill page every tag and file, and reverse() per link cost more than the rest of the link."""

from __future__ import annotations

import functools
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_SLUG = "sentinel-owner/sentinel-repo/sentinel-skill"
_KEY = "sentinel-category-key"
_PATH = "sentinel-file/path"
_URL_SAFE = "!$&'()*+,;=/~:@"  # what reverse() leaves unquoted in a path (RFC 3986)


@functools.lru_cache(maxsize=64)
def _pieces(
    name: str, sentinels: tuple[str, ...], _prefix: str, _urlconf, _root_urlconf: str
) -> tuple[str, ...] | None:
    """The URL `name` reversed with `sentinels` as its arguments, cut at them: the fixed text
    before, between and after the arguments; None unless each sentinel comes out exactly once,
    in order. Once per script prefix and URL configuration (the last arguments are the cache
    key)."""
    rest = reverse(name, args=list(sentinels))
    pieces = []
    for sentinel in sentinels:
        if rest.count(sentinel) != 1:
            return None
        head, rest = rest.split(sentinel)
        pieces.append(head)
    return (*pieces, rest)


def _path(name: str, sentinels: tuple[str, ...], *values: str) -> str:
    """What `reverse(name, args=values)` gives, from `_pieces` with the values quoted as
    reverse() quotes them."""
    pieces = _pieces(name, sentinels, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    if pieces is None:
        return reverse(name, args=list(values))
    out = [pieces[0]]
    for value, piece in zip(values, pieces[1:], strict=True):
        out += (quote(value, safe=_URL_SAFE), piece)
    return "".join(out)


def skill_url(slug: str) -> str:
    """The path of the skill page of `slug` (what `reverse("skills:detail")` gives)."""
    return _path("skills:detail", (_SLUG,), slug)


def category_url(key: str) -> str:
    """The path of the category page of `key` (what `reverse("skills:category")` gives)."""
    return _path("skills:category", (_KEY,), key)


def tag_url(key: str) -> str:
    """The path of the tag page of `key` (what `reverse("skills:tag")` gives)."""
    return _path("skills:tag", (_KEY,), key)


def file_url(slug: str, path: str) -> str:
    """The path of the file page of a skill's file (what `reverse("skills:file")` gives)."""
    return _path("skills:file", (_SLUG, _PATH), slug, path)


@functools.lru_cache(maxsize=64)
def _fixed_path(name: str, _prefix: str, _urlconf, _root_urlconf: str, _language) -> str:
    return reverse(name)


def fixed_path(name: str) -> str:
    """`reverse(name)` of a URL that takes no arguments (the home page, the search page,
    the rankings' pages), reversed once per script prefix, URL configuration and language:
    each reverse() is a walk of the URL resolver's tables (a skill page asked for three)."""
    return _fixed_path(
        name, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF, get_language()
    )
