"""The moderation console: Django's admin site, with an index centred on moderation.

The index and the sidebar show the moderators' work first (the review queue, reports,
sources, skills and the decision log, each with what waits), then the catalogue, then the
internal and derived tables (read-only, and hidden from non-superusers).
"""

from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

#: (app_label, model) -> (group, order in the group). Anything not listed is internal.
MODERATION = "moderation-work"
CATALOGUE = "catalogue"
ACCOUNTS = "accounts"
BACKGROUND = "background-work"
INTERNAL = "internal"
GROUPS = {
    MODERATION: _("Moderation"),
    CATALOGUE: _("Catalogue"),
    ACCOUNTS: _("Accounts"),
    BACKGROUND: _("Background work (periodic tasks)"),
    INTERNAL: _("Internal and derived tables (read-only)"),
}
PLACES = {
    ("skills", "rawskill"): (MODERATION, 0),
    ("moderation", "report"): (MODERATION, 1),
    ("skills", "skillsource"): (MODERATION, 2),
    ("skills", "skill"): (MODERATION, 3),
    ("moderation", "moderationdecision"): (MODERATION, 4),
    ("moderation", "findingwaiver"): (MODERATION, 5),
    ("skills", "discoverycandidate"): (MODERATION, 6),
    ("skills", "discoveryquery"): (MODERATION, 7),
    ("skills", "category"): (CATALOGUE, 0),
    ("skills", "tag"): (CATALOGUE, 1),
    ("skills", "skillversion"): (CATALOGUE, 2),
    ("moderation", "scanresult"): (CATALOGUE, 3),
    ("skills", "skillfile"): (CATALOGUE, 4),
    ("skills", "skillsourcelink"): (CATALOGUE, 5),
    ("auth", "user"): (ACCOUNTS, 0),
    ("auth", "group"): (ACCOUNTS, 1),
    # django-celery-beat's schedules (marketplace/schedules.py writes the defaults)
    ("django_celery_beat", "periodictask"): (BACKGROUND, 0),
    ("django_celery_beat", "crontabschedule"): (BACKGROUND, 1),
    ("django_celery_beat", "intervalschedule"): (BACKGROUND, 2),
    ("django_celery_beat", "clockedschedule"): (BACKGROUND, 3),
    ("django_celery_beat", "solarschedule"): (BACKGROUND, 4),
}


def pending_counts() -> dict[tuple[str, str], tuple[int, str]]:
    """What waits for a moderator, per model: (count, what the count means)."""
    from moderation.models import Report
    from skills.models import RawSkill, SkillSource

    today = _today_start()
    from moderation.models import ModerationDecision

    return {
        ("skills", "rawskill"): (
            RawSkill.objects.filter(state=RawSkill.State.PENDING).count(),
            str(_("pending")),
        ),
        ("moderation", "report"): (
            Report.objects.filter(status=Report.Status.OPEN).count(),
            str(_("open")),
        ),
        ("skills", "skillsource"): (
            SkillSource.objects.filter(status=SkillSource.Status.PENDING).count(),
            str(_("submitted")),
        ),
        ("moderation", "moderationdecision"): (
            ModerationDecision.objects.filter(created_at__gte=today).count(),
            str(_("today")),
        ),
    }


def _today_start():
    from django.utils import timezone

    now = timezone.localtime()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


#: Names moderators use for what they work in.
NAMES = {
    ("skills", "rawskill"): _("Review queue"),
    ("moderation", "moderationdecision"): _("Decision log"),
    ("moderation", "report"): _("Reports"),
    ("skills", "skillsource"): _("Sources"),
}


class ConsoleAdminSite(admin.AdminSite):
    index_template = "admin/console_index.html"
    # The index lists every table by group; at 1280 px the queue's and the review page's
    # columns need the width the navigation sidebar would take.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        from moderation.queue import queue_summary

        context = {"summary": queue_summary(), **(extra_context or {})}
        return super().index(request, extra_context=context)

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        if app_label is not None:  # an app's own page lists that app's models
            return apps
        counts = pending_counts() if request.user.is_active and request.user.is_staff else {}
        groups: dict[str, list[tuple[int, dict]]] = {key: [] for key in GROUPS}
        for app in apps:
            for model in app["models"]:
                key = (app["app_label"], model["object_name"].lower())
                group, order = PLACES.get(key, (INTERNAL, 100))
                if key in NAMES:
                    model["name"] = NAMES[key]
                if key in counts:
                    model["pending"], model["pending_label"] = counts[key]
                model["app_name"] = app["name"]
                groups[group].append((order, model))
        index_url = reverse("admin:index", current_app=self.name)
        result = []
        for group, models in groups.items():
            if not models or (group == INTERNAL and not request.user.is_superuser):
                continue
            models.sort(key=lambda pair: (pair[0], str(pair[1]["app_name"]), str(pair[1]["name"])))
            result.append(
                {
                    "name": GROUPS[group],
                    "app_label": group,
                    "app_url": f"{index_url}#{group}",
                    "has_module_perms": True,
                    "models": [model for _order, model in models],
                }
            )
        return result
