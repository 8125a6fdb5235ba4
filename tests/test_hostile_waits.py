"""Issue 20, round three: waits, retries, bodies and errors (findings 11-13, 15, 16)."""

from __future__ import annotations

import asyncio
import datetime
import logging
import pickle

import pytest
from refusal import refused_before_sending

import roundtable.api
from roundtable import RetryPolicy, RoundTableClient
from roundtable.exceptions import (
    InternalServerError,
    ValidationError,
    WaitTimeoutError,
)
from roundtable.models import DeliveryStatus
from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock
from roundtable.types import parse_datetime


def _clocked(profile: str = "today") -> tuple[ReferenceServer, TestClock, RetryPolicy]:
    clock = TestClock(start=1_800_000_000.0)
    server = ReferenceServer(profile=profile, clock=clock)
    return server, clock, RetryPolicy(sleep=clock.async_sleep, clock=clock)


async def _provisioning_sandbox(client: RoundTableClient) -> str:
    ws = await client.workspaces.create(name="wait")
    sandbox = await client.sandboxes.create(ws.workspace_id, "a", {"primary_agent": "a"})
    return sandbox.sandbox_id


async def test_a_wait_against_503s_ends_in_wait_timeout_error_at_its_deadline():
    server, clock, policy = _clocked()
    patient = RetryPolicy(max_retries=10, sleep=clock.async_sleep, clock=clock)
    async with server.client(retry_policy=patient) as client:
        sandbox_id = await _provisioning_sandbox(client)
        server.faults.inject("status", status=503, count=None, method="GET")
        started = clock.now
        with pytest.raises(WaitTimeoutError) as caught:
            await client.sandboxes.wait_for_status(sandbox_id, "running", timeout=2)
    assert clock.now - started <= 2.0  # no retry pause ran past the deadline
    # The poll's retries would have run on for ~30 s; the wait ended them at its deadline.
    assert type(caught.value.__cause__).__name__ == "OutOfTime"
    assert isinstance(caught.value.__cause__.__cause__, InternalServerError)


async def test_a_wait_against_a_server_that_hangs_ends_at_its_deadline_in_real_time():
    server = ReferenceServer()
    async with server.client() as client:
        sandbox_id = await _provisioning_sandbox(client)
        server.faults.inject("delay", delay=30, count=None, method="GET")
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(WaitTimeoutError):
            await client.sandboxes.wait_for_status(sandbox_id, "running", timeout=0.5)
    assert loop.time() - started < 1.5  # not the 30 s delay, nor the client's own timeout


async def test_a_collaboration_in_a_state_the_sdk_does_not_know_ends_the_wait():
    server, clock, policy = _clocked()
    async with server.client(retry_policy=policy) as client:
        ws = await client.workspaces.create(name="c")
        sandbox = await client.sandboxes.create(ws.workspace_id, "a", {"primary_agent": "a"})
        collaboration = await client.collaborations.orchestrate(
            ws.workspace_id, "t", [sandbox.sandbox_id]
        )
        stored = server.world.collaborations[collaboration.collaboration_id]
        polls: list[str] = []

        def seen(current) -> None:
            polls.append(current.status)
            stored["status"] = "aborted"  # a state of a newer server's

        done = await client.collaborations.wait(
            collaboration.collaboration_id, timeout=600, on_poll=seen
        )
    assert done.status == "aborted" and polls == ["running", "aborted"]


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_a_delete_whose_answer_was_lost_is_done_when_its_retry_finds_nothing(flavour, caplog):
    """Today's server ignores Idempotency-Key: the retry of a delete that happened is a 404."""
    server = ReferenceServer()  # today's: keys ignored
    async with server.client() as setup:
        ws = await setup.workspaces.create(name="gone")
    server.faults.inject("drop", when="after", method="DELETE")
    with caplog.at_level(logging.INFO, logger="roundtable"):
        if flavour == "async":
            async with server.client() as client:
                raw = await client.workspaces.with_raw_response.delete(ws.workspace_id)
        else:
            with server.sync_client() as client:
                raw = await asyncio.to_thread(
                    client.workspaces.with_raw_response.delete, ws.workspace_id
                )
    assert raw.status_code == 204 and raw.retries_taken == 1 and raw.parse() is None
    assert ws.workspace_id not in server.world.workspaces
    assert any("taken as deleted" in record.getMessage() for record in caplog.records)


