"""The one walk of the client's methods, which the surface, result-model, hostile-input and
spec-change tests read.

Which methods exist comes from the client and the registry (`roundtable.api.OPERATIONS`):
each resource is a tag of the spec, and each method names the operation it sends in its
code (`requester.call(<operation>, ...)`). Nothing here lists them again; `call_every_method`
refuses to finish when a method is missing from it, naming the method.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import attrs
import httpx
from check_docstrings import RESOURCES, SYSTEM_METHODS

import roundtable.api
import roundtable.resources.system
from roundtable import RawResponse, RoundTableClient
from roundtable._operation import Operation
from roundtable.resources._base import NOT_ONE_REQUEST
from roundtable.testing import IN_PROCESS_BASE_URL, ReferenceServer

# Plain values for the arguments a method requires, by name; ids are given by the caller.
DUMMY = {
    "name": "n",
    "agent_config": {"primary_agent": "a"},
    "content": {"k": 1},
    "task": "t",
    "participants": ["sb_1"],
    "config": {"max_sandboxes": 5},  # a key workspace settings know; sandbox config is free
    "email": "ada@example.com",
    "password": "password-123",
    "username": "ada@example.com",
    "refresh_token": "rt-1",
}


@dataclass(frozen=True)
class FacadeMethod:
    """A method of the async client that sends one request."""

    name: str  # as reached from a client: "workspaces.get", "health_check"
    function: Callable[..., Any]
    # What it sends; an alias (collaborations.get) sends what the method it calls sends.
    operation: Operation[..., Any]


def method_names(client: Any, *, waiters: bool = False) -> list[str]:
    """Every method of `client` (either kind) that makes one request; with `waiters`, the
    methods that poll (`wait`, `wait_for_status`) as well. `iterate` is never among them."""
    found = list(SYSTEM_METHODS)
    skipped = {"iterate"} if waiters else NOT_ONE_REQUEST
    for resource in RESOURCES:
        for name, _ in inspect.getmembers(getattr(client, resource), inspect.ismethod):
            if not name.startswith("_") and name not in skipped:
                found.append(f"{resource}.{name}")
    return sorted(found)


def facade_methods() -> list[FacadeMethod]:
    """Each one-request method of the async client with the registry's operation it sends."""
    found = []
    for resource in RESOURCES:
        module = importlib.import_module(f"roundtable.resources.{resource}")
        (cls,) = [
            c
            for c in vars(module).values()
            if isinstance(c, type)
            and c.__module__ == module.__name__
            and hasattr(c, "with_raw_response")
        ]
        for name, function in vars(cls).items():
            if (
                not name.startswith("_")
                and name not in NOT_ONE_REQUEST
                and inspect.iscoroutinefunction(function)
            ):
                operation = _operation_sent(function, module, cls)
                found.append(FacadeMethod(f"{resource}.{name}", function, operation))
    system = roundtable.resources.system
    for name in SYSTEM_METHODS:
        operation = _operation_sent(getattr(system, name), system, None)
        found.append(FacadeMethod(name, getattr(roundtable.RoundTableClient, name), operation))
    return found


def _operation_sent(function: Any, module: Any, cls: type | None) -> Operation[..., Any]:
    source = inspect.getsource(function)
    called = re.search(r"requester\.call(?:_as)?\(\s*(\w+)", source)
    if called is not None:
        return getattr(module, called.group(1))
    delegate = re.search(r"return await self\.(\w+)\(", source)
    assert cls is not None and delegate is not None, f"{function.__qualname__} sends nothing"
    return _operation_sent(getattr(cls, delegate.group(1)), module, cls)


def target(client: Any, name: str) -> Any:
    """`client.workspaces.get` for "workspaces.get"."""
    for part in name.split("."):
        client = getattr(client, part)
    return client


async def invoke(method: Any, *args: Any, **kwargs: Any) -> Any:
    """Await an async method; run a sync one in a thread (the test's loop stays free)."""
    if inspect.iscoroutinefunction(method):
        return await method(*args, **kwargs)
    return await asyncio.to_thread(method, *args, **kwargs)


def dummy_arguments(method: Any, id_value: str = "id_1", **given: Any) -> dict[str, Any]:
    """The arguments `method` requires, from DUMMY (ids: `id_value`), overridden by `given`."""
    arguments = {
        name: id_value if name.endswith("_id") else DUMMY[name]
        for name, p in inspect.signature(method).parameters.items()
        if p.default is p.empty and p.kind is not p.VAR_KEYWORD
    }
    return {**arguments, **given}


