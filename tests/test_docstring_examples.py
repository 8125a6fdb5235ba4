"""Issue 13: every `Example:` in the clients' docstrings runs as written, against the
reference server over a real socket: the async client's with `await`, the derived sync
client's without. The examples share one setting, which docs/resources.md states: the
`roundtable` names, `os`, and `client`, `workspace`, `sandbox`, `other` (two running
sandboxes), `message` (sent from `sandbox` to `other`) and `collaboration` (of the two)."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import os
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import roundtable
from roundtable import RetryPolicy, RoundTableClient, SyncRoundTableClient
from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

RESOURCES = ["workspaces", "sandboxes", "messages", "collaborations", "auth"]
# The account the examples log in to; registering it is the server's setting, not theirs.
EXAMPLE_ACCOUNT = ("ada@example.com", "correct horse battery staple")
EXAMPLE = re.compile(r"^Example:\n\n((?:(?: {4}.*)?\n)+)", re.M)
FIXTURES = ("workspace", "sandbox", "other", "message", "collaboration")


def docstring_examples(client_class: type) -> Iterator[tuple[str, str]]:
    """(where, code) for each Example of the client class, its members and resources."""
    owners: list[tuple[str, type]] = [(client_class.__name__, client_class)]
    client = client_class("k", "http://rt.test")
    owners += [
        (f"{client_class.__name__}.{name}", type(getattr(client, name))) for name in RESOURCES
    ]
    for prefix, owner in owners:
        members = [("", owner)] + [
            (f".{name}", member)
            for name, member in inspect.getmembers(owner)
            if not name.startswith("_")
        ]
        for suffix, member in members:
            if suffix and inspect.isclass(member):
                continue
            doc = inspect.getdoc(member) if member is owner or suffix else None
            for found in EXAMPLE.finditer((doc or "") + "\n"):
                code = "\n".join(line[4:] for line in found.group(1).splitlines()).strip()
                yield prefix + suffix, code


ASYNC_EXAMPLES = sorted(dict(docstring_examples(RoundTableClient)).items())
SYNC_EXAMPLES = sorted(dict(docstring_examples(SyncRoundTableClient)).items())


def names_used(code: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Name)}


@pytest.fixture(scope="module")
def servers() -> Iterator[Callable[[type], tuple[ReferenceServer, str, TestClock]]]:
    """A server per client class, served on first use: each sees every example once."""
    with contextlib.ExitStack() as running:
        made: dict[type, tuple[ReferenceServer, str, TestClock]] = {}

        def server_for(client_class: type) -> tuple[ReferenceServer, str, TestClock]:
            if client_class not in made:
                clock = TestClock()
                server = ReferenceServer(clock=clock)
                base_url = running.enter_context(server.serve())
                with SyncRoundTableClient.anonymous(base_url) as anonymous:
                    anonymous.auth.register(*EXAMPLE_ACCOUNT)
                made[client_class] = server, base_url, clock
            return made[client_class]

        yield server_for


@pytest.fixture
def setting(
    servers: Callable[[type], tuple[ReferenceServer, str, TestClock]],
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[type], tuple[ReferenceServer, str, TestClock, dict[str, Any]]]:
    """For a client class: its server, the server's clock (waits pass without real time),
    and the names every example may use; the environment a client reads points there."""

    def for_client(client_class: type) -> tuple[ReferenceServer, str, TestClock, dict[str, Any]]:
        server, base_url, clock = servers(client_class)
        monkeypatch.setenv("ROUND_TABLE_BASE_URL", base_url)
        monkeypatch.setenv("ROUND_TABLE_API_KEY", server.api_key)
        names = {name: getattr(roundtable, name) for name in roundtable.__all__}
        return server, base_url, clock, names | {"os": os}

    return for_client


@pytest.mark.parametrize(("where", "code"), ASYNC_EXAMPLES, ids=[w for w, _ in ASYNC_EXAMPLES])
async def test_async_example_runs(where: str, code: str, setting: Any) -> None:
    server, base_url, clock, namespace = setting(RoundTableClient)
    policy = RetryPolicy(sleep=clock.async_sleep, clock=clock)
    async with RoundTableClient(server.api_key, base_url, retry_policy=policy) as client:
        namespace["client"] = client
        if names_used(code) & set(FIXTURES):
            namespace |= await _async_fixtures(client)
        compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        outcome = eval(compiled, namespace)  # noqa: S307 - our own docstrings
        if inspect.iscoroutine(outcome):
            await outcome


@pytest.mark.parametrize(("where", "code"), SYNC_EXAMPLES, ids=[w for w, _ in SYNC_EXAMPLES])
def test_sync_example_runs(where: str, code: str, setting: Any) -> None:
    server, base_url, clock, namespace = setting(SyncRoundTableClient)
    policy = RetryPolicy(sleep=clock.sleep, clock=clock)
    with SyncRoundTableClient(server.api_key, base_url, retry_policy=policy) as client:
        namespace["client"] = client
        if names_used(code) & set(FIXTURES):
            namespace |= asyncio.run(_async_fixtures_for(server.api_key, base_url))
        exec(compile(code, where, "exec"), namespace)  # noqa: S102 - our own docstrings


async def _async_fixtures(client: RoundTableClient) -> dict[str, Any]:
    workspace = await client.workspaces.create(name="Examples")
    sandbox, other = [
        await client.sandboxes.create(workspace.workspace_id, name, {"primary_agent": name.lower()})
        for name in ("Researcher", "Developer")
    ]
    for each in (sandbox, other):
        await client.sandboxes.start(each.sandbox_id)
    message = await client.messages.send(sandbox.sandbox_id, other.sandbox_id, {"task": "analyze"})
    collaboration = await client.collaborations.orchestrate(
        workspace.workspace_id, "Review the design", [sandbox.sandbox_id, other.sandbox_id]
    )
    return {
        "workspace": workspace,
        "sandbox": sandbox,
        "other": other,
        "message": message,
        "collaboration": collaboration,
    }


async def _async_fixtures_for(api_key: str, base_url: str) -> dict[str, Any]:
    async with RoundTableClient(api_key, base_url) as client:
        return await _async_fixtures(client)


def test_every_client_method_has_a_running_example() -> None:
    """The examples run above are the ones check_docstrings requires: none is missed by the
    pattern that finds them."""
    for client_class, found in (
        (RoundTableClient, ASYNC_EXAMPLES),
        (SyncRoundTableClient, SYNC_EXAMPLES),
    ):
        where = {w for w, _ in found}
        client = client_class("k", "http://rt.test")
        for name in RESOURCES:
            for method, _ in inspect.getmembers(getattr(client, name), inspect.ismethod):
                if not method.startswith("_"):
                    assert f"{client_class.__name__}.{name}.{method}" in where
        for method, _ in inspect.getmembers(client_class, inspect.isroutine):
            if not method.startswith("_") and method not in RESOURCES:
                assert f"{client_class.__name__}.{method}" in where
