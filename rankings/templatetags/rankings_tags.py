"""Template helpers of the rankings partials: charts and the "why this rank" rows."""

from __future__ import annotations

import functools

from django import template
from django.core.signals import setting_changed
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, gettext_lazy

from rankings import scoring
from rankings.charts import ChartTexts, svg_line_chart

register = template.Library()


def _chart_texts() -> ChartTexts:
    """The chart's words in the active language (made once per language and process: the
    catalogues do not change while it runs; forgotten when a setting changes, in tests)."""
    return _chart_texts_in(get_language())


@functools.lru_cache(maxsize=16)
def _chart_texts_in(language: str | None) -> ChartTexts:
    return ChartTexts(
        no_data=gettext("No data yet"),
        # Translators: the accessible summary of an empty chart; keep {title}.
        no_data_summary=gettext("{title}: no data yet"),
        # Translators: the accessible summary of a rank chart; keep the {names}.
        rank_summary=gettext("{title}: from #{first} to #{last}, best #{best}"),
        # Translators: the accessible summary of an installs chart; keep the {names}.
        count_summary=gettext("{title}: {total} in total, at most {high} a day, latest {last}"),
        # Translators: the dates a chart covers; keep the {names}.
        period=gettext("({start} to {end})"),
    )


@functools.lru_cache(maxsize=64)
def _day_label_in(day, language: str | None) -> str:
    return date_format(day)


def day_label(day) -> str:
    """A chart's first or last day in the active language's date format (`date_format`),
    made once per day and language: two charts on every skill page label the same days."""
    return _day_label_in(day, get_language())


def _forget(**kwargs) -> None:
    _chart_texts_in.cache_clear()
    _day_label_in.cache_clear()
    _rule_text_in.cache_clear()


setting_changed.connect(_forget)


@register.simple_tag
def rank_chart(
    history,
    *,
    title: str = gettext_lazy("Rank over the last 90 days"),
    width: int = 320,
    height: int = 100,
):
    """SVG of (date, rank) points, #1 at the top."""
    # svg_line_chart escapes every string it writes, so its output is safe to include.
    return mark_safe(
        svg_line_chart(
            list(history or []),
            width=width,
            height=height,
            invert_y=True,
            title=str(title),
            texts=_chart_texts(),
            day_label=day_label,
        )
    )


@register.simple_tag
def installs_chart(
    daily, *, title: str = gettext_lazy("Installs per day"), width: int = 320, height: int = 100
):
    """SVG of (date, installs) points."""
    return mark_safe(
        svg_line_chart(
            list(daily or []),
            width=width,
            height=height,
            title=str(title),
            texts=_chart_texts(),
            day_label=day_label,
        )
    )


@register.filter
def why_rank_rows(popularity) -> list[dict]:
    """The per-rule contributions of a SkillPopularity, merged with the rules (their words
    in the active language)."""
    rows = scoring.breakdown_rows(getattr(popularity, "breakdown", None))
    words = ("title", "message", "penalty_message")
    language = get_language()
    return [
        {**row, **{k: _rule_text_in(row[k], language) for k in words if row.get(k)}} for row in rows
    ]


@functools.lru_cache(maxsize=256)
def _rule_text_in(text: str, language: str | None) -> str:
    """A rule's words in `language` (the active one), translated once per process: the
    rules are the same few dozen strings on every skill page."""
    return gettext(text)


@register.filter
def rule_text(text: str) -> str:
    """A rule's title or message (marked in `rankings.scoring`) in the active language."""
    return gettext(text) if text else ""


@register.filter
def signed(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    text = f"{abs(number):.1f}".removesuffix(".0")
    return f"+{text}" if number > 0 else f"−{text}" if number < 0 else "0"  # noqa: RUF001
