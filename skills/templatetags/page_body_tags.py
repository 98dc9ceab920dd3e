"""`{% page_body "skills/<name>_body.html" %}`: a page's content rendered by Jinja2
(skills.bodies) with this template's context."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from skills.bodies import page_body_render

register = template.Library()


@register.simple_tag(takes_context=True)
def page_body(context, name: str) -> SafeString:
    return page_body_render(name, context)
