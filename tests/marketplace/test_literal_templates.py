"""Literal translations written into the Jinja2 page templates' source, per language
(marketplace.jinja2.literal_template): the same bytes as `_()` called at render time."""

import pytest
from django.template import engines
from django.utils import translation
from django.utils.translation import gettext

from marketplace.jinja2 import LiteralTranslations, literal_template
from skills.page import fill, helpers

SOURCE = (
    '<nav aria-label="{{ _("Breadcrumb") }}"><a>{{ _("Home") }}</a></nav>'
    "{{ t(_(\"line %(line)s\"), line=value) }}|{{ _('Copied') }}|{{ value }}"
)


def _overlay(language):
    env = engines["jinja2"].env.overlay(extensions=[LiteralTranslations], cache_size=10)
    env.literal_language = language
    return env


@pytest.mark.parametrize("language", ["en", "ko"])
def test_literals_are_written_in_and_render_the_same_bytes(language):
    with translation.override(language):
        written = _overlay(language).preprocess(SOURCE)
        assert f"<a>{gettext('Home')}</a>" in written and '_("Home")' not in written
        assert f't("{gettext("line %(line)s")}", line=value)' in written
        context = {**helpers(), "value": "<b>"}
        at_render = engines["jinja2"].env.from_string(SOURCE).render(context)
        assert _overlay(language).from_string(SOURCE).render(context) == at_render
        assert fill(gettext("line %(line)s"), line="<b>") in at_render


def test_a_translation_with_template_syntax_or_quotes_is_left_to_render_time(monkeypatch):
    words = {"Home": "{{ home }}", "line %(line)s": 'say "%(line)s"'}
    monkeypatch.setattr("marketplace.jinja2.gettext", lambda text: words.get(text, text))
    written = _overlay("en").preprocess(SOURCE)
    assert '{{ _("Home") }}' in written and 't(_("line %(line)s"), line=value)' in written
    assert '<nav aria-label="Breadcrumb">' in written  # the others are still written in


def test_each_language_has_its_own_compiled_copy():
    with translation.override("en"):
        english = literal_template("skills/home_body.html")
    with translation.override("ko"):
        korean = literal_template("skills/home_body.html")
        assert literal_template("skills/home_body.html") is korean
    assert english is not korean and english.environment is not korean.environment
