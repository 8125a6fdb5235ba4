"""What the sync client needs of threads; the counterpart of `_concurrency`."""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Callable

from ._errors import for_this_waiter
from .exceptions import ConfigurationError


def current_loop() -> object:
    """No event loop: threads need no moving between loops."""
    return None


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def sleep_problem(chosen: Callable[[float], object] | None) -> str | None:
    """Why a retry policy's sleep cannot serve this client: an async one would never be
    awaited, so every retry would follow at once."""
    if chosen is not None and inspect.iscoroutinefunction(chosen):
        return (
            "retry_policy.sleep is an async function: SyncRoundTableClient needs a plain "
            "one such as time.sleep (asyncio.sleep is for RoundTableClient)"
        )
    return None


def pause(chosen: Callable[[float], None] | None, seconds: float) -> None:
    """Wait `seconds` with the retry policy's sleep, or time's."""
    if chosen is None:
        sleep(seconds)
        return
    waited: object = chosen(seconds)
    if inspect.isawaitable(waited):  # an async callable object slipped past sleep_problem
        if inspect.iscoroutine(waited):
            waited.close()  # never awaited: no RuntimeWarning on top of this error
        raise ConfigurationError(
            "retry_policy.sleep returned an awaitable: SyncRoundTableClient needs a plain "
            "function such as time.sleep"
        )


class _Run:
    """One run of a shared piece of work: its end, and its error if it failed."""

    __slots__ = ("done", "error")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None


class SharedWork:
    """One run of a piece of work at a time; a thread that asks while it runs waits for
    that run and shares its outcome, rather than start another. Each run keeps its own
    outcome: a run started right after a failed one cannot hide the failure from the
    threads that waited for it."""

    __slots__ = ("_current", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: _Run | None = None

    def run(self, work: Callable[[], None]) -> None:
        with self._lock:
            run = self._current
            joining = run is not None
            if run is None:
                run = self._current = _Run()
        if joining:
            run.done.wait()
            if run.error is not None:
                raise for_this_waiter(run.error)
            return
        try:
            work()
        except BaseException as error:
            run.error = error
            raise
        finally:
            with self._lock:
                self._current = None
            run.done.set()
