"""Safe rendering of untrusted Markdown (SKILL.md bodies, descriptions).

Markdown is parsed with raw HTML disabled, code blocks are highlighted with Pygments,
and the resulting HTML is sanitised with nh3 against an explicit allow-list. Nothing
else in the project may mark HTML from a skill as safe.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

import nh3
from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

# Bump when the output of render_markdown changes, so stored HTML can be re-rendered.
RENDERER_VERSION = "md3"  # md3: links and images inside the skill folder rewritten
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
#: Images a skill may show from its own folder (served by the raw-file view, never sniffed).
IMAGE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "svg": "image/svg+xml",
}


def image_content_type(path: str) -> str | None:
    """The content type an image file of a skill is served with, or None (not an image)."""
    return IMAGE_TYPES.get(path.rsplit(".", 1)[-1].lower()) if "." in path else None


@dataclass(frozen=True)
class SkillLinks:
    """Where a body's relative links and images point: the files of one version.

    `base` is the skill's URL prefix for sub-resources (`/s/<slug>/-/`); links to a file
    of the version go to its file view (`files/<path>`), images to the raw file
    (`raw/<path>`), both pinned to the version by `?version=<content_hash>`.
    """

    base: str
    content_hash: str
    paths: frozenset[str]

    def url(self, kind: str, path: str, fragment: str = "") -> str:
        url = f"{self.base}{kind}/{quote(path)}?version={quote(self.content_hash)}"
        return f"{url}#{fragment}" if fragment else url


def _skill_path(url: str) -> tuple[str, str] | None:
    """(path inside the skill folder, fragment) for a relative URL; None for an anchor, an
    absolute or external URL. A path leaving the folder comes back as ("", "")."""
    if not url or url.startswith("#"):
        return None
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith("//"):
        return None
    if url.startswith("/"):
        return "", ""
    path = posixpath.normpath(unquote(parts.path)) if parts.path else "."
    if path == "." or path == ".." or path.startswith("../"):
        return "", ""
    return path, parts.fragment


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


def _rewrite_links(state) -> None:
    """Relative links and images point into the skill's folder: links to a file of the version
    go to its file view, images to the raw file; anything else relative (a missing file, a
    folder, a path leaving the skill) would be dead, so it is shown as text."""
    links: SkillLinks | None = state.env.get("skill_links")
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        kept, dropping = [], False
        for token in block.children:
            if token.type == "link_open":
                target = _skill_path(token.attrGet("href") or "")
                if target is not None:
                    path, fragment = target
                    if links is not None and path in links.paths:
                        token.attrSet("href", links.url("files", path, fragment))
                    else:
                        state.env["local_refs"] = state.env.get("local_refs", 0) + 1
                        dropping = True
                        continue
            elif token.type == "link_close" and dropping:
                dropping = False
                continue
            elif token.type == "image":
                target = _skill_path(token.attrGet("src") or "")
                if target is not None:
                    path = target[0]
                    if links is not None and path in links.paths and image_content_type(path):
                        token.attrSet("src", links.url("raw", path))
                    else:
                        state.env["local_refs"] = state.env.get("local_refs", 0) + 1
                        token.type, token.tag, token.children = "text", "", None
                        token.attrs = {}
            kept.append(token)
        block.children = kept


@functools.cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.options["highlight"] = _highlight
    md.core.ruler.push("demote_headings", _demote_headings)
    md.core.ruler.push("skill_links", _rewrite_links)
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


def render_markdown(text: str, *, links: SkillLinks | None = None) -> str:
    """Untrusted Markdown -> sanitised HTML (safe to mark as safe in templates).

    With `links`, relative links and images that name a file of the version point at it;
    without, every relative link or image is shown as text (it would be dead)."""
    return render_markdown_counting(text, links=links)[0]


def render_markdown_counting(text: str, *, links: SkillLinks | None = None) -> tuple[str, int]:
    """render_markdown, and how many relative links or images were shown as text (a sync
    renders once without the skill's URL and again with it only when this is not 0)."""
    if not text:
        return "", 0
    env: dict = {"skill_links": links}
    html = sanitize_html(_parser().render(text, env))
    return html, env.get("local_refs", 0)
