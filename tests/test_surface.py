"""Issue 12: the surface of both clients — sync and async alike, per-call options reaching
the wire for every method, raw responses, waiters, any operation, and event-loop moves."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from every_call import (
    call_every_method,
    dummy_arguments,
    facade_methods,
    invoke,
    method_names,
    target,
)

import roundtable.api
from roundtable import (
    APIStatusError,
    EventLoopError,
    InternalServerError,
    InvalidRequestError,
    RetryPolicy,
    RoundTableClient,
    SyncRoundTableClient,
    WaitTimeoutError,
)
from roundtable.testing import ReferenceServer

FLAVOURS = ["async", "sync"]


def test_both_clients_have_the_same_methods_with_the_same_arguments():
    async_client = RoundTableClient("k", "http://rt.test")
    sync_client = SyncRoundTableClient("k", "http://rt.test")
    methods = method_names(async_client)
    assert methods == method_names(sync_client) and len(methods) >= 30
    for method in [*methods, "workspaces.iterate", "sandboxes.wait_for_status"]:
        async_signature = inspect.signature(target(async_client, method))
        sync_signature = inspect.signature(target(sync_client, method))
        assert list(async_signature.parameters) == list(sync_signature.parameters), method
        assert inspect.iscoroutinefunction(target(async_client, method)) != (
            inspect.iscoroutinefunction(target(sync_client, method))
        ) or method.endswith("iterate")


# ---- per-call options reach the wire ---------------------------------------------------------


def make_client(flavour: str, transport: Any, **options: Any) -> Any:
    if flavour == "async":
        return RoundTableClient("k", "http://rt.test", transport=transport, **options)
    return SyncRoundTableClient("k", "http://rt.test", transport=transport, **options)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_every_method_sends_the_per_call_options(flavour):
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418, json={"detail": "only looking"})

    client = make_client(flavour, httpx.MockTransport(refuse), max_retries=0)
    keyed = {method.name for method in facade_methods() if method.operation.sends_idempotency_key}
    for method_name in method_names(client):
        method = target(client, method_name)
        options: dict[str, Any] = {
            "timeout": 7,
            "extra_headers": {"X-Extra": "yes"},
            "extra_query": {"trace": "on"},
            "extra_body": {"note": "n"},
        }
        if method_name in keyed:
            options["idempotency_key"] = f"key-{method_name}"
        sent.clear()
        with pytest.raises(APIStatusError):  # the 418: only the request matters here
            await invoke(method, **dummy_arguments(method), **options)
        assert len(sent) == 1, method_name
        request = sent[0]
        assert request.headers["x-extra"] == "yes", method_name
        assert request.url.params["trace"] == "on", method_name
        assert request.extensions["timeout"]["read"] == 7, method_name
        if request.headers.get("content-type", "").startswith("application/json"):
            assert json.loads(request.content)["note"] == "n", method_name
        else:  # the OAuth2 form of auth.token
            assert b"note=n" in request.content, method_name
        if method_name in keyed:
            assert request.headers["idempotency-key"] == f"key-{method_name}", method_name


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_with_options_sets_options_for_every_call_and_a_call_s_own_win(flavour):
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503)

    client = make_client(
        flavour,
        httpx.MockTransport(answer),
        retry_policy=RetryPolicy(
            max_retries=3, sleep=(lambda _s: None) if flavour == "sync" else _no_sleep
        ),
    )
    quick = client.with_options(max_retries=0, timeout=3, extra_headers={"X-A": "1", "X-B": "1"})
    with pytest.raises(InternalServerError):
        await invoke(quick.workspaces.list, extra_headers={"X-B": "2"})
    assert len(sent) == 1  # max_retries=0
    assert (sent[0].headers["x-a"], sent[0].headers["x-b"]) == ("1", "2")
    assert sent[0].extensions["timeout"]["read"] == 3
    sent.clear()
    with pytest.raises(InternalServerError):
        await invoke(client.workspaces.list)
    assert len(sent) == 4 and "x-a" not in sent[0].headers  # the original is unchanged


async def _no_sleep(_seconds: float) -> None:
    return None


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": "soon"}, "timeout"),
        ({"extra_headers": {"X-A": "a\nb"}}, "extra_headers"),
        ({"extra_headers": ["X-A"]}, "extra_headers"),
        ({"extra_query": 5}, "extra_query"),
        ({"idempotency_key": ""}, "idempotency_key"),
        ({"retries": 3}, "retries"),
    ],
)
async def test_a_bad_option_is_refused_by_name_before_sending(options, field):
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    async with RoundTableClient("k", "http://rt.test", transport=transport) as client:
        with pytest.raises(InvalidRequestError) as caught:
            await client.workspaces.create(name="x", **options)
    assert caught.value.field == field and sent == []


# ---- every method through both clients, plain and raw -----------------------------------------


def open_client(flavour: str, server: ReferenceServer) -> Any:
    return server.client() if flavour == "async" else server.sync_client()


@pytest.fixture(scope="module")
def both_scenarios() -> dict[str, dict[str, Any]]:
    async def run(flavour: str) -> dict[str, Any]:
        server = ReferenceServer(profile="documented")
        client = open_client(flavour, server)
        try:
            return await call_every_method(client, raw=True)
        finally:
            await invoke(client.close)

    return {flavour: asyncio.run(run(flavour)) for flavour in FLAVOURS}


def test_every_method_answers_alike_through_both_clients(both_scenarios):
    sync_results, async_results = both_scenarios["sync"], both_scenarios["async"]
    assert set(sync_results) == set(async_results)
    client = RoundTableClient("k", "http://rt.test")
    assert set(method_names(client)) <= set(async_results)
    for name, result in async_results.items():
        assert type(sync_results[name]) is type(result), name
        if attrs.has(type(result)):
            assert (
                attrs.fields_dict(type(result)).keys()
                == attrs.fields_dict(type(sync_results[name])).keys()
            )


def test_iterate_is_a_plain_iterator_on_the_sync_client():
    server = ReferenceServer()
    with server.sync_client() as client:
        for n in range(5):
            client.workspaces.create(name=f"w{n}")
        assert [ws.name for ws in client.workspaces.iterate(page_size=2)] == [
            f"w{n}" for n in range(5)
        ]


def test_with_raw_response_has_no_multi_request_methods():
    client = RoundTableClient("k", "http://rt.test")
    for name in ("iterate", "wait", "wait_for_status"):
        with pytest.raises(AttributeError):
            getattr(client.sandboxes.with_raw_response, name)
    assert "get" in dir(client.sandboxes.with_raw_response)


# ---- waiters --------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_waiters_reach_the_state_and_call_back_on_each_poll(flavour):
    server = ReferenceServer(profile="documented", collaboration_round_seconds=0.05)
    client = open_client(flavour, server)
    ws = await invoke(client.workspaces.create, name="w")
    sandbox = await invoke(client.sandboxes.create, ws.workspace_id, "a", {"primary_agent": "a"})
    await invoke(client.sandboxes.start, sandbox.sandbox_id)
    status = await invoke(client.sandboxes.wait_for_status, sandbox.sandbox_id, "running")
    assert status.status == "running"
    collaboration = await invoke(
        client.collaborations.orchestrate, ws.workspace_id, "t", [sandbox.sandbox_id]
    )
    polls: list[Any] = []
    done = await invoke(
        client.collaborations.wait,
        collaboration.collaboration_id,
        timeout=10,
        interval=0.02,
        on_poll=polls.append,
    )
    await invoke(client.close)
    assert done.status == "completed" and len(polls) >= 2 and polls[-1] is done


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_waiter_times_out_with_the_last_result(flavour):
    server = ReferenceServer()  # today's server: collaborations never move on
    client = open_client(flavour, server)
    ws = await invoke(client.workspaces.create, name="w")
    sandbox = await invoke(client.sandboxes.create, ws.workspace_id, "a", {"primary_agent": "a"})
    collaboration = await invoke(
        client.collaborations.orchestrate, ws.workspace_id, "t", [sandbox.sandbox_id]
    )
    with pytest.raises(WaitTimeoutError) as caught:
        await invoke(
            client.collaborations.wait, collaboration.collaboration_id, timeout=0.2, interval=0.05
        )
    await invoke(client.close)
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.last.status == "running"
    assert collaboration.collaboration_id in str(caught.value)


async def test_a_waiter_is_cancellable_and_polls_no_more():
    server = ReferenceServer()
    polls: list[Any] = []
    async with server.client() as client:
        ws = await client.workspaces.create(name="w")
        sandbox = await client.sandboxes.create(ws.workspace_id, "a", {"primary_agent": "a"})
        waiting = asyncio.ensure_future(
            client.sandboxes.wait_for_status(
                sandbox.sandbox_id, "running", interval=0.01, on_poll=polls.append
            )
        )
        while len(polls) < 3:
            await asyncio.sleep(0.005)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        seen = len(polls)
        await asyncio.sleep(0.05)
    assert len(polls) == seen


@pytest.mark.parametrize(("timeout", "interval"), [(0, 1), (-1, 1), (1, 0), ("1", 1)])
async def test_a_waiter_refuses_a_bad_timeout_or_interval(timeout, interval):
    async with ReferenceServer().client() as client:
        with pytest.raises(InvalidRequestError):
            await client.sandboxes.wait_for_status(
                "sb_1", "running", timeout=timeout, interval=interval
            )


# ---- any operation: client.call and client.request --------------------------------------------


OPERATION_ARGUMENTS: dict[str, dict[str, Any]] = {
    "register": {"body": {"email": "bob@example.com", "password": "password-456"}},
    "login": {"body": {"email": "ann@example.com", "password": "password-789"}},
    "issue_token": {"body": {"username": "ann@example.com", "password": "password-789"}},
    "create_workspace": {"body": {"name": "via call"}},
    "update_workspace": {"workspace_id": "{ws}", "body": {"name": "renamed"}},
    "update_workspace_config": {"workspace_id": "{ws}", "body": {"max_sandboxes": 5}},
    "create_sandbox": {
        "workspace_id": "{ws}",
        "body": {"name": "s", "agent_config": {"primary_agent": "a"}},
    },
    "update_sandbox_config": {"sandbox_id": "{sb}", "body": {"log_level": "debug"}},
    "send_message": {"sandbox_id": "{sb}", "body": {"to_sandbox_id": "{sb2}", "content": {}}},
    "broadcast_message": {"workspace_id": "{ws}", "body": {"content": {"x": 1}}},
    "orchestrate_collaboration": {
        "workspace_id": "{ws}",
        "body": {"task": "t", "participants": ["{sb}"]},
    },
}
# Run last: they take away what the others need.
LAST = ["refresh_access_token", "logout", "delete_sandbox", "delete_workspace"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_client_call_runs_every_generated_operation(flavour):
    server = ReferenceServer(profile="documented")
    client = open_client(flavour, server)
    ws = await invoke(client.workspaces.create, name="w")
    sb = await invoke(client.sandboxes.create, ws.workspace_id, "a", {"primary_agent": "a"})
    sb2 = await invoke(client.sandboxes.create, ws.workspace_id, "b", {"primary_agent": "b"})
    message = await invoke(client.messages.send, sb.sandbox_id, sb2.sandbox_id, {"k": 1})
    col = await invoke(client.collaborations.orchestrate, ws.workspace_id, "t", [sb.sandbox_id])
    pair = await invoke(client.auth.register, "ann@example.com", "password-789")
    ids = {
        "{ws}": ws.workspace_id,
        "{sb}": sb.sandbox_id,
        "{sb2}": sb2.sandbox_id,
        "workspace_id": ws.workspace_id,
        "sandbox_id": sb.sandbox_id,
        "message_id": message.message_id,
        "collaboration_id": col.collaboration_id,
    }
    operations = sorted(
        roundtable.api.OPERATIONS,
        key=lambda op: LAST.index(op.operation_id) + 1 if op.operation_id in LAST else 0,
    )
    for operation in operations:
        name = operation.operation_id
        arguments = json.loads(json.dumps(OPERATION_ARGUMENTS.get(name, {})))
        for parameter in inspect.signature(operation.build).parameters:
            if parameter in ids and parameter not in arguments:
                arguments[parameter] = ids[parameter]
        text = json.dumps(arguments)
        for placeholder, value in ids.items():
            if placeholder.startswith("{"):
                text = text.replace(placeholder, value)
        arguments = json.loads(text)
        if name == "refresh_access_token":
            arguments["body"] = {"refresh_token": pair.refresh_token}
        result = await invoke(client.call, operation, **arguments)
        if operation.result is None:
            assert result is None, name
        else:
            assert isinstance(result, operation.result), (name, result)
    await invoke(client.close)


async def test_client_call_and_request_refuse_what_they_cannot_send():
    async with ReferenceServer().client() as client:
        with pytest.raises(InvalidRequestError) as caught:
            await client.call(json)  # not an operation
        assert caught.value.field == "operation"
        from roundtable.api.workspaces import get_workspace

        with pytest.raises(InvalidRequestError) as caught:
            await client.call(get_workspace, workspace_id="..")
        assert caught.value.field == "workspace_id"
        with pytest.raises(InvalidRequestError):
            await client.call(get_workspace)  # its argument is missing
        for path in ("workspaces", "/../secrets", "/workspaces?limit=1", "/a/./b"):
            with pytest.raises(InvalidRequestError) as caught:
                await client.request("GET", path)
            assert caught.value.field == "path"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_client_request_reaches_any_path_and_unwraps_the_envelope(flavour):
    server = ReferenceServer()
    client = open_client(flavour, server)
    created = await invoke(client.request, "POST", "/workspaces", json={"name": "raw"})
    assert created["name"] == "raw" and "success" not in created
    listed = await invoke(client.request, "get", "/workspaces", params={"limit": 1})
    assert (
        listed["count"] == 1 and listed["workspaces"][0]["workspace_id"] == created["workspace_id"]
    )
    from roundtable.exceptions import NotFoundError

    with pytest.raises(NotFoundError):
        await invoke(client.request, "GET", "/no/such/route")
    await invoke(client.close)


# ---- event loops -------------------------------------------------------------------------------


def test_an_async_client_works_from_a_second_event_loop():
    server = ReferenceServer()
    with server.serve() as base_url:  # a real socket: its connections belong to a loop
        client = RoundTableClient(server.api_key, base_url)
        for _ in range(3):
            assert asyncio.run(client.workspaces.list()).count == 0

        async def close() -> None:
            await client.close()

        asyncio.run(close())


def test_an_async_client_with_your_http_client_says_why_it_cannot_move():
    server = ReferenceServer()
    with server.serve() as base_url:
        client = RoundTableClient(server.api_key, base_url, http_client=httpx.AsyncClient())
        assert asyncio.run(client.workspaces.list()).count == 0
        with pytest.raises(EventLoopError, match="another event loop"):
            asyncio.run(client.workspaces.list())


# ---- cookies --------------------------------------------------------------------------------


def cookie_setting_server(sent: list[httpx.Request]) -> httpx.MockTransport:
    """Answers an empty workspace list, and sets a cookie each time."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            200,
            headers={"Set-Cookie": "session=abc; Path=/"},
            json={"success": True, "data": {"workspaces": [], "count": 0, "offset": 0, "limit": 1}},
        )

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_the_client_s_own_pool_keeps_no_cookie(flavour):
    sent: list[httpx.Request] = []
    client = make_client(flavour, cookie_setting_server(sent))
    await invoke(client.workspaces.list)
    await invoke(client.workspaces.list)
    assert "cookie" not in sent[1].headers
    assert len(client.http_client.cookies) == 0
    await invoke(client.close)


