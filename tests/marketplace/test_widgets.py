"""KeptSelect gives Select's markup, kept per language and value."""

import pytest
from django import forms
from django.test import override_settings
from django.utils import translation

from marketplace import widgets
from skills.forms import SearchForm


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"scripts": "yes", "valid": "no", "verdict": "review"},
        {"scripts": "<maybe>", "verdict": 'x"y'},  # not a choice: rendered, never kept
        {"verdict": "unscanned", "q": "pdf"},
    ],
)
def test_the_search_forms_menus_render_as_djangos_select(language, data):
    with translation.override(language):
        for _ in range(2):  # kept on the first render, from the kept markup on the next
            form = SearchForm(data)
            for name in ("scripts", "valid", "verdict"):
                bound = form[name]
                expected = bound.as_widget(widget=forms.Select(choices=bound.field.choices))
                assert str(bound) == expected


@override_settings(DEBUG=False)
def test_only_values_among_the_choices_are_kept_and_a_setting_change_drops_them():
    # In English whatever an earlier test left active (a Korean request through the test
    # client leaves "ko" on the thread: then both renders below were one key, and the
    # test failed depending on the order the suite ran in).
    widgets._KEPT.clear()
    with translation.override("en"):
        str(SearchForm({"scripts": "yes"})["scripts"])
        str(SearchForm({"scripts": "anything-else"})["scripts"])
    assert len(widgets._KEPT) == 1
    with translation.override("ko"):
        korean = str(SearchForm({"scripts": "yes"})["scripts"])
    assert len(widgets._KEPT) == 2 and "예" in korean
    with override_settings(APP_NAME="x"):
        assert not widgets._KEPT
