"""What the async client needs of asyncio, in one place; `_sync_concurrency` is its
counterpart for the sync client (both hand-written, the code that uses them generated)."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from ._errors import for_this_waiter
from .exceptions import ConfigurationError, EventLoopError

if TYPE_CHECKING:
    import asyncio


def current_loop() -> object:
    """The running event loop (the sync client's counterpart has none)."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        # Under trio (which httpx supports) there is no asyncio loop to run on.
        raise EventLoopError(
            "RoundTableClient runs on asyncio only, and no asyncio event loop is running "
            "here; under trio, use SyncRoundTableClient from a worker thread "
            "(trio.to_thread.run_sync)"
        ) from None


async def sleep(seconds: float) -> None:
    import asyncio  # here, not at import: `import roundtable` stays as cheap as httpx

    await asyncio.sleep(seconds)


def sleep_problem(chosen: Callable[[float], object] | None) -> str | None:
    """Why a retry policy's sleep cannot serve this client, when that shows before a call.

    Any function may return an awaitable, so only `pause` can tell a plain one."""
    return None


async def pause(chosen: Callable[[float], Awaitable[None]] | None, seconds: float) -> None:
    """Wait `seconds` with the retry policy's sleep, or asyncio's."""
    if chosen is None:
        await sleep(seconds)
        return
    waiting: object = chosen(seconds)
    if not inspect.isawaitable(waiting):
        # Awaiting it would raise a TypeError that names neither the policy nor the fix.
        raise ConfigurationError(
            "retry_policy.sleep returned no awaitable: RoundTableClient needs an async "
            "function such as asyncio.sleep (time.sleep is for SyncRoundTableClient)"
        )
    await waiting


class SharedWork:
    """One run of a piece of work at a time; whoever asks while it runs waits for that run
    and shares its outcome (a renewal's failure reaches every waiter, once)."""

    __slots__ = ("_running",)

    def __init__(self) -> None:
        self._running: asyncio.Future[None] | None = None

    async def run(self, work: Callable[[], Awaitable[None]]) -> None:
        import asyncio

        running = self._running
        if running is None or running.done():
            running = self._running = asyncio.ensure_future(work())
            running.add_done_callback(_retrieved)
        # Shielded: a waiter that is cancelled leaves the work to the others.
        try:
            await asyncio.shield(running)
        except Exception as error:
            if running.done() and not running.cancelled() and running.exception() is error:
                raise for_this_waiter(error) from error.__cause__
            raise


def _retrieved(running: asyncio.Future[None]) -> None:
    """The outcome reaches the waiters; with none left, it is not reported again."""
    if not running.cancelled():
        running.exception()
