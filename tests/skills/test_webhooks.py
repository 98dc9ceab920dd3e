"""POST /hooks/github: signed GitHub deliveries (push, repository, ping)."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from moderation.models import ModerationDecision
from skills.ingestion.sources.services import source_create
from skills.models import RepositoryMove, Skill, SkillSource, UpstreamState, WebhookDelivery
from tests.api.conftest import make_skill

pytestmark = pytest.mark.django_db
SECRET = "It's a Secret to Everybody"
URL = "/hooks/github"


@pytest.fixture(autouse=True)
def _secret(settings):
    settings.GITHUB_WEBHOOK_SECRET = SECRET
    cache.clear()


def _sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _post(client, event: str, payload, *, delivery: str | None = None, signature=None, **extra):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = {
        "HTTP_X_GITHUB_EVENT": event,
        "HTTP_X_GITHUB_DELIVERY": delivery or str(uuid.uuid4()),
        "HTTP_X_HUB_SIGNATURE_256": _sign(body) if signature is None else signature,
        **extra,
    }
    return client.post(URL, data=body, content_type="application/json", **headers)


def _push(full_name="acme/skills", repo_id=1001, ref="refs/heads/main"):
    return {
        "ref": ref,
        "repository": {"id": repo_id, "full_name": full_name, "default_branch": "main"},
    }


@pytest.fixture
def sync_request():
    with mock.patch("skills.ingestion.sources.webhooks.source_sync_request") as fake:
        fake.return_value = mock.Mock(task_id="task-1")
        yield fake


def test_the_signature_of_githubs_documented_example_is_accepted():
    from skills.ingestion.sources.webhooks import signature_valid

    # GitHub's docs: secret "It's a Secret to Everybody", payload "Hello, World!".
    expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    assert signature_valid(secret=SECRET, body=b"Hello, World!", header=expected)
    assert not signature_valid(secret=SECRET, body=b"Hello, World?", header=expected)


def test_ping_is_answered(client):
    answer = _post(client, "ping", {"zen": "Keep it logically awesome.", "hook_id": 1})
    assert answer.status_code == 200 and answer.json()["code"] == "pong"


def test_a_missing_signature_is_401_and_a_wrong_one_403(client, sync_request):
    source_create(url="https://github.com/acme/skills")
    assert _post(client, "push", _push(), signature="").status_code == 401
    wrong = _post(client, "push", _push(), signature=_sign(b"other body"))
    assert wrong.status_code == 403 and wrong.json()["code"] == "signature_invalid"
    other_secret = _post(client, "push", _push(), signature=_sign(b"x", "guess"))
    assert other_secret.status_code == 403
    sync_request.assert_not_called()
    assert not WebhookDelivery.objects.exists()


def test_without_a_secret_the_endpoint_is_disabled_and_says_so(client, settings):
    settings.GITHUB_WEBHOOK_SECRET = ""
    answer = _post(client, "ping", {"zen": "x"})
    assert answer.status_code == 503
    assert answer.json()["code"] == "webhooks_disabled"
    assert "GITHUB_WEBHOOK_SECRET" in answer.json()["detail"]


def test_a_push_to_a_known_source_queues_its_sync_once_per_delivery(client, sync_request):
    source = source_create(url="https://github.com/acme/skills")
    answer = _post(client, "push", _push(), delivery="d-1")
    assert answer.status_code == 202
    body = answer.json()
    assert body["code"] == "sync_queued"
    assert body["queued"] == [{"source": str(source.pk), "task_id": "task-1"}]
    sync_request.assert_called_once()
    assert sync_request.call_args.kwargs["source"] == source

    replay = _post(client, "push", _push(), delivery="d-1")
    assert replay.status_code == 200 and replay.json()["code"] == "duplicate_delivery"
    assert sync_request.call_count == 1
    assert WebhookDelivery.objects.get(delivery_id="d-1").outcome == "sync_queued"


def test_a_push_runs_the_real_sync_request_path(client):
    """Without the mock: the push goes through source_sync_request (the console's and the
    API's path), which records who asked and logs it; only the fetch itself is stubbed."""
    from skills.ingestion.sync.result import SyncResult

    source = source_create(url="https://github.com/acme/skills")
    with mock.patch(
        "skills.ingestion.sync.request.source_sync", return_value=SyncResult(commit="c" * 40)
    ) as sync:
        answer = _post(client, "push", _push())
    assert answer.status_code == 202 and answer.json()["queued"] == [{"source": str(source.pk)}]
    assert sync.call_args.kwargs["source"] == source
    source.refresh_from_db()
    assert source.sync_requested_at is not None and source.sync_state == "done"
    assert ModerationDecision.objects.filter(
        action=ModerationDecision.Action.SOURCE_SYNC, source=source
    ).exists()


def test_a_push_to_another_branch_or_an_unknown_repository_is_ignored(client, sync_request):
    source_create(url="https://github.com/acme/skills")
    other_branch = _post(client, "push", _push(ref="refs/heads/feature"))
    assert other_branch.status_code == 202 and other_branch.json()["code"] == "not_tracked"
    unknown = _post(client, "push", _push("someone/else", repo_id=42))
    assert unknown.status_code == 202
    assert unknown.json()["code"] == "unknown_repository"
    assert "not a source" in unknown.json()["detail"]
    sync_request.assert_not_called()


def test_a_push_for_a_source_that_follows_another_repository_id_is_ignored(client, sync_request):
    source = source_create(url="https://github.com/acme/skills")
    SkillSource.objects.filter(pk=source.pk).update(github_repo_id=1001)
    answer = _post(client, "push", _push(repo_id=666))  # a new repository at the old name
    assert answer.json()["code"] == "unknown_repository"
    sync_request.assert_not_called()


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"ref": "refs/heads/main"}).encode(),
        json.dumps({"repository": {"full_name": "acme/skills"}}).encode(),
        json.dumps({"ref": 1, "repository": {"full_name": "acme/skills"}}).encode(),
        json.dumps({"ref": "refs/heads/main", "repository": {"full_name": "x"}}).encode(),
        json.dumps({"ref": "r", "repository": {"full_name": "a/b", "id": "7"}}).encode(),
        b"\xff\xfe",
    ],
)
def test_malformed_bodies_are_400_never_500(client, sync_request, body):
    answer = _post(client, "push", body)
    assert answer.status_code == 400 and answer.json()["code"] == "malformed_payload"
    assert not WebhookDelivery.objects.exists()  # GitHub may redeliver it once fixed


