"""The review page of one raw skill: where moderators decide.

The admin's change page of a raw skill is replaced by this page (evidence is never edited:
a POST to it changes nothing). Its buttons post to ``<id>/decide/``, which calls the
moderation services (each writes its decision row), names what happened in a message and
opens the next item of the queue.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from moderation.queue import queue_neighbours
from moderation.review import review_context
from moderation.services import (
    ModerationError,
    finding_accept,
    raw_skill_approve,
    raw_skill_reject,
)
from skills.models import RawSkill, Skill

DECISIONS = ("approve", "reject", "waive")


def _verdict_label(verdict: str) -> str:
    """A verdict as people read it ("pass" in English, "통과" in Korean)."""
    choices = dict(Skill.Verdict.choices)
    return str(choices.get(verdict, verdict)).lower()


def _label(raw: RawSkill) -> str:
    return raw.name or raw.path or "(root)"


class ReviewPageMixin:
    """For the RawSkill admin: the review page as its change page, and the decisions."""

    def get_urls(self):
        custom = [
            path(
                "<path:object_id>/decide/",
                self.admin_site.admin_view(require_POST(self.decide_view)),
                name="skills_rawskill_decide",
            ),
        ]
        return custom + super().get_urls()

    def _raw_or_404(self, object_id) -> RawSkill:
        try:
            raw = (
                RawSkill.objects.select_related(
                    "source", "skill", "skill__latest_version", "skill__mirror_of", "version"
                )
                .filter(pk=object_id)
                .first()
            )
        except (ValidationError, ValueError):  # a malformed id is a 404, not a 500
            raw = None
        if raw is None:
            raise Http404("No such item in the review queue.")
        return raw

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET"])
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        raw = self._raw_or_404(object_id)
        previous, following = queue_neighbours(raw)
        diff_mode = "side" if request.GET.get("diff") == "side" else "unified"
        context = {
            **self.admin_site.each_context(request),
            **review_context(raw),
            "opts": self.model._meta,
            "title": f"Review {_label(raw)}",
            "previous": previous,
            "following": following,
            "diff_mode": diff_mode,
            "can_decide": self.has_change_permission(request),
            "can_waive": request.user.has_perm("moderation.add_findingwaiver"),
            "queue_url": reverse("admin:skills_rawskill_changelist") + "?state__exact=pending",
            "decide_url": reverse("admin:skills_rawskill_decide", args=[raw.pk]),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/skills/rawskill/review.html", context)

    def decide_view(self, request, object_id):
        raw = self._raw_or_404(object_id)
        decision = request.POST.get("decision", "")
        if decision not in DECISIONS:
            messages.error(request, gettext("Choose approve, reject or waive."))
            return HttpResponseRedirect(reverse("admin:skills_rawskill_change", args=[raw.pk]))
        if decision == "waive":
            if not request.user.has_perm("moderation.add_findingwaiver"):
                raise PermissionDenied
        elif not self.has_change_permission(request, raw):
            raise PermissionDenied
        reason = (request.POST.get("reason") or "").strip()
        here = reverse("admin:skills_rawskill_change", args=[raw.pk])
        try:
            if decision == "approve":
                raw_skill_approve(raw_skill=raw, moderator=request.user, reason=reason)
                text = gettext("Approved %(skill)s and published version %(version)s.") % {
                    "skill": _label(raw),
                    "version": raw.version.content_hash[:7],
                }
            elif decision == "reject":
                raw_skill_reject(raw_skill=raw, moderator=request.user, reason=reason)
                text = gettext("Rejected %(skills)s: %(reason)s") % {
                    "skills": _label(raw),
                    "reason": reason,
                }
            else:
                return self._waive(request, raw, reason, here)
        except ModerationError as exc:
            messages.error(request, f"{_label(raw)}: {exc}")
            return HttpResponseRedirect(here)
        messages.success(request, text)
        raw.refresh_from_db(fields=["state"])
        _previous, following = queue_neighbours(raw)
        if following is None:
            messages.info(request, gettext("The review queue is empty."))
            return HttpResponseRedirect(reverse("admin:skills_rawskill_changelist"))
        return HttpResponseRedirect(reverse("admin:skills_rawskill_change", args=[following.pk]))

    def _waive(self, request, raw: RawSkill, reason: str, here: str):
        """Accept one finding as a false positive; the page stays (the item still waits)."""
        if raw.version is None:
            raise ModerationError(gettext("This item has no stored version to waive findings on."))
        key = request.POST.get("finding", "")
        finding_accept(version=raw.version, finding_key=key, moderator=request.user, reason=reason)
        raw.version.refresh_from_db(fields=["security_verdict", "risk_score"])
        rule = key.split(":", 1)[0]
        messages.success(
            request,
            gettext("Waived %(rule)s on %(skill)s: the verdict is now %(verdict)s (risk %(risk)s).")
            % {
                "rule": rule,
                "skill": _label(raw),
                "verdict": _verdict_label(raw.version.security_verdict),
                "risk": raw.version.risk_score,
            },
        )
        return HttpResponseRedirect(here)
