"""Switchable misbehaviour for tests: injected failures and rate limiting.

A fault applies to the next `count` matching requests, or to a `rate` fraction of them
(drawn from a seeded random generator, so a run can be repeated). `when` says whether
the server fails before it processes the request (nothing is stored) or after (stored,
but the answer is lost or replaced) — the distinction that decides whether a retry may
duplicate. A `delay` "during" is slow processing, with the request's Idempotency-Key
held meanwhile.
"""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable
from typing import Literal, get_args

from attrs import define, field

When = Literal["before", "during", "after"]
FaultKind = Literal["status", "drop", "delay", "refuse"]


@define
class Fault:
    """One kind of misbehaviour, as `FaultPlan.inject` records it: what (`kind`: a status,
    a dropped or refused connection, a delay), when (before or after the server acts, or
    during), for which requests (method, path) and how many times (`count`)."""

    kind: FaultKind
    when: When = "before"
    status: int = 500
    delay: float = 0.0
    retry_after: str | None = None
    method: str | None = None
    path_contains: str | None = None
    remaining: int | None = 1
    rate: float | None = None

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path_contains is None or self.path_contains in path
        )


METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _check_fault(
    kind: str,
    when: str,
    status: int,
    count: int | None,
    rate: float | None,
    delay: float,
    method: str | None,
) -> None:
    def one_of(name: str, value: object, choices: tuple[str, ...] | frozenset[str]) -> None:
        if value not in choices:
            known = ", ".join(repr(choice) for choice in sorted(choices))
            raise ValueError(f"{name} must be one of {known}, got {value!r}")

    one_of("kind", kind, get_args(FaultKind))
    one_of("when", when, get_args(When))
    if method is not None:
        one_of("method", method.upper() if isinstance(method, str) else method, METHODS)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ValueError(f"status must be an HTTP status, 100 to 599, got {status!r}")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise ValueError(f"count must be 1 or more (or None: every request), got {count!r}")
    if rate is not None and not (isinstance(rate, int | float) and 0 < rate <= 1):
        raise ValueError(f"rate must be a fraction above 0, at most 1, got {rate!r}")
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not delay >= 0:
        raise ValueError(f"delay must be 0 or more seconds, got {delay!r}")


@define
class RateLimit:
    limit: int
    window: float
    hits: deque[float] = field(factory=deque)


@define
class FaultPlan:
    """What the server should get wrong next. Thread-safe enough for one event loop."""

    seed: int = 0
    clock: Callable[[], float] = time.monotonic
    faults: list[Fault] = field(factory=list)
    rate_limit: RateLimit | None = None
    injected: int = 0
    _random: random.Random = field(init=False)

    def __attrs_post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def inject(
        self,
        kind: FaultKind = "status",
        *,
        status: int = 500,
        when: When = "before",
        count: int | None = 1,
        rate: float | None = None,
        delay: float = 0.0,
        retry_after: str | None = None,
        method: str | None = None,
        path_contains: str | None = None,
    ) -> Fault:
        """Fail the next `count` matching requests, or a `rate` fraction of them.

        Example:

            server.faults.inject("status", status=503, count=2)  # the next two requests
            server.faults.inject("drop", when="after", method="POST")  # acted on, answer lost
            server.faults.inject("delay", delay=2.0, path_contains="/messages")

        Args:
            kind: `status` answers `status`; `drop` closes the connection without an
                answer; `delay` waits `delay` seconds first; `refuse` refuses the
                connection (in-process transport only: nothing reaches the app).
            status: The status a `status` fault answers.
            when: "before" the server acts (nothing is stored), "after" (stored, but the
                answer is lost or replaced), or "during" (a `delay` while the request's
                Idempotency-Key is held).
            count: How many matching requests fail; None: all of them.
            rate: Instead of `count`, the fraction of matching requests that fail
                (drawn from the plan's seeded generator, so a run repeats).
            delay: Seconds a `delay` fault waits.
            retry_after: A `Retry-After` value for a `status` fault's answer.
            method: Only requests of this method ("POST"...); None: any.
            path_contains: Only requests whose path contains this; None: any.

        Returns:
            The `Fault`; its `remaining` says how many more requests it will fail.

        Raises:
            ValueError: A `kind`, `when` or `method` the server does not know, a status
                outside 100-599, or a `count`, `rate` or `delay` out of range: a fault
                that could never happen would let a test pass vacuously.
        """
        _check_fault(kind, when, status, count, rate, delay, method)
        fault = Fault(
            kind,
            when=when,
            status=status,
            delay=delay,
            retry_after=retry_after,
            method=method.upper() if method else None,
            path_contains=path_contains,
            remaining=None if rate is not None else count,
            rate=rate,
        )
        self.faults.append(fault)
        return fault

    def inject_mix(self, rate: float) -> None:
        """Fail a `rate` fraction of all requests, spread over the kinds of failure a
        client meets in the wild: gateway errors before processing, and a 500 or a lost
        connection after the server processed the request.

        Example:

            server.faults.inject_mix(0.2)  # one request in five fails, one way or another

        Args:
            rate: The fraction of requests that fail, from 0 to 1.
        """
        share = rate / 5
        self.inject("status", status=502, rate=share)
        self.inject("status", status=503, rate=share / (1 - share))
        self.inject("status", status=504, rate=share / (1 - 2 * share))
        self.inject("status", status=500, when="after", rate=share / (1 - 3 * share))
        self.inject("drop", when="after", rate=share / (1 - 4 * share))

    def limit_rate(self, limit: int, window: float = 60.0) -> None:
        """Answer 429 (with `Retry-After`) once more than `limit` requests arrive within
        `window` seconds.

        Example:

            server.faults.limit_rate(10, window=1.0)

        Args:
            limit: Requests allowed per window.
            window: The window's length in seconds (on the server's clock: a test's
                `TestClock` when it has one).

        Raises:
            ValueError: A `limit` below 1 or a `window` that is not a positive number.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"limit must be 1 or more requests, got {limit!r}")
        if isinstance(window, bool) or not isinstance(window, int | float) or not window > 0:
            raise ValueError(f"window must be a positive number of seconds, got {window!r}")
        self.rate_limit = RateLimit(limit, window)

    def clear(self) -> None:
        """Behave again: no fault and no rate limit.

        Example:

            server.faults.clear()
        """
        self.faults.clear()
        self.rate_limit = None

    def draw(self, method: str, path: str, kinds: tuple[FaultKind, ...]) -> Fault | None:
        """The fault this request meets, if any (consuming one of its `count`)."""
        for fault in self.faults:
            if fault.kind not in kinds or not fault.matches(method, path):
                continue
            if fault.rate is not None:
                if self._random.random() >= fault.rate:
                    continue
            elif fault.remaining is not None:
                if fault.remaining <= 0:
                    continue
                fault.remaining -= 1
            self.injected += 1
            return fault
        return None

    def rate_limited(self) -> tuple[int, float] | None:
        """(limit, seconds until a request is allowed) when over the limit, else None."""
        limit = self.rate_limit
        if limit is None:
            return None
        now = self.clock()
        while limit.hits and limit.hits[0] <= now - limit.window:
            limit.hits.popleft()
        if len(limit.hits) >= limit.limit:
            wait = limit.hits[0] + limit.window - now
            return limit.limit, wait
        limit.hits.append(now)
        return None