async def test_a_delete_of_what_never_existed_is_still_not_found():
    from roundtable.exceptions import NotFoundError

    async with ReferenceServer().client() as client:
        with pytest.raises(NotFoundError):
            await client.workspaces.delete("ws_0000000000")


@pytest.mark.parametrize(
    ("operation", "arguments", "field"),
    [
        (roundtable.api.get_health, {"body": {"x": 1}}, "body"),
        (roundtable.api.start_sandbox, {"sandbox_id": "sb_1", "body": {}}, "body"),
        (roundtable.api.get_workspace, {"workspace_id": "ws_1", "limit": 5}, "limit"),
    ],
)
async def test_call_refuses_an_argument_the_operation_does_not_take_by_name(
    operation, arguments, field
):
    refused = await refused_before_sending(lambda client: client.call(operation, **arguments))
    assert refused.field == field and operation.operation_id in str(refused)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-26T06:37:25+0000", "2026-11-26T06:37:25+00:00"),
        ("2026-11-26T06:37:25-0500", "2026-11-26T11:37:25+00:00"),
        ("2026-11-26", "2026-11-26T00:00:00+00:00"),
        ("2026-11-26T10", "2026-11-26T10:00:00+00:00"),
        ("2026-11-26T06:37+01", "2026-11-26T05:37:00+00:00"),
        ("2026-11-26T06:37:25.250", "2026-11-26T06:37:25.250000+00:00"),
    ],
)
def test_any_iso_form_is_read_and_a_naive_one_is_utc_never_local_time(text, expected, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    import time

    time.tzset()
    try:
        parsed = parse_datetime(text)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert parsed.isoformat() == expected and parsed.tzinfo is datetime.UTC
    status = DeliveryStatus.from_dict({"status": "sent", "sent_at": text})
    assert status.sent_at is not None and status.sent_at.isoformat() == expected


@pytest.mark.parametrize("flavour", ["async", "sync"])
async def test_a_pickled_validation_error_carries_no_password_the_server_echoed(flavour):
    """A body missing its email: the server's 422 echoes the whole body, password and all,
    as the issue's `input`."""
    password = "hunter2-correct-horse"
    server = ReferenceServer()
    if flavour == "async":
        async with server.client() as client:
            with pytest.raises(ValidationError) as caught:
                await client.request("POST", "/auth/register", json={"password": password})
    else:
        with server.sync_client() as client:
            with pytest.raises(ValidationError) as caught:
                await asyncio.to_thread(
                    client.request, "POST", "/auth/register", json={"password": password}
                )
    error = caught.value
    assert password in error.response.text  # the server did echo it back
    pickled = pickle.dumps(error)
    assert password.encode() not in pickled
    restored = pickle.loads(pickled)
    assert password not in repr(restored.details) + repr(restored.body)
    assert password not in restored.response.text
    assert restored.issues[0].field == "email" and restored.status_code == 422
    assert restored.issues[0].input == {"password": "<redacted>"}


async def test_an_echoed_password_is_redacted_when_the_password_itself_is_refused():
    async with ReferenceServer().client() as client:
        with pytest.raises(ValidationError) as caught:
            await client.auth.register("ada@example.com", "pw7-xyz")
    restored = pickle.loads(pickle.dumps(caught.value))
    issue = restored.issues[0]
    assert issue.field == "password" and issue.input == "<redacted>"
    assert b"pw7-xyz" not in pickle.dumps(caught.value)
