"""Latency statistics for the benchmark harness (pure Python, no Django)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks.

    The same definition as numpy's default ("linear"): p0 is the minimum, p100 the
    maximum, p50 of an even count is the mean of the two middle values.
    """
    if not values:
        return math.nan
    if not 0 <= q <= 100:
        raise ValueError("q must be between 0 and 100")
    data = sorted(values)
    position = (len(data) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (position - low)


def is_error(status: int) -> bool:
    """Anything but a 2xx or 3xx answer (0 = no answer: connection error or timeout)."""
    return not 200 <= status < 400


@dataclass
class LoadResult:
    """What one load run measured. Latencies in milliseconds."""

    requests: int
    errors: int
    seconds: float
    p50: float
    p95: float
    p99: float
    mean: float
    statuses: dict[str, int] = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "rps": self.rps}


def summarize(samples: Iterable[tuple[float, int]], seconds: float) -> LoadResult:
    """(latency in seconds, HTTP status) per request -> LoadResult (ms)."""
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    errors = 0
    for latency, status in samples:
        latencies.append(latency * 1000)
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        errors += is_error(status)
    return LoadResult(
        requests=len(latencies),
        errors=errors,
        seconds=seconds,
        p50=percentile(latencies, 50),
        p95=percentile(latencies, 95),
        p99=percentile(latencies, 99),
        mean=sum(latencies) / len(latencies) if latencies else math.nan,
        statuses=statuses,
    )


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if (
        numerator is None
        or denominator in (None, 0)
        or math.isnan(numerator)
        or math.isnan(denominator)
    ):
        return None
    return numerator / denominator


def growth_percent(before: float | None, after: float | None) -> float | None:
    if not before or after is None:
        return None
    return 100.0 * (after - before) / before
