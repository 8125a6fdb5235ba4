"""Finding 8: the decoded body is capped, and memory stays near the cap."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib

import httpx
import pytest

from roundtable import ConfigurationError, RoundTableClient
from roundtable.exceptions import MalformedResponseError

MiB = 1024 * 1024


def _streamed(body: bytes, encoding: str) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        chunks = [body[i : i + 65536] for i in range(0, len(body), 65536)]
        return httpx.Response(
            200, headers={"content-encoding": encoding}, stream=httpx.ByteStream(b"".join(chunks))
        )

    return httpx.MockTransport(answer)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip.compress(b" " * (200 * MiB), compresslevel=9)


async def test_a_gzip_bomb_is_refused_with_memory_near_the_cap(bomb):
    assert len(bomb) < 300_000
    async with RoundTableClient(
        "k", "http://rt.test", transport=_streamed(bomb, "gzip"), max_response_size=4 * MiB
    ) as client:
        tracemalloc.start()
        try:
            with pytest.raises(MalformedResponseError, match="max_response_size"):
                await client.workspaces.list()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 16 * MiB


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate", "identity"])
async def test_a_body_within_the_cap_is_read_in_every_encoding(encoding):
    body = json.dumps(
        {"success": True, "data": {"workspaces": [], "count": 0, "offset": 0, "limit": 5}}
    ).encode()
    if encoding == "gzip":
        sent = gzip.compress(body)
    elif encoding == "deflate":
        sent = zlib.compress(body)
    elif encoding == "raw-deflate":
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        sent, encoding = packer.compress(body) + packer.flush(), "deflate"
    else:
        sent = body
    async with RoundTableClient("k", "http://rt.test", transport=_streamed(sent, encoding)) as c:
        page = await c.workspaces.list()
    assert page.limit == 5


async def test_a_plain_body_over_the_cap_is_refused():
    body = b'{"data": "' + b"x" * (2 * MiB) + b'"}'
    async with RoundTableClient(
        "k", "http://rt.test", transport=_streamed(body, "identity"), max_response_size=MiB
    ) as client:
        with pytest.raises(MalformedResponseError, match="larger than max_response_size"):
            await client.workspaces.list()


async def test_a_corrupt_gzip_body_is_a_malformed_response():
    async with RoundTableClient(
        "k", "http://rt.test", transport=_streamed(b"not gzip at all", "gzip")
    ) as client:
        with pytest.raises(MalformedResponseError, match="cannot be decoded"):
            await client.workspaces.list()


@pytest.mark.parametrize("size", [0, -1, 1.5, True])
def test_max_response_size_must_be_a_positive_whole_number(size):
    with pytest.raises(ConfigurationError, match="max_response_size"):
        RoundTableClient("k", "http://rt.test", max_response_size=size)
