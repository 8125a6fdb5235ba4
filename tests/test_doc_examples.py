"""Issue 13: the code users read runs as written, against the reference server over a
real socket. Every `Example:` of the clients' docstrings (the async client's with `await`,
the derived sync client's without), and every Python block of the README and docs/ (a
block that is a pytest module runs in tests/test_user_kit.py instead).

The examples share one setting, which docs/resources.md states: the `roundtable` (and
`roundtable.testing`) names,
`os`, and `client`, `workspace`, `sandbox` and `other` (two running sandboxes), `message`
(sent from `sandbox` to `other`) and `collaboration` (of the two); the guides' `token`
and `refresh` are an access and a refresh token; the test kit's `server` is a fresh
`ReferenceServer` and `TestClock` the fixtures' clock class. The server's key is the quick-start's
placeholder, "your-api-key", and ROUND_TABLE_BASE_URL / ROUND_TABLE_API_KEY point to it.
Waits pass on the server's clock, without real time."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import logging
import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import check_docstrings
import pytest
from doc_snippets import (
    class_examples,
    defines_tests,
    docstring_examples,
    markdown_blocks,
)
from typecheck import mypy

import roundtable
import roundtable.testing
from roundtable import RetryPolicy, RoundTableClient, SyncRoundTableClient
from roundtable.testing import FaultPlan, ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

# The account the examples log in to; registering it is the setting's job, not theirs.
EXAMPLE_ACCOUNT = ("ada@example.com", "secret passphrase")
EXAMPLE_KEY = "your-api-key"
FIXTURES = ("workspace", "sandbox", "other", "message", "collaboration")

# The classes a user builds besides the clients have their examples too (async ones).
ASYNC_EXAMPLES = docstring_examples(RoundTableClient) + class_examples(
    RetryPolicy, ReferenceServer, FaultPlan, TestClock
)
SYNC_EXAMPLES = docstring_examples(SyncRoundTableClient)
MARKDOWN_SCRIPTS = [(where, code) for where, code in markdown_blocks() if not defines_tests(code)]

Served = tuple[ReferenceServer, str, TestClock]


@pytest.fixture(scope="module")
def servers() -> Iterator[Callable[[str], Served]]:
    """A server per kind of example, served on first use: each sees every example once
    (two of them register the same account)."""
    with contextlib.ExitStack() as running:
        made: dict[str, Served] = {}

        def server_for(kind: str) -> Served:
            if kind not in made:
                clock = TestClock()
                server = ReferenceServer([EXAMPLE_KEY], clock=clock)
                base_url = running.enter_context(server.serve())
                with SyncRoundTableClient.anonymous(base_url) as anonymous:
                    anonymous.auth.register(*EXAMPLE_ACCOUNT)
                made[kind] = server, base_url, clock
            return made[kind]

        yield server_for


@pytest.fixture
def setting(
    servers: Callable[[str], Served], monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], tuple[str, TestClock, dict[str, Any]]]:
    """For a kind of example: its server's base URL and clock, and the names every example
    may use; the environment a client reads points to that server."""

    def for_kind(kind: str) -> tuple[str, TestClock, dict[str, Any]]:
        server, base_url, clock = servers(kind)
        monkeypatch.setenv("ROUND_TABLE_BASE_URL", base_url)
        monkeypatch.setenv("ROUND_TABLE_API_KEY", server.api_key)
        names = {
            name: getattr(module, name)
            for module in (roundtable, roundtable.testing)
            for name in module.__all__
        }
        # The test kit's examples are about a server of their own: a fresh one.
        kit = {"server": ReferenceServer(), "TestClock": TestClock}
        return base_url, clock, names | kit | {"os": os}

    return for_kind


@pytest.fixture
def restored_logging() -> Iterator[None]:
    """A guide's script may configure logging; the rest of the suite must not see it."""
    root, sdk = logging.getLogger(), logging.getLogger("roundtable")
    handlers, levels = root.handlers[:], (root.level, sdk.level)
    yield
    root.handlers[:] = handlers
    root.setLevel(levels[0])
    sdk.setLevel(levels[1])


@pytest.mark.parametrize(("where", "code"), ASYNC_EXAMPLES, ids=[w for w, _ in ASYNC_EXAMPLES])
async def test_async_example_runs(where: str, code: str, setting: Any) -> None:
    base_url, clock, namespace = setting("async")
    await _run_async(code, where, namespace, base_url, clock)


@pytest.mark.parametrize(("where", "code"), SYNC_EXAMPLES, ids=[w for w, _ in SYNC_EXAMPLES])
def test_sync_example_runs(where: str, code: str, setting: Any) -> None:
    base_url, clock, namespace = setting("sync")
    policy = RetryPolicy(sleep=clock.sleep, clock=clock)
    with SyncRoundTableClient(EXAMPLE_KEY, base_url, retry_policy=policy) as client:
        namespace["client"] = client
        if _names_used(code) & set(FIXTURES):
            namespace |= asyncio.run(_fixtures_for(base_url))
        exec(compile(code, where, "exec"), namespace)  # noqa: S102 - our own docstrings


