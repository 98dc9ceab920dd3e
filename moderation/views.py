"""Public pages of the moderation app: the "Security checks" page (the rules every listed
version went through, from fetch to install)."""

from __future__ import annotations

from django.views.generic import TemplateView

from moderation.policy import VERDICT_ORDER


class SecurityChecksView(TemplateView):
    template_name = "moderation/security_checks.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(verdicts=VERDICT_ORDER, **kwargs)
