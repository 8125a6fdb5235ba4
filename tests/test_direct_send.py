"""The direct send (`roundtable._pool.sent`): a request goes straight to the client's
transport when nothing of the client's runs around it, and the answer must come back as
`client.send(request, stream=True)` gives it (cookies, redirects, encoding, logging,
errors), for the async and the sync client alike; anything of the client's that runs
around a request takes httpx's own send."""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from http.cookiejar import DefaultCookiePolicy
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mocked import BASE_URL, WORKSPACE

from roundtable import RetryPolicy, RoundTableClient, SyncRoundTableClient, _pool, _sync_pool

BASE = BASE_URL
URL = f"{BASE}/workspaces/ws_1"
FOUND = {"success": True, "data": WORKSPACE}

ANSWERS = st.fixed_dictionaries(
    {
        "status": st.sampled_from([200, 201, 204, 301, 302, 303, 307, 308, 404, 500]),
        "location": st.sampled_from([None, "/api/v1/elsewhere", "http://other.test/x"]),
        "cookies": st.lists(
            st.sampled_from(
                [
                    ("Set-Cookie", "a=1"),
                    ("Set-Cookie", "b=2; Path=/api"),
                    ("set-cookie", "c=3; Domain=rt.test"),
                    ("Set-Cookie", "gone=4; Max-Age=0"),
                    ("Set-Cookie", "elsewhere=5; Domain=other.test"),
                    ("Set-Cookie2", 'v2=6; Version="1"'),
                ]
            ),
            max_size=3,
        ),
        "content_type": st.sampled_from([None, "application/json", "text/plain; charset=latin-1"]),
        "body": st.sampled_from([b"", b'{"a": 1}', "caf\u00e9".encode("latin-1")]),
        "streamed": st.booleans(),  # as from a socket; or read already, as MockTransport's
        "history": st.booleans(),  # a transport's own (httpx's send replaces it)
    }
)
CLIENTS = st.fixed_dictionaries(
    {
        "cookies": st.sampled_from([{}, {"route": "b"}]),
        "default_encoding": st.sampled_from(["utf-8", "latin-1"]),
        "mounted": st.booleans(),
        "headers": st.sampled_from([{}, {"X-Team": "search"}]),
        "rfc2965": st.booleans(),  # a jar that takes Set-Cookie2 as well
    }
)


def answering(answer: dict[str, Any], name: str, seen: list[str]):
    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(name)
        headers = list(answer["cookies"])
        if answer["location"] is not None:
            headers.append(("Location", answer["location"]))
        if answer["content_type"] is not None:
            headers.append(("Content-Type", answer["content_type"]))
        history = [httpx.Response(301)] if answer["history"] else None
        if answer["streamed"]:
            stream = httpx.ByteStream(answer["body"])
            return httpx.Response(answer["status"], headers=headers, stream=stream, history=history)
        return httpx.Response(
            answer["status"], headers=headers, content=answer["body"], history=history
        )

    return respond


def client_settings(setup: dict[str, Any], answer: dict[str, Any], seen: list[str]):
    respond = answering(answer, "transport", seen)
    settings: dict[str, Any] = {
        "transport": httpx.MockTransport(respond),
        "cookies": setup["cookies"],
        "default_encoding": setup["default_encoding"],
        "headers": setup["headers"],
    }
    if setup["mounted"]:  # the mount for our host must be the one that answers
        mounted = httpx.MockTransport(answering(answer, "mount", seen))
        settings["mounts"] = {"http://rt.test": mounted}
    return settings


def take_cookies_as_set_up(http: httpx.Client | httpx.AsyncClient, setup: dict[str, Any]):
    if setup["rfc2965"]:
        http.cookies.jar.set_policy(DefaultCookiePolicy(rfc2965=True))


def seen_before_reading(response: httpx.Response, http: httpx.Client | httpx.AsyncClient):
    following = response.next_request
    return {
        "status": (response.status_code, response.reason_phrase, response.http_version),
        "headers": response.headers.multi_items(),
        "request": (response.request.method, str(response.request.url)),
        "default_encoding": response.default_encoding,
        "history": response.history,
        "next_request": None
        if following is None
        else (following.method, str(following.url), following.headers.multi_items()),
        "is_closed": response.is_closed,
        "client_cookies": sorted((c.name, c.value, c.domain, c.path) for c in http.cookies.jar),
        "client_state": http._state,
    }


