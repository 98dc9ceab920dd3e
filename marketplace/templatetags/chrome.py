"""`{% chrome "piece" %}`: the parts of `base.html` every page repeats (the head's links,
the header, the navigation and language menu, the footer), rendered once per language.

Each piece is a small Django template (`templates/partials/chrome/`). What it gives
depends on the language, the site's name, the page's `nav` and a few values of the
request (the hreflang URLs, the search box's text, the language menu's return path), never
on the database. Walking those templates' nodes on every answer was about half a
millisecond of an uncached page's CPU (issue #23, fourth pass), so a piece is rendered
once per (piece, language, site name, nav) with a marker in place of each request value,
and kept split at the markers; a page then joins the kept text with its own values,
each rendered as the template's `{{ value }}` renders it (`render_value_in_context`:
escaped). The bytes are the ones the templates give (tests/marketplace/test_chrome.py
compares both ways). With DEBUG on, a piece is rendered afresh every time, so edits to
the templates show at once; the kept pieces are dropped when a setting changes (tests).

A piece's file ends with a newline, as every file does; the page's own newline follows
the tag in `base.html`, so the file's last newline is dropped.
"""

from __future__ import annotations

import re

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.template.base import render_value_in_context
from django.template.loader import get_template
from django.utils.safestring import SafeString
from django.utils.translation import get_language

register = template.Library()

#: piece -> (template, the request's values it shows)
PIECES = {
    "head": ("partials/chrome/head.html", ("language_alternates", "x_default_url")),
    "top": ("partials/chrome/top.html", ()),
    "header_search": ("partials/chrome/header_search.html", ("header_query",)),
    "nav": ("partials/chrome/nav.html", ("language_next",)),
    "footer": ("partials/chrome/footer.html", ()),
}
_MARKER = "\x00chrome:{}\x00"
_SPLIT = re.compile("\x00chrome:([^\x00]+)\x00")

_KEPT: dict[tuple, list[str]] = {}


def _alternates(value) -> tuple[str, ...] | None:
    """The language codes of `language_alternates` (a list of {code, url}), None when it is
    not that shape (then the piece is rendered afresh)."""
    try:
        return tuple(str(item["code"]) for item in value)
    except (TypeError, KeyError):
        return None


def _fixed(context, name: str) -> dict:
    """What a piece's template reads besides the request's values."""
    return {
        "APP_NAME": context.get("APP_NAME", ""),
        "nav": context.get("nav") if name == "nav" else None,
    }


def _render(template_name: str, values: dict) -> str:
    return get_template(template_name).render(values).removesuffix("\n")


def _kept(context, name: str, template_name: str, names: tuple[str, ...]) -> list[str] | None:
    """The piece split at its request values' markers (text, name, text, ..., text), or
    None when this context cannot use a kept piece."""
    fixed = _fixed(context, name)
    codes = ()
    if "language_alternates" in names:
        codes = _alternates(context.get("language_alternates"))
        if codes is None:
            return None
    key = (name, get_language(), str(fixed["APP_NAME"]), str(fixed["nav"]), codes)
    try:
        return _KEPT[key]
    except KeyError:
        pass
    marked = dict(fixed)
    for value_name in names:
        if value_name == "language_alternates":
            marked[value_name] = [
                {"code": code, "url": _MARKER.format(f"{value_name}.{i}")}
                for i, code in enumerate(codes)
            ]
        else:
            marked[value_name] = _MARKER.format(value_name)
    _KEPT[key] = parts = _SPLIT.split(_render(template_name, marked))
    return parts


_MISSING = object()


def _value(context, name: str):
    """A request value a kept piece names: `x`, or `language_alternates.<i>`'s URL; ""
    for a variable the context lacks, as a template renders it."""
    if name.startswith("language_alternates."):
        return context["language_alternates"][int(name.rsplit(".", 1)[1])]["url"]
    value = context.get(name, _MISSING)
    if value is _MISSING:
        return ""
    if name == "header_query":
        return value or ""  # `{{ header_query|default:'' }}`
    return value


@register.simple_tag(takes_context=True)
def chrome(context, name: str) -> SafeString:
    """The chrome piece `name` (a key of PIECES) for this page."""
    template_name, names = PIECES[name]
    parts = (
        None
        if settings.DEBUG or not context.autoescape
        else _kept(context, name, template_name, names)
    )
    if parts is None:
        values = {**_fixed(context, name), **{n: context[n] for n in names if n in context}}
        return SafeString(_render(template_name, values))
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(render_value_in_context(_value(context, parts[i]), context))
        out.append(parts[i + 1])
    return SafeString("".join(out))  # the template's own text and escaped values


def _forget(**kwargs) -> None:
    _KEPT.clear()


setting_changed.connect(_forget)
