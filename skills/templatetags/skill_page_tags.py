"""`{% skill_page page %}`: the body of a skill page (skills.page), rendered by Jinja2."""

from __future__ import annotations

from django import template
from django.template.defaulttags import CsrfTokenNode
from django.utils.safestring import SafeString

from skills.page import skill_page_render

register = template.Library()


@register.simple_tag(takes_context=True)
def skill_page(context, page: dict) -> SafeString:
    """The skill page's body from the view's `page` values. The report form's CSRF field is
    `{% csrf_token %}` of this context, so the page cache's marker stands in for the token
    in a page it may store (marketplace.pagecache)."""
    return skill_page_render(page, csrf_input=CsrfTokenNode().render(context))
