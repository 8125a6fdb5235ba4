"""Finding 1: cancellation at any moment leaves the client fully usable.

httpcore's pool leaks a connection slot when a request is cancelled after the pool gave it
a connection but before the connection took it (encode/httpcore#1093). `PoolLike` stands
for that pool: a cancellation that reaches it before its trace hook has fired is counted
as a leak.
"""

from __future__ import annotations

import asyncio
import random

import httpx
import pytest

from roundtable import RetryPolicy, RoundTableClient
from roundtable.exceptions import APITimeoutError
from roundtable.testing import ReferenceServer

HEALTH = {
    "success": True,
    "data": {"status": "healthy", "timestamp": "2026-11-26T06:37:25", "version": "1"},
}


class PoolLike(httpx.AsyncHTTPTransport):
    def __init__(self, body_delay: float = 0.0) -> None:
        super().__init__()
        self.leaks = 0
        self.entered = asyncio.Event()
        self.connection_free = asyncio.Event()
        self.body_delay = body_delay
        self.finished = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.entered.set()
        try:
            await self.connection_free.wait()  # waiting for a connection: cutting here leaks
        except asyncio.CancelledError:
            self.leaks += 1
            raise
        trace = request.extensions.get("trace")
        if trace is not None:
            await trace("connection.connect_tcp.started", {})
        await asyncio.sleep(self.body_delay)
        self.finished += 1
        return httpx.Response(200, json=HEALTH)


async def test_a_caller_cancelled_while_the_pool_is_assigning_never_cuts_the_pool():
    pool = PoolLike()
    async with RoundTableClient("k", "http://rt.test", transport=pool, max_connections=1) as client:
        call = asyncio.ensure_future(client.health_check())
        await pool.entered.wait()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        pool.connection_free.set()
        # The abandoned exchange ends by itself and gives its slot back: with one slot,
        # the next call could not start otherwise.
        health = await asyncio.wait_for(client.health_check(), 2)
    assert health.status == "healthy"
    assert pool.leaks == 0


async def test_wait_for_timeouts_at_every_moment_leave_no_leak_and_a_usable_client():
    pool = PoolLike(body_delay=0.002)
    pool.connection_free.set()
    rnd = random.Random(7)
    async with RoundTableClient("k", "http://rt.test", transport=pool, max_connections=2) as client:

        async def cut_short() -> None:
            try:
                await asyncio.wait_for(client.health_check(), rnd.random() * 0.004)
            except TimeoutError:
                pass

        await asyncio.gather(*(cut_short() for _ in range(300)))
        results = await asyncio.wait_for(
            asyncio.gather(*(client.health_check() for _ in range(64))), 10
        )
    assert len(results) == 64
    assert pool.leaks == 0


async def test_the_deadline_cuts_an_exchange_only_once_a_connection_holds_it():
    pool = PoolLike()
    async with RoundTableClient(
        "k", "http://rt.test", transport=pool, timeout=0.05, max_retries=0
    ) as client:
        call = asyncio.ensure_future(client.health_check())
        await pool.entered.wait()
        await asyncio.sleep(0.1)  # past the deadline, still waiting for a connection
        assert not call.done()
        pool.connection_free.set()
        with pytest.raises(APITimeoutError):
            await call
    assert pool.leaks == 0


async def test_cancelled_in_the_retry_sleep_the_client_goes_on():
    server = ReferenceServer()
    server.faults.inject("status", status=503, count=1)
    sleeping = asyncio.Event()

    async def slow_sleep(_seconds: float) -> None:
        sleeping.set()
        await asyncio.sleep(10)

    async with server.client(retry_policy=RetryPolicy(sleep=slow_sleep)) as client:
        call = asyncio.ensure_future(client.health_check())
        await sleeping.wait()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert (await client.health_check()).status == "degraded"  # as today's server says


async def test_a_storm_of_cancellations_over_a_real_socket_then_64_calls_succeed():
    server = ReferenceServer()
    rnd = random.Random(3)
    with server.serve() as base_url:
        async with RoundTableClient(
            server.api_key, base_url, max_connections=4, timeout=5
        ) as client:

            async def cut_short() -> None:
                try:
                    await asyncio.wait_for(client.health_check(), rnd.random() * 0.004)
                except TimeoutError:
                    pass

            await asyncio.gather(*(cut_short() for _ in range(600)))
            results = await asyncio.wait_for(
                asyncio.gather(*(client.health_check() for _ in range(64))), 20
            )
    assert [health.status for health in results] == ["degraded"] * 64  # as today's server
