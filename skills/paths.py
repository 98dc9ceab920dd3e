"""The paths of skill and category pages, from a URL reversed once per script prefix and URL
configuration: every card of a list links its skill and the home page every category, and
reverse() per link cost more than the rest of the link."""

from __future__ import annotations

import functools
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_URL_SENTINEL = "sentinel-owner/sentinel-repo/sentinel-skill"
_URL_SAFE = "!$&'()*+,;=/~:@"  # what reverse() leaves unquoted in a path (RFC 3986)


@functools.lru_cache(maxsize=16)
def _detail_url_template(_prefix: str, _urlconf, _root_urlconf: str) -> str | None:
    """The skill page's URL with a sentinel slug, reversed once per script prefix and URL
    configuration (the arguments are the cache key): every card of a list asks for its
    skill's URL, and reverse() per card cost more than the rest of the card's link."""
    url = reverse("skills:detail", kwargs={"slug": _URL_SENTINEL})
    return url if url.count(_URL_SENTINEL) == 1 else None


def skill_url(slug: str) -> str:
    """The path of the skill page of `slug` (what `reverse("skills:detail")` gives)."""
    template = _detail_url_template(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    if template is None:
        return reverse("skills:detail", kwargs={"slug": slug})
    return template.replace(_URL_SENTINEL, quote(slug, safe=_URL_SAFE))


def category_url(key: str) -> str:
    """The path of the category page of `key` (what `reverse("skills:category")` gives),
    from a URL reversed once per script prefix and URL configuration, as `skill_url`: the
    home page links every category."""
    template = _category_url_template(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    if template is None:
        return reverse("skills:category", args=[key])
    return template.replace(_KEY_SENTINEL, quote(key, safe=_URL_SAFE))


_KEY_SENTINEL = "sentinel-category-key"


@functools.lru_cache(maxsize=16)
def _category_url_template(_prefix: str, _urlconf, _root_urlconf: str) -> str | None:
    url = reverse("skills:category", args=[_KEY_SENTINEL])
    return url if url.count(_KEY_SENTINEL) == 1 else None


_PATH_SENTINEL = "sentinel-file/path"


@functools.lru_cache(maxsize=16)
def _tag_url_template(_prefix: str, _urlconf, _root_urlconf: str) -> str | None:
    url = reverse("skills:tag", args=[_KEY_SENTINEL])
    return url if url.count(_KEY_SENTINEL) == 1 else None


def tag_url(key: str) -> str:
    """The path of the tag page of `key` (what `reverse("skills:tag")` gives), as
    `category_url`: the skill page links every tag of its skill."""
    template = _tag_url_template(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    if template is None:
        return reverse("skills:tag", args=[key])
    return template.replace(_KEY_SENTINEL, quote(key, safe=_URL_SAFE))


@functools.lru_cache(maxsize=16)
def _file_url_template(_prefix: str, _urlconf, _root_urlconf: str) -> str | None:
    url = reverse("skills:file", args=[_URL_SENTINEL, _PATH_SENTINEL])
    ok = url.count(_URL_SENTINEL) == 1 and url.count(_PATH_SENTINEL) == 1
    return url if ok and url.index(_URL_SENTINEL) < url.index(_PATH_SENTINEL) else None


def file_url(slug: str, path: str) -> str:
    """The path of the file page of a skill's file (what `reverse("skills:file")` gives), as
    `skill_url`: the skill page links every text file of the version it shows."""
    template = _file_url_template(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    if template is None:
        return reverse("skills:file", args=[slug, path])
    head, tail = template.split(_PATH_SENTINEL)
    return (
        head.replace(_URL_SENTINEL, quote(slug, safe=_URL_SAFE))
        + quote(path, safe=_URL_SAFE)
        + tail
    )


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
