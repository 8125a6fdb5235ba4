"""Finding 9: same-key requests on the reference server neither hang nor act twice."""

from __future__ import annotations

import asyncio

import httpx

from roundtable.testing import ReferenceServer
from roundtable.testing._app import API_PREFIX

KEY_HEADER = "Idempotency-Key"


def _http(server: ReferenceServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server.app),
        base_url="http://rt.test" + API_PREFIX,
        headers={"Authorization": f"Bearer {server.api_key}"},
    )


async def test_a_retry_while_the_first_is_in_flight_gets_the_same_answer_once():
    server = ReferenceServer(honour_idempotency=True)
    server.faults.inject("delay", when="during", delay=0.2, method="POST")
    async with _http(server) as http:
        first, second = await asyncio.wait_for(
            asyncio.gather(
                http.post("/workspaces", json={"name": "w"}, headers={KEY_HEADER: "k1"}),
                http.post("/workspaces", json={"name": "w"}, headers={KEY_HEADER: "k1"}),
            ),
            5,
        )
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert len(server.world.workspaces) == 1


async def test_a_duplicate_waits_only_so_long_for_the_first():
    server = ReferenceServer(honour_idempotency=True)
    server.state.in_flight_wait = 0.05
    server.faults.inject("delay", when="during", delay=0.5, method="POST")
    async with _http(server) as http:
        first = asyncio.ensure_future(
            http.post("/workspaces", json={"name": "w"}, headers={KEY_HEADER: "k2"})
        )
        await asyncio.sleep(0.02)
        second = await asyncio.wait_for(
            http.post("/workspaces", json={"name": "w"}, headers={KEY_HEADER: "k2"}), 2
        )
        assert second.status_code == 409
        assert second.headers["Retry-After"] == "1"
        assert (await first).status_code == 201
    assert len(server.world.workspaces) == 1


async def test_a_first_request_that_never_completes_releases_its_key():
    server = ReferenceServer(honour_idempotency=True)
    server.faults.inject("delay", when="during", delay=5, method="POST")
    async with _http(server) as http:
        first = asyncio.ensure_future(
            http.post("/workspaces", json={"name": "w"}, headers={KEY_HEADER: "k3"})
        )
        await asyncio.sleep(0.05)
        first.cancel()  # the ASGI call is abandoned mid-processing
        await asyncio.gather(first, return_exceptions=True)
        retry = await asyncio.wait_for(
            http.post("/workspaces", json={"name": "w"}, headers={KEY_HEADER: "k3"}), 2
        )
    assert retry.status_code == 201
    assert len(server.world.workspaces) == 1
