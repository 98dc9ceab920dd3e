"""Safe rendering of untrusted Markdown (SKILL.md bodies, descriptions).

Markdown is parsed with raw HTML disabled, code blocks are highlighted with Pygments,
and the resulting HTML is sanitised with nh3 against an explicit allow-list. Nothing
else in the project may mark HTML from a skill as safe.
"""

from __future__ import annotations

import functools

import nh3
from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

# Bump when the output of render_markdown changes, so stored HTML can be re-rendered.
RENDERER_VERSION = "md2"
MAX_HIGHLIGHT_CHARS = 50_000

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "code": {"class"},
    "div": {"class"},
    "pre": {"class"},
    "span": {"class"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
_FORMATTER = HtmlFormatter(nowrap=True)


def _highlight(code: str, lang: str, _attrs: str) -> str:
    if not lang or len(code) > MAX_HIGHLIGHT_CHARS:
        return ""  # markdown-it escapes and wraps the code itself
    try:
        lexer = get_lexer_by_name(lang.strip().split()[0].lower())
    except (ClassNotFound, IndexError):
        return ""
    return f'<pre class="highlight"><code>{highlight(code, lexer, _FORMATTER)}</code></pre>'


def _demote_headings(state) -> None:
    """The page's own <h1> is the skill's name: a body's `# Title` becomes <h2>, and so on."""
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"


@functools.cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.options["highlight"] = _highlight
    md.core.ruler.push("demote_headings", _demote_headings)
    return md


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Untrusted Markdown -> sanitised HTML (safe to mark as safe in templates)."""
    if not text:
        return ""
    return sanitize_html(_parser().render(text))
