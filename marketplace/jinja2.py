"""The Jinja2 environment of the few templates rendered by Jinja2 (templates/jinja2/): the
listings' skill cards (skills.cards). Everything else is Django's template language.

Values are escaped as Django's `conditional_escape` does (the `finalize` hook runs before
Jinja2's own escaping, which keeps anything that has `__html__`, as Django's safe strings
do), so a Jinja2 template gives the same bytes as the Django template it replaces
(markupsafe writes `&#39;` and `&#34;` where Django writes `&#x27;` and `&quot;`). `_()` is
Django's gettext in the active language (a render may pass its own, see skills.cards); the
filters are the site's own template filters.
"""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import django.forms
from django.forms.renderers import Jinja2 as Jinja2Renderer
from django.template import defaultfilters
from django.utils.functional import cached_property
from django.utils.text import add_truncation_text, calculate_truncate_chars_length
from django.utils.translation import gettext
from jinja2 import Environment
from markupsafe import Markup

from skills.templatetags.skills_tags import highlight, icon, verdict_class


def django_escape(value) -> Markup:
    """What Django's `conditional_escape` gives (safe values as they are, the rest through
    `html.escape`, as Django's `escape` does), without its lazy-argument wrapper."""
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value)))  # noqa: S704 - escaped here


def truncatechars(value, arg):
    """Django's `truncatechars` filter, its common cases without `Truncator`'s loop over
    every character (12 µs a card summary, a fifth of a card's render): a plain text in
    NFC no longer than `arg` is what `Truncator.chars` returns unchanged, and an ASCII
    text (no combining characters) is cut where its loop would cut it. Anything else
    (lazy or safe strings, other types, longer texts with other characters) goes to
    Django's filter."""
    if type(value) is str and type(arg) is int and arg > 0:
        if len(value) <= arg:
            if value.isascii() or unicodedata.is_normalized("NFC", value):
                return value
        elif value.isascii():
            return add_truncation_text(value[: calculate_truncate_chars_length(arg, None)])
    return defaultfilters.truncatechars(value, arg)


def memo_per_render(func):
    """`func` with its results kept for the arguments seen: for the helpers one render passes
    its template (a translation, a verdict's label), called with the same few arguments once
    per card or row; the language stays the same within a render."""
    seen: dict = {}

    def memoised(*args):
        try:
            return seen[args]
        except KeyError:
            seen[args] = result = func(*args)
            return result

    return memoised


def environment(**options) -> Environment:
    options.setdefault("finalize", django_escape)
    env = Environment(**options)  # noqa: S701 - autoescape is on (Django's backend default)
    env.globals.update(_=gettext, icon=icon)
    env.filters.update(
        highlight=highlight, truncatechars=truncatechars, verdict_class=verdict_class
    )
    return env


def forms_environment(**options) -> Environment:
    """The environment of Django's own Jinja2 widget templates (`FormRenderer`): escaped as
    above, and a template's last newline kept, as Django's template language keeps it, so
    a widget renders to the same bytes as with Django's default renderer."""
    options.setdefault("finalize", django_escape)
    return Environment(**options)  # noqa: S701 - autoescape is on (Django's backend default)


class FormRenderer(Jinja2Renderer):
    """Renders form widgets with Django's Jinja2 widget templates (`forms_environment`):
    the public pages' forms (search filters, the report form) render their selects and radios
    several times faster than through Django's template language, to the same markup. Use
    the one instance, `FORM_RENDERER` (a renderer builds its template engine once)."""

    @cached_property
    def engine(self):
        return self.backend(
            {
                "APP_DIRS": True,
                "DIRS": [Path(django.forms.__file__).parent / self.backend.app_dirname],
                "NAME": "djangoforms",
                "OPTIONS": {"environment": "marketplace.jinja2.forms_environment"},
            }
        )


FORM_RENDERER = FormRenderer()
