"""Template helpers of the public pages.

`highlight` escapes the text first and only then wraps the query's words in <mark>: the
result contains no markup from the text itself, so marking it safe is sound.
"""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.template.loader import get_template
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

register = template.Library()

VERDICT_CLASSES = {"pass": "ok", "review": "warn", "fail": "bad"}
VERDICT_TEXT = {
    "pass": _("Scan passed"),
    "review": _("Needs review"),
    "fail": _("Scan failed"),
    "": _("Not scanned"),
}
#: Severities of validation problems and scanner findings.
SEVERITY_TEXT = {
    "error": pgettext_lazy("severity", "error"),
    "warning": pgettext_lazy("severity", "warning"),
    "info": pgettext_lazy("severity", "info"),
    "critical": pgettext_lazy("severity", "critical"),
    "high": pgettext_lazy("severity", "high"),
    "medium": pgettext_lazy("severity", "medium"),
    "low": pgettext_lazy("severity", "low"),
}
#: Short number units per language: (size, suffix), largest first. Korean counts in
#: 만 (10^4) and 억 (10^8), as Korean sites do.
COMPACT_UNITS = {
    "ko": ((100_000_000, "억"), (10_000, "만"), (1_000, "천")),
    "": ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")),
}


_ENTITY = re.compile(r"&(?:[a-z]+|#x?[0-9a-f]+);", re.I)


@functools.lru_cache(maxsize=256)
def _highlight_pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    """The pattern of a query's escaped words, longest first (None without words): made
    once per query, not once per highlighted text (two per card)."""
    words = sorted({escape(t) for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


@register.filter
def highlight(text: str, terms: list[str] | None) -> SafeString:
    escaped = SafeString(html.escape(str(text or "")))  # django's escape(), minus its lazy wrapper
    if not terms:
        return escaped
    pattern = _highlight_pattern(tuple(str(t) for t in terms))
    if pattern is None:
        return escaped
    # `escaped` holds no tags, only entities; skip matches that fall inside an entity.
    entities = [m.span() for m in _ENTITY.finditer(escaped)] if "&" in escaped else []

    def inside_entity(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in entities)

    out, last = [], 0
    for match in pattern.finditer(escaped):
        start, end = match.span()
        if inside_entity(start, end):
            continue
        out.append(escaped[last:start])
        out.append(f"<mark>{escaped[start:end]}</mark>")
        last = end
    out.append(escaped[last:])
    return SafeString("".join(out))  # built from escaped text only (mark_safe, unwrapped)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed (None or "" removes them);
    any change other than `page` resets the page number."""
    # QueryDict.copy() deep-copies every value (a list page makes a dozen of these links);
    # a dict of lists in the same order encodes the same way (QueryDict.urlencode).
    params = dict(context["request"].GET.lists())
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = [str(value)]
    encoded = urlencode([(key, value) for key, values in params.items() for value in values])
    return f"?{encoded}" if encoded else "?"


@register.filter
def verdict_class(verdict: str) -> str:
    return VERDICT_CLASSES.get(verdict or "", "muted")


@register.filter
def verdict_text(verdict: str) -> str:
    return VERDICT_TEXT.get(verdict or "", verdict)


@register.filter
def severity_text(severity: str) -> str:
    return SEVERITY_TEXT.get(severity or "", severity)


@register.filter
def compact(number) -> str:
    """1234 -> 1.2k, 2500000 -> 2.5M; in Korean 1234 -> 1.2천, 25000 -> 2.5만."""
    return compact_in(number, get_language() or "")


def compact_in(number, language: str) -> str:
    """`compact` in `language` (a language code)."""
    try:
        n = int(number or 0)
    except (TypeError, ValueError):
        return "0"
    language = language.split("-")[0]
    for size, suffix in COMPACT_UNITS.get(language, COMPACT_UNITS[""]):
        if n >= size:
            value = f"{n / size:.1f}".rstrip("0").rstrip(".")
            return f"{value}{suffix}"
    return str(n)


@functools.lru_cache(maxsize=32)
def _icon_svg(name: str) -> SafeString:
    return SafeString(get_template("partials/icon.html").render({"icon": name}))


@register.simple_tag
def icon(name: str) -> SafeString:
    """`partials/icon.html` for `name`, rendered once per process: the same markup as
    `{% include "partials/icon.html" with icon=name %}` at a fraction of the cost in loops
    (two icons per card). Rendered afresh with DEBUG on, so edits show at once."""
    if settings.DEBUG:
        return _icon_svg.__wrapped__(name)
    return _icon_svg(name)


@register.filter
def get_item(mapping, key):
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def percent_int(fraction) -> int:
    """0.873 -> 87 (a share as a whole percentage, rounded down; 0 for a bad value)."""
    try:
        return int(float(fraction) * 100)
    except (TypeError, ValueError):
        return 0
