"""Sending through an httpx client of the caller's (proxies, mTLS): its settings reach every
request as `build_request` would put them there, and an attempt runs apart from its caller
only when the client may route it through httpcore's pool."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mocked import BASE_URL, WORKSPACE

from roundtable import RetryPolicy, RoundTableClient, SyncRoundTableClient

BASE = BASE_URL


def recording(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "data": WORKSPACE})

    return httpx.MockTransport(answer)


def your_settings() -> dict[str, object]:
    return {
        "headers": {"X-Team": "search", "User-Agent": "theirs/1.0"},
        "cookies": {"route": "b"},
        "timeout": 99.0,
        "base_url": "http://elsewhere.test/other",
    }


async def test_your_clients_headers_and_cookies_reach_the_request_and_ours_win():
    sent: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=recording(sent), **your_settings()) as http:
        client = RoundTableClient("k", BASE, http_client=http, timeout=12.0)
        await client.workspaces.get("ws_1")
    (request,) = sent
    assert str(request.url) == f"{BASE}/workspaces/ws_1"  # your base_url is not ours
    assert request.headers["x-team"] == "search"
    assert request.headers["cookie"] == "route=b"
    assert request.headers.get_list("authorization") == ["Bearer k"]
    assert request.headers["user-agent"].startswith("roundtable-sdk-python/")
    assert len(request.headers.get_list("user-agent")) == 1
    assert request.headers["accept"] == "application/json"
    assert request.extensions["timeout"]["read"] == 12.0


def test_the_sync_client_sends_your_clients_settings_too():
    sent: list[httpx.Request] = []
    with httpx.Client(transport=recording(sent), **your_settings()) as http:
        client = SyncRoundTableClient("k", BASE, http_client=http, timeout=12.0)
        client.workspaces.get("ws_1")
    (request,) = sent
    assert request.headers["x-team"] == "search"
    assert request.headers["cookie"] == "route=b"
    assert request.headers.get_list("authorization") == ["Bearer k"]
    assert request.extensions["timeout"]["read"] == 12.0


async def test_your_clients_query_parameters_are_kept():
    sent: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=recording(sent), params={"tenant": "t1"}) as http:
        client = RoundTableClient("k", BASE, http_client=http)
        await client.workspaces.get("ws_1")
    assert sent[0].url.params["tenant"] == "t1"


async def test_a_client_that_builds_requests_its_own_way_is_used_as_it_is():
    class Signing(httpx.AsyncClient):
        def build_request(self, method, url, **kwargs):
            request = super().build_request(method, url, **kwargs)
            request.headers["X-Signature"] = f"signed {request.method} {request.url.path}"
            return request

    sent: list[httpx.Request] = []
    async with Signing(transport=recording(sent)) as http:
        client = RoundTableClient("k", BASE, http_client=http)
        await client.workspaces.get("ws_1")
    assert sent[0].headers["x-signature"] == "signed GET /api/v1/workspaces/ws_1"


async def tasks_serving_a_call(http: httpx.AsyncClient, seen: list[asyncio.Task[object]]) -> bool:
    """Whether the call ran in the caller's own task."""
    client = RoundTableClient("k", BASE, http_client=http, retry_policy=RetryPolicy(max_retries=0))
    await client.workspaces.get("ws_1")
    return seen == [asyncio.current_task()]


def task_recording(seen: list[asyncio.Task[object]]) -> httpx.MockTransport:
    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(asyncio.current_task())
        return httpx.Response(200, json={"success": True, "data": WORKSPACE})

    return httpx.MockTransport(answer)


async def test_a_client_without_httpcore_s_pool_sends_in_the_callers_task():
    """An attempt through httpcore's pool runs in a task of its own (encode/httpcore#1093),
    which costs more than a third of an in-process call: a client whose transports are not
    that pool does not pay it."""
    seen: list[asyncio.Task[object]] = []
    async with httpx.AsyncClient(transport=task_recording(seen)) as http:
        assert await tasks_serving_a_call(http, seen)


async def test_a_client_with_a_pooled_transport_mounted_sends_apart_from_its_caller():
    seen: list[asyncio.Task[object]] = []
    mounts = {"http://proxied.test": httpx.AsyncHTTPTransport()}
    async with httpx.AsyncClient(transport=task_recording(seen), mounts=mounts) as http:
        assert not await tasks_serving_a_call(http, seen)
        assert len(seen) == 1


@pytest.mark.parametrize("kind", ["default", "proxy"])
def test_which_clients_may_route_through_httpcore_s_pool(kind):
    from roundtable._pool import sends_through_httpcore_pool

    settings = {"proxy": "http://proxy.test:3128"} if kind == "proxy" else {}
    assert sends_through_httpcore_pool(httpx.AsyncClient(**settings))


HEADER_NAMES = st.sampled_from(
    ["Accept", "accept", "User-Agent", "X-Team", "x-team", "Authorization", "Connection"]
)
HEADER_VALUES = st.text(alphabet="abc/;=.-1 ", min_size=1, max_size=8).map(str.strip).filter(bool)


@settings(max_examples=150, deadline=None)
@given(
    theirs=st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=4),
    ours=st.dictionaries(HEADER_NAMES.map(str.lower), HEADER_VALUES, max_size=4),
    cookies=st.dictionaries(st.sampled_from(["route", "lb"]), st.sampled_from(["a", "b"])),
    body=st.sampled_from([{}, {"content": b'{"a":1}'}, {"params": {"limit": 5}}]),
    timeout=st.sampled_from([httpx.USE_CLIENT_DEFAULT, httpx.Timeout(4.0)]),
)
def test_a_request_built_directly_is_the_one_build_request_makes(
    theirs, ours, cookies, body, timeout
):
    """The SDK builds requests itself for speed; what it builds must not drift from httpx's
    own `build_request` (headers of any case and order, cookies, body, query, timeout)."""
    from roundtable._pool import built_request

    http = httpx.AsyncClient(headers=theirs, cookies=cookies, timeout=9.0)
    url = f"{BASE}/workspaces/ws_1"
    direct = built_request(http, "POST", url, ours, body, timeout)
    built = http.build_request("POST", url, headers=ours, timeout=timeout, **body)
    assert direct.method == built.method
    assert direct.url == built.url
    assert direct.headers.multi_items() == built.headers.multi_items()
    assert direct.extensions == built.extensions
    assert direct.read() == built.read()
