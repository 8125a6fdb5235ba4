"""Retries, timeouts, idempotency and token renewal under the reference server's faults.

The fault matrix: N logical calls under each kind of failure end with exactly N stored
objects, or a typed error for each one not stored, and never a duplicate — against a
server that honours Idempotency-Key and against one that ignores it (today's server).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections import Counter

import httpx
import pytest

from roundtable import RetryPolicy, RoundTableClient
from roundtable._auth import TokenSession
from roundtable._client import DEFAULT_MAX_CONNECTIONS
from roundtable.exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
    RoundTableError,
)
from roundtable.models.token_pair import TokenPair
from roundtable.testing import ReferenceServer, serve_process

N = 12


class Sleeps:
    """An injected clock for backoff: records each wait instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def _client(server: ReferenceServer, sleeps: Sleeps | None = None, **options) -> RoundTableClient:
    retry = RetryPolicy(max_retries=options.pop("max_retries", 5), sleep=sleeps or Sleeps())
    return server.client(retry_policy=retry, **options)


async def _setup(server: ReferenceServer) -> tuple[str, str, str]:
    async with server.client() as client:
        workspace = await client.workspaces.create(name="matrix")
        first = await client.sandboxes.create(workspace.workspace_id, "a", {"primary_agent": "a"})
        second = await client.sandboxes.create(workspace.workspace_id, "b", {"primary_agent": "b"})
    return workspace.workspace_id, first.sandbox_id, second.sandbox_id


async def _run_sends(server, client, sender, recipient):
    """N concurrent messages.send; returns (outcomes, stored counts per call)."""

    async def send(n):
        try:
            return await client.messages.send(sender, recipient, {"call": n})
        except RoundTableError as error:
            return error

    outcomes = await asyncio.gather(*(send(n) for n in range(N)))
    stored = Counter(m["content"]["call"] for m in server.world.messages.values())
    return outcomes, stored


async def _run_creates(server, client):
    async def create(n):
        try:
            return await client.workspaces.create(name=f"call-{n}")
        except RoundTableError as error:
            return error

    outcomes = await asyncio.gather(*(create(n) for n in range(N)))
    stored = Counter(
        int(ws["name"].removeprefix("call-"))
        for ws in server.world.workspaces.values()
        if ws["name"].startswith("call-")
    )
    return outcomes, stored


def _account(outcomes, stored):
    """Nothing lost, nothing duplicated: (stored, typed errors for unstored, duplicates)."""
    assert all(count == 1 for count in stored.values()), f"duplicates: {stored}"
    errors = {n for n, outcome in enumerate(outcomes) if isinstance(outcome, RoundTableError)}
    for n in range(N):
        assert n in errors or n in stored, f"call {n} succeeded but stored nothing"
    unstored_errors = {n for n in errors if n not in stored}
    assert len(stored) + len(unstored_errors) == N
    return len(stored), len(errors), sum(count - 1 for count in stored.values())


# kind, inject arguments, whether every call must succeed (honouring server, ignoring server)
MATRIX = [
    ("refused connection", dict(kind="refuse", count=4), True, True),
    ("reset before processing", dict(kind="drop", when="before", count=4), True, False),
    ("reset after processing", dict(kind="drop", when="after", count=4), True, False),
    ("500 before", dict(status=500, count=4), True, False),
    ("500 after processing", dict(status=500, when="after", count=4), True, False),
    ("502", dict(status=502, count=4), True, False),
    ("503", dict(status=503, count=4), True, False),
    ("503 with Retry-After", dict(status=503, count=4, retry_after="1"), True, True),
    ("504 after processing", dict(status=504, when="after", count=4), True, False),
    ("429 with Retry-After", dict(status=429, count=4, retry_after="2"), True, True),
]


@pytest.mark.parametrize("operation", ["messages.send", "workspaces.create"])
@pytest.mark.parametrize("honour", [True, False], ids=["honours-key", "ignores-key"])
@pytest.mark.parametrize(
    ("kind", "fault", "ok_honoured", "ok_ignored"), MATRIX, ids=[row[0] for row in MATRIX]
)
async def test_fault_matrix(kind, fault, ok_honoured, ok_ignored, honour, operation, fault_report):
    server = ReferenceServer(honour_idempotency=honour)
    _, sender, recipient = await _setup(server)
    fault = dict(fault)
    server.faults.inject(fault.pop("kind", "status"), method="POST", **fault)
    async with _client(server) as client:
        if honour:
            await client.health_check()  # any answer tells the client the server honours keys
        if operation == "messages.send":
            outcomes, stored = await _run_sends(server, client, sender, recipient)
        else:
            outcomes, stored = await _run_creates(server, client)
    stored_count, errors, duplicates = _account(outcomes, stored)
    fault_report.append((kind, operation, honour, N, stored_count, errors, duplicates))
    assert duplicates == 0
    if ok_honoured if honour else ok_ignored:
        assert (stored_count, errors) == (N, 0)
    else:
        # Against a server that may have acted, the POST is not sent twice: the failure
        # surfaces as a typed error, one per injected fault.
        assert errors == 4


