"""The moderation console: the audit log (read-only), reports and scan results."""

from __future__ import annotations

from django.contrib import admin, messages

from moderation.admin_forms import ReasonActionForm
from moderation.models import FindingWaiver, ModerationDecision, Report, ScanResult


class ReadOnlyAdmin(admin.ModelAdmin):
    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(ReadOnlyAdmin):
    """Append-only: nobody can add, edit or delete audit rows here."""

    list_display = ("created_at", "action", "skill", "raw_skill", "source", "from_state", "to_state", "moderator", "reason")
    list_filter = ("action", "moderator")
    search_fields = ("reason", "skill__slug", "raw_skill__name", "source__name")
    date_hierarchy = "created_at"
    list_select_related = ("skill", "raw_skill", "raw_skill__source", "source", "moderator")

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    action_form = ReasonActionForm
    list_display = ("created_at", "skill", "reason", "status", "short_details")
    list_filter = ("status", "reason")
    search_fields = ("skill__slug", "details")
    date_hierarchy = "created_at"
    list_select_related = ("skill",)
    readonly_fields = ("skill", "reason", "details", "reporter_fingerprint", "created_at", "resolved_by", "resolved_at")
    actions = ["resolve_selected", "dismiss_selected"]

    @admin.display(description="details")
    def short_details(self, obj):
        return (obj.details[:80] + "…") if len(obj.details) > 80 else obj.details

    def _close(self, request, queryset, status):
        from moderation.services import report_close

        reason = (request.POST.get("reason") or "").strip()
        for report in queryset.filter(status=Report.Status.OPEN):
            report_close(report=report, moderator=request.user, status=status, resolution=reason)
        self.message_user(request, "Reports closed.", messages.SUCCESS)

    @admin.action(description="Resolve selected (action taken)")
    def resolve_selected(self, request, queryset):
        self._close(request, queryset, Report.Status.RESOLVED)

    @admin.action(description="Dismiss selected (no action needed)")
    def dismiss_selected(self, request, queryset):
        self._close(request, queryset, Report.Status.DISMISSED)


@admin.register(ScanResult)
class ScanResultAdmin(ReadOnlyAdmin):
    list_display = ("version", "engine", "verdict", "risk_score", "scanner_version", "scanned_at")
    list_filter = ("verdict", "engine", "scanner_version")
    search_fields = ("version__skill__slug", "version__content_hash")
    date_hierarchy = "scanned_at"
    list_select_related = ("version", "version__skill")


@admin.register(FindingWaiver)
class FindingWaiverAdmin(ReadOnlyAdmin):
    list_display = ("finding_key", "version", "moderator", "created_at", "reason")
    search_fields = ("finding_key", "reason")
    list_select_related = ("version", "version__skill", "moderator")