async def test_a_pool_you_pass_keeps_its_cookies():
    sent: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=cookie_setting_server(sent)) as http:
        client = RoundTableClient("k", "http://rt.test", http_client=http)
        await client.workspaces.list()
        await client.workspaces.list()
    assert sent[1].headers["cookie"] == "session=abc"


async def test_a_success_status_the_spec_does_not_declare_is_still_parsed():
    from roundtable.api import get_system_info

    info = {"name": "n", "version": "1", "environment": "e", "authenticated": True}

    def answer(request: httpx.Request) -> httpx.Response:
        # A success status the spec does not declare for this operation.
        return httpx.Response(203, json={"success": True, "data": info, "meta": None})

    async with RoundTableClient("k", "http://rt.test", transport=httpx.MockTransport(answer)) as c:
        result = await c.call(get_system_info)
    assert result.to_dict() == info


def test_the_package_ships_no_second_client_and_no_unused_generated_layer():
    """The generator's own plain client and errors, its transport functions and the success
    envelopes' models are not shipped: nothing uses them, and `roundtable.client` would read
    as a second, unsupported client."""
    package = Path(roundtable.__file__).parent
    assert not (package / "client.py").exists()
    assert not (package / "errors.py").exists()
    assert not list(package.glob("models/*envelope*"))
    for operation in roundtable.api.OPERATIONS:
        module = importlib.import_module(f"roundtable.api.{operation.tag}.{operation.operation_id}")
        public = {name for name in vars(module) if not name.startswith("_")}
        assert {"sync", "asyncio", "sync_detailed", "asyncio_detailed"}.isdisjoint(public)
        assert module.OPERATION is operation and module.build_request is operation.build


@pytest.mark.parametrize("method", facade_methods(), ids=lambda method: method.name)
def test_a_method_takes_idempotency_key_exactly_where_it_sends_one(method):
    """Methods of one HTTP verb share one options type, and it matches what is sent: every
    method whose operation carries an Idempotency-Key takes `idempotency_key=`."""
    assert method.operation in roundtable.api.OPERATIONS, method.name
    annotation = inspect.signature(method.function).parameters["options"].annotation
    expected = "PostOptions" if method.operation.sends_idempotency_key else "RequestOptions"
    assert annotation == f"Unpack[{expected}]", method


def test_every_operation_of_the_registry_has_a_method_or_is_reached_through_call():
    """No operation the facade sends is missing from the registry, and the walk above found
    the methods it should: each operation used by a method is an operation of the spec."""
    used = {method.operation.operation_id for method in facade_methods()}
    assert used <= {operation.operation_id for operation in roundtable.api.OPERATIONS}
    assert {"get_workspace", "create_workspace", "delete_sandbox", "send_message"} <= used
