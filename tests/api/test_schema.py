"""The OpenAPI schema: generated without warnings, served, and honoured by every endpoint."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from rest_framework_simplejwt.tokens import RefreshToken
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from tests.api.conftest import make_skill
from tests.factories import CategoryFactory, RawSkillFactory, SkillSourceFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_schema_generates_without_warnings(tmp_path):
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    text = target.read_text()
    for operation in (
        "skills_list",
        "skills_retrieve",
        "events_create",
        "admin_raw_skills_approve",
        "rankings_retrieve",
        "auth_token_create",
        "health",
    ):
        assert f"operationId: {operation}" in text


def test_schema_and_docs_are_served_offline(client):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    assert b"openapi: 3" in schema.content
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content
    assert b"cdn." not in docs.content  # assets come from the sidecar, not a CDN
    script = client.get("/api/docs/?script=")  # the initialiser is a file, not inline (CSP)
    assert script.status_code == 200
    assert b"/api/schema/" in script.content


@pytest.fixture
def seeded(db):
    docs = CategoryFactory(key="documents")
    skill = make_skill("pdf-tools", category=docs, files={"scripts/run.py": b"print(1)\n"})
    skill.tags.add(TagFactory(key="pdf"))
    make_skill("csv-cleaner", owner="other", repo="data")
    RawSkillFactory(problems=[{"code": "x", "severity": "warning", "message": "m"}])
    SkillSourceFactory()


def test_every_operation_answers_within_its_schema(seeded, staff_user, monkeypatch):
    """Schemathesis over every operation (10 examples each, anonymous and as staff): no 500,
    every documented answer matches its schema and its content type."""
    from skills.ingestion.sync import SyncResult

    monkeypatch.setattr(
        "skills.ingestion.sync.source_sync",
        lambda *, source, dry_run=False, **kw: SyncResult(
            source_id=str(source.pk), dry_run=dry_run
        ),
    )
    # Like Django's test client: the WSGI app must not close the test transaction's connection.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        _run_schemathesis(staff_user)
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def _run_schemathesis(staff_user):
    api_schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
    token = str(RefreshToken.for_user(staff_user).access_token)
    checks = [not_a_server_error, response_schema_conformance, content_type_conformance]
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 25
    failures = []
    for operation in operations:
        # identity: schemathesis's WSGI transport does not undo the gzip a browser asks for
        # (compression has its own tests, tests/marketplace/test_delivery.py).
        plain = {"Accept-Encoding": "identity"}
        for headers in (plain, {**plain, "Authorization": f"Bearer {token}"}):

            @given(case=operation.as_strategy())
            @settings(
                max_examples=10,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def run(case):
                # A real server always sets REMOTE_ADDR (django-axes records it as an inet).
                case.call_and_validate(
                    checks=checks, headers=run.headers, environ_base={"REMOTE_ADDR": "127.0.0.1"}
                )

            run.headers = headers
            try:
                run()
            except (Exception, BaseExceptionGroup) as exc:  # report every failing operation
                who = "staff" if "Authorization" in headers else "anonymous"
                failures.append(f"{operation.label} ({who}): {exc}")
    assert not failures, "\n\n".join(failures)
