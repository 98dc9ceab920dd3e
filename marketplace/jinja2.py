"""The Jinja2 environment of the few templates rendered by Jinja2 (templates/jinja2/): the
listings' skill cards (skills.cards). Everything else is Django's template language.

Values are escaped with Django's `conditional_escape` (the `finalize` hook runs before
Jinja2's own escaping, which keeps anything that has `__html__`, as Django's safe strings
do), so a Jinja2 template gives the same bytes as the Django template it replaces
(markupsafe writes `&#39;` and `&#34;` where Django writes `&#x27;` and `&quot;`). `_()` is
Django's gettext in the active language; the filters are the site's own template filters.
"""

from __future__ import annotations

from django.template.defaultfilters import truncatechars
from django.utils.html import conditional_escape
from django.utils.translation import gettext
from jinja2 import Environment

from skills.templatetags.skills_tags import compact, highlight, icon, verdict_class, verdict_text


def environment(**options) -> Environment:
    options.setdefault("finalize", conditional_escape)
    env = Environment(**options)  # noqa: S701 - autoescape is on (Django's backend default)
    env.globals.update(_=gettext, icon=icon)
    env.filters.update(
        compact=compact,
        highlight=highlight,
        truncatechars=truncatechars,
        verdict_class=verdict_class,
        verdict_text=verdict_text,
    )
    return env
