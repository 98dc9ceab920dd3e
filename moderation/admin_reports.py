"""Visitors' reports in the console: the reported skill, reason and details, and three
actions (hide the skill, resolve, dismiss), each through moderation.services with its
decision row. Skills hidden automatically by reports are flagged."""

from __future__ import annotations

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from moderation.admin_base import ReasonActionForm
from moderation.models import ModerationDecision, Report
from moderation.services import ModerationError, report_close, report_hide_skill


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    action_form = ReasonActionForm
    list_display = ("created_at", "skill_link", "reason", "short_details", "status", "skill_state")
    list_filter = ("status", "reason")
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ("skill__slug", "details")
    date_hierarchy = "created_at"
    list_select_related = ("skill",)
    readonly_fields = (
        "skill",
        "reason",
        "details",
        "status",
        "resolution",
        "reporter_fingerprint",
        "created_at",
        "resolved_by",
        "resolved_at",
    )
    actions = ["hide_skill", "resolve_selected", "dismiss_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("skill")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # a report changes only through the actions (each with a decision row)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(
            request, extra_context={"title": _("Visitors' reports"), **(extra_context or {})}
        )

    def has_moderate_permission(self, request) -> bool:
        return request.user.has_perm("moderation.change_report")

    def get_list_display(self, request):
        self._auto_hidden = set(
            ModerationDecision.objects.filter(
                action=ModerationDecision.Action.AUTO_HIDE, skill__status="hidden"
            ).values_list("skill_id", flat=True)
        )
        return super().get_list_display(request)

    @admin.display(description=_("skill"), ordering="skill__slug")
    def skill_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:skills_skill_change", args=[obj.skill_id]),
            obj.skill.slug,
        )

    @admin.display(description=_("skill is"))
    def skill_state(self, obj):
        if obj.skill_id in getattr(self, "_auto_hidden", set()):
            return format_html('<span class="tag tag-auto">{}</span>', _("auto-hidden"))
        return obj.skill.get_status_display()

    @admin.display(description=_("details"))
    def short_details(self, obj):
        return (obj.details[:100] + "…") if len(obj.details) > 100 else obj.details

    def _each_open(self, request, queryset, func, *, done, needs_reason: bool, **kwargs):
        """`done` is the success message (`ngettext_lazy` on `count`, with `%(reports)s`)."""
        reason = (request.POST.get("reason") or "").strip()
        if needs_reason and not reason:
            self.message_user(
                request,
                gettext("Nothing was done: write a reason in the box beside the action menu."),
                messages.ERROR,
            )
            return
        done_items = []
        for report in queryset.select_related("skill"):
            if report.status != Report.Status.OPEN:
                self.message_user(
                    request,
                    gettext("The report on %(skill)s is already %(status)s.")
                    % {"skill": report.skill.slug, "status": report.get_status_display().lower()},
                    messages.WARNING,
                )
                continue
            try:
                func(report=report, moderator=request.user, reason=reason, **kwargs)
            except ModerationError as exc:
                self.message_user(request, f"{report.skill.slug}: {exc}", messages.WARNING)
            else:
                done_items.append(
                    gettext("%(reason)s on %(skill)s")
                    % {"reason": report.get_reason_display().lower(), "skill": report.skill.slug}
                )
        if done_items:
            text = str(done % {"count": len(done_items), "reports": "; ".join(done_items)})
            if reason:
                text += " " + gettext("Reason: %(reason)s") % {"reason": reason}
            self.message_user(request, text, messages.SUCCESS)

    @admin.action(
        description=_("Hide the skill and resolve (reason required)"), permissions=["moderate"]
    )
    def hide_skill(self, request, queryset):
        self._each_open(
            request,
            queryset,
            report_hide_skill,
            done=ngettext_lazy(
                "Hid the skill and resolved the report: %(reports)s.",
                "Hid the skills and resolved the reports: %(reports)s.",
                "count",
            ),
            needs_reason=True,
        )

    @admin.action(description=_("Resolve selected (action taken)"), permissions=["moderate"])
    def resolve_selected(self, request, queryset):
        self._each_open(
            request,
            queryset,
            _close,
            done=ngettext_lazy(
                "Resolved the report: %(reports)s.", "Resolved the reports: %(reports)s.", "count"
            ),
            needs_reason=False,
            status=Report.Status.RESOLVED,
        )

    @admin.action(description=_("Dismiss selected (no action needed)"), permissions=["moderate"])
    def dismiss_selected(self, request, queryset):
        self._each_open(
            request,
            queryset,
            _close,
            done=ngettext_lazy(
                "Dismissed the report: %(reports)s.", "Dismissed the reports: %(reports)s.", "count"
            ),
            needs_reason=False,
            status=Report.Status.DISMISSED,
        )


def _close(*, report, moderator, reason: str, status: str):
    return report_close(report=report, moderator=moderator, status=status, resolution=reason)
