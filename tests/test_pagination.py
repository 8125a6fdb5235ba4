"""Auto-pagination: every item once, in order, on today's server and on the documented one;
a warning where today's server stops listing, never a silently short list."""

from __future__ import annotations

import logging

import pytest

from roundtable.exceptions import InvalidRequestError
from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

PROFILES = ["today", "documented"]


@pytest.mark.parametrize("profile", PROFILES)
async def test_iterating_workspaces_and_sandboxes_yields_each_once_in_order(profile):
    server = ReferenceServer(profile=profile)
    async with server.client() as client:
        names = [f"w{n:03}" for n in range(23)]
        for name in names:
            await client.workspaces.create(name=name, settings={"max_sandboxes": 30})
        seen = [ws.name async for ws in client.workspaces.iterate(page_size=5)]
        assert seen == names
        workspace_id = next(iter(server.world.workspaces))
        for n in range(12):
            await client.sandboxes.create(workspace_id, f"s{n}", {"primary_agent": "a"})
        sandboxes = [sb.name async for sb in client.sandboxes.iterate(workspace_id, page_size=4)]
        assert sandboxes == [f"s{n}" for n in range(12)]


async def _sandbox_pair(client):
    workspace = await client.workspaces.create(name="pair")
    a = await client.sandboxes.create(workspace.workspace_id, "a", {"primary_agent": "a"})
    b = await client.sandboxes.create(workspace.workspace_id, "b", {"primary_agent": "b"})
    return a.sandbox_id, b.sandbox_id


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("page_size", [1, 3, 7, 50])
async def test_iterating_messages_newest_first_reaches_every_message(profile, page_size):
    clock = TestClock(start=1_800_000_000.0)
    server = ReferenceServer(profile=profile, clock=clock)
    async with server.client() as client:
        sender, recipient = await _sandbox_pair(client)
        for n in range(7):
            clock.advance(1.0)  # one second each: no ties
            await client.messages.send(sender, recipient, {"n": n})
        contents = [
            m.content["n"] async for m in client.messages.iterate(sender, page_size=page_size)
        ]
    assert contents == [6, 5, 4, 3, 2, 1, 0]


@pytest.mark.parametrize(
    # Of each second, today: what `one` sent (3, 5), then what it received (4).
    ("profile", "expected"),
    [("today", [3, 5, 4, 0, 2, 1]), ("documented", [5, 4, 3, 2, 1, 0])],
)
@pytest.mark.parametrize("page_size", [1, 4, 50])
async def test_messages_of_one_second_come_as_todays_server_lists_them(
    profile, expected, page_size
):
    """Today's server stamps to the second: a second's messages are listed oldest first
    (the ones the sandbox sent before the ones it received), newer seconds first."""
    clock = TestClock(start=1_800_000_000.0)
    server = ReferenceServer(profile=profile, clock=clock)
    async with server.client() as client:
        one, two = await _sandbox_pair(client)
        for second in range(2):
            clock.advance(1.0)
            for n in range(3 * second, 3 * second + 3):
                sender, recipient = (two, one) if n % 3 == 1 else (one, two)
                await client.messages.send(sender, recipient, {"n": n})
        listed = [m.content["n"] async for m in client.messages.iterate(one, page_size)]
    assert listed == expected


async def test_todays_pager_alone_would_lose_messages():
    # What the workaround is for: plain limit/offset pages on today's server.
    server = ReferenceServer(profile="today")
    async with server.client() as client:
        sender, recipient = await _sandbox_pair(client)
        for n in range(7):
            await client.messages.send(sender, recipient, {"n": n})
        second_page = await client.messages.list(sender, limit=3, offset=3)
    assert second_page.messages == []


@pytest.mark.parametrize(("profile", "expected"), [("today", 100), ("documented", 101)])
async def test_past_the_100_row_window_every_item_or_a_warning(profile, expected, caplog):
    clock = TestClock(start=1_800_000_000.0)
    server = ReferenceServer(profile=profile, clock=clock)
    async with server.client() as client:
        for n in range(101):
            await client.workspaces.create(name=f"w{n:03}")
        sender, recipient = await _sandbox_pair(client)
        for n in range(101):
            clock.advance(1.0)  # one second each: newest first, without ties
            await client.messages.send(sender, recipient, {"n": n})
        with caplog.at_level(logging.WARNING, logger="roundtable"):
            workspaces = [
                ws.name async for ws in client.workspaces.iterate(page_size=30) if ws.name != "pair"
            ]
            messages = [m.content["n"] async for m in client.messages.iterate(sender, 30)]
    assert len(workspaces) == len(messages) == expected
    assert workspaces == [f"w{n:03}" for n in range(expected)]
    assert messages == list(range(100, 100 - expected, -1))
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    if profile == "today":
        assert len(warnings) == 2
        assert "workspaces.iterate() stopped after 100 items" in warnings[0]
        assert "messages.iterate() stopped after 100 items" in warnings[1]
    else:
        assert warnings == []


@pytest.mark.parametrize("page_size", [0, -1, 101, 2.5, "10", True])
async def test_a_page_size_the_server_cannot_serve_is_refused(page_size):
    async with ReferenceServer().client() as client:
        for iterate in (
            lambda: client.workspaces.iterate(page_size=page_size),
            lambda: client.sandboxes.iterate("ws_1", page_size=page_size),
            lambda: client.messages.iterate("sb_1", page_size=page_size),
        ):
            with pytest.raises(InvalidRequestError) as caught:
                iterate()
            assert caught.value.field == "page_size"
