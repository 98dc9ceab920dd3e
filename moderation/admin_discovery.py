"""Discovery in the console: the repositories found across GitHub (why each was found,
its score and what became of it), the searches with their cursors, and the shared GitHub
rate budget with its next reset (skills.ingestion.sources.finder, .ghapi)."""

from __future__ import annotations

from datetime import UTC, datetime

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from moderation.admin_base import ReadOnlyAdmin
from skills.ingestion.sources.finder import REASONS
from skills.ingestion.sources.finder.candidates import candidate_source_add
from skills.ingestion.sources.ghapi import GithubBudget
from skills.models import Channel, DiscoveryCandidate, DiscoveryQuery

RESOURCE_NAMES = {
    "core": _("REST API"),
    "search": _("search"),
    "code_search": _("code search"),
}
SCORE_PARTS = {
    "stars": _("stars"),
    "activity": _("activity"),
    "skills": _("SKILL.md files"),
    "archived": _("archived"),
}


def _when(epoch: float | None) -> datetime | None:
    return datetime.fromtimestamp(epoch, tz=UTC) if epoch else None


def github_budget_rows() -> list[dict]:
    """The shared budget as the console shows it (no token is revealed)."""
    return [
        {
            "token": row.token,
            "resource": RESOURCE_NAMES.get(row.resource, row.resource),
            "remaining": row.remaining,
            "limit": row.limit,
            "reset_at": _when(row.reset_at),
            "paused_until": _when(row.paused_until),
        }
        for row in GithubBudget().snapshot()
    ]


class BudgetPanelMixin:
    change_list_template = "admin/skills/discovery_change_list.html"

    def changelist_view(self, request, extra_context=None):
        extra = {"github_budget": github_budget_rows(), **(extra_context or {})}
        return super().changelist_view(request, extra_context=extra)


@admin.register(DiscoveryCandidate)
class DiscoveryCandidateAdmin(BudgetPanelMixin, ReadOnlyAdmin):
    list_display = (
        "full_name",
        "decision",
        "score",
        "score_breakdown",
        "stars",
        "pushed_at",
        "skill_count",
        "found_by",
        "first_seen_at",
        "source_link",
    )
    list_filter = ("decision", "is_fork", "archived")
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ("full_name", "description")
    list_select_related = ("source",)
    actions = ("add_as_pending_source", "add_as_active_source")
    fields = (
        "full_name",
        "github_id",
        "previous_names",
        "description",
        "decision",
        "why_decided",
        "score",
        "score_breakdown",
        "why_found",
        "stars",
        "pushed_at",
        "archived",
        "is_fork",
        "fork_of",
        "skill_paths",
        "source_link",
        "first_seen_at",
        "last_seen_at",
        "decided_at",
        "last_error",
    )

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def _add(self, request, queryset, status: str) -> None:
        added = 0
        for candidate in queryset.select_related("source"):
            if candidate.source_id is None:
                source = candidate_source_add(candidate=candidate, status=status)
                added += int(candidate.decision == status and source is not None)
        self.message_user(
            request,
            ngettext(
                "%(count)d repository added as a source.",
                "%(count)d repositories added as sources.",
                added,
            )
            % {"count": added},
            messages.SUCCESS,
        )

    @admin.action(description=_("Add as sources waiting for review"))
    def add_as_pending_source(self, request, queryset):
        self._add(request, queryset, "pending")

    @admin.action(description=_("Add as active sources"))
    def add_as_active_source(self, request, queryset):
        self._add(request, queryset, "active")

    @admin.display(description=_("score parts"))
    def score_breakdown(self, obj):
        # In SCORE_PARTS' order: PostgreSQL's jsonb does not keep the order keys were written in.
        parts = obj.score_parts or {}
        keys = [k for k in SCORE_PARTS if k in parts] + [k for k in parts if k not in SCORE_PARTS]
        return ", ".join(f"{SCORE_PARTS.get(k, k)} {parts[k]:g}" for k in keys) or "—"

    @admin.display(description=_("SKILL.md seen"))
    def skill_count(self, obj):
        return len(obj.skill_paths)

    @admin.display(description=_("found by"))
    def found_by(self, obj):
        labels = dict(Channel.choices)
        return ", ".join(str(labels.get(c, c)) for c in obj.channels) or "—"

    @admin.display(description=_("why it was found"))
    def why_found(self, obj):
        labels = dict(Channel.choices)
        rows = []
        for reason in obj.reasons:
            if not isinstance(reason, dict):
                continue
            when = parse_datetime(str(reason.get("at", "")))
            rows.append(
                (
                    labels.get(reason.get("channel"), reason.get("channel")),
                    reason.get("query", ""),
                    when.strftime("%Y-%m-%d %H:%M UTC") if when else "",
                )
            )
        if not rows:
            return "—"
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
            _("channel"),
            _("search"),
            _("when"),
            format_html_join("", "<tr><td>{}</td><td><code>{}</code></td><td>{}</td></tr>", rows),
        )

    @admin.display(description=_("why this decision"))
    def why_decided(self, obj):
        return REASONS.get(obj.decision_reason, obj.decision_reason) or "—"

    @admin.display(description=_("source"))
    def source_link(self, obj):
        if obj.source_id is None:
            return "—"
        url = reverse("admin:skills_skillsource_change", args=[obj.source_id])
        return format_html('<a href="{}">{}</a>', url, obj.source)


@admin.register(DiscoveryQuery)
class DiscoveryQueryAdmin(BudgetPanelMixin, ReadOnlyAdmin):
    list_display = (
        "query",
        "channel",
        "state",
        "next_page",
        "total_count",
        "results_seen",
        "last_run_at",
        "completed_at",
        "error_count",
        "last_error",
    )
    list_filter = ("channel", "state")
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ("query",)
