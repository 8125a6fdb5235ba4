"""Issue 21: a seeded random walk recorded from today's server (scripts/wire_walk.py)
gives the same outcomes, step by step, on the reference server's default profile."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import wire_walk
from every_call import method_names

from roundtable import RetryPolicy, RoundTableClient
from roundtable.testing import IN_PROCESS_BASE_URL, ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

HEADER, STEPS = wire_walk.read_recording()


async def replay(steps: list[wire_walk.Step], profile: str = "today") -> list[Any]:
    """The outcome of each step on a fresh reference server, each at its recorded moment."""
    started = HEADER["started"]
    clock = TestClock(start=started - 1)
    server = ReferenceServer(clock=clock, profile=profile)
    policy = RetryPolicy(sleep=clock.async_sleep, clock=clock)
    anonymous = RoundTableClient.anonymous(
        IN_PROCESS_BASE_URL, transport=server.transport(), retry_policy=policy
    )
    for email in HEADER["users"].values():
        await anonymous.auth.register(email, HEADER["password"])
    clients = {
        name: server.client(email=email, password=HEADER["password"], retry_policy=policy)
        for name, email in HEADER["users"].items()
    }
    player = wire_walk.Player({**clients, "anonymous": anonymous}, HEADER["model_fields"])
    outcomes = []
    for step in steps:
        clock.now = started + step.at  # as recorded, even if a retry had moved it on
        outcomes.append(await player.play(step, clock.now))
    for client in [*clients.values(), anonymous]:
        await client.close()
    return outcomes


@pytest.fixture(scope="module")
def replayed() -> list[Any]:
    return asyncio.run(replay(STEPS))


def test_the_recording_is_long_and_reaches_every_method():
    assert len(STEPS) >= 500
    called = {step.call for step in STEPS}
    assert set(method_names(RoundTableClient("k", "http://rt.test"))) <= called
    succeeded = {step.call for step in STEPS if "result" in step.outcome}
    assert len(succeeded) >= 25  # not only the error paths


def test_the_default_profile_gives_what_todays_server_gave_at_every_step(replayed):
    found = [
        f"step {index} {step.call}{tuple(step.args)} as {step.user}: {difference}"
        for index, (step, outcome) in enumerate(zip(STEPS, replayed, strict=True))
        for difference in wire_walk.differences(step.outcome, outcome)
    ]
    assert found == [], "\n".join(found[:40]) + f"\n({len(found)} differences)"


def test_a_changed_outcome_is_found():
    """The comparison is not vacuous: an int for a float, a missing field, another error."""
    assert list(wire_walk.differences({"result": {"n": 1.0}}, {"result": {"n": 1}}))
    assert list(wire_walk.differences({"result": {"a": 1, "b": 2}}, {"result": {"a": 1}}))
    assert list(
        wire_walk.differences({"raises": "NotFoundError"}, {"raises": "InternalServerError"})
    )
    assert not list(wire_walk.differences({"result": [1, "x"]}, {"result": [1, "x"]}))


def test_a_field_the_recording_sdk_lacked_counts_only_when_the_server_sent_it():
    """A spec that gained an optional field since the recording (issue 19: the suite passes
    after an additive change) shows it as None where the server did not send it: that is
    no difference. A value there is one."""
    from roundtable.models import Workspace

    workspace = Workspace.from_dict(
        {
            "workspace_id": "ws_1",
            "user_id": "u",
            "name": "n",
            "settings": {},
            "is_active": True,
            "created_at": "2026-01-01T00:00:00",
            "updated_at": "2026-01-01T00:00:00",
        }
    )
    before = {**HEADER["model_fields"]}
    before["Workspace"] = [name for name in before["Workspace"] if name != "description"]
    symbols = wire_walk.Symbols()
    assert "description" not in wire_walk.masked(workspace, symbols, 0.0, known=before)
    assert wire_walk.masked(workspace, symbols, 0.0)["description"] is None
    workspace.description = "sent"
    assert wire_walk.masked(workspace, symbols, 0.0, known=before)["description"] == "sent"