def test_missing_event_or_delivery_headers_are_400(client):
    body = json.dumps({"zen": "x"}).encode()
    answer = client.post(
        URL, data=body, content_type="application/json", HTTP_X_HUB_SIGNATURE_256=_sign(body)
    )
    assert answer.status_code == 400 and answer.json()["code"] == "headers_missing"


def test_a_form_encoded_delivery_is_read_too(client):
    from urllib.parse import urlencode

    body = urlencode({"payload": json.dumps({"zen": "x"})}).encode()
    answer = client.post(
        URL,
        data=body,
        content_type="application/x-www-form-urlencoded",
        HTTP_X_GITHUB_EVENT="ping",
        HTTP_X_GITHUB_DELIVERY="f-1",
        HTTP_X_HUB_SIGNATURE_256=_sign(body),
    )
    assert answer.status_code == 200 and answer.json()["code"] == "pong"


def test_get_is_refused_and_the_endpoint_needs_no_csrf_token(client):
    assert client.get(URL).status_code == 405
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert _post(strict, "ping", {"zen": "x"}).status_code == 200


def test_deliveries_are_rate_limited_per_address(client, settings):
    settings.WEBHOOK_RATE_PER_MINUTE = 3
    codes = [_post(client, "ping", {"zen": "x"}).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_old_deliveries_are_pruned_after_the_retention(client, settings):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 7
    old = WebhookDelivery.objects.create(delivery_id="old", event="ping")
    WebhookDelivery.objects.filter(pk=old.pk).update(received_at=timezone.now() - timedelta(days=8))
    WebhookDelivery.objects.create(delivery_id="recent", event="ping")
    _post(client, "ping", {"zen": "x"})
    kept = set(WebhookDelivery.objects.values_list("delivery_id", flat=True))
    assert "old" not in kept and "recent" in kept and len(kept) == 2  # + the ping


# --- repository events ----------------------------------------------------------------------


def _repository_event(action: str, full_name="acme/skills", repo_id=1001, **changes):
    return {
        "action": action,
        "repository": {"id": repo_id, "full_name": full_name},
        **({"changes": changes} if changes else {}),
    }


def test_a_renamed_repository_moves_the_source_and_its_listings(client):
    source = source_create(url="https://github.com/acme/skills")
    SkillSource.objects.filter(pk=source.pk).update(github_repo_id=1001)
    skill = make_skill("pdf-tools", owner="acme", repo="skills")
    skill.source_links.all().delete()
    skill.source_links.create(source=source, path=skill.path, is_canonical=True)
    answer = _post(
        client,
        "repository",
        _repository_event("renamed", "acme/pdf-kit", repository={"name": {"from": "skills"}}),
    )
    assert answer.status_code == 202 and answer.json()["code"] == "source_moved"
    source.refresh_from_db()
    skill.refresh_from_db()
    assert source.url == "https://github.com/acme/pdf-kit"
    assert skill.slug == "acme/pdf-kit/pdf-tools"
    assert RepositoryMove.objects.filter(old_name="skills", new_name="pdf-kit").exists()
    decision = ModerationDecision.objects.get(action=ModerationDecision.Action.SOURCE_MOVE)
    assert decision.details["via"] == "webhook"
    assert client.get("/s/acme/skills/pdf-tools/").status_code == 301


def test_a_transferred_repository_found_by_its_old_name_moves_too(client):
    source = source_create(url="https://github.com/acme/skills/tree/main/skills")
    answer = _post(
        client,
        "repository",
        _repository_event(
            "transferred", "acme-labs/skills", owner={"from": {"organization": {"login": "acme"}}}
        ),
    )
    assert answer.status_code == 202
    source.refresh_from_db()
    assert source.url == "https://github.com/acme-labs/skills/tree/main/skills"
    assert source.github_repo_id == 1001


@pytest.mark.parametrize(
    ("action", "state", "status"),
    [
        ("archived", UpstreamState.ARCHIVED, SkillSource.Status.ACTIVE),
        ("deleted", UpstreamState.DELETED, SkillSource.Status.PAUSED),
    ],
)
def test_archived_and_deleted_repositories_mark_the_source(client, action, state, status):
    source = source_create(url="https://github.com/acme/skills")
    answer = _post(client, "repository", _repository_event(action))
    assert answer.status_code == 202
    source.refresh_from_db()
    assert (source.upstream_state, source.status) == (state, status)
    decision = ModerationDecision.objects.get(action=ModerationDecision.Action.SOURCE_UPSTREAM)
    assert decision.source == source and decision.to_state == state


def test_other_events_and_actions_are_acknowledged(client):
    assert _post(client, "star", {"action": "created"}).json()["code"] == "event_ignored"
    source_create(url="https://github.com/acme/skills")
    answer = _post(client, "repository", _repository_event("publicized"))
    assert answer.status_code == 200 and answer.json()["code"] == "event_ignored"
    assert Skill.objects.count() == 0


# --- never a 500 ----------------------------------------------------------------------------


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
_payloads = st.fixed_dictionaries(
    {},
    optional={
        "ref": _json | st.sampled_from(["refs/heads/main", "refs/tags/v1"]),
        "action": _json | st.sampled_from(["renamed", "transferred", "archived", "deleted"]),
        "repository": _json
        | st.fixed_dictionaries(
            {"full_name": st.sampled_from(["acme/skills", "a/", "/b", "x/y/z", "acme/new"])},
            optional={"id": _json | st.just(1001), "default_branch": _json},
        ),
        "changes": _json,
    },
)


@hsettings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(event=st.sampled_from(["push", "repository", "ping", "star"]), payload=_payloads)
def test_no_signed_body_gets_a_500(client, sync_request, event, payload):
    source_create_once()
    answer = _post(client, event, payload)
    assert answer.status_code in (200, 202, 400), answer.content
    assert set(answer.json()) >= {"detail", "code"}


def source_create_once():
    if not SkillSource.objects.filter(url="https://github.com/acme/skills").exists():
        source_create(url="https://github.com/acme/skills")
