"""The moderation console: the audit log (read-only), reports and scan results."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from moderation import (  # noqa: F401 - each registers its models
    admin_discovery,
    admin_queue,
    admin_reports,
    admin_sources,
)
from moderation.admin_base import ReadOnlyAdmin
from moderation.models import FindingWaiver, ModerationDecision, ScanResult


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(ReadOnlyAdmin):
    """Append-only: nobody can add, edit or delete audit rows here."""

    list_display = ("created_at", "action", "subject", "states", "moderator", "short_reason")
    list_filter = ("action", "moderator")
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ("reason", "skill__slug", "raw_skill__name", "source__name")
    date_hierarchy = "created_at"
    list_select_related = ("skill", "raw_skill", "raw_skill__source", "source", "moderator")

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(
            request, extra_context={"title": _("Decision log"), **(extra_context or {})}
        )

    @admin.display(description=_("about"))
    def subject(self, obj):
        return obj.skill or obj.raw_skill or obj.source or "—"

    @admin.display(description=_("change"))
    def states(self, obj):
        if not (obj.from_state or obj.to_state):
            return "—"
        return f"{obj.from_state or '—'} → {obj.to_state or '—'}"

    @admin.display(description=_("reason"), ordering="reason")
    def short_reason(self, obj):
        return (obj.reason[:160] + "…") if len(obj.reason) > 160 else obj.reason


SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}


@admin.register(ScanResult)
class ScanResultAdmin(ReadOnlyAdmin):
    """Scan results; the change page lists the findings, each with an "accept" link that
    opens a small form (reason required) calling moderation.services.finding_accept."""

    list_display = ("version", "engine", "verdict", "risk_score", "scanner_version", "scanned_at")
    list_filter = ("verdict", "engine", "scanner_version")
    search_fields = ("version__skill__slug", "version__content_hash")
    date_hierarchy = "scanned_at"
    list_select_related = ("version", "version__skill")

    exclude = ("findings",)  # shown by findings_list, never as an editable field

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields if f.name != "findings"] + ["findings_list"]

    def has_change_permission(self, request, obj=None):
        return False  # evidence: a new scan or a waiver (with a reason) changes a verdict

    def get_urls(self):
        from django.urls import path

        custom = [
            path(
                "<path:object_id>/accept/",
                self.admin_site.admin_view(self.accept_finding_view),
                name="moderation_scanresult_accept",
            ),
        ]
        return custom + super().get_urls()

    @admin.display(description=_("findings"))
    def findings_list(self, obj):
        from urllib.parse import urlencode

        from django.urls import reverse
        from django.utils.html import format_html, format_html_join

        rows = sorted(
            (f for f in obj.findings or [] if isinstance(f, dict)),
            key=lambda f: (
                SEVERITY_RANK.get(f.get("severity"), 5),
                f.get("file", ""),
                f.get("line") or 0,
            ),
        )
        if not rows:
            return _("No findings.")
        url = reverse("admin:moderation_scanresult_accept", args=[obj.pk])

        def action(f):
            if f.get("waived"):
                return format_html("<em>{}</em>", _("accepted"))
            if obj.engine != "builtin":
                return "—"
            return format_html(
                '<a href="{}?{}">{}</a>', url, urlencode({"key": f.get("key", "")}), _("accept…")
            )

        body = format_html_join(
            "",
            "<tr><td>{}</td><td><code>{}</code></td><td>{}{}</td><td>{}</td>"
            "<td><code>{}</code></td><td>{}</td></tr>",
            (
                (
                    f.get("severity", ""),
                    f.get("rule_id", ""),
                    f.get("file", ""),
                    f":{f['line']}" if f.get("line") else "",
                    f.get("message", ""),
                    f.get("excerpt", ""),
                    action(f),
                )
                for f in rows
            ),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
            "<th>{}</th><th></th></tr></thead><tbody>{}</tbody></table>",
            _("severity"),
            _("rule"),
            _("where"),
            _("message"),
            _("excerpt"),
            body,
        )

    def accept_finding_view(self, request, object_id):
        """GET: the finding and a reason box. POST: accept it (finding_accept) and go back."""
        from django.core.exceptions import PermissionDenied
        from django.http import Http404, HttpResponseRedirect
        from django.template.response import TemplateResponse
        from django.urls import reverse

        from moderation.services import ModerationError, finding_accept

        if not request.user.has_perm("moderation.add_findingwaiver"):
            raise PermissionDenied
        scan = (
            ScanResult.objects.select_related("version", "version__skill")
            .filter(pk=object_id)
            .first()
        )
        if scan is None:
            raise Http404(_("No such scan result."))
        key = (
            request.POST.get("key") if request.method == "POST" else request.GET.get("key")
        ) or ""
        finding = next(
            (f for f in scan.findings or [] if isinstance(f, dict) and f.get("key") == key), None
        )
        if finding is None:
            raise Http404(_("No such finding on this scan."))
        change_url = reverse("admin:moderation_scanresult_change", args=[scan.pk])
        error = ""
        if request.method == "POST":
            try:
                finding_accept(
                    version=scan.version,
                    finding_key=key,
                    moderator=request.user,
                    reason=request.POST.get("reason", ""),
                )
            except ModerationError as exc:
                error = str(exc)
            else:
                scan.version.refresh_from_db(fields=["security_verdict", "risk_score"])
                self.message_user(
                    request,
                    _("Finding accepted; the version's verdict is now %(verdict)s (risk %(risk)s).")
                    % {
                        "verdict": scan.version.security_verdict or "—",
                        "risk": scan.version.risk_score,
                    },
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Accept a scanner finding"),
            "scan": scan,
            "finding": finding,
            "key": key,
            "error": error,
            "reason": request.POST.get("reason", "") if request.method == "POST" else "",
            "change_url": change_url,
        }
        return TemplateResponse(
            request,
            "admin/moderation/scanresult/accept_finding.html",
            context,
            status=400 if error else 200,
        )


@admin.register(FindingWaiver)
class FindingWaiverAdmin(ReadOnlyAdmin):
    list_display = ("finding_key", "version", "moderator", "created_at", "reason")
    search_fields = ("finding_key", "reason")
    list_select_related = ("version", "version__skill", "moderator")
