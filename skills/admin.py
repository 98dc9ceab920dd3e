"""The moderation console for the skills domain: sources, the raw-skill queue, skills,
versions and taxonomy. Actions call the same services as the API."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from moderation.admin_base import ReadOnlyAdmin, ReasonActionForm
from moderation.models import ModerationDecision
from moderation.services import ModerationError, skill_hide, skill_unhide
from skills.cache import catalogue_changed
from skills.models import (
    Category,
    GithubRepoCache,
    RepositoryMove,
    Skill,
    SkillFile,
    SkillRedirect,
    SkillSearch,
    SkillSortKey,
    SkillSourceLink,
    SkillVersion,
    Tag,
    WebhookDelivery,
)


def _run_moderation(
    modeladmin, request, queryset, func, *, needs_reason: bool, done_message, nothing: str, **kwargs
) -> None:
    """Run a moderation service on each selected item; the messages name what happened:
    `done_message` (`ngettext_lazy` on `count`, with `%(items)s`) and `nothing` are whole sentences."""
    reason = (request.POST.get("reason") or "").strip()
    if needs_reason and not reason:
        modeladmin.message_user(
            request,
            nothing,
            messages.ERROR,
        )
        return
    done, failed = [], []
    for obj in queryset:
        try:
            func(moderator=request.user, reason=reason, **{kwargs["arg"]: obj})
            done.append(str(obj))
        except ModerationError as exc:
            failed.append(f"{obj}: {exc}")
    if done:
        text = str(done_message % {"count": len(done), "items": ", ".join(done)})
        if reason:
            text += " " + gettext("Reason: %(reason)s") % {"reason": reason}
        modeladmin.message_user(request, text, messages.SUCCESS)
    for line in failed:
        modeladmin.message_user(request, line, messages.WARNING)


class CatalogueEditAdmin(admin.ModelAdmin):
    """An admin whose edits show on public pages: cached pages and API answers of the
    current catalogue version become stale, so every save or delete bumps it."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        transaction.on_commit(catalogue_changed)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        transaction.on_commit(catalogue_changed)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(catalogue_changed)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        transaction.on_commit(catalogue_changed)


class SkillSourceLinkInline(admin.TabularInline):
    model = SkillSourceLink
    extra = 0
    fields = ("source", "path", "is_canonical", "first_seen_at", "last_seen_at", "missing_syncs")
    readonly_fields = fields
    can_delete = False
    show_change_link = True


class SkillVersionInline(admin.TabularInline):
    model = SkillVersion
    extra = 0
    fields = ("content_hash", "commit", "security_verdict", "is_spec_valid", "created_at")
    readonly_fields = fields
    can_delete = False
    show_change_link = True


class DecisionInline(admin.TabularInline):
    model = ModerationDecision
    fk_name = "skill"
    extra = 0
    fields = ("created_at", "action", "from_state", "to_state", "moderator", "reason")
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = _("moderation history")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Skill)
class SkillAdmin(CatalogueEditAdmin):
    action_form = ReasonActionForm
    list_display = (
        "name",
        "slug",
        "status",
        "security_verdict",
        "is_spec_valid",
        "category",
        "stars",
        "last_changed_at",
    )
    list_filter = (
        "status",
        "security_verdict",
        "is_spec_valid",
        "has_scripts",
        "category",
        "license",
    )
    search_fields = ("name", "slug", "summary", "repository_owner", "repository_name")
    date_hierarchy = "last_changed_at"
    list_select_related = ("category",)
    filter_horizontal = ("tags",)
    raw_id_fields = ("mirror_of",)
    readonly_fields = (
        "slug",
        "waiting_reviews",
        "description_html",
        "latest_version",
        "capabilities",
        "is_spec_valid",
        "has_scripts",
        "security_verdict",
        "stars",
        "first_seen_at",
        "last_seen_at",
        "last_changed_at",
        "published_at",
        "gone_at",
        "status",
        "created_at",
        "updated_at",
    )
    exclude = ("search_vector",)
    inlines = [SkillVersionInline, SkillSourceLinkInline, DecisionInline]
    actions = ["hide_selected", "unhide_selected"]

    @admin.display(description=_("waiting for review"))
    def waiting_reviews(self, obj):
        """Links to the review pages of this skill's pending versions."""
        from django.urls import reverse
        from django.utils.html import format_html, format_html_join

        pending = obj.raw_skills.filter(state="pending").select_related("source")
        if not pending:
            return "—"
        return format_html_join(
            ", ",
            '<a href="{}">{} from {}</a>',
            (
                (
                    reverse("admin:skills_rawskill_change", args=[raw.pk]),
                    raw.content_hash[:7],
                    raw.source.name,
                )
                for raw in pending
            ),
        ) or format_html("—")

    def has_delete_permission(self, request, obj=None):
        return False  # deleting a skill would delete its versions: hide it instead

    @admin.action(description=_("Hide selected (reason required)"))
    def hide_selected(self, request, queryset):
        _run_moderation(
            self,
            request,
            queryset,
            skill_hide,
            needs_reason=True,
            done_message=ngettext_lazy("Hidden %(items)s.", "Hidden %(items)s.", "count"),
            nothing=gettext(
                "Nothing was hidden: write a reason in the box beside the action menu."
            ),
            arg="skill",
        )

    @admin.action(description=_("Unhide selected"))
    def unhide_selected(self, request, queryset):
        _run_moderation(
            self,
            request,
            queryset,
            skill_unhide,
            needs_reason=False,
            done_message=ngettext_lazy("Unhidden %(items)s.", "Unhidden %(items)s.", "count"),
            nothing="",
            arg="skill",
        )


