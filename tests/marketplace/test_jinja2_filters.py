"""The Jinja2 environment's filters give what Django's template filters give: the fast
paths of `truncatechars` and the per-query pattern of `highlight` change no byte."""

import pytest
from django.template import defaultfilters
from django.utils import translation
from django.utils.safestring import SafeString

from marketplace.jinja2 import truncatechars
from skills.templatetags.skills_tags import highlight

TEXTS = [
    "",
    "short",
    "x" * 180,
    "x" * 181,
    "Reads PDF files & writes 'reports' <quickly>. " * 6,
    "Cafe\u0301 au lait " * 20,  # combining accents: Django's own path
    "Café au lait",
    "한국어 설명 " * 40,
    "e\u0301",
    "naïve " * 50,
    "tab\tand\nnewline " * 15,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("length", [1, 2, 5, 70, 180, 200])
@pytest.mark.parametrize("language", ["en", "ko"])
def test_truncatechars_gives_what_djangos_filter_gives(text, length, language):
    with translation.override(language):
        ours = truncatechars(text, length)
        assert ours == defaultfilters.truncatechars(text, length)
        assert type(ours) is str


def test_truncatechars_of_safe_and_other_values_is_djangos():
    safe = SafeString("<b>bold</b> text")
    assert isinstance(truncatechars(safe, 100), SafeString)
    assert truncatechars(12345, 3) == defaultfilters.truncatechars(12345, 3)
    assert truncatechars("text", 0) == defaultfilters.truncatechars("text", 0) == ""
    assert truncatechars("text", "x") == "text"


def test_highlight_marks_every_term_outside_entities_once_per_query_pattern():
    terms = ["pdf", "amp", "a&b"]
    text = "PDF & pdf a&b amplify"
    # a match that overlaps an entity ("a&amp;b" holds "&amp;") is left unmarked
    expected = "<mark>PDF</mark> &amp; <mark>pdf</mark> a&amp;b <mark>amp</mark>lify"
    assert highlight(text, terms) == expected
    assert highlight(text, list(terms)) == expected  # the same pattern, reused
    assert highlight(text, []) == "PDF &amp; pdf a&amp;b amplify"
    assert highlight(text, [""]) == "PDF &amp; pdf a&amp;b amplify"
    assert isinstance(highlight(text, terms), SafeString)


def test_values_are_escaped_once_as_django_escapes_them():
    from django import forms
    from django.template import engines
    from django.utils.html import conditional_escape
    from django.utils.safestring import mark_safe

    class Form(forms.Form):
        details = forms.CharField()

    env = engines["jinja2"].env
    template = env.from_string(
        "{{ a }}|{{ b }}|{{ c }}|{{ d }}|{{ e }}|{{ f|safe }}|{{ '<k>' }}|{{ g }}"
        "{% set h %}<i>{{ a }}</i>{% endset %}|{{ h }}"
    )
    values = {
        "a": "<a href='x'>&\"",
        "b": mark_safe("<b>trusted</b>"),
        "c": 42,
        "d": None,
        "e": Form()["details"],  # not a string, but has __html__
        "f": "<f>",
    }
    out = template.render(values)
    expected = [conditional_escape(values[k]) for k in "abcde"]
    expected += ["<f>", "&lt;k&gt;", "", f"<i>{conditional_escape(values['a'])}</i>"]
    assert out == "|".join(str(x) for x in expected)
    # one finalize, no escape() around it, where autoescaping is on
    source = env.compile("{{ a }}", raw=True)
    assert "environment.finalize(" in source and "escape(environment" not in source
    off = env.compile("{% autoescape false %}{{ a }}{% endautoescape %}", raw=True)
    assert "str(environment.finalize(" in off
