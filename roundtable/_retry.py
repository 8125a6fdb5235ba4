"""When to retry a failed attempt, and how long to wait first.

Pure decisions, no I/O: the send path (`_transport.py`) asks, this module answers.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods whose repetition leaves the server as one call would (RFC 9110 §9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


async def _sleep(seconds: float) -> None:
    import asyncio  # here, not at import: `import roundtable` stays as cheap as httpx

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries.

    `sleep` and `random` are injectable so tests can assert backoff without waiting.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    # A server asking for a longer wait than this is not retried: the caller decides.
    max_retry_after: float = 60.0
    sleep: Callable[[float], Awaitable[None]] = _sleep
    random: Callable[[], float] = random.random

    def backoff(self, retries_done: int) -> float:
        """Exponential backoff with jitter: up to 25% below the nominal delay."""
        nominal = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return nominal * (1 - 0.25 * self.random())


def server_requested_delay(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait the server asked for, in seconds, from the headers that can say so."""
    retry_after_ms = headers.get("retry-after-ms")
    if retry_after_ms is not None:
        try:
            return max(float(retry_after_ms) / 1000, 0.0)
        except ValueError:
            pass
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        try:
            return max(float(retry_after), 0.0)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(retry_after) if retry_after else None
            if parsed is not None and parsed.tzinfo is not None:
                current = time.time() if now is None else now
                return max(parsed.timestamp() - current, 0.0)
    reset = headers.get("x-ratelimit-reset")
    if reset is not None:
        try:
            current = time.time() if now is None else now
            return max(float(reset) - current, 0.0)
        except ValueError:
            pass
    return None
