"""`{% translate %}` for pages rendered on every uncached request: Django's tag, with the
text it gives for a literal message kept per language (and escaping and context).

Django's tag resolves its message, looks up the active language and the catalogue, then
localises, escapes and unescapes percent signs, on every render: about a hundred times
per listing page, a tenth of its CPU (issue #23). What it gives for a literal message
depends only on those inputs, and a process's catalogues do not change while it runs, so
the result is kept in a dict by (language, autoescape, localisation, message context,
message): the same text Django's tag gives, from one lookup. Messages that are
variables or have filters, and the `as` form, are rendered by Django's tag as before.
The dict is emptied when a setting that changes translations changes (tests).

    {% load i18n i18n_once %}   (after i18n: its `translate` and `trans` replace Django's)
"""

from __future__ import annotations

from django import template
from django.core.signals import setting_changed
from django.template.base import Variable
from django.templatetags.i18n import TranslateNode, do_translate
from django.utils.translation import get_language

register = template.Library()

_KEPT: dict[tuple, str] = {}
_TRANSLATION_SETTINGS = {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"}


class KeptTranslateNode(TranslateNode):
    def render(self, context):
        message = self.filter_expression
        context_message = self.message_context
        if (
            self.asvar
            or message.filters
            or not isinstance(message.var, Variable)
            or message.var.literal is None
            or (
                context_message is not None
                and (context_message.filters or not isinstance(context_message.var, str))
            )
        ):
            return super().render(context)
        key = (
            get_language(),
            context.autoescape,
            context.use_l10n,
            None if context_message is None else context_message.var,
            self.noop,
            message.var.literal,
        )
        try:
            return _KEPT[key]
        except KeyError:
            _KEPT[key] = text = super().render(context)
            return text


@register.tag("translate")
@register.tag("trans")
def translate(parser, token):
    """Django's `{% translate %}` (same arguments), its literal messages kept per language."""
    node = do_translate(parser, token)
    node.__class__ = KeptTranslateNode
    return node


def _forget(*, setting, **kwargs) -> None:
    if setting in _TRANSLATION_SETTINGS:
        _KEPT.clear()


setting_changed.connect(_forget)
