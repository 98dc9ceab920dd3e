"""The body of a skill page, rendered by one Jinja2 template (`jinja2/skills/detail_body.html`).

The skill page is the largest template of the site: about 60 translated words, a dozen
filters, the install commands, the files, versions, checks and neighbours. Through Django's
template language it was about a third of an uncached skill page's CPU (issue #23: every
variable and `{% translate %}` walks a node, and each translation looks the active language
up again); Jinja2 compiles the template to Python. `templates/skills/detail.html` keeps
the parts `base.html` asks for (title, description, meta, head) and puts this body in its
content block.

The markup is the one the Django template gave, byte for byte (docs/BENCHMARKS.md, third
pass of issue #23): values are escaped as Django does (`marketplace.jinja2`), a literal
translation is safe as `{% translate %}` of a literal is, `t()` fills a translation's
fields as `{% blocktranslate %}` does (escaped values, the text itself trusted), filters
are Django's own functions with their arguments, and dates are shown in the current time
zone as Django's `date` filter shows them.
"""

from __future__ import annotations

import functools
import html
from datetime import datetime

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.signals import setting_changed
from django.template import defaultfilters, engines
from django.urls import reverse
from django.utils import dateformat, formats
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext, ngettext

from marketplace.jinja2 import literal_template, memo_per_render
from skills.models import skill_url
from skills.paths import file_url, fixed_path, tag_url
from skills.templatetags.skills_tags import compact_in, percent_int, severity_text, verdict_text

TEMPLATE = "skills/detail_body.html"
REPORT_FIELDS_TEMPLATE = "skills/_report_fields.html"
WHY_RANK_TEMPLATE = "rankings/_why_rank.html"


#: (language, literal) -> its translation, as `marketplace.templatetags.i18n_once` keeps
#: the Django templates' literal `{% translate %}`s: a process's catalogues do not change
#: while it runs (the dict is emptied when a setting changes, in tests).
_LITERALS: dict[tuple[str, str], SafeString] = {}


def _literal(text: str) -> SafeString:
    """A template's literal text in the active language: trusted, as Django's
    `{% translate "..." %}` treats a literal."""
    return mark_safe(gettext(text))


def _literals(language: str):
    """`_literal` in `language` (the active one), each literal translated once per process:
    the skill page's template has about sixty (issue #23, fourth pass)."""

    def literal(text: str) -> SafeString:
        try:
            return _LITERALS[language, text]
        except KeyError:
            _LITERALS[language, text] = translated = _literal(text)
            return translated

    return literal


def _forget(**kwargs) -> None:
    _LITERALS.clear()
    _REPORT_FIELDS.clear()
    _maximum_in.cache_clear()
    _day_text.cache_clear()


setting_changed.connect(_forget)


def fill(text: str, **values) -> SafeString:
    """A translated `text` with its `%(name)s` fields filled with escaped `values`, as
    `{% blocktranslate with name=value %}` does (the text itself is trusted). A plain `str`
    is escaped by `html.escape` directly, as Django's `escape` does under its wrapper for
    lazy arguments."""
    return mark_safe(
        str(text)
        % {
            k: html.escape(v) if type(v) is str else conditional_escape(v)
            for k, v in values.items()
        }
    )


#: The format characters of Django's `date` filter that show more than the day (the time,
#: the time zone, ISO 8601 and RFC 5322 dates, the Unix time).
_TIME_FORMAT_CHARS = frozenset("aAcefgGhHiIOPrsTuUZ")


def date(value, arg: str | None = None) -> str:
    """Django's `date` filter as a template applies it (in the current time zone). A
    datetime in a format that shows its day only (the pages' own: DATE_FORMAT,
    SHORT_DATE_FORMAT) is formatted once per day, format and language (`_day_text`), and
    "c" is the local time's `isoformat()`, as Django's `DateFormat.c` writes it: the seven
    dates of a skill page through Django's filter (the format looked up, the local time's
    format string walked character by character) were about a seventh of its body."""
    if isinstance(value, datetime):
        local = template_localtime(value)
        if arg == "c":
            return local.isoformat()
        text = _day_text(local.date(), arg, get_language())
        return defaultfilters.date(local, arg) if text is None else text
    return defaultfilters.date(template_localtime(value), arg)


