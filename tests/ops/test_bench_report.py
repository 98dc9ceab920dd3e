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


def test_caches_off_run_reports_the_issue_23_goals_and_by_how_much_they_are_missed():
    def ep(name, p95, rps):
        run = {**stats.summarize([(0.002, 200)] * 10, seconds=1.0).as_dict(), "p95": p95}
        run["rps"] = rps
        return {"name": name, "path": "/", "available": True, "runs": {"8": run}}

    endpoints = [
        ep("Health", 2.0, 700.0),
        ep("Skill page", 100.0, 80.0),
        ep("Search page", 40.0, 90.0),
        ep("Category page", 45.0, 95.0),
        ep("Home page", 30.0, 120.0),
        ep("API search", 60.0, 140.0),
    ]
    profile = {
        "health": {"cpu_ms": 0.5, "sql_ms": 0.2, "queries": 1.0, "split_ms": {}},
        "skill page": {
            "cpu_ms": 20.0,
            "sql_ms": 5.0,
            "queries": 10.0,
            "split_ms": {"templates": 5.0, "sql compile": 4.0, "serializers": 0.0},
        },
    }
    text = report.render_section(
        results(concurrencies=[8], endpoints=endpoints, caches_off=True, cpu_profile=profile)
    )
    assert (
        "| Skill page p95 ms (8 clients, caches off) | 100.0 | < 50 | **missed** (x2.0 off) |"
        in text
    )
    assert "| Search page p95 ms (8 clients, caches off) | 40.0 | < 50 | met |" in text
    assert (
        "| API search req/s / health req/s (8 clients, caches off) | 0.20 | >= 0.3 | **missed** (x1.5 off) |"
        in text
    )
    assert (
        "Search API req/s / health req/s (8 clients) |" not in text
    )  # the warm goals are not these
    assert "| skill page | 20.00 | 40 | 5.00 | 10.0 | 5.00 | 4.00 | 0.00 |" in text


def test_scale_table_has_one_column_per_size_and_the_growth():
    sizes = [
        {
            "skills": n,
            "events": n * 100,
            "db_size": f"{n // 1000} MB",
            "seed_seconds": n / 1000,
            "endpoints": {"Search page": {"p95": p95, "sql_ms": sql, "queries": 4.0}},
        }
        for n, p95, sql in ((10_000, 10.0, 2.0), (100_000, 12.0, 3.0), (300_000, 13.0, 4.0))
    ]
    text = report.render_section(
        {
            "mode": "scale",
            "title": "Scale",
            "started": "2026-01-01 00:00",
            "clients": 8,
            "load_seconds": 10,
            "machine": {"cores": 2, "loadavg_start": "1 1 1", "loadavg_end": "2 2 2"},
            "sizes": sizes,
            "endpoint_names": ["Search page"],
        }
    )
    assert (
        "| Search page | 10.0 / 2.0 / 4.0 | 12.0 / 3.0 / 4.0 | 13.0 / 4.0 / 4.0 | x1.30 | x2.00 |"
        in text
    )
    assert "| 300k | 300,000 | 30,000,000 | 300 s | - | 300 MB |" in text
    assert "log(n) grows x1.37 from 10k to 300k" in text


def test_churn_section_gives_the_share_served_from_the_cache():
    churn = {
        "seconds": 600,
        "clients": 8,
        "requests": 100,
        "rps": 1.0,
        "errors": 0,
        "p50": 5.0,
        "p95": 50.0,
        "changed_per_sync": 50,
        "sync_every": 60,
        "rankings_every": 300,
        "groups": {"Skill page": {"requests": 100, "hit": 75, "miss": 25, "p50": 5.0, "p95": 50.0}},
    }
    text = report.render_section(results(churn=churn))
    assert "| Skill page | 100 | 75 | 25 | 75.0 % | 5.0 | 50.0 |" in text
