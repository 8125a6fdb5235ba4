"""Finding 5: one renewal at a time; its failure is shared by every task that waited."""

from __future__ import annotations

import asyncio

import pytest

from roundtable import RetryPolicy
from roundtable.exceptions import AuthenticationError, InternalServerError
from roundtable.testing import ReferenceServer


def _count_logins(server: ReferenceServer, delay: float = 0.0) -> None:
    """Every login meets a (maybe zero) delay fault, so `server.faults.injected` counts them."""
    server.faults.inject("delay", delay=delay, count=None, path_contains="/auth/login")


async def test_a_wrong_password_is_tried_once_for_200_waiting_calls():
    server = ReferenceServer()
    server.world.register("ada@example.com", "right-password", None)
    _count_logins(server)
    async with server.client(email="ada@example.com", password="wrong-password") as client:
        results = await asyncio.gather(
            *(client.workspaces.list() for _ in range(200)), return_exceptions=True
        )
    assert all(isinstance(result, AuthenticationError) for result in results)
    assert server.faults.injected == 1


async def test_a_failing_login_is_shared_not_queued():
    # A server that honours Idempotency-Key, so that the failed login is retried.
    server = ReferenceServer(honour_idempotency=True)
    server.world.register("ada@example.com", "right-password", None)
    server.faults.inject("status", status=503, count=None, path_contains="/auth/login")
    sleeps: list[float] = []

    async def no_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with server.client(
        email="ada@example.com",
        password="right-password",
        retry_policy=RetryPolicy(sleep=no_sleep),
    ) as client:
        results = await asyncio.gather(
            *(client.workspaces.list() for _ in range(10)), return_exceptions=True
        )
    assert all(isinstance(result, InternalServerError) for result in results)
    # One login call and its two retries, not ten logins one after another.
    assert len(sleeps) == 2


async def test_a_cancelled_waiter_leaves_the_renewal_to_the_others():
    server = ReferenceServer()
    server.world.register("ada@example.com", "right-password", None)
    _count_logins(server, delay=0.05)
    async with server.client(email="ada@example.com", password="right-password") as client:
        first = asyncio.ensure_future(client.workspaces.list())
        second = asyncio.ensure_future(client.workspaces.list())
        await asyncio.sleep(0.01)
        first.cancel()
        page = await second
        with pytest.raises(asyncio.CancelledError):
            await first
    assert page.count == 0
    assert server.faults.injected == 1