@functools.lru_cache(maxsize=4096)
def _day_text(day, arg: str | None, language: str | None) -> str | None:
    """`day` in the format `arg` of the active language (`language`), None when that format
    shows more than the day."""
    pattern = str(formats.get_format(arg or "DATE_FORMAT"))
    if _TIME_FORMAT_CHARS.intersection(pattern):
        return None
    return dateformat.format(day, pattern)


def url(name: str, *args) -> str:
    return reverse(name, args=args)


def texts(*, files: int, stored: int, short_hash: str) -> dict:
    """The page's plural sentences (a Jinja2 template has no `blocktranslate count`)."""
    return {
        "file_count": fill(ngettext("%(counter)s file", "%(counter)s files", files), counter=files),
        "download_help": fill(
            ngettext(
                "Version <code>%(hash)s</code> · %(stored)s of %(counter)s file",
                "Version <code>%(hash)s</code> · %(stored)s of %(counter)s files",
                files,
            ),
            hash=short_hash,
            stored=stored,
            counter=files,
        ),
    }


def helpers() -> dict:
    """The functions the skill page's Jinja2 templates call, in the active language."""
    language = get_language() or ""
    return {
        "_": _literals(language),
        "t": fill,
        "url": url,
        "skill_url": skill_url,
        "tag_url": tag_url,
        "file_url": file_url,
        "date": date,
        "compact": functools.partial(compact_in, language=language),
        "intcomma": intcomma,
        "filesizeformat": defaultfilters.filesizeformat,
        "floatformat": defaultfilters.floatformat,
        "percent_int": percent_int,
        "verdict_text": memo_per_render(lambda verdict: str(verdict_text(verdict))),
        "severity_text": lambda severity: str(severity_text(severity)),
    }


#: language -> the report form's fields (`report_fields_render`)
_REPORT_FIELDS: dict[str, SafeString] = {}


def report_fields_render() -> SafeString:
    """The report form's fields (the reasons' radios, the details box) in the active
    language: an unbound `ReportForm`, the same on every skill page, so rendered once per
    language and process (its widgets were a tenth of the page's template time); afresh
    with DEBUG on, dropped when a setting changes."""
    language = get_language() or ""
    html = _REPORT_FIELDS.get(language)
    if html is None:
        from skills.forms import ReportForm

        template = engines["jinja2"].get_template(REPORT_FIELDS_TEMPLATE)
        html = mark_safe(template.render({"report_form": ReportForm(), **helpers()}))
        if not settings.DEBUG:
            _REPORT_FIELDS[language] = html
    return html  # Jinja2 escaped every value


def skill_page_render(page: dict, *, csrf_input: str) -> SafeString:
    """The body of the skill page from the view's `page` values; `csrf_input` is the report
    form's hidden CSRF field."""
    template = literal_template(TEMPLATE)  # the fixed words written in (marketplace.jinja2)
    context = {
        **page,
        **helpers(),
        "csrf_input": mark_safe(csrf_input),  # Django's own markup (CsrfTokenNode)
        "report_fields": report_fields_render(),
    }
    return mark_safe(template.render(context))  # Jinja2 escaped every value


def charts_render(*, rank_history, daily_installs) -> SafeString:
    """The skill page's two charts (rank on the top board, installs per day): the markup of
    `rankings/_skill_charts.html`, byte for byte (tests/skills/test_skill_page_body.py
    holds the two to the same text), written out here: through Django's template language
    (a `{% url %}`, a `{% blocktranslate %}`, four `{% translate %}`s and two tags) it cost
    about as much as drawing both charts."""
    from rankings.templatetags.rankings_tags import installs_chart, rank_chart

    literal = _literals(get_language() or "")
    caption = fill(
        gettext('Rank on the <a href="%(top_url)s">top board</a>'),
        top_url=fixed_path("rankings:top"),
    )
    rank = rank_chart(rank_history, title=literal("Rank on the top board"))
    installs_title = literal("Installs per day")
    installs = installs_chart(daily_installs, title=installs_title)
    return mark_safe(  # translations of literals, escaped values and the charts' own SVG
        '\n<section class="skill-charts" aria-labelledby="skill-charts-title">\n'
        f'  <h2 id="skill-charts-title" class="side-h">{literal("Last 90 days")}</h2>\n'
        '  <figure class="chart-figure">\n'
        f"    <figcaption>{caption}</figcaption>\n"
        f"    {rank}\n"
        "  </figure>\n"
        '  <figure class="chart-figure">\n'
        f"    <figcaption>{installs_title}</figcaption>\n"
        f"    {installs}\n"
        "  </figure>\n"
        "</section>\n"
    )


