"""Reading an answer's body: decoded here, under a size cap, with a check between chunks.

Why here: httpx inflates each network chunk whole, so a small gzip body can become
hundreds of MiB before anyone can count it. Decoding with zlib's `max_length` keeps
memory near `max_response_size`. The sync client's copy of this module is generated from
this one (`make generate`).
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Callable

import httpx

# What the client asks for (`Accept-Encoding`), and so decodes itself.
ACCEPT_ENCODING = "gzip, deflate"


class AttemptTimeout(Exception):
    """The attempt as a whole took longer than its timeout."""


class UnreadableBody(Exception):
    """The answer's body is over the size cap, or cannot be decoded."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        super().__init__(reason)
        self.response = response
        self.reason = reason


def _no_check() -> None:
    return None


async def read_body(
    response: httpx.Response, max_size: int, between_chunks: Callable[[], None] = _no_check
) -> None:
    """Read `response`'s body into it (`.content`, `.json()` work), decoded; more than
    `max_size` bytes raises UnreadableBody. `between_chunks` may raise to stop reading."""
    try:
        content = response.content  # a transport may hand over a body already read
    except httpx.ResponseNotRead:
        pass
    else:
        _check_size(response, len(content), max_size)
        return
    parts: list[bytes] = []
    left = [max_size]  # what the body may still add (read by `_decoded` as it inflates)
    try:
        async for part in _decoded(response, lambda: left[0]):
            left[0] -= len(part)
            _check_size(response, max_size - left[0], max_size)
            parts.append(part)
            between_chunks()
    except (zlib.error, httpx.DecodingError) as exc:
        raise UnreadableBody(response, f"the body cannot be decoded: {exc}") from None
    # Where httpx's own `read()` keeps the body it read.
    response._content = b"".join(parts)


def _check_size(response: httpx.Response, size: int, max_size: int) -> None:
    if size > max_size:
        raise UnreadableBody(
            response, f"the body is larger than max_response_size ({max_size:,} bytes)"
        )


async def _decoded(response: httpx.Response, room: Callable[[], int]) -> AsyncIterator[bytes]:
    """The body, decoded; no piece is longer than the `room()` left for it, plus one byte."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        async for raw in response.aiter_raw():
            yield raw
        return
    if encoding not in ("gzip", "x-gzip", "deflate"):
        # An encoding the client did not ask for: httpx decodes it, a chunk at a time.
        async for part in response.aiter_bytes():
            yield part
        return
    # gzip: header auto-detected (+32); deflate: zlib-wrapped, or raw as some servers send it.
    candidates = [zlib.MAX_WBITS | 32] if "gzip" in encoding else [zlib.MAX_WBITS, -zlib.MAX_WBITS]
    inflate = zlib.decompressobj(candidates.pop(0))
    first = True
    async for raw in response.aiter_raw():
        try:
            data = inflate.decompress(raw, room() + 1)
        except zlib.error:
            if not (first and candidates):
                raise
            inflate = zlib.decompressobj(candidates.pop(0))
            data = inflate.decompress(raw, room() + 1)
        first = False
        yield data
        # Output held back by max_length: more of the body than there is room for.
        while inflate.unconsumed_tail:
            data = inflate.decompress(inflate.unconsumed_tail, room() + 1)
            yield data
    yield inflate.flush()
