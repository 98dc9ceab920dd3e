"""The benchmark harness's statistics and report writer (pure; no server, no database)."""

import math

import pytest

from scripts.bench import queries, report, stats


def test_percentile_interpolates_between_ranks_like_numpy():
    values = [1, 2, 3, 4]
    assert stats.percentile(values, 0) == 1
    assert stats.percentile(values, 100) == 4
    assert stats.percentile(values, 50) == 2.5
    assert stats.percentile(list(range(1, 101)), 95) == pytest.approx(95.05)
    assert stats.percentile(list(range(1, 101)), 99) == pytest.approx(99.01)


def test_percentile_does_not_depend_on_input_order():
    assert stats.percentile([9, 1, 5, 3, 7], 50) == 5
    assert stats.percentile([42], 99) == 42


def test_percentile_of_nothing_is_nan_and_q_is_checked():
    assert math.isnan(stats.percentile([], 50))
    with pytest.raises(ValueError):
        stats.percentile([1], 101)


def test_summarize_counts_rps_and_errors_outside_2xx_3xx():
    samples = [(0.010, 200)] * 97 + [(0.020, 302), (0.5, 503), (1.0, 0)]
    result = stats.summarize(samples, seconds=2.0)
    assert result.requests == 100
    assert result.rps == 50
    assert result.errors == 2  # the 503 and the connection error; the redirect is fine
    assert result.p50 == pytest.approx(10.0)
    assert result.statuses == {"200": 97, "302": 1, "503": 1, "0": 1}


def test_ratios_and_growth_handle_missing_figures():
    assert stats.ratio(10, 4) == 2.5
    assert stats.ratio(None, 4) is None
    assert stats.ratio(10, 0) is None
    assert stats.growth_percent(100, 105) == 5
    assert stats.growth_percent(None, 105) is None


def test_fifty_queries_with_typos_operators_and_cjk():
    assert len(queries.SEARCH_QUERIES) == 50
    assert len(set(queries.SEARCH_QUERIES)) == 50
    assert any("\u4e00" <= ch <= "\u9fff" for q in queries.SEARCH_QUERIES for ch in q)
    assert "kubernets" in queries.SEARCH_QUERIES


def results(**overrides) -> dict:
    run = stats.summarize([(0.002, 200)] * 10, seconds=1.0).as_dict()
    base = {
        "title": "Quick run",
        "started": "2026-01-01 00:00",
        "load_seconds": 2,
        "concurrencies": [1, 8],
        "machine": {
            "cores": 2,
            "memory_gib": 24,
            "python": "3.11",
            "django": "5.2",
            "postgresql": "15",
            "driver": "wrk",
        },
        "data": {"skills": 10000, "events": 1000000, "popularity": 10000, "db_size": "300 MB"},
        "endpoints": [
            {
                "name": "Health",
                "path": "/api/v1/health",
                "available": True,
                "runs": {"1": run, "8": run},
            },
            {
                "name": "ZIP download",
                "path": "/api/v1/skills/<id>/download",
                "available": False,
                "note": "404: not implemented yet",
                "runs": {},
            },
        ],
        "ratios": {
            "search_vs_health": 0.6,
            "search_p50_vs_sql": 4.0,
            "rankings_vs_aggregate": None,
        },
        "events": {"per_second": 2500.0, "lost": 0, "accepted": 5000, "rows_delta": 5000},
        "memory": {"before": {"10": 102400}, "after": {"10": 112640}, "max_growth_percent": 10.0},
        "notes": ["a note"],
        "profile": {
            "API list": {
                "path": "/api/v1/skills",
                "total_ms": 250.0,
                "queries": 3,
                "sql_ms": 230.0,
                "slowest_ms": 200.0,
                "slowest_sql": "FROM skills_skill WHERE a || b",
            }
        },
        "listings_sql": {"popular p1": 0.42, "category popular page 50": 81.0},
    }
    base.update(overrides)
    return base


def test_report_section_lists_goals_endpoints_and_missing_ones():
    text = report.render_section(results())
    assert "| Search API req/s / health req/s (8 clients) | 0.60 | >= 0.5 | met |" in text
    assert "| 4.00 | <= 3 | **missed** |" in text
    assert "| compute_rankings / bare GROUP BY aggregate | - | <= 1.5 | not measured |" in text
    assert "| Health `/api/v1/health` | 8 | 10.0 |" in text
    assert "not available" in text and "404: not implemented yet" in text
    assert "| 10 | 100.0 | 110.0 | +10.0 % |" in text
    assert "- a note" in text
    assert (
        "| API list `/api/v1/skills` | 250.0 | 3 | 230.0 | 200.0 | `FROM skills_skill WHERE a \\|\\| b` |"
        in text
    )
    assert "| popular p1 | 0.42 |" in text and "| category popular page 50 | 81.00 |" in text


def test_update_report_keeps_the_other_modes_sections(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    report.update_report(path, "full", "## Full run\n\nfull figures\n")
    report.update_report(path, "quick", "## Quick run\n\nfigures-one\n")
    text = report.update_report(path, "quick", "## Quick run\n\nfigures-two\n")
    assert "full figures" in text
    assert "figures-two" in text and "figures-one" not in text
    assert text.index("Quick run") < text.index("Full run")
    assert text.count("## How the figures are made") == 1


def test_update_report_keeps_the_hand_written_findings_first(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(
        "<!-- bench:findings:start -->\n## Findings\n\nhand-written\n<!-- bench:findings:end -->\n"
    )
    text = report.update_report(path, "quick", "## Quick run\n")
    assert "hand-written" in text
    assert text.index("## Findings") < text.index("## Quick run")