async def test_slow_responses_past_the_timeout():
    server = ReferenceServer(honour_idempotency=True)
    _, sender, recipient = await _setup(server)
    server.faults.inject("delay", delay=0.3, count=3, method="POST")
    async with _client(server, timeout=httpx.Timeout(5, read=0.1), max_retries=8) as client:
        await client.health_check()
        outcomes, stored = await _run_sends(server, client, sender, recipient)
    assert _account(outcomes, stored) == (N, 0, 0)


async def test_a_timeout_against_a_server_that_ignores_keys_is_a_typed_error():
    server = ReferenceServer(honour_idempotency=False)
    _, sender, recipient = await _setup(server)
    server.faults.inject("delay", delay=0.2, count=1, method="POST")
    async with _client(server, timeout=httpx.Timeout(5, read=0.05)) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.messages.send(sender, recipient, {"slow": True})
        await asyncio.sleep(0.3)  # the server finishes what it started: stored once, not twice
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert [m["content"] for m in server.world.messages.values()] == [{"slow": True}]


async def test_gets_puts_and_deletes_are_retried_whatever_the_server(caplog):
    server = ReferenceServer(honour_idempotency=False)
    workspace_id, sandbox_id, _ = await _setup(server)
    server.faults.inject("drop", when="after", count=1, method="GET")
    server.faults.inject("status", status=500, when="after", count=1, method="PUT")
    server.faults.inject("status", status=502, count=1, method="DELETE")
    caplog.set_level(logging.INFO, logger="roundtable")
    async with _client(server) as client:
        assert (await client.workspaces.get(workspace_id)).name == "matrix"
        assert (await client.workspaces.update(workspace_id, name="renamed")).name == "renamed"
        await client.sandboxes.delete(sandbox_id)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert len(retries) == 3
    assert "after: 502 Bad Gateway" in retries[2]


async def test_copies_from_with_options_share_what_the_server_said():
    server = ReferenceServer(honour_idempotency=True)
    _, sender, recipient = await _setup(server)
    async with _client(server) as client:
        quick = client.with_options(timeout=5)
        await client.health_check()  # the original learns that the server honours keys
        server.faults.inject("drop", when="after", count=1, method="POST")
        await quick.messages.send(sender, recipient, {"once": True})
    assert [m["content"] for m in server.world.messages.values()] == [{"once": True}]


# ---- backoff, asserted with an injected clock ------------------------------------------------


async def test_exponential_backoff_with_jitter_and_cap():
    server = ReferenceServer()
    server.faults.inject("status", status=503, count=7)
    sleeps = Sleeps()
    retry = RetryPolicy(max_retries=6, sleep=sleeps, random=lambda: 0.0)
    async with server.client(retry_policy=retry) as client:
        with pytest.raises(InternalServerError):
            await client.health_check()
    assert sleeps.waits == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    jittered = RetryPolicy(random=lambda: 1.0)
    assert [jittered.backoff(n) for n in range(3)] == [0.375, 0.75, 1.5]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "HTTP-DATE+4"}, 4.0),
        ({"X-RateLimit-Reset": "EPOCH+5"}, 5.0),
    ],
)
async def test_server_retry_hints_are_honoured(headers, expected, httpx_mock):
    now = time.time()
    resolved = {
        name: (
            email.utils.formatdate(int(now) + 4, usegmt=True)
            if value == "HTTP-DATE+4"
            else str(int(now) + 5)
            if value == "EPOCH+5"
            else value
        )
        for name, value in headers.items()
    }
    httpx_mock.add_response(status_code=429, headers=resolved, json={"detail": "slow down"})
    httpx_mock.add_response(
        json={"success": True, "data": {"workspaces": [], "count": 0, "offset": 0, "limit": 100}}
    )
    sleeps = Sleeps()
    # The wall clock stands still at a whole second, as HTTP dates and epochs count.
    policy = RetryPolicy(sleep=sleeps, clock=lambda: float(int(now)))
    async with RoundTableClient("k", retry_policy=policy) as client:
        await client.workspaces.list()
    assert sleeps.waits == [expected]


async def test_a_wait_longer_than_the_cap_is_not_retried(httpx_mock):
    httpx_mock.add_response(
        status_code=429, headers={"Retry-After": "3600"}, json={"detail": "later"}
    )
    sleeps = Sleeps()
    async with RoundTableClient("k", retry_policy=RetryPolicy(sleep=sleeps)) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.workspaces.list()
    assert caught.value.retry_after == 3600
    assert sleeps.waits == []
    assert len(httpx_mock.get_requests()) == 1