def seen_after_reading(response: httpx.Response) -> dict[str, Any]:
    try:
        elapsed = response.elapsed >= datetime.timedelta(0)
    except RuntimeError:  # a body read before it was sent is never closed by the client
        elapsed = None
    return {
        "content": response.content,
        "text": response.text,
        "elapsed": elapsed,
        "is_closed": response.is_closed,
    }


@contextmanager
def httpx_log() -> Iterator[list[str]]:
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(f"{record.levelname} {record.getMessage()}")

    logger = logging.getLogger("httpx")
    handler, level = Keep(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def sync_exchange(setup, answer, send) -> dict[str, Any]:
    seen: list[str] = []
    with httpx.Client(**client_settings(setup, answer, seen)) as http, httpx_log() as log:
        take_cookies_as_set_up(http, setup)
        request = http.build_request("GET", URL, timeout=5.0)
        response = send(http, request)
        assert response.request is request
        before = seen_before_reading(response, http)
        response.read()
        response.close()
        return {**before, **seen_after_reading(response), "log": log, "transport": seen}


def async_exchange(setup, answer, send) -> dict[str, Any]:
    async def exchange() -> dict[str, Any]:
        seen: list[str] = []
        async with httpx.AsyncClient(**client_settings(setup, answer, seen)) as http:
            take_cookies_as_set_up(http, setup)
            with httpx_log() as log:
                request = http.build_request("GET", URL, timeout=5.0)
                response = await send(http, request)
                assert response.request is request
                before = seen_before_reading(response, http)
                await response.aread()
                await response.aclose()
                return {**before, **seen_after_reading(response), "log": log, "transport": seen}

    return asyncio.run(exchange())


@settings(max_examples=120, deadline=None)
@given(setup=CLIENTS, answer=ANSWERS)
def test_a_direct_send_gives_the_answer_httpx_s_send_gives(setup, answer):
    """Statuses, redirects handed back, cookies set (or not, or for another domain, or
    expired), encodings, mounts and httpx's log line: the same, async and sync."""
    direct = sync_exchange(setup, answer, _sync_pool.sent)
    ordinary = sync_exchange(setup, answer, lambda http, r: http.send(r, stream=True))
    assert direct == ordinary

    async def send(http, request):
        return await http.send(request, stream=True)

    direct = async_exchange(setup, answer, _pool.sent)
    assert direct == async_exchange(setup, answer, send)


def test_the_installed_httpx_is_one_the_direct_send_was_checked_against():
    """A newer httpx sends the ordinary way (correct, and a third slower in process): this
    fails so that whoever moves httpx on compares its send with `sent` again and adds it
    to DIRECT_SEND_CHECKED_ON."""
    assert httpx.__version__.startswith(_pool.DIRECT_SEND_CHECKED_ON), httpx.__version__
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))) as http:
        assert _sync_pool.sends_directly(http, http.build_request("GET", URL, timeout=1.0))


def failing_transport(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused")


async def test_a_transport_s_failure_names_the_request_as_httpx_s_send_does():
    async with httpx.AsyncClient(transport=httpx.MockTransport(failing_transport)) as http:
        request = http.build_request("GET", URL)
        assert _pool.sends_directly(http, request)
        with pytest.raises(httpx.ConnectError) as failed:
            await _pool.sent(http, request)
    assert failed.value.request is request


class OwnSend(httpx.AsyncClient):
    async def send(self, request, **kwargs):
        request.headers["X-Sent-By"] = "own send"
        return await super().send(request, **kwargs)


class OwnSingleSend(httpx.AsyncClient):
    async def _send_single_request(self, request):
        return await super()._send_single_request(request)


def hook(_: object) -> None:
    return None


# Each is something of the client's that runs around a request, which httpx's send does.
ORDINARY = {
    "auth": lambda t: httpx.AsyncClient(transport=t, auth=("u", "p")),
    "follows redirects": lambda t: httpx.AsyncClient(transport=t, follow_redirects=True),
    "request hook": lambda t: httpx.AsyncClient(transport=t, event_hooks={"request": [hook]}),
    "response hook": lambda t: httpx.AsyncClient(transport=t, event_hooks={"response": [hook]}),
    "its own send": lambda t: OwnSend(transport=t),
    "its own single send": lambda t: OwnSingleSend(transport=t),
}


@pytest.mark.parametrize("kind", sorted(ORDINARY))
async def test_a_client_with_something_around_its_requests_sends_the_ordinary_way(kind):
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    async with ORDINARY[kind](transport) as http:
        assert not _pool.sends_directly(http, http.build_request("GET", URL))
    async with httpx.AsyncClient(transport=transport) as plain:
        assert _pool.sends_directly(plain, plain.build_request("GET", URL))


async def test_a_client_opened_by_no_send_yet_or_closed_sends_the_ordinary_way():
    """httpx's send opens a client and refuses a closed one: that state is httpx's."""
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=FOUND))
    http = httpx.AsyncClient(transport=transport)
    assert not _pool.sends_directly(http, http.build_request("GET", URL))
    await _pool.sent(http, http.build_request("GET", URL))
    assert _pool.sends_directly(http, http.build_request("GET", URL))
    await http.aclose()
    assert not _pool.sends_directly(http, http.build_request("GET", URL))
    with pytest.raises(RuntimeError, match="client has been closed"):
        await _pool.sent(http, http.build_request("GET", URL))