async def call_every_method(client: Any, *, raw: bool = False) -> dict[str, Any]:
    """Call every one-request method of `client` (either kind) once, on objects it creates;
    with `raw`, each again through `with_raw_response`, checking the raw answer. Returns
    each method's result by name."""
    results: dict[str, Any] = {}

    async def call(name: str, /, *args: Any, raw_args: Any = None, **kwargs: Any) -> Any:
        plain = await invoke(target(client, name), *args, **kwargs)
        resource, _, method = name.rpartition(".")
        if raw and resource and method != "delete":  # a second delete would be a 404
            raw_target = getattr(getattr(client, resource).with_raw_response, method)
            answer = await invoke(raw_target, *(raw_args or args), **kwargs)
            assert isinstance(answer, RawResponse), name
            assert 200 <= answer.status_code < 300 and answer.retries_taken == 0, name
            assert answer.elapsed.total_seconds() >= 0
            assert answer.headers is answer.http_response.headers
            assert type(answer.parse()) is type(plain), name
        results[name] = plain
        return plain

    ws = await call("workspaces.create", name="W", description="d")
    await call("workspaces.get", ws.workspace_id)
    await call("workspaces.list")
    await call("workspaces.update", ws.workspace_id, name="V")
    await call("workspaces.get_config", ws.workspace_id)
    await call("workspaces.update_config", ws.workspace_id, {"max_sandboxes": 20})
    a = await call("sandboxes.create", ws.workspace_id, "A", {"primary_agent": "researcher"})
    b = await invoke(client.sandboxes.create, ws.workspace_id, "B", {"primary_agent": "analyst"})
    await call("sandboxes.get", a.sandbox_id)
    await call("sandboxes.list", ws.workspace_id)
    await call("sandboxes.start", a.sandbox_id)
    await call("sandboxes.status", a.sandbox_id)
    message = await call("messages.send", a.sandbox_id, b.sandbox_id, {"k": 1})
    await call("messages.get", message.message_id)
    await call("messages.list", a.sandbox_id)
    await call("messages.broadcast", ws.workspace_id, {"all": 1})
    await call("sandboxes.metrics", a.sandbox_id)
    await call("sandboxes.logs", a.sandbox_id)
    await call("sandboxes.update_config", a.sandbox_id, {"log_level": "debug"})
    participants = [a.sandbox_id, b.sandbox_id]
    col = await call("collaborations.orchestrate", ws.workspace_id, "t", participants)
    await call("collaborations.get_collaboration", col.collaboration_id)
    await call("collaborations.get", col.collaboration_id)
    await call("collaborations.discover_agents", ws.workspace_id)
    await call("health_check")
    await call("system_info")
    await call("aggregate_metrics", ws.workspace_id)
    await call("sandboxes.stop", a.sandbox_id)
    await call("auth.me")
    pair = await call(
        "auth.register",
        "ada@example.com",
        "password-123",
        raw_args=("bob@example.com", "password-456"),
    )
    await call("auth.login", "ada@example.com", "password-123")
    await call("auth.token", "ada@example.com", "password-123")
    await call("auth.refresh", pair.refresh_token)
    await call("auth.logout")
    await call("sandboxes.delete", b.sandbox_id)
    await call("workspaces.delete", ws.workspace_id)
    if raw:  # the raw deletes, on objects of their own
        spare = await invoke(client.workspaces.create, name="spare")
        extra = await invoke(
            client.sandboxes.create, spare.workspace_id, "x", {"primary_agent": "x"}
        )
        for resource, object_id in (
            ("sandboxes", extra.sandbox_id),
            ("workspaces", spare.workspace_id),
        ):
            answer = await invoke(getattr(client, resource).with_raw_response.delete, object_id)
            assert answer.status_code == 204 and answer.parse() is None
    missing = set(method_names(client)) - set(results)
    assert not missing, f"call_every_method does not call {sorted(missing)}: add each there"
    return results


Wrap = Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport]


async def every_result(
    wrap: Wrap = lambda transport: transport, profile: str = "today"
) -> list[tuple[str, object]]:
    """What every method of the client returns; `wrap` may change the server's answers."""
    server = ReferenceServer(profile=profile)
    transport = wrap(server.transport())
    async with RoundTableClient(server.api_key, IN_PROCESS_BASE_URL, transport=transport) as client:
        return list((await call_every_method(client)).items())


def _walk(value: object, seen: list[object]) -> None:
    seen.append(value)
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _walk(getattr(value, field.name), seen)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, seen)
    elif isinstance(value, list):
        for item in value:
            _walk(item, seen)


def object_graph(result: object) -> list[object]:
    seen: list[object] = []
    _walk(result, seen)
    return seen
