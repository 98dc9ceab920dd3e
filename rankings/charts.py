"""Small server-rendered SVG line charts (pure, no Django, no JavaScript).

The output is a complete `<svg>` element with `role="img"`, an `aria-label` and a
`<title>`, so screen readers get a one-line summary. Every string that reaches the SVG is
escaped here (titles, labels); numbers are formatted by us. That is why templates may
output the result unescaped (the `rankings_charts` template tags do so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape


@dataclass(frozen=True)
class ChartTexts:
    """The words of a chart, English by default; the template tags pass translated ones,
    so this module stays free of Django."""

    no_data: str = "No data yet"
    no_data_summary: str = "{title}: no data yet"
    rank_summary: str = "{title}: from #{first} to #{last}, best #{best}"
    count_summary: str = "{title}: {total} in total, at most {high} a day, latest {last}"
    period: str = "({start} to {end})"


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value)}"


def _label(value: float) -> str:
    if abs(value) >= 10_000:
        return f"{value / 1000:.0f}k"
    if abs(value) >= 1000:
        return f"{value / 1000:.1f}k"
    return _fmt(round(value, 1))


def svg_line_chart(
    points: list[tuple[date, float]],
    *,
    width: int = 320,
    height: int = 100,
    invert_y: bool = False,
    title: str,
    day_label=date.isoformat,
    texts: ChartTexts | None = None,
) -> str:
    """A line chart of (day, value) points, oldest to newest.

    `invert_y` draws small values at the top (ranks: #1 is best). With no points the
    chart says so instead of drawing an empty frame. `day_label` writes the first and last
    day under the axis (the templates pass the site's localised date format).
    """
    texts = texts or ChartTexts()
    width, height = max(60, int(width)), max(40, int(height))
    pad_left, pad_right, pad_top, pad_bottom = 34, 6, 8, 16
    plot_w, plot_h = width - pad_left - pad_right, height - pad_top - pad_bottom
    points = sorted((d, float(v)) for d, v in points if v is not None)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
    )
    if not points:
        no_data = escape(texts.no_data)
        summary = escape(texts.no_data_summary.format(title=title), quote=True)
        return (
            f'{head}aria-label="{summary}"><title>{summary}</title>'
            f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" font-size="11" '
            f'fill="currentColor" opacity="0.7">{no_data}</text></svg>'
        )
    first_day, last_day = points[0][0], points[-1][0]
    span_days = max(1, (last_day - first_day).days)
    values = [v for _, v in points]
    low, high = min(values), max(values)
    if not invert_y:
        low = min(0.0, low)
    if high == low:
        high = low + 1

    def x(day: date) -> float:
        if len(points) == 1:
            return pad_left + plot_w / 2
        return pad_left + plot_w * (day - first_day).days / span_days

    def y(value: float) -> float:
        share = (value - low) / (high - low)
        return pad_top + (plot_h * share if invert_y else plot_h * (1 - share))

    # x() and y() for every point, written out (the same arithmetic, so the same figures):
    # a chart has up to 90 points and two are drawn on every uncached skill page.
    first_ordinal, spread = first_day.toordinal(), high - low
    single_x = pad_left + plot_w / 2
    xy = []
    for day, value in points:
        px = (
            single_x
            if len(points) == 1
            else pad_left + plot_w * (day.toordinal() - first_ordinal) / span_days
        )
        share = (value - low) / spread
        py = pad_top + (plot_h * share if invert_y else plot_h * (1 - share))
        xy.append(f"{px:.1f},{py:.1f}")
    coords = " ".join(xy)
    last_value = points[-1][1]
    if invert_y:
        summary = texts.rank_summary.format(
            title=title, first=_fmt(points[0][1]), last=_fmt(last_value), best=_fmt(low)
        )
        top_label, bottom_label = f"#{_label(low)}", f"#{_label(high)}"
    else:
        summary = texts.count_summary.format(
            title=title, total=_label(sum(values)), high=_label(high), last=_label(last_value)
        )
        top_label, bottom_label = _label(high), _label(low)
    summary += " " + texts.period.format(start=first_day.isoformat(), end=last_day.isoformat())
    safe_summary = escape(summary, quote=True)
    parts = [
        f'{head}aria-label="{safe_summary}"><title>{safe_summary}</title>',
        f'<g font-size="10" fill="currentColor" opacity="0.7">'
        f'<text x="{pad_left - 4}" y="{pad_top + 8}" text-anchor="end">{escape(top_label)}</text>'
        f'<text x="{pad_left - 4}" y="{pad_top + plot_h}" text-anchor="end">{escape(bottom_label)}</text>'
        f'<text x="{pad_left}" y="{height - 3}">{escape(day_label(first_day))}</text>'
        f'<text x="{width - pad_right}" y="{height - 3}" text-anchor="end">{escape(day_label(last_day))}</text>'
        f"</g>",
        f'<line x1="{pad_left}" y1="{pad_top + plot_h}" x2="{width - pad_right}" y2="{pad_top + plot_h}" '
        f'stroke="currentColor" stroke-opacity="0.25"/>',
    ]
    if len(points) == 1:
        parts.append(
            f'<circle cx="{x(first_day):.1f}" cy="{y(last_value):.1f}" r="3" fill="currentColor"/>'
        )
    else:
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="currentColor" stroke-width="1.5" '
            f'stroke-linejoin="round" stroke-linecap="round"/>'
        )
        parts.append(
            f'<circle cx="{x(last_day):.1f}" cy="{y(last_value):.1f}" r="2.5" fill="currentColor"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
