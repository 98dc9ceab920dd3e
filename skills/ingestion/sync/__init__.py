"""The sync pipeline: a source -> fetched folder -> discovered skills -> database.

:func:`source_sync` is the only writer of RawSkill, SkillVersion, SkillFile and
SkillSourceLink rows from sources. Rules (docs/INGESTION.md):

- Unchanged content (same source + path + content hash already recorded, and it is the
  content the source's link points at) only touches ``last_seen_at`` (in bulk).
- New content becomes a RawSkill with its problems. Not listable: the RawSkill is kept in
  state ``rejected`` (a recorded refusal, with a REJECT decision by the system), no Skill.
  Listable: a Skill (pending when new) and a new SkillVersion with its SkillFiles; the bytes
  go to content-addressed storage; the version is scanned.
- De-duplication: content whose hash is already a version of a skill (found through
  another source) is that skill, with one more SkillSourceLink. The canonical link is the
  best by (origin rank, first seen, id): a direct github source (0) beats a direct git or
  well-known source (1), a catalog child (2), a list child (3); earliest first seen wins ties.
- Identity: a listing belongs to its canonical repository and path. A copy in another
  repository is a mirror (one more link of the original) only while its content is identical
  to a version of the original; when it changes, its link leaves the original and it becomes
  its own listing under its own repository: a copy can never add a version to the original.
- Publication policy (:mod:`moderation.policy`): a trusted source publishes a listable
  version at once (AUTO_PUBLISH) only when its scan verdict is ``pass`` and, for an update of
  a published skill, it does not score worse than the live version; everything else
  (``review``, ``fail``, worse updates, untrusted sources) waits for a moderator.
- Gone: after a successful, complete sync, links of the source whose folder was not found
  get ``missing_syncs += 1``; a skill whose every link is missing for SYNC_GONE_AFTER syncs is
  marked gone (``gone_at``), never deleted; it comes back when found again.
- Each skill is written in its own transaction. One bad skill is recorded (on the source's
  ``last_stats["skill_errors"]``) and the others go on; a source's failure is recorded on the
  source (``last_error``, ``error_count``; status ``failing`` after SOURCE_FAILING_AFTER).
  A sync killed halfway leaves every skill either fully written or not at all: the next run
  sees the written ones as unchanged and completes the rest.

One module per stage, in the order a sync runs them:

- :mod:`.result`: :class:`SyncResult`, what a sync reports.
- :mod:`.fetch`: the source's side: the fingerprint that allows the unmoved-commit shortcut,
  failures recorded on the source, child sources of lists and catalogs.
- :mod:`.mirrors`: GitHub repository metadata mirrored onto the skills (stars).
- :mod:`.prepare`: read, scan and render each skill, without the database (a process pool).
- :mod:`.write`: the rows, one transaction per skill; links, canonical choice, gone marks.
- :mod:`.pipeline`: :func:`source_sync`, which runs the stages.
- :mod:`.request`: :func:`source_sync_request`, a person asking for a sync now (console,
  staff API): records who asked and how it went, then runs the pipeline.
"""

from skills.ingestion.sync.pipeline import source_sync
from skills.ingestion.sync.result import Progress, SyncResult

__all__ = ["Progress", "SyncResult", "source_sync"]
