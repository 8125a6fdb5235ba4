"""Finding 2: no call outlives its deadline; a malformed hint means normal backoff."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from slow_servers import trickling_server

from roundtable import RetryPolicy, RoundTableClient
from roundtable._retry import server_requested_delay
from roundtable.exceptions import APITimeoutError, RateLimitError

HEALTH = {
    "success": True,
    "data": {"status": "healthy", "timestamp": "2026-11-26T06:37:25", "version": "1"},
}
LIST = {"success": True, "data": {"workspaces": [], "count": 0, "offset": 0, "limit": 100}}


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "nan"},
        {"Retry-After": "inf"},
        {"Retry-After": "soon"},
        {"Retry-After": "Mon, 99 Foo 2026 99:99:99 GMT"},
        {"retry-after-ms": "NaN"},
        {"retry-after-ms": "-inf"},
        {"X-RateLimit-Reset": "nan"},
        {"X-RateLimit-Reset": "tomorrow"},
    ],
)
async def test_a_malformed_hint_is_ignored_and_normal_backoff_applies(headers, httpx_mock):
    httpx_mock.add_response(status_code=429, headers=headers, json={"detail": "slow down"})
    httpx_mock.add_response(json=LIST)
    sleeps = Sleeps()
    policy = RetryPolicy(sleep=sleeps, random=lambda: 0.0)
    async with RoundTableClient("k", "http://rt.test", retry_policy=policy) as client:
        await client.workspaces.list()
    assert sleeps.waits == [0.5]


async def test_a_malformed_hint_leaves_retry_after_unset_on_the_error(httpx_mock):
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "nan"}, json={"detail": "x"})
    async with RoundTableClient("k", "http://rt.test", max_retries=0) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.workspaces.list()
    assert caught.value.retry_after is None


def test_ratelimit_reset_counts_only_on_a_429():
    now = 1_000_000.0
    headers = {"x-ratelimit-reset": str(now + 45)}
    assert server_requested_delay(headers, 429, now) == 45.0
    assert server_requested_delay(headers, 502, now) is None


@pytest.mark.parametrize("trickle", ["body", "headers"])
async def test_a_trickling_server_cannot_outlive_the_timeout(trickle):
    server, port = await trickling_server(headers_then_body=trickle == "body")
    async with server:
        async with RoundTableClient(
            "k", f"http://127.0.0.1:{port}", timeout=0.3, max_retries=0
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.workspaces.list()
            assert time.monotonic() - started < 1.5


async def test_a_silent_server_times_out_on_every_attempt_and_the_call_ends():
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    sleeps = Sleeps()
    async with server:
        async with RoundTableClient(
            "k", f"http://127.0.0.1:{port}", timeout=0.2, retry_policy=RetryPolicy(sleep=sleeps)
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.workspaces.list()
            # Three attempts of 0.2 s each; the backoff between them was injected.
            assert time.monotonic() - started < 1.5
    assert len(sleeps.waits) == 2


def _hanging_transport() -> httpx.MockTransport:
    """Answers health checks at once and never answers anything else."""

    async def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/health"):
            return httpx.Response(200, json=HEALTH)
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    return httpx.MockTransport(handle)


async def test_a_short_deadline_is_kept_while_a_longer_one_is_pending():
    # Every attempt's deadline shares one timer: one set later but due sooner must still
    # cut its attempt on time.
    async with RoundTableClient(
        "k", "http://rt.test", transport=_hanging_transport(), timeout=30, max_retries=0
    ) as client:
        slow = asyncio.ensure_future(client.workspaces.list())
        await asyncio.sleep(0.01)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.with_options(timeout=0.2).workspaces.list()
        assert time.monotonic() - started < 1.0
        assert not slow.done()
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow


def test_deadlines_hold_when_a_client_moves_to_another_event_loop():
    client = RoundTableClient(
        "k", "http://rt.test", transport=_hanging_transport(), timeout=1.0, max_retries=0
    )

    async def quick_call_leaving_a_timer_behind() -> None:
        await client.with_options(timeout=0.5).health_check()

    async def hanging_call() -> None:
        with pytest.raises(APITimeoutError):
            # wait_for only so that a broken deadline fails the test rather than hangs it
            await asyncio.wait_for(client.workspaces.list(), 5)

    asyncio.run(quick_call_leaving_a_timer_behind())
    started = time.monotonic()
    asyncio.run(hanging_call())
    assert time.monotonic() - started < 2.5


async def test_the_sync_client_s_deadline_holds_against_a_trickling_body():
    """The sync exchange checks its deadline between the body's chunks: httpx's read
    timeout alone restarts with every byte."""
    from roundtable import SyncRoundTableClient

    server, port = await trickling_server(headers_then_body=True)
    async with server:

        def call() -> float:
            with SyncRoundTableClient(
                "k", f"http://127.0.0.1:{port}", timeout=0.3, max_retries=0
            ) as client:
                started = time.monotonic()
                with pytest.raises(APITimeoutError):
                    client.workspaces.list()
                return time.monotonic() - started

        assert await asyncio.to_thread(call) < 1.5
