"""``POST /hooks/github``: GitHub webhooks (push, repository, ping), thin over
:mod:`skills.ingestion.sources.webhooks`.

Checks, in order: the per-address rate limit (429), the endpoint is configured
(``GITHUB_WEBHOOK_SECRET``; 503 when not), the signature (``X-Hub-Signature-256``: 401 when
missing, 403 when wrong; constant-time compare), the event and delivery headers and a JSON
object body (400), then the delivery id (a replay answers 200 and does nothing). Answers are
JSON ``{"detail", "code", ...}`` like the API's. CSRF-exempt: GitHub signs, it has no cookie.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qs

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from marketplace.fingerprint import client_ip
from marketplace.ratelimit import rate_limit_hit
from skills.ingestion.sources.webhooks import (
    HookAnswer,
    MalformedPayload,
    delivery_record,
    payload_check,
    signature_valid,
    webhook_handle,
)

logger = logging.getLogger(__name__)
MAX_BODY_BYTES = 25 * 1024 * 1024  # GitHub caps payloads at 25 MB


def _answer(status: int, code: str, detail: str, **extra) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code, **extra}, status=status)


def _payload(request) -> dict:
    body = request.body
    if request.content_type == "application/x-www-form-urlencoded":
        values = parse_qs(body.decode("utf-8", "replace")).get("payload")
        if not values:
            raise MalformedPayload("A form-encoded delivery carries its JSON in `payload`.")
        body = values[0].encode()
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedPayload("The body is not JSON.") from exc
    if not isinstance(payload, dict):
        raise MalformedPayload("The body is not a JSON object.")
    return payload


@csrf_exempt
@require_POST
def github_webhook(request):
    limit = settings.WEBHOOK_RATE_PER_MINUTE
    if rate_limit_hit(f"hooks:{client_ip(request)}", limit=limit, window_seconds=60):
        response = _answer(429, "throttled", "Too many deliveries from this address; retry later.")
        response["Retry-After"] = "60"
        return response
    secret = settings.GITHUB_WEBHOOK_SECRET
    if not secret:
        return _answer(
            503,
            "webhooks_disabled",
            "GitHub webhooks are not enabled on this server (GITHUB_WEBHOOK_SECRET is not set).",
        )
    if len(request.body) > MAX_BODY_BYTES:
        return _answer(413, "payload_too_large", "The delivery is larger than GitHub sends.")
    signature = request.headers.get("X-Hub-Signature-256", "")
    if not signature:
        return _answer(401, "signature_missing", "The X-Hub-Signature-256 header is missing.")
    if not signature_valid(secret=secret, body=request.body, header=signature):
        return _answer(403, "signature_invalid", "The signature does not match this payload.")
    event = request.headers.get("X-GitHub-Event", "").strip()
    delivery_id = request.headers.get("X-GitHub-Delivery", "").strip()
    if not event or not delivery_id:
        return _answer(400, "headers_missing", "X-GitHub-Event and X-GitHub-Delivery are required.")
    delivery = None
    try:
        payload = _payload(request)
        full_name = payload_check(event=event, payload=payload)
        delivery = delivery_record(delivery_id=delivery_id, event=event, repository=full_name)
        if delivery is None:
            return _answer(200, "duplicate_delivery", "This delivery was already received.")
        answer: HookAnswer = webhook_handle(event=event, payload=payload)
    except MalformedPayload as exc:
        if delivery is not None:  # not handled: GitHub may redeliver it
            delivery.delete()
        return _answer(400, "malformed_payload", str(exc))
    delivery.outcome = answer.code[:200]
    delivery.save(update_fields=["outcome"])
    logger.info("github webhook %s %s: %s", event, delivery_id, answer.code)
    return JsonResponse(answer.as_dict(), status=answer.status)
