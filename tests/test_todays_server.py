"""Issue 21: what a random walk found today's server doing, played by the reference
server's default profile (`today`) and not by the documented one. Each difference has a
row in the README's profile table; `test_wire_walk.py` replays the whole recorded walk."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.exceptions import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
PROFILE_TABLE = README.split("| on today's server", 1)[1].split("\n\n", 1)[0]


def _server(profile: str) -> tuple[ReferenceServer, TestClock]:
    clock = TestClock(start=1_800_000_000.0)
    return ReferenceServer(profile=profile, clock=clock), clock


@pytest.mark.parametrize(("profile", "created"), [("today", 3), ("documented", 2)])
async def test_max_sandboxes_is_stored_but_only_the_documented_server_enforces_it(profile, created):
    server, _ = _server(profile)
    async with server.client() as client:
        ws = await client.workspaces.create(name="full", settings={"max_sandboxes": 2})
        made = 0
        for n in range(3):
            try:
                await client.sandboxes.create(ws.workspace_id, f"s{n}", {"primary_agent": "a"})
                made += 1
            except ConflictError:
                assert profile == "documented"
    assert made == created
    assert "`max_sandboxes` is not enforced" in PROFILE_TABLE


@pytest.mark.parametrize("profile", ["today", "documented"])
async def test_a_second_start_restarts_the_uptime_only_on_todays_server(profile):
    server, clock = _server(profile)
    async with server.client() as client:
        ws = await client.workspaces.create(name="uptime")
        sandbox = await client.sandboxes.create(ws.workspace_id, "a", {"primary_agent": "a"})
        started = await client.sandboxes.start(sandbox.sandbox_id)
        clock.advance(60)
        before = await client.sandboxes.status(sandbox.sandbox_id)
        again = await client.sandboxes.start(sandbox.sandbox_id)
        after = await client.sandboxes.status(sandbox.sandbox_id)
    assert before.updated_at == started.updated_at
    if profile == "today":
        # The stored stamp moves (the SDK's uptime starts again); the answer has the old one.
        assert (after.updated_at - before.updated_at).total_seconds() == 60
        assert again.updated_at == before.updated_at
    else:
        assert after.updated_at == again.updated_at == before.updated_at
    assert "a second `start` (or `stop`) moves `updated_at`" in PROFILE_TABLE


async def test_a_stop_answers_the_updated_at_from_before_it_on_todays_server():
    server, clock = _server("today")
    async with server.client() as client:
        ws = await client.workspaces.create(name="stamps")
        sandbox = await client.sandboxes.create(ws.workspace_id, "a", {"primary_agent": "a"})
        clock.advance(5)
        stopped = await client.sandboxes.stop(sandbox.sandbox_id)
        stored = await client.sandboxes.get(sandbox.sandbox_id)
    assert stopped.status == "stopped" and stopped.updated_at == sandbox.updated_at
    assert (stored.updated_at - sandbox.updated_at).total_seconds() == 5


@pytest.mark.parametrize("profile", ["today", "documented"])
async def test_an_emails_domain_is_kept_in_lower_case(profile):
    server, _ = _server(profile)
    async with server.client() as admin:
        anonymous = admin.with_options()  # the same server; register and login need no token
        await anonymous.auth.register("Ada.L@Example.COM", "password-123")
        with pytest.raises(BadRequestError):  # the same address, the domain in another case
            await anonymous.auth.register("Ada.L@example.com", "password-123")
        await anonymous.auth.login("Ada.L@EXAMPLE.com", "password-123")
        with pytest.raises(AuthenticationError):  # the part before the @ keeps its case
            await anonymous.auth.login("ada.l@example.com", "password-123")
        with pytest.raises(AuthenticationError):  # the OAuth2 form compares as stored
            await anonymous.auth.token("Ada.L@Example.COM", "password-123")
        await anonymous.auth.token("Ada.L@example.com", "password-123")
    async with server.client(email="Ada.L@Example.COM", password="password-123") as ada:
        assert (await ada.auth.me()).email == "Ada.L@example.com"


async def test_todays_server_coerces_loose_types_and_the_documented_one_refuses_them():
    today, _ = _server("today")
    async with today.client() as client:
        ws = await client.workspaces.create(
            name="loose", settings={"max_sandboxes": "5", "auto_cleanup": "no"}
        )
        assert ws.settings is not None
        assert (ws.settings.max_sandboxes, ws.settings.auto_cleanup) == (5, False)
        config = await client.workspaces.update_config(ws.workspace_id, {"max_sandboxes": 4.0})
        assert config.max_sandboxes == 4 and type(config.max_sandboxes) is int
        sandbox = await client.sandboxes.create(
            ws.workspace_id, "s", {"primary_agent": "a", "temperature": 1, "max_tokens": "512"}
        )
        raw = await client.sandboxes.with_raw_response.get(sandbox.sandbox_id)
        agent = raw.http_response.json()["data"]["agent_config"]
        assert agent["temperature"] == 1.0 and isinstance(agent["temperature"], float)
        assert agent["max_tokens"] == 512
    documented, _ = _server("documented")
    async with documented.client() as client:
        with pytest.raises(ValidationError) as refused:
            await client.workspaces.create(name="strict", settings={"max_sandboxes": "5"})
    assert refused.value.issues[0].field == "settings.max_sandboxes"
    assert '`"5"` for an integer' in PROFILE_TABLE


async def test_settings_out_of_range_on_a_missing_workspace_are_a_404_first():
    server, _ = _server("today")
    async with server.client() as client:
        with pytest.raises(NotFoundError):
            await client.workspaces.update_config("ws_0000000000", {"max_sandboxes": 1000})


@pytest.mark.parametrize(
    ("profile", "status", "bus"),
    [("today", "degraded", "disconnected"), ("documented", "healthy", "connected")],
)
async def test_todays_server_always_reports_itself_degraded(profile, status, bus):
    server, _ = _server(profile)
    async with server.client() as client:
        health = await client.health_check()
    assert (health.status, health.message_bus, health.database) == (status, bus, "connected")
    assert '`status: "degraded"`' in PROFILE_TABLE
