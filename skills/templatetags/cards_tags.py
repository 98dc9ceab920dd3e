"""`{% skill_cards %}`: a listing's cards (skills.cards), rendered by Jinja2 in one go, and
`{% filter_options %}`, its filter menus' options. A library of its own: skills.cards uses
the filters of skills_tags."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from skills.cards import cards_render, filter_options_render

register = template.Library()


@register.simple_tag(takes_context=True)
def skill_cards(context, cards, show_tags: bool = False) -> SafeString:
    """The cards of a listing (`skills.cards`: rows, not model instances), the context's
    search `terms` highlighted."""
    return cards_render(cards, terms=context.get("terms") or (), show_tags=show_tags)


@register.simple_tag
def filter_options(kind: str, options, selected) -> SafeString:
    """The `<option>`s of a list page's "category" or "license" filter menu."""
    return filter_options_render(kind, options, selected)
