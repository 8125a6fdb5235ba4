"""What the sync client needs of threads; the counterpart of `_concurrency`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def current_loop() -> object:
    """No event loop: threads need no moving between loops."""
    return None


def sleep(seconds: float) -> None:
    time.sleep(seconds)


class SharedWork:
    """One run of a piece of work at a time; a thread that asks while it runs waits for
    that run and shares its outcome, rather than start another."""

    __slots__ = ("_done", "_error", "_lock", "_running")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = False
        self._done = threading.Event()
        self._error: BaseException | None = None

    def run(self, work: Callable[[], None]) -> None:
        with self._lock:
            joining = self._running
            if not joining:
                self._running = True
                self._done = threading.Event()
            done = self._done
        if joining:
            done.wait()
            if self._error is not None:
                raise self._error
            return
        try:
            work()
            self._error = None
        except BaseException as error:
            self._error = error
            raise
        finally:
            with self._lock:
                self._running = False
            done.set()
