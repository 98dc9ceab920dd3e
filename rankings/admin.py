"""Admin of the rankings: events and snapshots are read-only records; popularity shows why."""

from __future__ import annotations

from django.contrib import admin

from rankings import scoring
from rankings.models import (
    CountTotalsMark,
    SkillCountTotal,
    SkillDailyCount,
    SkillEvent,
    SkillPopularity,
    SkillRankSnapshot,
    SummarisedDay,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by services only: viewable and searchable, never edited by hand."""

    show_full_result_count = False  # no COUNT(*) over millions of rows on every page

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SkillEvent)
class SkillEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "kind", "skill", "channel", "counted", "is_bot", "short_actor")
    list_filter = ("kind", "channel", "counted", "is_bot")
    list_select_related = ("skill",)
    search_fields = ("skill__slug", "=actor", "=client_event_id")
    date_hierarchy = "created_at"
    raw_id_fields = ("skill",)
    ordering = ("-id",)

    @admin.display(description="actor")
    def short_actor(self, obj):
        return obj.actor[:12]


@admin.register(SkillDailyCount)
class SkillDailyCountAdmin(ReadOnlyAdmin):
    list_display = ("day", "kind", "skill", "count")
    list_filter = ("kind",)
    list_select_related = ("skill",)
    search_fields = ("skill__slug",)
    date_hierarchy = "day"
    raw_id_fields = ("skill",)
    ordering = ("-day",)


@admin.register(SkillCountTotal)
class SkillCountTotalAdmin(ReadOnlyAdmin):
    list_display = ("skill", "installs", "downloads", "copies", "views")
    list_select_related = ("skill",)
    search_fields = ("skill__slug",)
    raw_id_fields = ("skill",)
    ordering = ("-installs",)


@admin.register(CountTotalsMark)
class CountTotalsMarkAdmin(ReadOnlyAdmin):
    list_display = ("day",)


@admin.register(SummarisedDay)
class SummarisedDayAdmin(ReadOnlyAdmin):
    list_display = ("day", "events", "last_event_id", "checked_at")
    date_hierarchy = "day"
    ordering = ("-day",)


@admin.register(SkillPopularity)
class SkillPopularityAdmin(ReadOnlyAdmin):
    list_display = (
        "skill",
        "score",
        "trending_score",
        "installs_total",
        "installs_7d",
        "installs_30d",
        "downloads_total",
        "copies_total",
        "views_30d",
        "computed_at",
    )
    list_select_related = ("skill",)
    search_fields = ("skill__slug", "skill__name")
    ordering = ("-score",)
    raw_id_fields = ("skill",)
    readonly_fields = ("why",)
    exclude = ("breakdown",)

    @admin.display(description="Why this score")
    def why(self, obj):
        rows = scoring.breakdown_rows(obj.breakdown)
        return "; ".join(f"{r['title']}: {r['points']:+.1f}" for r in rows if r["points"]) or "-"

    def has_view_permission(self, request, obj=None):
        return request.user.is_staff


@admin.register(SkillRankSnapshot)
class SkillRankSnapshotAdmin(ReadOnlyAdmin):
    list_display = ("date", "board", "rank", "skill", "score")
    list_filter = ("board",)
    list_select_related = ("skill",)
    search_fields = ("skill__slug", "=board")
    date_hierarchy = "date"
    raw_id_fields = ("skill",)
    ordering = ("-date", "board", "rank")
