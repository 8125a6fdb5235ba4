"""One attempt of a request: sent, its body read under a size cap, the whole of it bounded
in time, and safe to abandon at any moment.

Why a task of its own: httpcore's pool leaks a connection slot for good when a request is
cancelled after the pool handed it a connection but before the connection took it
(encode/httpcore#1093, httpcore 1.0.x): a few thousand calls cut off by `wait_for` or
`task.cancel()` wedge a client. Over httpcore, the exchange therefore runs in a task that
the caller's cancellation does not reach. Its deadline, and a caller that gives up, cancel
it only once httpcore's trace hook has said that a connection holds the request; from
there on httpcore cleans up after a cancellation itself. Before that point the pool's and
the connect timeouts bound the wait.

The body is read by `_reading.read_body`, under the size cap.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

from ._pool import sent
from ._reading import ACCEPT_ENCODING, AttemptTimeout, UnreadableBody, read_body

__all__ = ["ACCEPT_ENCODING", "AttemptTimeout", "Exchange", "InFlightLimit", "UnreadableBody"]


class InFlightLimit:
    """The attempts in flight on one client.

    Requests beyond the pool's size wait here, not in httpcore's pool queue, whose cost
    grows with waiters x connections (1,000 tasks: ~25 s of CPU instead of ~2). And one
    timer serves every attempt's deadline: a timer of its own per attempt (made, then
    cancelled) is a sixth of what the SDK adds to an in-process call.
    """

    __slots__ = ("_deadlines", "_semaphore", "_timer", "_timer_at", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._semaphore: asyncio.Semaphore | None = None
        self._deadlines: dict[Exchange, float] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0

    def reset(self) -> None:
        """Forget the lock and the timer of another event loop (the client moved to a new
        one: `Requester.on_this_loop`)."""
        self._semaphore = None
        self._deadlines.clear()
        self._timer = None

    @property
    def semaphore(self) -> asyncio.Semaphore:
        # Made on first use so that importing and constructing never load asyncio.
        if self._semaphore is None:
            import asyncio

            self._semaphore = asyncio.Semaphore(self.limit)
        return self._semaphore

    def watch(self, exchange: Exchange, deadline: float) -> None:
        """Have `exchange.expire()` called at `deadline` (loop time) unless unwatched first."""
        self._deadlines[exchange] = deadline
        if self._timer is None or deadline < self._timer_at:
            self._schedule(deadline)

    def unwatch(self, exchange: Exchange) -> None:
        # The timer stays: when it fires with nothing due, it reschedules or stops.
        self._deadlines.pop(exchange, None)

    def _schedule(self, when: float) -> None:
        import asyncio

        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = when
        self._timer = asyncio.get_running_loop().call_at(when, self._fire)

    def close(self) -> None:
        """Stop the timer (the client is closing)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _fire(self) -> None:
        import asyncio

        self._timer = None
        now = asyncio.get_running_loop().time()
        due = [exchange for exchange, when in self._deadlines.items() if when <= now]
        for exchange in due:
            del self._deadlines[exchange]
            exchange.expire()
        if self._deadlines:
            self._schedule(min(self._deadlines.values()))


class Exchange:
    # One per attempt in flight: slots keep a thousand of them small.
    __slots__ = (
        "_cancellable",
        "_deadline",
        "_expired",
        "_task",
        "_now",
        "http",
        "isolate",
        "max_size",
        "request",
        "slots",
        "time_limit",
    )

    def __init__(
        self,
        http: httpx.AsyncClient,
        request: httpx.Request,
        time_limit: float | None,
        max_size: int,
        isolate: bool,
        slots: InFlightLimit,
    ) -> None:
        self.http = http
        self.request = request
        self.time_limit = time_limit
        self.max_size = max_size
        self.isolate = isolate
        self.slots = slots
        self._deadline: float | None = None
        self._now: asyncio.Handle | None = None  # an expiry due at once
        self._task: asyncio.Task[Any] | None = None
        self._cancellable = False
        self._expired = False

    def run(self) -> Awaitable[httpx.Response]:
        """The response, its body read; the in-flight slot is held until the exchange ends,
        even when the caller stops waiting for it. (A plain function: one coroutine less
        per call in flight.)"""
        if not self.isolate:
            return self._exchange(cancellable=True)
        return self._isolated()

    async def _isolated(self) -> httpx.Response:
        import asyncio

        task = asyncio.ensure_future(self._exchange(cancellable=False))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            self._abandon()
            task.add_done_callback(_consume)
            raise

    async def _exchange(self, cancellable: bool) -> httpx.Response:
        # The deadline cancels this task (not `asyncio.timeout()`, which costs three times
        # as much): a cancellation that is ours alone becomes AttemptTimeout.
        import asyncio

        slot = self.slots.semaphore
        await slot.acquire()
        if self._deadline is None and self.time_limit is not None:  # (not if abandoned)
            self._deadline = asyncio.get_running_loop().time() + self.time_limit
        self._task = asyncio.current_task()
        try:
            if cancellable:
                self._arm()
            else:
                self.request.extensions["trace"] = self._trace
            response = await sent(self.http, self.request)
            self._arm()  # an answer has begun: whatever the transport, it may be cut now
            try:
                await read_body(response, self.max_size)
            finally:
                await response.aclose()
            return response
        except asyncio.CancelledError:
            if self._expired and self._task is not None and self._task.uncancel() == 0:
                raise AttemptTimeout from None
            raise
        finally:
            self._disarm()
            slot.release()

    async def _trace(self, _event: str, _info: dict[str, Any]) -> None:
        # httpcore reads the hook afresh for each phase: the first event is all it takes,
        # and the dozen after it would each cost a call.
        self.request.extensions.pop("trace", None)
        if not self._cancellable:
            self._arm()

    def _arm(self) -> None:
        """From now on the deadline may cut the exchange."""
        import asyncio

        if self._cancellable:
            return
        self._cancellable = True
        if self._deadline is None or self._task is None:
            return
        loop = asyncio.get_running_loop()
        if self._deadline <= loop.time():  # already past: before the task's next step
            self._now = loop.call_soon(self.expire)
        else:
            self.slots.watch(self, self._deadline)

    def _disarm(self) -> None:
        self.slots.unwatch(self)
        if self._now is not None:
            self._now.cancel()

    def expire(self) -> None:
        """The deadline has come: stop the exchange."""
        if self._task is not None and not self._task.done():
            self._expired = True
            self._task.cancel()

    def _abandon(self) -> None:
        """The caller stopped waiting: end the exchange as soon as that is safe."""
        import asyncio

        self._deadline = asyncio.get_running_loop().time()
        if self._cancellable:
            self._disarm()
            self._cancellable = False
            self._arm()


def _consume(task: asyncio.Task[httpx.Response]) -> None:
    """Nobody waits for an abandoned exchange: its outcome is dropped, not reported."""
    if not task.cancelled():
        task.exception()
