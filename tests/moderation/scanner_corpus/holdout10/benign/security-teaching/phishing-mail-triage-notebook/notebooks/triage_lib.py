"""String helpers for the triage notebook. No network access."""
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found, self._href, self._text = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href, self._text = dict(attrs).get("href", ""), []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.found.append(("".join(self._text).strip(), self._href))
            self._href = None


def links(html):
    parser = _Links()
    parser.feed(html)
    return parser.found


def lookalike_score(text, href):
    shown = re.sub(r"^https?://", "", text).split("/")[0].lower()
    real = (urlsplit(href).hostname or "").lower()
    if not shown or "." not in shown:
        return 0
    if shown == real:
        return 0
    return 90 if shown.replace(".", "-") in real or shown.split(".")[0] in real else 50
