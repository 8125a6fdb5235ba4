"""Polling until a resource reaches a state: the waiters of `sandboxes` and `collaborations`.

The quick-start asks to check a resource's status before dependent operations; a waiter
does it without a hand-written loop, bounded by a deadline and cancellable at any poll.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from .._concurrency import pause
from .._sending import CALL_DEADLINE, OutOfTime, Requester
from ..exceptions import APIError, InvalidRequestError, WaitTimeoutError
from ..models.collaboration import Collaboration
from ..models.sandbox_status import SandboxStatus

# What the waiters read: a WaitTimeoutError's `last` is one of these.
R = TypeVar("R", SandboxStatus, Collaboration)

DEFAULT_WAIT_TIMEOUT = 300.0
# The first poll comes at once; the pauses between polls grow by half to at most 5 s.
FIRST_INTERVAL = 0.5
MAX_INTERVAL = 5.0


def checked_seconds(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidRequestError(f"{name} must be a positive number of seconds", field=name)
    return float(value)


async def poll(
    requester: Requester,
    fetch: Callable[[], Awaitable[R]],
    done: Callable[[R], bool],
    what: str,
    timeout: float,
    interval: float,
    on_poll: Callable[[R], object] | None,
) -> R:
    """`fetch()` until `done(result)`; WaitTimeoutError (with the last result) past `timeout`."""
    # On the retry policy's clock, the one its sleep passes: a test's fake clock included.
    clock = requester.retry.clock
    deadline = clock() + checked_seconds(timeout, "timeout")
    between_polls = checked_seconds(interval, "interval")
    if on_poll is not None and not callable(on_poll):
        raise InvalidRequestError(
            f"on_poll must be a function of one argument, not {type(on_poll).__name__}",
            field="on_poll",
        )
    last: R | None = None
    while True:
        # Each poll, its retries and their pauses included, ends by the deadline: running
        # out of time is a WaitTimeoutError, whatever the last poll was doing.
        scope = CALL_DEADLINE.set(deadline)
        try:
            last = await fetch()
        except APIError as error:
            if isinstance(error, OutOfTime) or clock() >= deadline:
                raise WaitTimeoutError(f"{what} within {timeout:g} s", last=last) from error
            raise
        finally:
            CALL_DEADLINE.reset(scope)
        if on_poll is not None:
            on_poll(last)
        if done(last):
            return last
        left = deadline - clock()
        if left <= 0:
            raise WaitTimeoutError(f"{what} within {timeout:g} s", last=last)
        await pause(requester.retry.sleep, min(between_polls, left))
        between_polls = min(between_polls * 1.5, MAX_INTERVAL)
