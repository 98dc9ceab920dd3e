"""Finding new sources across GitHub (issue #19), before they are sources.

The channels: code search for SKILL.md files (anywhere, and under ``.claude/skills``,
``.agents/skills``, ``skills/``), repository search by topic, the repositories that known
plugin catalogs and curated lists link to, and forks of known skill repositories. Each
repository found is a :class:`~skills.models.DiscoveryCandidate` keyed by GitHub's
repository id, with why it was found; it is scored and becomes a pending or active source
by the policy in :mod:`.scoring` (docs/INGESTION.md, "Discovery of new sources").

Modules, in the order the work flows: :mod:`.queries` (the searches and their splitting,
pure), :mod:`.parse` (reading pages, pure), :mod:`.searches` (one page of one search,
with its cursor; a pass), :mod:`.candidates` (recording, metadata, the decision),
:mod:`.scoring` (score and policy, pure). Every GitHub call draws from the shared budget
(:mod:`skills.ingestion.sources.ghapi`).
"""

from django.utils.translation import gettext_lazy as _

#: The decision reasons (codes stored on the candidate) as the console shows them.
REASONS = {
    "known": _("This repository (or a folder of it) is already a source."),
    "archived": _("The repository is archived on GitHub."),
    "under_minimum": _("Its score is under the minimum (DISCOVERY_MIN_SCORE)."),
    "fork": _("A fork: most forks are copies, so a person decides."),
    "over_active": _(
        "Its score reaches DISCOVERY_ACTIVE_SCORE and code search saw a SKILL.md in it."
    ),
    "no_skill_md": _("Its score is high, but no SKILL.md was seen in it yet: a person decides."),
    "under_active": _("Its score is under DISCOVERY_ACTIVE_SCORE: a person decides."),
    "bad_url": _("Its address could not make a source."),
    "operator": _("Added by an operator from the console."),
}