@pytest.mark.parametrize(("where", "code"), MARKDOWN_SCRIPTS, ids=[w for w, _ in MARKDOWN_SCRIPTS])
def test_markdown_example_runs(where: str, code: str, setting: Any, restored_logging: None) -> None:
    base_url, clock, namespace = setting("markdown")
    compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if compiled.co_flags & inspect.CO_COROUTINE:  # a snippet of async code
        asyncio.run(_run_async(code, where, namespace, base_url, clock))
    else:  # a script (it may run its own event loop)
        namespace |= asyncio.run(_tokens(base_url))
        exec(compiled, namespace)  # noqa: S102 - our own docs


async def _run_async(
    code: str, where: str, namespace: dict[str, Any], base_url: str, clock: TestClock
) -> None:
    policy = RetryPolicy(sleep=clock.async_sleep, clock=clock)
    async with RoundTableClient(EXAMPLE_KEY, base_url, retry_policy=policy) as client:
        namespace["client"] = client
        if _names_used(code) & set(FIXTURES):
            namespace |= await _fixtures(client)
        namespace |= await _tokens(base_url)
        compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        outcome = eval(compiled, namespace)  # noqa: S307 - our own docs
        if inspect.iscoroutine(outcome):
            await outcome


def _names_used(code: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Name)}


async def _fixtures(client: RoundTableClient) -> dict[str, Any]:
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


async def _fixtures_for(base_url: str) -> dict[str, Any]:
    async with RoundTableClient(EXAMPLE_KEY, base_url) as client:
        return await _fixtures(client)


async def _tokens(base_url: str) -> dict[str, str]:
    async with RoundTableClient.anonymous(base_url) as anonymous:
        tokens = await anonymous.auth.login(*EXAMPLE_ACCOUNT)
    return {"token": tokens.access_token, "refresh": tokens.refresh_token}


def test_the_docs_have_examples_to_run() -> None:
    """The pattern that finds the examples finds every one check_docstrings requires: an
    example it missed would go unchecked."""
    assert len(MARKDOWN_SCRIPTS) >= 10
    found = {where for where, _ in ASYNC_EXAMPLES + SYNC_EXAMPLES}
    required = {
        name
        for name, target in check_docstrings.public_callables()
        if name.startswith(check_docstrings.CLIENTS) and not inspect.isclass(target)
    }
    assert len(required) >= 80  # both clients: their own methods and their resources
    assert required - found == set()


# The names the examples may use, typed as a user's code would have them.
TYPED_SETTING = """from __future__ import annotations

import os

from roundtable import *  # noqa: F403
from roundtable.models import Collaboration, Message, Sandbox, Workspace
from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock
"""
TYPED_PARAMETERS = (
    "workspace: Workspace, sandbox: Sandbox, other: Sandbox, message: Message, "
    "collaboration: Collaboration, server: ReferenceServer, token: str, refresh: str"
)
MYPY_CONFIG = """[mypy]
strict = True
# The guides' scripts (the quick-start's own among them) leave their functions unannotated.
[mypy-doc_scripts.*]
allow_untyped_defs = True
allow_untyped_calls = True
check_untyped_defs = True
"""


def test_every_example_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    """Code copied from the docs into a strictly typed project passes mypy there: no
    attribute the models lack, no None passed where a value is needed."""
    snippets = [(where, code, "RoundTableClient", True) for where, code in ASYNC_EXAMPLES]
    snippets += [(where, code, "SyncRoundTableClient", False) for where, code in SYNC_EXAMPLES]
    scripts = []
    for where, code in MARKDOWN_SCRIPTS:
        compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        if compiled.co_flags & inspect.CO_COROUTINE:
            snippets.append((where, code, "RoundTableClient", True))
        else:
            scripts.append((where, code))
    functions = [
        f"\n\n# {where}\n{'async def' if is_async else 'def'} example_{number}("
        f"client: {client_class}, {TYPED_PARAMETERS}) -> None:\n" + textwrap.indent(code, "    ")
        for number, (where, code, client_class, is_async) in enumerate(snippets)
    ]
    (tmp_path / "doc_examples.py").write_text(TYPED_SETTING + "".join(functions) + "\n")
    (tmp_path / "doc_scripts").mkdir()
    (tmp_path / "doc_scripts" / "__init__.py").write_text("")
    for number, (where, code) in enumerate(scripts):
        setting = f"# {where}\nfrom roundtable import *  # noqa: F403\ntoken = refresh = ''\n"
        (tmp_path / "doc_scripts" / f"script_{number}.py").write_text(setting + code)
    (tmp_path / "mypy.ini").write_text(MYPY_CONFIG)
    checked = mypy("--config-file", "mypy.ini", ".", cache="doc_examples", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert len(functions) > 100 and len(scripts) >= 4
