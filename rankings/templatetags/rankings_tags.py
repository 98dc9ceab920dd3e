"""Template helpers of the rankings partials: charts and the "why this rank" rows."""

from __future__ import annotations

from django import template
from django.utils.formats import date_format
from django.utils.safestring import mark_safe

from rankings import scoring
from rankings.charts import svg_line_chart

register = template.Library()


@register.simple_tag
def rank_chart(
    history, *, title: str = "Rank over the last 90 days", width: int = 320, height: int = 100
):
    """SVG of (date, rank) points, #1 at the top."""
    # svg_line_chart escapes every string it writes, so its output is safe to include.
    return mark_safe(
        svg_line_chart(
            list(history or []),
            width=width,
            height=height,
            invert_y=True,
            title=title,
            day_label=date_format,
        )
    )


@register.simple_tag
def installs_chart(daily, *, title: str = "Installs per day", width: int = 320, height: int = 100):
    """SVG of (date, installs) points."""
    return mark_safe(
        svg_line_chart(
            list(daily or []), width=width, height=height, title=title, day_label=date_format
        )
    )


@register.filter
def why_rank_rows(popularity) -> list[dict]:
    """The per-rule contributions of a SkillPopularity, merged with the rules."""
    return scoring.breakdown_rows(getattr(popularity, "breakdown", None))


@register.filter
def signed(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    text = f"{abs(number):.1f}".removesuffix(".0")
    return f"+{text}" if number > 0 else f"−{text}" if number < 0 else "0"  # noqa: RUF001
