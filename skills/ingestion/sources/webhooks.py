"""GitHub webhooks: what a verified delivery does (the view is :mod:`skills.hooks`).

- ``ping``: answered, nothing else.
- ``push`` to a repository that a source follows (by GitHub's repository id, or by its name
  for a source that has not learnt the id yet): its sync is queued through
  :func:`skills.ingestion.sync.request.source_sync_request` (the same path as the console's
  "Sync now"), when the push is to the branch the source reads (its ``ref``, else the
  repository's default branch). Any other repository is acknowledged and ignored.
- ``repository``: ``renamed`` and ``transferred`` move the source and its listings
  (:func:`skills.ingestion.sources.moves.source_move`); ``archived``/``unarchived`` and
  ``deleted`` are recorded on the source (``upstream_state``; a deleted repository's source
  is paused), with a decision row.
- anything else: acknowledged and ignored.

Each delivery id (``X-GitHub-Delivery``) is stored once (:class:`~skills.models.WebhookDelivery`);
a replay of the same id does nothing. Deliveries older than
``WEBHOOK_DELIVERY_RETENTION_DAYS`` are deleted (at most once an hour, by a later delivery).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from skills.ingestion.sources.moves import source_move, sources_for_repository
from skills.ingestion.sync.request import SyncRequestError, source_sync_request
from skills.models import SkillSource, UpstreamState, WebhookDelivery

logger = logging.getLogger(__name__)

SYNCABLE = (SkillSource.Status.ACTIVE, SkillSource.Status.FAILING)
_FULL_NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}")


@dataclass
class HookAnswer:
    status: int
    code: str
    detail: str
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"detail": self.detail, "code": self.code, **self.extra}


class MalformedPayload(ValueError):
    """The body is not a payload of the event it claims to be."""


def signature_valid(*, secret: str, body: bytes, header: str) -> bool:
    """``X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>``, compared in constant time."""
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().encode())


def delivery_record(*, delivery_id: str, event: str, repository: str) -> WebhookDelivery | None:
    """Store the delivery; None when this id was already received (a replay)."""
    _deliveries_prune()
    try:
        with transaction.atomic():
            return WebhookDelivery.objects.create(
                delivery_id=delivery_id[:100], event=event[:50], repository=repository[:300]
            )
    except IntegrityError:
        return None


def _deliveries_prune() -> None:
    if not cache.add("webhook-deliveries-pruned", 1, timeout=3600):
        return
    days = settings.WEBHOOK_DELIVERY_RETENTION_DAYS
    WebhookDelivery.objects.filter(received_at__lt=timezone.now() - timedelta(days=days)).delete()


def _repository(payload: dict) -> tuple[int | None, str]:
    repo = payload.get("repository")
    if not isinstance(repo, dict):
        raise MalformedPayload("The payload names no repository.")
    full_name = repo.get("full_name")
    if not isinstance(full_name, str) or not _FULL_NAME.fullmatch(full_name):
        raise MalformedPayload("The payload's repository has no owner/name full_name.")
    repo_id = repo.get("id")
    if repo_id is not None and (not isinstance(repo_id, int) or isinstance(repo_id, bool)):
        raise MalformedPayload("The payload's repository id is not a number.")
    return repo_id, full_name.lower()


def payload_check(*, event: str, payload: dict) -> str:
    """The repository's full name ("" for events without one); MalformedPayload when a
    push or repository event lacks what it is handled with."""
    if event == "push":
        if not isinstance(payload.get("ref"), str):
            raise MalformedPayload("A push names the ref it updated.")
        return _repository(payload)[1]
    if event == "repository":
        if not isinstance(payload.get("action"), str):
            raise MalformedPayload("A repository event names its action.")
        return _repository(payload)[1]
    repo = payload.get("repository")
    name = repo.get("full_name") if isinstance(repo, dict) else ""
    return name[:300] if isinstance(name, str) else ""


def webhook_handle(*, event: str, payload: dict) -> HookAnswer:
    """What a verified, new delivery of ``event`` does (see the module docstring)."""
    if event == "ping":
        return HookAnswer(200, "pong", "pong", {"zen": str(payload.get("zen", ""))[:200]})
    if event == "push":
        return _push(payload)
    if event == "repository":
        return _repository_event(payload)
    return HookAnswer(200, "event_ignored", f"The {event!r} event is not used here: ignored.")


def _tracked(source: SkillSource, payload: dict) -> bool:
    ref = payload.get("ref")
    if not isinstance(ref, str):
        raise MalformedPayload("A push names the ref it updated.")
    if source.ref:
        return ref in (f"refs/heads/{source.ref}", f"refs/tags/{source.ref}")
    default = _dig(payload, "repository", "default_branch")
    return not isinstance(default, str) or ref == f"refs/heads/{default}"


def _push(payload: dict) -> HookAnswer:
    repo_id, full_name = _repository(payload)
    sources = sources_for_repository(repo_id=repo_id, full_name=full_name)
    if not sources:
        return HookAnswer(202, "unknown_repository", f"{full_name} is not a source here: ignored.")
    queued, skipped = [], []
    for source in sources:
        if source.status not in SYNCABLE or not _tracked(source, payload):
            skipped.append(str(source.pk))
            continue
        try:
            outcome = source_sync_request(source=source, requested_by=None)
        except SyncRequestError as exc:
            skipped.append(str(source.pk))
            logger.info("webhook push for %s: %s", full_name, exc)
            continue
        # With a broker the request is queued and names its task (skills.ingestion.sync.request).
        task_id = getattr(outcome, "task_id", None)
        entry = {"source": str(source.pk)}
        if isinstance(task_id, str) and task_id:
            entry["task_id"] = task_id
        queued.append(entry)
    if not queued:
        return HookAnswer(
            202,
            "not_tracked",
            "No source follows this branch, or its sources are paused or already syncing.",
            {"skipped": skipped},
        )
    return HookAnswer(
        202, "sync_queued", f"Sync queued for {len(queued)} source(s).", {"queued": queued}
    )


def _dig(value, *keys):
    """``value[k1][k2]...`` through dicts only; None when any step is not a dict."""
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _old_full_name(payload: dict, full_name: str) -> str | None:
    """The repository's name before a rename (``changes.repository.name.from``) or transfer
    (``changes.owner.from.user|organization.login``), or None."""
    owner, name = full_name.split("/")
    old_name = _dig(payload, "changes", "repository", "name", "from")
    old_owner = _dig(payload, "changes", "owner", "from", "user", "login")
    if not isinstance(old_owner, str):
        old_owner = _dig(payload, "changes", "owner", "from", "organization", "login")
    if not isinstance(old_name, str) and not isinstance(old_owner, str):
        return None
    old_owner = old_owner if isinstance(old_owner, str) else owner
    old_name = old_name if isinstance(old_name, str) else name
    if "/" in old_owner + old_name or not old_owner or not old_name:
        return None
    return f"{old_owner}/{old_name}".lower()


def _repository_event(payload: dict) -> HookAnswer:
    from moderation.models import ModerationDecision
    from moderation.services import decision_record

    action = payload.get("action")
    if not isinstance(action, str):
        raise MalformedPayload("A repository event names its action.")
    repo_id, full_name = _repository(payload)
    if action in ("renamed", "transferred"):
        old = _old_full_name(payload, full_name)
        sources = sources_for_repository(repo_id=repo_id, full_name=old or full_name)
        if repo_id:
            sources += [
                s
                for s in sources_for_repository(repo_id=repo_id, full_name=full_name)
                if s not in sources
            ]
        if not sources:
            return HookAnswer(
                202, "unknown_repository", f"{full_name} is not a source here: ignored."
            )
        owner, name = full_name.split("/")
        for source in sources:
            source_move(source=source, owner=owner, name=name, repo_id=repo_id, via="webhook")
        return HookAnswer(
            202,
            "source_moved",
            f"{len(sources)} source(s) now follow {full_name}.",
            {"sources": [str(s.pk) for s in sources]},
        )
    states = {
        "archived": UpstreamState.ARCHIVED,
        "unarchived": UpstreamState.OK,
        "deleted": UpstreamState.DELETED,
    }
    if action not in states:
        return HookAnswer(200, "event_ignored", f"Repository action {action!r}: ignored.")
    sources = sources_for_repository(repo_id=repo_id, full_name=full_name)
    if not sources:
        return HookAnswer(202, "unknown_repository", f"{full_name} is not a source here: ignored.")
    state = states[action]
    for source in sources:
        fields: dict = {"upstream_state": state}
        if state == UpstreamState.DELETED and source.status != SkillSource.Status.PENDING:
            fields["status"] = SkillSource.Status.PAUSED
        from_state = source.upstream_state or "available"
        SkillSource.objects.filter(pk=source.pk).update(**fields)
        decision_record(
            action=ModerationDecision.Action.SOURCE_UPSTREAM,
            source=source,
            from_state=from_state,
            to_state=state or "available",
            reason=f"GitHub: repository {full_name} {action}.",
            details={"repo_id": repo_id, "full_name": full_name, "via": "webhook"},
        )
    return HookAnswer(
        202,
        "source_marked",
        f"{len(sources)} source(s) marked {action}.",
        {"sources": [str(s.pk) for s in sources]},
    )
