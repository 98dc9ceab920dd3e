"""The content of the home and list pages, rendered by Jinja2 (`templates/jinja2/skills/`).

Their Django templates (`skills/home.html`, `skills/list.html`) keep what `base.html` asks
for (title, description, meta) and put this body in their content block with
`{% page_body "skills/<name>_body.html" %}`. Walking the Django template's nodes for the
content (a `{% translate %}` and a variable lookup per word and value, a `{% for %}` over
the home page's categories, a `{% query_with %}` per sort link) cost an eighth of an
uncached home page's instructions and a twentieth of a search or category page's (issue
#23, sixth pass); Jinja2 compiles the template to Python, as it already does for the skill
page's body (skills.page).

The markup is the one the Django template gave, byte for byte: values are escaped as Django
escapes them (`marketplace.jinja2`), `_()` is a literal translation (safe, as
`{% translate %}` of a literal is), `t()` fills a translation's fields with escaped values
(as `{% blocktranslate %}`), and the words with a message context or a plural come from
here, translated by the functions `makemessages` reads in Python.
"""

from __future__ import annotations

import functools

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext, pgettext

from marketplace.jinja2 import literal_template
from skills.cards import cards_render, filter_options_render
from skills.page import fill, helpers
from skills.paths import fixed_path
from skills.templatetags.skills_tags import compact, query_with


def result_count(paginator, query: str) -> SafeString:
    """The list's "N skills (for "query")" line, as list.html's `blocktranslate`s gave it:
    the count with thousands separators, "N+" when the count stopped at its cap."""
    shown = intcomma(paginator.count)
    if paginator.is_capped:
        if query:
            return fill(
                gettext("<strong>%(shown)s+</strong> skills for “%(query)s”"),
                shown=shown,
                query=query,
            )
        return fill(gettext("<strong>%(shown)s+</strong> skills"), shown=shown)
    if query:
        return fill(
            ngettext(
                "<strong>%(shown)s</strong> skill for “%(query)s”",
                "<strong>%(shown)s</strong> skills for “%(query)s”",
                paginator.count,
            ),
            shown=shown,
            query=query,
        )
    return fill(
        ngettext(
            "<strong>%(shown)s</strong> skill", "<strong>%(shown)s</strong> skills", paginator.count
        ),
        shown=shown,
    )


def repo_stars(stars: int) -> SafeString:
    """A repository's "N stars" (the number compacted), as list.html's `blocktranslate`."""
    return fill(ngettext("%(stars)s star", "%(stars)s stars", stars), stars=compact(stars))


def page_body_render(name: str, context) -> SafeString:
    """The Jinja2 template `name` with the Django `context`'s values and the page helpers;
    `cards(list, show_tags=False)` writes a listing's cards (`{% skill_cards %}`)."""
    values = context.flatten()
    terms = values.get("terms") or ()

    def cards(items, show_tags: bool = False) -> SafeString:
        return cards_render(items, terms=terms, show_tags=show_tags)

    values.update(
        helpers(),
        cards=cards,
        filter_options=filter_options_render,
        query_with=functools.partial(query_with, {"request": values.get("request")}),
        result_count=result_count,
        repo_stars=repo_stars,
        # `{% translate "..." context "..." %}`
        search_button=mark_safe(pgettext("button", "Search")),
        filters_on_word=mark_safe(pgettext("filters are on", "on")),
        search_url=fixed_path("skills:search"),
        categories_url=fixed_path("skills:categories"),
    )
    template = literal_template(name)  # the fixed words written in (marketplace.jinja2)
    return mark_safe(template.render(values))  # Jinja2 escaped every value