def why_rank_render(popularity) -> SafeString:
    """ "Why this rank": the skill's points rule by rule (`rankings.scoring`), "" without
    popularity figures.

    The markup of `jinja2/rankings/_why_rank.html`, byte for byte (a test holds the two to
    the same text), written out in Python: a table of a dozen rules through Jinja2 (a
    helper call, `finalize` and an escape per value) was about a tenth of an uncached skill
    page's CPU (issue #23, sixth pass). Escaped as the template escapes (`html.escape` of
    each value; translations of literals and `floatformat`'s output are trusted)."""
    from rankings.templatetags.rankings_tags import signed, why_rank_rows

    if not popularity:
        return _why_rank_template_render(popularity)
    language = get_language() or ""
    literal = _literals(language)
    how = html.escape(fixed_path("rankings:how"))
    score = defaultfilters.floatformat(popularity.score, 1)
    if popularity.computed_at:
        lead = fill(
            literal("Score %(score)s, computed %(date)s."),
            score=score,
            date=date(popularity.computed_at),
        )
    else:
        lead = fill(literal("Score %(score)s."), score=score)
    out = [
        '\n\n<section class="why-rank" aria-labelledby="why-rank-title">\n'
        f'  <h2 id="why-rank-title" class="side-h">{literal("Why this rank")}</h2>\n'
        f'  <p class="muted">{lead} <a href="{how}">{literal("How ranking works")}</a></p>\n'
        '  <table class="facts why-rank-table">\n'
        "    <tbody>\n    "
    ]
    for row in why_rank_rows(popularity):
        points, maximum = row["points"], row.get("maximum")
        muted = "" if points else ' class="muted"'
        out.append(
            f"\n      <tr{muted}>\n"
            f'        <th scope="row"><a href="{how}#rule-{html.escape(str(row["rule"]))}"'
            f' title="{_text(row, "message")}">{_text(row, "title")}'
            "</a></th>\n"
            f'        <td class="num">{html.escape(signed(points))}'
        )
        if maximum and not row.get("is_penalty") and points >= 0:
            out.append(f' <span class="muted">/ {_maximum_in(maximum, language)}</span>')
        out.append("</td>\n      </tr>")
        if points < 0 and row.get("penalty"):
            message = _text(row, "penalty_message")
            out.append(f'\n      <tr class="penalty-note"><td colspan="2">{message}</td></tr>')
        out.append("\n    ")
    out.append("\n    </tbody>\n  </table>\n</section>\n\n")
    return mark_safe("".join(out))  # escaped values, trusted translations and numbers


def _text(row: dict, key: str) -> str:
    """`{{ row.<key> }}` of a "why this rank" row: escaped, "" when the row has no such key."""
    return html.escape(str(row[key])) if key in row else ""


@functools.lru_cache(maxsize=64)
def _maximum_in(value, language: str) -> str:
    """A rule's maximum as `floatformat:"-1"` writes it, once per value and language."""
    return defaultfilters.floatformat(value, "-1")


def _why_rank_template_render(popularity) -> SafeString:
    """`why_rank_render` through its Jinja2 template (the reference the Python one matches;
    rendered as is without popularity figures)."""
    from rankings.templatetags.rankings_tags import signed, why_rank_rows

    template = engines["jinja2"].get_template(WHY_RANK_TEMPLATE)
    context = {
        "popularity": popularity,
        "rows": why_rank_rows(popularity) if popularity else [],
        "how_url": fixed_path("rankings:how"),
        "signed": signed,
        **helpers(),
    }
    return mark_safe(template.render(context))  # Jinja2 escaped every value