async def test_max_retries_per_call_and_the_same_key_on_every_attempt(httpx_mock):
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("refused"))
    async with RoundTableClient("k", retry_policy=RetryPolicy(sleep=Sleeps())) as client:
        with pytest.raises(APIConnectionError):
            await client.with_options(max_retries=2).workspaces.create(name="x")
    keys = {request.headers["idempotency-key"] for request in httpx_mock.get_requests()}
    assert len(httpx_mock.get_requests()) == 3 and len(keys) == 1


async def test_non_retryable_statuses_are_not_retried(httpx_mock):
    httpx_mock.add_response(status_code=404, json={"detail": "gone"})
    async with RoundTableClient("k", retry_policy=RetryPolicy(sleep=Sleeps())) as client:
        with pytest.raises(RoundTableError):
            await client.workspaces.get("ws_1")
    assert len(httpx_mock.get_requests()) == 1


# ---- tokens ------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_credentials_client_renews_once_on_401_for_all_tasks():
    clock = FakeClock()
    server = ReferenceServer(clock=clock, access_token_lifetime=600)
    async with server.client() as anonymous:
        await anonymous.auth.register("ann@example.com", "password123")
    workspace_id = None
    async with server.client(email="ann@example.com", password="password123") as ann:
        workspace_id = (await ann.workspaces.create(name="mine")).workspace_id
        issued = len(server.world.tokens)
        clock.now += 601  # every access token is now expired, mid-run
        results = await asyncio.gather(*(ann.workspaces.get(workspace_id) for _ in range(50)))
        assert {workspace.name for workspace in results} == {"mine"}
        # One refresh for the 50 rejected tasks, not 50.
        assert len(server.world.tokens) == issued + 1


async def test_a_static_key_surfaces_401_as_authentication_error():
    server = ReferenceServer()
    async with server.client("not-a-key") as client:
        with pytest.raises(AuthenticationError, match="Could not validate credentials"):
            await client.workspaces.list()


async def test_a_refresh_token_client_and_a_failed_renewal():
    server = ReferenceServer()
    async with server.client() as anonymous:
        tokens = await anonymous.auth.register("rob@example.com", "password123")
    async with server.client(refresh_token=tokens.refresh_token) as rob:
        assert (await rob.auth.me()).email == "rob@example.com"
    async with server.client(refresh_token="bogus") as nobody:
        with pytest.raises(AuthenticationError, match="Invalid refresh token"):
            await nobody.auth.me()


async def test_the_session_renews_before_expiry_without_waiting_for_a_401():
    clock = FakeClock()
    issued = []

    def issue(path):
        issued.append(path)
        return TokenPair(
            access_token=f"token-{len(issued)}",
            token_type="bearer",
            expires_in=1800,
            refresh_token="r",
        )

    async def login(email, password):
        return issue("/auth/login")

    async def refresh(refresh_token):
        return issue("/auth/refresh")

    session = TokenSession(login, refresh, email="a@example.com", password="pw", clock=clock)
    assert await session.token() == "token-1"
    clock.now += 1700
    assert await session.token() == "token-1"
    clock.now += 50  # within a minute of expiry
    assert await session.token() == "token-2"
    assert issued == ["/auth/login", "/auth/refresh"]
    assert "token" not in repr(session).replace("tokens=<redacted>", "")


# ---- load and connections ---------------------------------------------------------------


async def test_one_client_shared_by_hundreds_of_tasks_with_bounded_connections():
    # The server runs in its own process, failing 5% of requests; 300 tasks are near five
    # times the connections the pool may open.
    with serve_process("--fault-rate", "0.05") as (base_url, api_key):
        async with RoundTableClient(
            api_key, base_url, retry_policy=RetryPolicy(max_retries=6, sleep=Sleeps())
        ) as client:
            pool = client.http_client._transport._pool
            peak = 0

            async def watch():
                nonlocal peak
                while True:
                    peak = max(peak, len(pool.connections))
                    await asyncio.sleep(0.002)

            watcher = asyncio.create_task(watch())
            results = await asyncio.gather(*(client.health_check() for _ in range(300)))
            watcher.cancel()
            assert len(results) == 300 and {r.status for r in results} == {"degraded"}
            assert 1 < peak <= DEFAULT_MAX_CONNECTIONS
        assert len(pool.connections) == 0


@pytest.fixture(scope="session")
def fault_report():
    rows: list[tuple] = []
    yield rows
    if rows:
        lines = ["", "fault matrix: kind | call | server | calls | stored | errors | duplicates"]
        lines += [
            f"  {kind} | {call} | {'honours' if honour else 'ignores'} key | {n} | {s} | {e} | {d}"
            for kind, call, honour, n, s, e, d in rows
        ]
        print("\n".join(lines))
