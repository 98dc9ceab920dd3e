"""Known bots and crawlers, told apart by their user agent (pure, no Django).

Events from them are stored (is_bot=True, counted=False) so traffic can be audited, but
never counted. An empty user agent, curl and wget are *not* bots: the CLI and API callers
may not send one, and people fetch ZIPs with curl;
the per-actor rate limit is what stops floods.
"""

from __future__ import annotations

import re

BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|scrap|archiver|facebookexternalhit|embedly|preview|"
    r"headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pingdom|uptime|monitor|"
    r"python-requests|python-urllib|aiohttp|go-http-client|java/|libwww|httrack|"
    r"okhttp|axios/|node-fetch",
    re.IGNORECASE,
)


def is_bot_user_agent(user_agent: str) -> bool:
    """True for crawlers, link previews, headless browsers and plain HTTP libraries."""
    if not user_agent:
        return False
    return bool(BOT_PATTERN.search(user_agent[:500]))