class SkillFileInline(admin.TabularInline):
    model = SkillFile
    extra = 0
    fields = ("path", "size", "sha256", "is_text", "storage_key")
    readonly_fields = fields
    can_delete = False


class ScanFailedFilter(admin.SimpleListFilter):
    title = _("last rescan")
    parameter_name = "scan"

    def lookups(self, request, model_admin):
        return [("failed", _("failed"))]

    def queryset(self, request, queryset):
        if self.value() == "failed":
            return queryset.filter(scan_error_count__gt=0)
        return queryset


@admin.register(SkillVersion)
class SkillVersionAdmin(ReadOnlyAdmin):
    """Versions are immutable: everything is read-only here."""

    list_display = (
        "skill",
        "short_hash",
        "commit",
        "security_verdict",
        "scan_error_count",
        "is_spec_valid",
        "is_listable",
        "created_at",
    )
    list_filter = ("security_verdict", ScanFailedFilter, "is_spec_valid", "is_listable")
    search_fields = ("skill__slug", "content_hash", "commit")
    date_hierarchy = "created_at"
    list_select_related = ("skill",)
    inlines = [SkillFileInline]


@admin.register(SkillFile)
class SkillFileAdmin(ReadOnlyAdmin):
    list_display = ("path", "version", "size", "is_text", "sha256")
    search_fields = ("path", "sha256")
    list_filter = ("is_text",)
    list_select_related = ("version", "version__skill")  # part of an immutable version


@admin.register(SkillSourceLink)
class SkillSourceLinkAdmin(ReadOnlyAdmin):
    """Written by ingestion (which source lists which skill, the canonical one)."""

    list_display = (
        "skill",
        "source",
        "path",
        "is_canonical",
        "first_seen_at",
        "last_seen_at",
        "missing_syncs",
    )
    list_filter = ("is_canonical",)
    search_fields = ("skill__slug", "source__name", "path")
    list_select_related = ("skill", "source")


@admin.register(SkillSearch)
class SkillSearchAdmin(ReadOnlyAdmin):
    """The search's copy of each published skill, written by triggers: viewable, never
    edited."""

    list_display = ("skill", "name", "installs_band")
    exclude = ("search_vector", "name_vector")
    search_fields = ("skill__slug",)
    list_select_related = ("skill",)
    ordering = ("name",)
    show_full_result_count = False


@admin.register(SkillSortKey)
class SkillSortKeyAdmin(ReadOnlyAdmin):
    """Written by compute_rankings (and with each new skill): viewable, never edited."""

    list_display = ("skill", "installs_total", "trending_score", "stars", "name")
    search_fields = ("skill__slug",)
    list_select_related = ("skill",)
    ordering = ("-installs_total",)
    show_full_result_count = False


@admin.register(GithubRepoCache)
class GithubRepoCacheAdmin(ReadOnlyAdmin):
    list_display = (
        "__str__",
        "stars",
        "forks",
        "license",
        "archived",
        "pushed_at",
        "fetched_at",
        "last_status",
    )
    list_filter = ("archived", "license")
    search_fields = ("owner", "name", "description")


@admin.register(SkillRedirect)
class SkillRedirectAdmin(ReadOnlyAdmin):
    """Old slugs of listings that moved (skills.services.identity): written by the system."""

    list_display = ("old_slug", "skill", "reserved", "created_at")
    list_filter = ("reserved",)
    search_fields = ("old_slug", "skill__slug")
    list_select_related = ("skill",)


@admin.register(RepositoryMove)
class RepositoryMoveAdmin(ReadOnlyAdmin):
    """GitHub renames and transfers followed (skills.ingestion.sources.moves)."""

    list_display = ("__str__", "github_repo_id", "moved_at")
    search_fields = ("old_owner", "old_name", "new_owner", "new_name")


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    """GitHub webhook deliveries received (kept WEBHOOK_DELIVERY_RETENTION_DAYS)."""

    list_display = ("delivery_id", "event", "repository", "outcome", "received_at")
    list_filter = ("event", "outcome")
    search_fields = ("delivery_id", "repository")
    date_hierarchy = "received_at"


@admin.register(Category)
class CategoryAdmin(CatalogueEditAdmin):
    list_display = ("name", "key", "sort_order", "is_active")
    list_editable = ("sort_order", "is_active")
    search_fields = ("name", "key")
    prepopulated_fields = {"key": ("name",)}


@admin.register(Tag)
class TagAdmin(CatalogueEditAdmin):
    list_display = ("name", "key")
    search_fields = ("name", "key")
    prepopulated_fields = {"key": ("name",)}
