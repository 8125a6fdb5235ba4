"""When to retry a failed attempt, and how long to wait first.

Pure decisions, no I/O: the send path (`_requester.py`) asks, this module answers.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic

from .exceptions import ConfigurationError

if TYPE_CHECKING:
    # A default (PEP 696) lets `RetryPolicy()` without a sleep suit either client; at run
    # time the default is not needed, so typing_extensions stays a type checker's matter.
    from typing_extensions import TypeVar

    Pause = TypeVar("Pause", covariant=True, default=Any)
else:
    from typing import TypeVar

    Pause = TypeVar("Pause", covariant=True)

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods that change nothing on the server (RFC 9110 §9.2.1): no Idempotency-Key.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Methods whose repetition leaves the server as one call would (RFC 9110 §9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True, slots=True)
class RetryPolicy(Generic[Pause]):
    """How a client retries.

    `sleep`, `random` and `clock` are injectable so tests can assert backoff without waiting.

    Example:

        patient = RoundTableClient(retry_policy=RetryPolicy(max_retries=5, max_delay=30))

    Args:
        max_retries: Retries after the first attempt of a call that is safe to repeat.
        initial_delay: Seconds before the first retry; each next one doubles it.
        max_delay: The longest pause between attempts, in seconds.
        max_retry_after: A server asking to wait longer than this (Retry-After) is not
            retried: the error reaches the caller.
        sleep: How to wait between attempts and a waiter's polls: an async function for
            `RoundTableClient`, a plain one for `SyncRoundTableClient` (a type checker and
            the client refuse the other kind); None for `asyncio.sleep` or `time.sleep`.
        random: A number in [0, 1) for the jitter (up to 25% below the nominal delay).
        clock: The wall clock (seconds since the epoch) that HTTP-date hints and the
            waiters' deadlines are measured against.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    # A server asking for a longer wait than this is not retried: the caller decides.
    max_retry_after: float = 60.0
    # How to wait between attempts (and between a waiter's polls); None: asyncio.sleep for
    # the async client, time.sleep for the sync one. Its result type says which client
    # takes the policy: RetryPolicy[Awaitable[None]] or RetryPolicy[None].
    sleep: Callable[[float], Pause] | None = None
    random: Callable[[], float] = random.random
    # The wall clock that HTTP-date and epoch hints are measured against.
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        # Refused here, by name, rather than as a TypeError at the first retry.
        checked_max_retries(self.max_retries)
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number of seconds, got {value!r}")
            if not math.isfinite(value) or value < 0:
                raise ConfigurationError(f"{name} must be 0 or more seconds, got {value!r}")

    def backoff(self, retries_done: int) -> float:
        """Exponential backoff with jitter: up to 25% below the nominal delay."""
        # The exponent is capped first: 2.0 ** 1024 overflows long before max_delay.
        nominal = min(self.initial_delay * 2.0 ** min(retries_done, 64), self.max_delay)
        return nominal * (1 - 0.25 * self.random())


def checked_max_retries(value: object) -> int:
    """`value` as a retry count, or ConfigurationError naming `max_retries`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number, 0 or more, got {value!r}")
    return value


def server_requested_delay(
    headers: Mapping[str, str], status: int | None = None, now: float | None = None
) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked for none.

    `retry-after-ms` and `Retry-After` (seconds or an HTTP date) count on any answer;
    `X-RateLimit-Reset` only on a 429, where it says when the limit lifts. A hint that is
    not a finite number or a valid date is ignored, so normal backoff applies.
    """
    retry_after_ms = _finite(headers.get("retry-after-ms"))
    if retry_after_ms is not None:
        return max(retry_after_ms / 1000, 0.0)
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        seconds = _finite(retry_after)
        if seconds is not None:
            return max(seconds, 0.0)
        moment = _http_date(retry_after)
        if moment is not None:
            return max(moment - (time.time() if now is None else now), 0.0)
    if status == 429:
        reset = _finite(headers.get("x-ratelimit-reset"))
        if reset is not None:
            return max(reset - (time.time() if now is None else now), 0.0)
    return None


def _finite(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _http_date(text: str) -> float | None:
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return moment.timestamp() if moment.tzinfo is not None else None