async def test_a_url_with_a_password_or_a_request_without_timeout_sends_the_ordinary_way():
    """httpx's send turns the one into Basic auth, and gives the other the client's timeout."""
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200))) as h:
        assert not _pool.sends_directly(h, h.build_request("GET", "http://u:p@rt.test/x"))
        assert not _pool.sends_directly(h, httpx.Request("GET", URL))


def counting_cookie_reads(monkeypatch) -> list[httpx.Response]:
    reads: list[httpx.Response] = []
    extract = httpx.Cookies.extract_cookies

    def counted(self: httpx.Cookies, response: httpx.Response) -> None:
        reads.append(response)
        extract(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", counted)
    return reads


def cookie_setting_server(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        headers = {"Set-Cookie": "route=b; Path=/"} if len(sent) == 2 else {}
        return httpx.Response(200, headers=headers, json=FOUND)

    return httpx.MockTransport(answer)


async def test_your_client_reads_for_cookies_only_an_answer_that_sets_one(monkeypatch):
    """What makes a caller's client as fast as the SDK's own pool; and the cookie the
    second answer sets is kept by the caller's client and sent with the third request."""
    reads = counting_cookie_reads(monkeypatch)
    sent: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=cookie_setting_server(sent)) as http:
        client = RoundTableClient("k", BASE, http_client=http, retry_policy=RetryPolicy(0))
        for _ in range(3):
            await client.workspaces.get("ws_1")
        assert http.cookies["route"] == "b"
    assert len(reads) == 1 and reads[0].request is sent[1]
    assert "cookie" not in sent[1].headers
    assert sent[2].headers["cookie"] == "route=b"


def test_the_sync_client_reads_for_cookies_only_an_answer_that_sets_one(monkeypatch):
    reads = counting_cookie_reads(monkeypatch)
    sent: list[httpx.Request] = []
    with httpx.Client(transport=cookie_setting_server(sent)) as http:
        client = SyncRoundTableClient("k", BASE, http_client=http, retry_policy=RetryPolicy(0))
        for _ in range(3):
            client.workspaces.get("ws_1")
    assert len(reads) == 1 and reads[0].request is sent[1]
    assert sent[2].headers["cookie"] == "route=b"


async def test_your_clients_hooks_auth_and_redirects_still_run_for_every_call():
    """Through the SDK, a caller's client with hooks, an auth flow or redirects to follow
    behaves as it does on its own."""
    heard: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        heard.append(f"request {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        heard.append(f"response {response.status_code}")

    class Signing(httpx.Auth):
        def auth_flow(self, request: httpx.Request):
            request.headers["X-Signed"] = "yes"
            yield request

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/ws_1"):
            return httpx.Response(307, headers={"Location": f"{BASE}/workspaces/ws_2"})
        assert request.headers["x-signed"] == "yes"
        return httpx.Response(200, json=FOUND)

    hooks = {"request": [on_request], "response": [on_response]}
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(server),
        event_hooks=hooks,
        auth=Signing(),
        follow_redirects=True,
    ) as http:
        client = RoundTableClient("k", BASE, http_client=http)
        workspace = await client.workspaces.get("ws_1")
    assert workspace.workspace_id == "ws_1"
    assert heard == [
        "request /api/v1/workspaces/ws_1",
        "response 307",
        "request /api/v1/workspaces/ws_2",
        "response 200",
    ]
