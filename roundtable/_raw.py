"""`RawResponse`: the HTTP answer to one call, for when the result alone is not enough.

raw = await client.workspaces.with_raw_response.get(ws_id)
raw.status_code, raw.headers["content-type"], raw.retries_taken
workspace = raw.parse()
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The answer as received (after any retries), and `parse()` for the usual result."""

    __slots__ = ("_call_seconds", "_parse", "http_response", "retries_taken")

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[], T],
        retries_taken: int,
        call_seconds: float,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
        self._call_seconds = call_seconds

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time of the last attempt, from sending the request to reading the answer
        (the whole call's for an answer a transport handed over already read, which httpx
        does not time)."""
        try:
            return self.http_response.elapsed
        except RuntimeError:
            return datetime.timedelta(seconds=self._call_seconds)

    def parse(self) -> T:
        """The result the method returns without `with_raw_response` (parsed on each call)."""
        return self._parse()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"
