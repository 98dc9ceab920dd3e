"""`{% translate %}` from marketplace.templatetags.i18n_once gives what Django's tag gives,
in every language, for every form of the tag, rendered once or many times."""

import pytest
from django.template import Context, Template
from django.utils import translation

FORMS = [
    '{% translate "Browse" %}',
    "{% translate 'Main' context 'navigation' %}",
    '{% translate "Search" context "button" %}',
    '{% translate "Browse" noop %}',
    '{% translate "Browse" as word %}[{{ word }}]',
    '{% translate "Browse"|upper %}',
    "{% translate message %}",
    "{% translate 'Main' context where %}",
    '{% trans "100%% sure <b>" %}',
    '{% autoescape off %}{% translate "a < b" %}{% endautoescape %}{% translate "a < b" %}',
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_kept_translations_are_what_djangos_tag_gives(form, language):
    django_tag = Template("{% load i18n %}" + form)
    kept = Template("{% load i18n i18n_once %}" + form)
    values = {"message": "Browse", "where": "navigation"}
    with translation.override(language):
        expected = django_tag.render(Context(values))
        assert kept.render(Context(values)) == expected
        assert kept.render(Context(values)) == expected  # kept, second render
    with translation.override("ko" if language == "en" else "en"):
        assert kept.render(Context(values)) == django_tag.render(Context(values))


def test_a_kept_translation_follows_the_language():
    kept = Template("{% load i18n i18n_once %}{% translate 'Main' context 'navigation' %}")
    with translation.override("ko"):
        assert kept.render(Context()) == "주 메뉴"
    with translation.override("en"):
        assert kept.render(Context()) == "Main"
