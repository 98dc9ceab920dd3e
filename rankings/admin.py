"""Admin of the rankings: events and snapshots are read-only records; popularity shows why."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from rankings import scoring, selectors
from rankings.models import (
    CountTotalsMark,
    SkillAddressSpread,
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

    @admin.display(description=_("actor"))
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

    @admin.display(description=_("Why this score"))
    def why(self, obj):
        rows = scoring.breakdown_rows(obj.breakdown)
        return (
            "; ".join(f"{gettext(r['title'])}: {r['points']:+.1f}" for r in rows if r["points"])
            or "-"
        )

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


class FewAddressesFilter(admin.SimpleListFilter):
    title = _("addresses")
    parameter_name = "few"

    def lookups(self, request, model_admin):
        return [("yes", gettext("at most %(count)d") % {"count": selectors.FEW_ADDRESSES})]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(addresses__lte=selectors.FEW_ADDRESSES)
        return queryset


@admin.register(SkillAddressSpread)
class SkillAddressSpreadAdmin(ReadOnlyAdmin):
    """Skills whose counted installs, downloads and copies of the last days come from few
    network addresses, busiest address first: for moderators to look at, never edited
    here. Each address counts at most `RANKINGS_COUNTED_PER_ADDRESS` events per skill,
    kind and day (docs/RANKINGS.md), so a high figure per address means many days or kinds
    from the same few networks."""

    list_display = ("slug", "name", "counted_recent", "addresses", "per_address_shown")
    list_filter = (FewAddressesFilter,)
    search_fields = ("slug", "name")
    fields = ("slug", "name", "status", "counted_recent", "addresses", "per_address_shown")
    readonly_fields = fields

    def get_queryset(self, request):
        return selectors.skills_by_address_spread()

    def get_object(self, request, object_id, from_field=None):
        """Listed or not: a skill's page shows its figures (zeros when it has none)."""
        listed = super().get_object(request, object_id, from_field)
        if listed is not None:
            return listed
        try:
            skill = SkillAddressSpread.objects.get(pk=object_id)
        except (SkillAddressSpread.DoesNotExist, ValidationError, ValueError):
            return None
        return selectors.skill_address_spread(skill=skill)

    @admin.display(
        description=format_lazy(_("counted ({days} days)"), days=selectors.SPREAD_DAYS),
        ordering="counted_recent",
    )
    def counted_recent(self, obj):
        return obj.counted_recent

    @admin.display(description=_("addresses"), ordering="addresses")
    def addresses(self, obj):
        return obj.addresses

    @admin.display(description=_("counted per address"), ordering="per_address")
    def per_address_shown(self, obj):
        return f"{obj.per_address:.1f}"

    def has_view_permission(self, request, obj=None):
        return request.user.is_staff
