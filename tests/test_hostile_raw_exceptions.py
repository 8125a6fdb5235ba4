"""Finding 6: nothing raised is outside RoundTableError, and a bug is not a bad body."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import inspect
import math
import traceback

import httpx
import pytest
from every_call import method_names, target
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable import RoundTableClient
from roundtable.exceptions import (
    APIConnectionError,
    ClientClosedError,
    InvalidRequestError,
    MalformedResponseError,
    RoundTableError,
)

# Values no method takes, of every JSON and non-JSON kind.
HOSTILE = st.one_of(
    st.sampled_from([None, math.nan, math.inf, datetime.datetime(2026, 1, 1), object()]),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.binary(max_size=10),
    st.lists(st.integers() | st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers() | st.none(), max_size=3),
)


def _parameters() -> list[tuple[str, str]]:
    client = RoundTableClient("k", "http://rt.test")
    return [
        (name, parameter)
        for name in method_names(client, waiters=True)
        for parameter in inspect.signature(target(client, name)).parameters
    ]


async def _call_with(method: str, parameter: str, value: object) -> None:
    # The server answers 200 with an empty envelope: whatever is sent, the outcome is typed.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": {}}))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        method_of_client = target(client, method)
        arguments = {
            name: "sb_1" if name.endswith("_id") else "v"
            for name, p in inspect.signature(method_of_client).parameters.items()
            if p.default is inspect.Parameter.empty
        }
        arguments[parameter] = value
        try:
            await method_of_client(**arguments)
        except RoundTableError:
            pass


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(_parameters()), value=HOSTILE)
def test_any_argument_gives_a_result_or_a_roundtable_error(where, value):
    """Any value for any parameter of any method: a result, or an error of the SDK's own,
    never a raw TypeError, KeyError or AttributeError from inside it."""
    method, parameter = where
    asyncio.run(_call_with(method, parameter, value))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (
            lambda c: c.messages.send("sb_1", "sb_2", {"when": datetime.datetime.now()}),
            "content.when",
        ),
        (lambda c: c.messages.send("sb_1", "sb_2", {"blob": b"x"}), "content.blob"),
        (lambda c: c.messages.send("sb_1", "sb_2", {"a": [1, math.nan]}), "content.a[1]"),
        (lambda c: c.collaborations.orchestrate("ws_1", "t", participants=5), "participants"),
        (lambda c: c.collaborations.orchestrate("ws_1", "t", ["sb", 5]), "participants[1]"),
        (
            lambda c: c.sandboxes.create(
                "ws_1", "n", {"primary_agent": "a", "temperature": math.inf}
            ),
            "agent_config.temperature",
        ),
    ],
)
async def test_an_argument_json_cannot_carry_is_refused_naming_its_path(call, field):
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(InvalidRequestError) as caught:
            await call(client)
    assert caught.value.field == field
    assert sent == []


async def test_deeply_nested_json_is_a_malformed_response():
    body = b'{"success": true, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(MalformedResponseError):
            await client.workspaces.list()


@pytest.mark.parametrize("expires_in", ["soon", -1, 1.5, None, True])
async def test_a_bad_expires_in_from_login_is_a_malformed_response(expires_in):
    pair = {"access_token": "t", "token_type": "bearer", "expires_in": expires_in}
    pair["refresh_token"] = "r"  # a login always issues one
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"success": True, "data": pair})
    )
    async with RoundTableClient.anonymous("http://rt.test", transport=transport) as client:
        with pytest.raises(MalformedResponseError, match="expires_in"):
            await client.auth.login("a@b.c", "password")


async def test_a_token_that_cannot_be_a_header_is_a_malformed_response_without_the_token():
    pair = {"access_token": "tok\nen-secret", "token_type": "bearer", "expires_in": 60}
    pair["refresh_token"] = "r"
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"success": True, "data": pair})
    )
    client = RoundTableClient(
        base_url="http://rt.test", email="a@b.c", password="pw", transport=transport
    )
    with pytest.raises(MalformedResponseError) as caught:
        await client.workspaces.list()
    assert "secret" not in str(caught.value)
    await client.close()


async def test_a_call_after_close_is_a_clear_error():
    client = RoundTableClient("k", "http://rt.test")
    await client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        await client.workspaces.list()


async def test_a_bug_in_the_sdk_is_not_reported_as_a_bad_body(monkeypatch):
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, json={"data": {"workspaces": [], "count": 0, "offset": 0, "limit": 1}}
        )
    )

    def broken(_data):
        raise KeyError("a bug of ours")

    import roundtable.resources.workspaces as workspaces

    monkeypatch.setattr(
        workspaces, "list_workspaces", dataclasses.replace(workspaces.list_workspaces, parse=broken)
    )
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(KeyError):
            await client.workspaces.list()


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_request_the_http_layer_refuses_is_one_clear_error_without_its_secret(method):
    """httpx's LocalProtocolError quotes the header it refused; retrying cannot help."""
    attempts = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.LocalProtocolError("Illegal header value b'Bearer sk-secret-value'")

    transport = httpx.MockTransport(refuse)
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.request(method, "/system/info")
    message = str(caught.value)
    assert message == (
        f"cannot send {method} http://rt.test/system/info: the HTTP layer refused the request "
        "as malformed (LocalProtocolError)"
    )
    shown = "".join(traceback.format_exception(caught.value))
    assert "sk-secret" not in shown
    assert len(attempts) == 1
