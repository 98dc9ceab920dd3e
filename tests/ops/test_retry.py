"""RetryLater and the backoff: what the Celery tasks retry, and after how long."""

import httpx
import pytest

from marketplace.retry import (
    RetryLater,
    backoff_seconds,
    is_transient,
    is_transient_message,
    retry_after_of,
)
from skills.ingestion.sources.base import FetchError


def test_retry_later_carries_the_seconds_the_server_asked_for():
    exc = RetryLater(42.5, "GitHub search rate limit")
    assert exc.retry_after == 42.5
    assert str(exc) == "GitHub search rate limit"
    assert retry_after_of(exc) == 42.5
    assert RetryLater(-3).retry_after == 0.0
    assert "retry after 7 s" in str(RetryLater(7))


def test_retry_after_of_reads_any_exception_with_the_attribute():
    exc = ValueError("x")
    assert retry_after_of(exc) is None
    exc.retry_after = 12  # type: ignore[attr-defined]
    assert retry_after_of(exc) == 12.0
    exc.retry_after = True  # type: ignore[attr-defined]
    assert retry_after_of(exc) is None


@pytest.mark.parametrize(
    "exc",
    [
        RetryLater(1),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        ConnectionResetError(),
        FetchError(
            "git failed (128): fatal: unable to access 'https://x/': Could not resolve host: x"
        ),
        FetchError("git failed (128): fatal: the remote end hung up unexpectedly"),
        FetchError(
            "git failed (128): error: RPC failed; HTTP 503 curl 22 The requested URL returned error: 503"
        ),
    ],
)
def test_network_failures_and_rate_limits_are_transient(exc):
    assert is_transient(exc)


@pytest.mark.parametrize(
    "exc",
    [
        FetchError("git failed (128): fatal: repository 'https://x/y/' not found"),
        FetchError("No such folder: /nowhere"),
        ValueError("bad SKILL.md"),
        httpx.HTTPStatusError(
            "404", request=httpx.Request("GET", "http://x"), response=httpx.Response(404)
        ),
    ],
)
def test_permanent_failures_are_not_transient(exc):
    assert not is_transient(exc)
    assert not is_transient_message("")


def test_backoff_doubles_up_to_the_cap_and_honours_retry_after():
    assert backoff_seconds(0, base=10, jitter=0) == 10
    assert backoff_seconds(3, base=10, jitter=0) == 80
    assert backoff_seconds(30, base=10, cap=600, jitter=0) == 600
    assert 10 <= backoff_seconds(0, base=10, jitter=0.5) <= 15
    assert backoff_seconds(5, retry_after=90, base=10) == 90
    assert backoff_seconds(0, retry_after=99999, cap=3600) == 3600
