"""Auto-pagination: every item once, in order, stopping on a short page."""

from __future__ import annotations

from roundtable.testing import ReferenceServer

import wire
from conftest import BASE_URL


async def test_iterating_workspaces_and_sandboxes_yields_each_once_in_order():
    server = ReferenceServer()
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


async def test_iterating_messages_newest_first():
    server = ReferenceServer()
    async with server.client() as client:
        workspace = await client.workspaces.create(name="w")
        a = await client.sandboxes.create(workspace.workspace_id, "a", {"primary_agent": "a"})
        b = await client.sandboxes.create(workspace.workspace_id, "b", {"primary_agent": "b"})
        for n in range(7):
            await client.messages.send(a.sandbox_id, b.sandbox_id, {"n": n})
        contents = [
            m.content["n"] async for m in client.messages.iterate(a.sandbox_id, page_size=3)
        ]
        assert contents == [6, 5, 4, 3, 2, 1, 0]


async def test_against_todays_message_pager_defect_it_stops_without_repeating(client, httpx_mock):
    full = wire.sample("GET /messages/sandboxes/{sb}/messages").json()
    full["data"]["messages"] = full["data"]["messages"][:2]
    full["data"].update(count=2, limit=2)
    # Today's server applies offset after limit: the second page comes back empty.
    empty = wire.sample("GET /messages/sandboxes/{sb}/messages?offset=1&limit=1").json()
    httpx_mock.add_response(
        url=f"{BASE_URL}/messages/sandboxes/sb_1/messages?limit=2&offset=0", json=full
    )
    httpx_mock.add_response(
        url=f"{BASE_URL}/messages/sandboxes/sb_1/messages?limit=2&offset=2", json=empty
    )
    ids = [m.message_id async for m in client.messages.iterate("sb_1", page_size=2)]
    assert ids == ["msg_ad3da27de3", "msg_3b5acc45c6"]
