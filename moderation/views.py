"""Public pages of the moderation app: the "Security checks" page (the rules every listed
version went through, from fetch to install, and what the scanner looks for, family by family,
with an example it catches and one it deliberately lets through)."""

from __future__ import annotations

from collections import defaultdict

from django.views.generic import TemplateView

from moderation.policy import VERDICT_ORDER
from moderation.scanner import RULES, RULES_HASH, SCANNER_VERSION
from moderation.scanner.families import FAMILIES


class SecurityChecksView(TemplateView):
    template_name = "moderation/security_checks.html"

    def get_context_data(self, **kwargs):
        rules = defaultdict(list)
        for rule in RULES:
            rules[rule.family].append(rule)
        return super().get_context_data(
            verdicts=VERDICT_ORDER,
            families=[(family, rules.get(family.key, [])) for family in FAMILIES],
            scanner_version=SCANNER_VERSION,
            rules_hash=RULES_HASH[:12],
            **kwargs,
        )
