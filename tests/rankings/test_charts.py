from __future__ import annotations

from datetime import date, timedelta

from rankings.charts import svg_line_chart

DAYS = [date(2026, 1, 1) + timedelta(days=i) for i in range(5)]


def test_chart_is_accessible_svg():
    svg = svg_line_chart(
        list(zip(DAYS, [1, 4, 2, 8, 5], strict=True)),
        width=300,
        height=90,
        title="Installs per day",
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'role="img"' in svg and 'aria-label="Installs per day: 20 in total' in svg
    assert "<title>Installs per day" in svg and "<polyline" in svg


def test_chart_escapes_the_title():
    svg = svg_line_chart([(DAYS[0], 1)], width=100, height=50, title='<script>alert("x")</script>')
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_inverted_chart_puts_rank_one_at_the_top():
    svg = svg_line_chart(
        [(DAYS[0], 10), (DAYS[1], 1)], width=200, height=100, invert_y=True, title="Rank"
    )
    points = svg.split('points="')[1].split('"')[0].split()
    (_, y_first), (_, y_last) = (map(float, p.split(",")) for p in points)
    assert y_last < y_first  # rank 1 drawn higher than rank 10
    assert "best #1" in svg


def test_empty_chart_says_so():
    svg = svg_line_chart([], width=200, height=80, title="Rank")
    assert "No data yet" in svg and 'aria-label="Rank: no data yet"' in svg
