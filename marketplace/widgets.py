"""Form widgets whose markup is kept per process once rendered: the public pages' filter
menus render the same few `<select>`s on every uncached answer.

A select's markup depends on its name, value, attributes, choices (their labels in the
active language) and renderer, never on the database; through Django's widget templates
three selects were about a tenth of a listing page's template time (issue #23, fourth
pass). `KeptSelect` keeps what `Select.render` gives per all of those, for values that
are among its choices (a hand-edited URL's other values are rendered each time, so the
kept markup stays a handful per language). Rendered afresh with DEBUG on; dropped when a
setting changes (tests).
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.signals import setting_changed
from django.utils.translation import get_language

_KEPT: dict[tuple, str] = {}


class KeptSelect(forms.Select):
    """`forms.Select`, its markup kept per (language, name, value, attributes, choices,
    renderer) while the value is one of its choices."""

    def render(self, name, value, attrs=None, renderer=None):
        if settings.DEBUG:
            return super().render(name, value, attrs, renderer)
        values = tuple(self.format_value(value))
        choices = tuple((str(key), str(label)) for key, label in self.choices)
        if not set(values) <= {key for key, _label in choices}:
            return super().render(name, value, attrs, renderer)
        try:
            key = (
                get_language(),
                name,
                values,
                tuple(sorted({**self.attrs, **(attrs or {})}.items())),
                choices,
                id(renderer),
            )
            hash(key)
        except TypeError:  # an attribute that is not hashable
            return super().render(name, value, attrs, renderer)
        try:
            return _KEPT[key]
        except KeyError:
            _KEPT[key] = html = super().render(name, value, attrs, renderer)
            return html


def _forget(**kwargs) -> None:
    _KEPT.clear()


setting_changed.connect(_forget)
