"""One attempt of a request for the sync client: sent, its body read under a size cap,
and the whole of it bounded in time (checked between the chunks of the body; httpx's
timeouts bound each read).

The async client's `_exchange` runs attempts apart from their callers because asyncio
can cancel them anywhere; a thread cannot be cancelled, so none of that is needed here.
"""

from __future__ import annotations

import time

import httpx

from ._sync_pool import sent
from ._sync_reading import (
    ACCEPT_ENCODING,
    AttemptTimeout,
    UnreadableBody,
    read_body,
)

__all__ = ["ACCEPT_ENCODING", "AttemptTimeout", "Exchange", "InFlightLimit", "UnreadableBody"]


class InFlightLimit:
    """The pool's size. Threads beyond it wait in httpcore's sync pool, whose waiting costs
    nothing like its async one's, so no semaphore of ours is needed (nor paid for)."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def close(self) -> None:
        """Nothing to stop: deadlines are checked by the attempts themselves."""

    def reset(self) -> None:
        """Nothing to forget: threads do not move between event loops."""


class Exchange:
    __slots__ = ("_deadline", "http", "max_size", "request")

    def __init__(
        self,
        http: httpx.Client,
        request: httpx.Request,
        time_limit: float | None,
        max_size: int,
        isolate: bool,
        slots: InFlightLimit,
    ) -> None:
        self.http = http
        self.request = request
        self.max_size = max_size
        self._deadline = None if time_limit is None else time.monotonic() + time_limit

    def run(self) -> httpx.Response:
        """The response, its body read."""
        response = sent(self.http, self.request)
        if not response.is_closed:
            try:
                read_body(response, self.max_size, self._check_deadline)
            finally:
                response.close()
        elif len(response.content) > self.max_size:  # a transport handed it over, read
            raise UnreadableBody(
                response, f"the body is larger than max_response_size ({self.max_size:,} bytes)"
            )
        return response

    def _check_deadline(self) -> None:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise AttemptTimeout
