"""Sources in the console: "Sync now" (button and action), the submitted-repositories
queue with "approve and sync", and each source's last sync with its log.

Every sync goes through skills.ingestion.sync.request.source_sync_request (the one entry
point the staff API calls too); approving or pausing goes through
moderation.services.source_set_status (with its decision row). Sources are not deleted
here: deleting one would delete the raw skills (the evidence) it brought; pause it.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from moderation.admin_base import OptionalReasonActionForm
from moderation.services import source_set_status
from skills.ingestion.sync.request import SyncRequestError, source_sync_request
from skills.models import SkillSource


def _outcome_message(source: SkillSource, outcome) -> tuple[str, int]:
    result = outcome.result
    if result is None:
        return (
            _("Sync of %(name)s queued for a worker (task %(task)s).")
            % {"name": source.name, "task": outcome.task_id},
            messages.SUCCESS,
        )
    if not result.ok:
        return gettext("Sync of %(source)s failed: %(error)s") % {
            "source": source.name,
            "error": result.error,
        }, messages.ERROR
    counts = {
        "source": source.name,
        "found": result.found,
        "new": result.new,
        "changed": result.changed,
        "gone": result.gone,
    }
    if result.skill_errors:
        text = gettext(
            "Synced %(source)s: %(found)s found, %(new)s new, %(changed)s changed, %(gone)s gone; "
            "%(failed)s could not be written (see the log)."
        ) % {**counts, "failed": len(result.skill_errors)}
        return text, messages.WARNING
    text = gettext(
        "Synced %(source)s: %(found)s found, %(new)s new, %(changed)s changed, %(gone)s gone."
    )
    return text % counts, messages.SUCCESS


@admin.register(SkillSource)
class SkillSourceAdmin(admin.ModelAdmin):
    change_form_template = "admin/skills/skillsource/change_form.html"
    action_form = OptionalReasonActionForm
    list_display = (
        "name",
        "kind",
        "status",
        "is_trusted",
        "last_sync",
        "counts",
        "error_count",
    )
    list_filter = ("status", "kind", "is_trusted", "sync_state", "upstream_state")
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ("name", "url")
    date_hierarchy = "created_at"
    list_select_related = ("sync_requested_by",)
    readonly_fields = (
        "sync_summary",
        "last_sync_log_block",
        "last_synced_at",
        "last_success_at",
        "last_commit",
        "last_error",
        "error_count",
        "sync_state",
        "sync_task",
        "sync_requested_at",
        "sync_requested_by",
        "etag",
        "cursor",
        "github_repo_id",
        "github_parent",
        "upstream_state",
        "submitted_by",
        "created_at",
        "updated_at",
    )
    exclude = ("last_stats", "last_sync_log")
    raw_id_fields = ("parent",)
    actions = ["sync_now", "approve_and_sync", "activate", "pause"]

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(
            request, extra_context={"title": _("Sources"), **(extra_context or {})}
        )

    def get_urls(self):
        custom = [
            path(
                "<path:object_id>/sync/",
                self.admin_site.admin_view(require_POST(self.sync_view)),
                name="skills_skillsource_sync",
            ),
        ]
        return custom + super().get_urls()

    # --- columns and read-only panels ---------------------------------------------------

    @admin.display(description=_("last sync"), ordering="last_synced_at")
    def last_sync(self, obj):
        if not obj.last_synced_at:
            return _("never")
        state = obj.get_sync_state_display() if obj.sync_state else ""
        return format_html(
            "{}{}",
            obj.last_synced_at.strftime("%Y-%m-%d %H:%M"),
            f" ({state})" if state else "",
        )

    @admin.display(description=_("skills found / new"))
    def counts(self, obj):
        stats = obj.last_stats or {}
        if not stats:
            return "—"
        return f"{stats.get('found', 0)} / {stats.get('new', 0)}"

    @admin.display(description=_("last sync"))
    def sync_summary(self, obj):
        stats = obj.last_stats or {}
        if not obj.last_synced_at:
            if obj.sync_state:
                return format_html(
                    "<b>{}</b> · {}", obj.get_sync_state_display(), _("Never synced.")
                )
            return _("Never synced.")
        parts = [
            f"{key} {stats.get(key, 0)}"
            for key in ("found", "new", "changed", "unchanged", "gone", "published", "children")
        ]
        asked = ""
        if obj.sync_requested_at:
            who = obj.sync_requested_by or _("the API")
            asked = f" · asked by {who} at {obj.sync_requested_at:%Y-%m-%d %H:%M}"
        return format_html(
            "<b>{}</b> {}{}<br>{}{}",
            obj.get_sync_state_display() or _("scheduled"),
            obj.last_synced_at.strftime("%Y-%m-%d %H:%M"),
            asked,
            ", ".join(parts),
            format_html('<br><span class="errornote">{}</span>', obj.last_error)
            if obj.last_error
            else "",
        )

    @admin.display(description=_("sync task"))
    def sync_task(self, obj):
        if not obj.sync_task_id:
            return _("No sync task queued yet.")
        return format_html(
            "<code>{}</code> · {}",
            obj.sync_task_id,
            obj.get_sync_state_display() or _("unknown"),
        )

    @admin.display(description=_("last sync's log"))
    def last_sync_log_block(self, obj):
        if not obj.last_sync_log:
            return _("No log yet: use Sync now.")
        return format_html('<pre class="sync-log">{}</pre>', obj.last_sync_log)

    # --- the sync button and the actions ------------------------------------------------

    def _sync(self, request, source: SkillSource) -> None:
        try:
            outcome = source_sync_request(source=source, requested_by=request.user)
        except SyncRequestError as exc:
            self.message_user(request, f"{source.name}: {exc}", messages.WARNING)
            return
        text, level = _outcome_message(source, outcome)
        self.message_user(request, text, level)

    def sync_view(self, request, object_id):
        try:
            source = SkillSource.objects.filter(pk=object_id).first()
        except (ValidationError, ValueError):  # a malformed id is a 404, not a 500
            source = None
        if source is None:
            raise Http404("No such source.")
        if not self.has_change_permission(request, source):
            raise PermissionDenied
        self._sync(request, source)
        return HttpResponseRedirect(reverse("admin:skills_skillsource_change", args=[source.pk]))

    @admin.action(description=_("Sync now"), permissions=["change"])
    def sync_now(self, request, queryset):
        for source in queryset:
            self._sync(request, source)

    @admin.action(
        description=_("Approve submitted repositories and sync them"), permissions=["change"]
    )
    def approve_and_sync(self, request, queryset):
        reason = (request.POST.get("reason") or "").strip()
        for source in queryset:
            decision = source_set_status(
                source=source,
                moderator=request.user,
                status=SkillSource.Status.ACTIVE,
                reason=reason or "Submission approved",
            )
            if decision is not None:
                self.message_user(
                    request,
                    gettext("Approved %(source)s.") % {"source": source.name},
                    messages.SUCCESS,
                )
            self._sync(request, source)

    @admin.action(description=_("Activate selected sources"), permissions=["change"])
    def activate(self, request, queryset):
        self._set_status(
            request, queryset, SkillSource.Status.ACTIVE, gettext("Activated %(sources)s.")
        )

    @admin.action(description=_("Pause selected sources"), permissions=["change"])
    def pause(self, request, queryset):
        self._set_status(
            request, queryset, SkillSource.Status.PAUSED, gettext("Paused %(sources)s.")
        )

    def _set_status(self, request, queryset, status: str, done: str) -> None:
        """`done` is the success message, with `%(sources)s` for the names."""
        reason = (request.POST.get("reason") or "").strip()
        changed = [
            source.name
            for source in queryset
            if source_set_status(
                source=source, moderator=request.user, status=status, reason=reason
            )
        ]
        if changed:
            self.message_user(request, done % {"sources": ", ".join(changed)}, messages.SUCCESS)
        else:
            self.message_user(
                request,
                gettext("Nothing to do: already %(status)s.")
                % {"status": SkillSource.Status(status).label.lower()},
                messages.INFO,
            )
