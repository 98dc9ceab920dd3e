"""The Jinja2 environment of the few templates rendered by Jinja2 (templates/jinja2/): the
listings' skill cards (skills.cards). Everything else is Django's template language.

Values are escaped as Django's `conditional_escape` does (the `finalize` hook, which keeps
anything that has `__html__`, as Django's safe strings do; with autoescaping on, a value's
output is that hook alone: `EscapedOnce`), so a Jinja2 template gives the same bytes as the
Django template it replaces (markupsafe writes `&#39;` and `&#34;` where Django writes
`&#x27;` and `&quot;`). `_()` is
Django's gettext in the active language (a render may pass its own, see skills.cards); the
filters are the site's own template filters.
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from pathlib import Path

import django.forms
from django.core.signals import setting_changed
from django.forms.renderers import Jinja2 as Jinja2Renderer
from django.template import defaultfilters, engines
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.text import add_truncation_text, calculate_truncate_chars_length
from django.utils.translation import get_language, gettext
from jinja2 import Environment
from jinja2.compiler import CodeGenerator
from jinja2.ext import Extension
from markupsafe import Markup

from skills.templatetags.skills_tags import highlight, icon, verdict_class


def django_escape(value) -> Markup:
    """What Django's `conditional_escape` gives (safe values as they are, the rest through
    `html.escape`, as Django's `escape` does), without its lazy-argument wrapper; always a
    string (an object with `__html__` that is not one, such as a form's field, as its
    `__html__()`), since the templates' output is this alone (`EscapedOnce`)."""
    if type(value) is str:
        return Markup(html.escape(value))  # noqa: S704 - escaped here
    if hasattr(value, "__html__"):
        return value if isinstance(value, str) else Markup(value.__html__())  # noqa: S704
    return Markup(html.escape(str(value)))  # noqa: S704 - escaped here


class EscapedOnce(CodeGenerator):
    """Compiles `{{ value }}` to `environment.finalize(value)` alone where autoescaping is
    on and the finalize is `django_escape`: its result is already the escaped text, and
    Jinja2's own `escape()` around it only checked for `__html__` and made a second `Markup`
    of every value (about a tenth of the skill page body's instructions; issue #23, session
    16). Other outputs (autoescaping off or switched in the template, another finalize)
    compile as Jinja2 compiles them."""

    def _escaped_by_finalize(self, frame, finalize) -> bool:
        return (
            finalize.src == "environment.finalize("
            and self.environment.finalize is django_escape
            and frame.eval_ctx.autoescape
            and not frame.eval_ctx.volatile
        )

    def _output_child_pre(self, node, frame, finalize) -> None:
        if self._escaped_by_finalize(frame, finalize):
            self.write(finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize) -> None:
        if self._escaped_by_finalize(frame, finalize):
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)


class DjangoEscapingEnvironment(Environment):
    """Jinja2's environment compiling its templates with `EscapedOnce`."""

    code_generator_class = EscapedOnce


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
    env = DjangoEscapingEnvironment(**options)  # autoescape on: the backend's default
    env.globals.update(_=gettext, icon=icon)
    env.filters.update(
        highlight=highlight, truncatechars=truncatechars, verdict_class=verdict_class
    )
    return env


#: `{{ _("text") }}`, and `_("text")` inside an expression (e.g. `t(_("..."), x=y)`): a
#: literal translation as the page templates write it (no backslash in the text).
_LITERAL_OUTPUT = re.compile(r"""\{\{ _\((?P<q>["'])(?P<text>[^"'\\]*)(?P=q)\) \}\}""")
_LITERAL_ARGUMENT = re.compile(r"""(?<![\w.])_\((?P<q>["'])(?P<text>[^"'\\]*)(?P=q)\)""")
_JINJA_SYNTAX = ("{{", "}}", "{%", "%}", "{#", "#}")


class LiteralTranslations(Extension):
    """Writes a template's literal translations into its source, in its environment's
    language (`literal_template`): `{{ _("Home") }}` becomes the translated text, as the
    page templates' `_()` gives it (a literal translation is trusted: not escaped), and
    `_("...")` inside an expression a string literal of the translation. A translation
    that holds template syntax, a quote or a backslash is left to `_()` at render time."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        language = getattr(self.environment, "literal_language", None)
        if language is None:
            return source
        with translation.override(language):

            def output(match: re.Match) -> str:
                text = gettext(match["text"])
                if any(mark in text for mark in _JINJA_SYNTAX):
                    return match[0]
                return text

            def argument(match: re.Match) -> str:
                text = gettext(match["text"])
                if any(c in text for c in "\"'\n") or any(m in text for m in _JINJA_SYNTAX):
                    return match[0]
                return f'"{text}"'

            return _LITERAL_ARGUMENT.sub(argument, _LITERAL_OUTPUT.sub(output, source))


_LITERAL_ENVIRONMENTS: dict[str | None, Environment] = {}
_LITERAL_LOCK = threading.Lock()


def literal_template(name: str):
    """The Jinja2 template `name` (of the "jinja2" engine) with its literal translations
    written in for the active language (`LiteralTranslations`): each language's copy is
    compiled once per process, so a render makes no call, `finalize` or escape for the
    sixty-odd fixed words of a skill page (issue #23, sixth pass). Render it with a plain
    dict, as the engine's templates are rendered without a request."""
    language = get_language()
    env = _LITERAL_ENVIRONMENTS.get(language)
    if env is None:
        with _LITERAL_LOCK:
            env = _LITERAL_ENVIRONMENTS.get(language)
            if env is None:
                env = engines["jinja2"].env.overlay(
                    extensions=[LiteralTranslations], cache_size=100
                )
                env.literal_language = language
                _LITERAL_ENVIRONMENTS[language] = env
    return env.get_template(name)


def _forget(**kwargs) -> None:
    _LITERAL_ENVIRONMENTS.clear()


setting_changed.connect(_forget)


def forms_environment(**options) -> Environment:
    """The environment of Django's own Jinja2 widget templates (`FormRenderer`): escaped as
    above, and a template's last newline kept, as Django's template language keeps it, so
    a widget renders to the same bytes as with Django's default renderer."""
    options.setdefault("finalize", django_escape)
    return DjangoEscapingEnvironment(**options)  # autoescape on: the backend's default


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
