"""`make lighthouse`'s table (scripts/lighthouse/run.py): pure, no browser, no server."""

from scripts.bench import report
from scripts.lighthouse import run

SCORES = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}
METRICS = {"bytes": 13_000, "html_transfer": 4_096, "html_resource": 18_432}


def result(**changes):
    base = {
        "name": "home",
        "form": "mobile",
        "scheme": "dark",
        "dark": True,
        "scores": SCORES,
        "metrics": METRICS,
        "failing": [],
        "error": None,
        "attempts": 1,
    }
    return {**base, **changes}


def test_the_table_shows_scores_sizes_and_what_fell_short():
    text = run.table(
        [
            result(),
            result(
                name="search",
                scores={**SCORES, "seo": 66},
                failing=[{"id": "is-crawlable", "category": "seo", "score": 0, "title": "x"}],
            ),
        ],
        "1.00, 2.00, 3.00",
        "Chromium 156",
    )
    assert "Load average before the run: 1.00, 2.00, 3.00." in text
    assert "| home | mobile | dark | 100 | 100 | 100 | 100 | 4.0 / 18.0 KB | 12.7 KB | - |" in text
    assert "| search | mobile | dark | 100 | 100 | 100 | 66 |" in text and "`is-crawlable`" in text


def test_a_failed_run_and_a_scheme_not_applied_are_said_so():
    text = run.table(
        [
            result(error="NO_FCP", attempts=3, scores={**SCORES, "performance": 0}),
            result(name="skill", dark=False),
        ],
        "0.5, 0.5, 0.5",
        "Chromium",
    )
    assert "run failed: `NO_FCP` (3 attempts)" in text
    assert "| skill | mobile | dark (not applied!) |" in text


def test_the_section_replaces_only_its_own_part_of_the_report(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    report.update_report(path, "quick", "## Quick run\n\nfigures\n")
    report.update_report(path, "lighthouse", "## Lighthouse\n\nfirst run\n")
    report.update_report(path, "lighthouse", "## Lighthouse\n\nsecond run\n")
    text = path.read_text()
    assert "figures" in text and "second run" in text and "first run" not in text
    assert text.count("<!-- bench:lighthouse:start -->") == 1
