"""The review queue in the console: raw skills, pending first and riskiest first.

The list has the filters a moderator sorts work by (verdict, rule family, source, trust,
age, "update of a live skill"), each with its count, and the columns that matter at
1280 px. A row opens the review page (moderation.admin_review), where decisions are made.
Evidence is read-only: nothing here edits or deletes a raw skill.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from moderation.admin_base import ReasonActionForm
from moderation.admin_review import ReviewPageMixin
from moderation.models import ScanResult
from moderation.queue import UPDATE_OF_LIVE, rule_family
from moderation.services import ModerationError, raw_skill_approve, raw_skill_reject
from skills.models import RawSkill


class RuleFamilyFilter(admin.SimpleListFilter):
    title = _("rule family")
    parameter_name = "family"

    def lookups(self, request, model_admin):
        from moderation.scanner import RULES

        families = sorted({rule.family for rule in RULES})
        return [(family, family) for family in families]

    def queryset(self, request, queryset):
        family = self.value()
        if not family:
            return queryset
        scans = ScanResult.objects.filter(version__raw_skills__in=queryset).exclude(findings=[])
        versions = {
            version_id
            for version_id, findings in scans.values_list("version_id", "findings")
            if any(
                isinstance(f, dict)
                and rule_family(f.get("rule_id", "")) == family
                and not f.get("waived")
                for f in findings or []
            )
        }
        return queryset.filter(version_id__in=versions)


class AgeFilter(admin.SimpleListFilter):
    title = _("waiting")
    parameter_name = "age"

    def lookups(self, request, model_admin):
        return [
            ("day", _("less than a day")),
            ("week", _("1 to 7 days")),
            ("old", _("more than 7 days")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        day, week = now - timedelta(days=1), now - timedelta(days=7)
        if self.value() == "day":
            return queryset.filter(fetched_at__gte=day)
        if self.value() == "week":
            return queryset.filter(fetched_at__lt=day, fetched_at__gte=week)
        if self.value() == "old":
            return queryset.filter(fetched_at__lt=week)
        return queryset


class UpdateFilter(admin.SimpleListFilter):
    title = _("kind of change")
    parameter_name = "update"

    def lookups(self, request, model_admin):
        return [("live", _("update of a live skill")), ("new", _("new skill or not live"))]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.filter(UPDATE_OF_LIVE)
        if self.value() == "new":
            return queryset.exclude(UPDATE_OF_LIVE)
        return queryset


class TrustFilter(admin.SimpleListFilter):
    title = _("source trust")
    parameter_name = "trusted"

    def lookups(self, request, model_admin):
        return [("yes", _("trusted source")), ("no", _("untrusted source"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(source__is_trusted=self.value() == "yes")
        return queryset


def _raw_label(raw: RawSkill) -> str:
    return raw.name or raw.path or "(root)"


@admin.register(RawSkill)
class RawSkillAdmin(ReviewPageMixin, admin.ModelAdmin):
    """The moderation queue: pending first, riskiest first, then oldest."""

    action_form = ReasonActionForm
    list_display = (
        "review_link",
        "verdict_badge",
        "findings_summary",
        "problems_summary",
        "change_kind",
        "source_name",
        "waiting",
        "state",
    )
    list_display_links = None
    list_filter = (
        "state",
        "security_verdict",
        RuleFamilyFilter,
        UpdateFilter,
        TrustFilter,
        AgeFilter,
        "source",
    )
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ("name", "path", "content_hash", "source__name")
    list_per_page = 50
    actions = ["approve_passing", "reject_selected"]

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(
            request, extra_context={"title": _("Review queue"), **(extra_context or {})}
        )

    def get_ordering(self, request):
        # The changelist orders by get_ordering (not get_queryset's order_by).
        return RawSkill.queue_ordering()

    def get_queryset(self, request):
        scans = ScanResult.objects.only("id", "version_id", "engine", "findings")
        return (
            super()
            .get_queryset(request)
            .select_related("source", "skill", "version")
            .prefetch_related(Prefetch("version__scans", queryset=scans))
        )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # evidence: never deleted from the console

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_change_permission(request):
            return {}
        return actions

    # --- columns ------------------------------------------------------------------------

    @admin.display(description=_("skill"), ordering="name")
    def review_link(self, obj):
        url = reverse("admin:skills_rawskill_change", args=[obj.pk])
        return format_html(
            '<a class="queue-name" href="{}">{}</a><span class="queue-path">{}</span>',
            url,
            _raw_label(obj),
            obj.path if obj.path and obj.path != obj.name else "",
        )

    @admin.display(description=_("verdict"), ordering="-risk_score")
    def verdict_badge(self, obj):
        verdict = obj.security_verdict or "unscanned"
        return format_html(
            '<span class="verdict verdict-{}">{}</span> <span class="risk">{}</span>',
            verdict,
            verdict,
            obj.risk_score,
        )

    @admin.display(description=_("findings"))
    def findings_summary(self, obj):
        findings = [
            f
            for scan in (obj.version.scans.all() if obj.version else [])
            for f in scan.findings or []
            if isinstance(f, dict) and not f.get("waived")
        ]
        if not findings:
            return "—"
        families = sorted({rule_family(f.get("rule_id", "")) for f in findings})
        return format_html(
            '<b>{}</b> <span class="queue-families">{}</span>',
            len(findings),
            ", ".join(families[:3]) + (" …" if len(families) > 3 else ""),
        )

    @admin.display(description=_("problems"))
    def problems_summary(self, obj):
        problems = obj.problems or []
        errors = sum(1 for p in problems if p.get("severity") == "error")
        warnings = sum(1 for p in problems if p.get("severity") == "warning")
        if not errors and not warnings:
            return "—"
        return format_html(
            '<span title="{}">{}</span>',
            "; ".join(str(p.get("code", "")) for p in problems[:8]),
            ", ".join(
                part
                for part in (
                    ngettext("%d error", "%d errors", errors) % errors if errors else "",
                    ngettext("%d warning", "%d warnings", warnings) % warnings if warnings else "",
                )
                if part
            ),
        )

    @admin.display(description=_("change"))
    def change_kind(self, obj):
        skill = obj.skill
        if (
            skill is not None
            and skill.latest_version_id
            and skill.latest_version_id != obj.version_id
            and skill.status == skill.Status.PUBLISHED
        ):
            return format_html('<span class="tag tag-update">{}</span>', _("update of live"))
        if skill is not None and skill.latest_version_id == obj.version_id and obj.version_id:
            return _("live")
        return _("new")

    @admin.display(description=_("source"), ordering="source__name")
    def source_name(self, obj):
        return format_html(
            "{}{}",
            obj.source.name,
            format_html(' <span class="tag tag-trusted">{}</span>', _("trusted"))
            if obj.source.is_trusted
            else "",
        )

    @admin.display(description=_("waiting"), ordering="fetched_at")
    def waiting(self, obj):
        return format_html('<span title="{}">{}</span>', obj.fetched_at, timesince(obj.fetched_at))

    # --- bulk actions -------------------------------------------------------------------

    @admin.action(description=_("Approve selected (verdict pass only)"), permissions=["change"])
    def approve_passing(self, request, queryset):
        approved, skipped = [], []
        for raw in queryset.select_related("version"):
            if raw.security_verdict != "pass":
                skipped.append(_raw_label(raw))
                continue
            try:
                raw_skill_approve(raw_skill=raw, moderator=request.user)
            except ModerationError as exc:
                self.message_user(request, f"{_raw_label(raw)}: {exc}", messages.WARNING)
            else:
                approved.append(f"{_raw_label(raw)} ({raw.version.content_hash[:7]})")
        if approved:
            self.message_user(
                request,
                ngettext(
                    "Approved and published %(count)d: %(skills)s.",
                    "Approved and published %(count)d: %(skills)s.",
                    len(approved),
                )
                % {"count": len(approved), "skills": ", ".join(approved)},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                gettext(
                    "Not approved (bulk approval is only for verdict pass; open each to review): "
                    "%(skills)s."
                )
                % {"skills": ", ".join(skipped)},
                messages.WARNING,
            )

    @admin.action(description=_("Reject selected (reason required)"), permissions=["change"])
    def reject_selected(self, request, queryset):
        reason = (request.POST.get("reason") or "").strip()
        if not reason:
            self.message_user(
                request,
                gettext("Nothing rejected: write a reason in the box beside the action menu."),
                messages.ERROR,
            )
            return
        rejected = []
        for raw in queryset:
            try:
                raw_skill_reject(raw_skill=raw, moderator=request.user, reason=reason)
            except ModerationError as exc:
                self.message_user(request, f"{_raw_label(raw)}: {exc}", messages.WARNING)
            else:
                rejected.append(_raw_label(raw))
        if rejected:
            self.message_user(
                request,
                gettext("Rejected %(skills)s: %(reason)s")
                % {"skills": ", ".join(rejected), "reason": reason},
                messages.SUCCESS,
            )
