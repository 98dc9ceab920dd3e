"""Rankings pages: the boards (read from daily snapshots) and "How ranking works"."""

from __future__ import annotations

from datetime import date

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from marketplace.pagecache import page_cache
from rankings import scoring
from rankings.selectors import BOARDS, board_entries
from rankings.services.run import BOARD_LIMIT
from skills.models import Category

PAGE_SIZE = 100


def _date_param(request) -> date | None:
    raw = request.GET.get("date", "")
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise Http404(_("Not a date (YYYY-MM-DD).")) from None


@method_decorator(page_cache(query_params=("date",)), name="dispatch")
class BoardView(TemplateView):
    template_name = "rankings/board.html"
    board = "top"

    def get_context_data(self, **kwargs):
        day = _date_param(self.request)
        entries = board_entries(board=self.board, date=day, limit=PAGE_SIZE)
        if day is not None and entries.is_live:
            raise Http404(_("This board has no ranking on or before that day."))
        return super().get_context_data(
            entries=entries,
            board=self.board,
            title=BOARDS[self.board],
            boards=BOARDS,
            nav="rankings",
            trending_days=scoring.TRENDING_DAYS,
            **self.board_texts(),
            **kwargs,
        )

    def board_texts(self) -> dict:
        if self.board == "trending":
            return {"lead": _("Skills whose installs, downloads and copies grew most this week.")}
        if self.board == "new":
            return {
                "lead": ngettext(
                    "The best of the skills first seen in the last %(days)d day.",
                    "The best of the skills first seen in the last %(days)d days.",
                    scoring.NEW_DAYS,
                )
                % {"days": scoring.NEW_DAYS}
            }
        return {"lead": _("The most popular skills of all time, by score.")}


class CategoryBoardView(BoardView):
    board = "category"

    def get_context_data(self, **kwargs):
        category = get_object_or_404(Category, key=kwargs.pop("key"), is_active=True)
        day = _date_param(self.request)
        entries = board_entries(board="top", category=category.key, date=day, limit=PAGE_SIZE)
        if day is not None and entries.is_live:
            raise Http404(_("This board has no ranking on or before that day."))
        context = TemplateView.get_context_data(self, **kwargs)
        context.update(
            entries=entries,
            board="category",
            category=category,
            title=_("Top in %(category)s") % {"category": category.name},
            lead=category.description
            or _("The most popular %(category)s skills.") % {"category": category.name},
            boards=BOARDS,
            nav="rankings",
        )
        return context


@method_decorator(page_cache, name="dispatch")
class HowRankingWorksView(TemplateView):
    template_name = "rankings/how.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            rules=scoring.RULES,
            max_score=scoring.MAX_SCORE,
            week_days=scoring.WEEK_DAYS,
            month_days=scoring.MONTH_DAYS,
            trending_days=scoring.TRENDING_DAYS,
            new_days=scoring.NEW_DAYS,
            board_limit=BOARD_LIMIT,
            nav="rankings",
            **kwargs,
        )
