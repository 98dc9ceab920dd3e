"""The page chrome (marketplace.templatetags.chrome): pieces rendered once per language
and joined with each request's values give the bytes their templates give."""

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation

from marketplace.templatetags import chrome as chrome_tags

pytestmark = pytest.mark.django_db

PIECE = Template("{% load chrome %}{% chrome name %}")

CONTEXTS = [
    {},
    {
        "APP_NAME": "Skills & <Co>",
        "nav": "browse",
        "header_query": 'pdf "merge" <b>&amp;',
        "language_next": "/skills/?q=a&b=<c>",
        "language_alternates": [
            {"code": "en", "url": "http://testserver/skills/?q=a&b=%3C&lang=en"},
            {"code": "ko", "url": "http://testserver/skills/?q=a&b=%3C&lang=ko"},
        ],
        "x_default_url": 'http://testserver/skills/?q=a&b="x"',
    },
    {"APP_NAME": "Market", "nav": "rankings", "header_query": None, "language_next": "/"},
    {"nav": "submit", "language_alternates": "not a list", "x_default_url": None},
]


def fresh(name: str, values: dict) -> str:
    """The piece as its template renders it, every time (DEBUG's path)."""
    with override_settings(DEBUG=True):
        return PIECE.render(Context({**values, "name": name}))


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("name", sorted(chrome_tags.PIECES))
@pytest.mark.parametrize("values", CONTEXTS)
def test_a_kept_piece_gives_what_its_template_gives(language, name, values):
    with translation.override(language):
        expected = fresh(name, values)
        for _ in range(2):  # kept on the first render, joined from the kept parts on the next
            assert PIECE.render(Context({**values, "name": name})) == expected


def test_pieces_are_kept_per_language_and_nav_and_dropped_when_a_setting_changes():
    with translation.override("ko"):
        korean = PIECE.render(Context({"name": "nav", "nav": "browse", "language_next": "/"}))
    english = PIECE.render(Context({"name": "nav", "nav": "browse", "language_next": "/"}))
    other_nav = PIECE.render(Context({"name": "nav", "nav": "rankings", "language_next": "/"}))
    assert "둘러보기" in korean or korean != english
    assert english != other_nav and 'href="/rankings/" aria-current="page"' in other_nav
    assert chrome_tags._KEPT
    with override_settings(APP_NAME="Other"):
        assert not chrome_tags._KEPT


def test_every_page_shows_the_chrome_with_its_own_values(client):
    html = client.get("/skills/", {"q": "a<b", "lang": "ko"}).content.decode()
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/skills/?q=a%3Cb&amp;lang=en">'
        in html
    )
    assert 'name="next" value="/skills/?q=a%3Cb"' in html
    assert '<a href="/skills/" aria-current="page">' in html
    assert html.count('<footer class="site-footer">') == 1
    home = client.get("/").content.decode()
    assert 'id="header-q"' not in home  # home overrides the header's search box
    assert 'id="header-q"' in client.get("/rankings/").content.decode()
