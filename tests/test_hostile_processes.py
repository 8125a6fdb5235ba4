"""Issue 20, round three: processes, event loops and shared pieces (findings 1, 2, 6)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
import traceback

import httpx
import pytest
from slow_servers import trickling_server

from roundtable import RetryPolicy, RoundTableClient, SyncRoundTableClient
from roundtable.exceptions import (
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    EventLoopError,
)
from roundtable.testing import ReferenceServer

CHILDREN = 4
CALLS = 25


def _child_outcome(read: int, pid: int) -> str:
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as pipe:
        return pipe.read().decode()


def _in_child(write: int, work) -> None:
    """Run `work` in the forked child, report on the pipe, and leave without cleanup."""
    try:
        outcome = work()
    except BaseException as error:  # noqa: BLE001 - the parent reads what went wrong
        outcome = f"raised {error!r}"
    try:
        os.write(write, outcome.encode()[:500])
    finally:
        os._exit(0)


def test_a_sync_client_used_before_fork_answers_each_child_its_own_calls():
    """gunicorn --preload: a module-level client used in the parent, then in each worker.
    Each child must get a pool of its own, never an answer meant for another process."""
    server = ReferenceServer()
    with server.serve() as base_url:
        client = SyncRoundTableClient(server.api_key, base_url)
        names = [f"w{n}" for n in range(CHILDREN)]
        workspaces = [client.workspaces.create(name=name) for name in names]
        children = []
        for workspace, name in zip(workspaces, names, strict=True):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)

                def own_answers(ws=workspace.workspace_id, name=name) -> str:
                    got = [client.workspaces.get(ws).name for _ in range(CALLS)]
                    return "ok" if got == [name] * CALLS else f"wrong: {sorted(set(got))}"

                _in_child(write, own_answers)
            os.close(write)
            children.append((read, pid))
        parent = [client.workspaces.get(workspaces[0].workspace_id).name for _ in range(CALLS)]
        outcomes = [_child_outcome(read, pid) for read, pid in children]
        client.close()
    assert outcomes == ["ok"] * CHILDREN
    assert parent == ["w0"] * CALLS


def test_an_async_client_used_before_fork_works_in_a_childs_own_event_loop():
    server = ReferenceServer()
    with server.serve() as base_url:
        client = RoundTableClient(server.api_key, base_url)
        workspace = asyncio.run(client.workspaces.create(name="parent's"))
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)

            async def calls() -> str:
                got = [(await client.workspaces.get(workspace.workspace_id)).name for _ in range(5)]
                return "ok" if got == ["parent's"] * 5 else f"wrong: {got}"

            _in_child(write, lambda: asyncio.run(calls()))
        os.close(write)
        outcome = _child_outcome(read, pid)
        asyncio.run(client.close())
    assert outcome == "ok"


def test_a_callers_http_client_used_before_fork_is_refused_in_the_child():
    server = ReferenceServer()
    with server.serve() as base_url:
        http = httpx.Client()
        client = SyncRoundTableClient(server.api_key, base_url, http_client=http)
        client.health_check()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            _in_child(write, lambda: repr(client.health_check()))
        os.close(write)
        outcome = _child_outcome(read, pid)
        http.close()
    assert outcome.startswith("raised EventLoopError(") and "forked" in outcome


async def test_closing_a_with_options_copy_leaves_the_parents_deadlines_and_refuses_the_copy():
    server, port = await trickling_server(headers_then_body=True)
    try:
        async with RoundTableClient("k", f"http://127.0.0.1:{port}", max_retries=0) as client:
            copy = client.with_options(extra_headers={"X-Copy": "1"})
            call = asyncio.ensure_future(client.health_check(timeout=0.5))
            await asyncio.sleep(0.1)
            await copy.close()
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await call
            assert time.monotonic() - started < 2.0  # the parent's deadline still held
            with pytest.raises(ClientClosedError):
                await copy.health_check()
            assert not client.http_client.is_closed
    finally:
        server.close()


def test_a_closed_sync_copy_refuses_calls_and_the_parent_goes_on():
    server = ReferenceServer()
    with server.sync_client() as client:
        copy = client.with_options(timeout=5)
        copy.close()
        with pytest.raises(ClientClosedError):
            copy.health_check()
        with pytest.raises(ClientClosedError):
            copy.workspaces.with_raw_response.list()
        assert client.health_check().database == "connected"


def test_a_client_with_a_callers_http_client_refuses_calls_once_closed():
    server = ReferenceServer()
    with httpx.Client(transport=server.sync_transport()) as http:
        client = SyncRoundTableClient(server.api_key, "http://rt.test/api/v1", http_client=http)
        client.close()
        with pytest.raises(ClientClosedError):
            client.health_check()
        assert not http.is_closed  # the caller's pool stays the caller's


def test_a_failed_sync_renewal_gives_each_waiting_thread_a_traceback_of_its_own():
    server = ReferenceServer()
    client = server.sync_client(
        email="nobody@example.com", password="password-123", retry_policy=RetryPolicy(max_retries=0)
    )
    barrier = threading.Barrier(16)
    lengths: list[int] = []
    errors: list[BaseException] = []

    def call_in_thread() -> None:
        barrier.wait()
        try:
            client.workspaces.list()
        except AuthenticationError as error:
            errors.append(error)
            lengths.append(len(traceback.format_exception(error)))

    threads = [threading.Thread(target=call_in_thread) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert len(errors) == 16
    assert len({id(error) for error in errors}) == 16
    assert max(lengths) <= 2 * min(lengths), lengths  # no thread carries the others' frames
    assert all(
        [f.name for f in traceback.extract_tb(e.__traceback__)].count("call_in_thread") == 1
        for e in errors
    )


def test_a_callers_http_transport_on_a_second_event_loop_is_an_event_loop_error():
    server = ReferenceServer()
    with server.serve() as base_url:
        transport = httpx.AsyncHTTPTransport()
        client = RoundTableClient(server.api_key, base_url, transport=transport)
        assert asyncio.run(client.health_check()).database == "connected"
        with pytest.raises(EventLoopError, match="transport"):
            asyncio.run(client.health_check())
        asyncio.run(client.close())


def test_a_callers_transport_wrapping_httpx_on_a_second_loop_is_an_event_loop_error():
    class Logged(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return await self.inner.handle_async_request(request)

    server = ReferenceServer()
    with server.serve() as base_url:
        client = RoundTableClient(server.api_key, base_url, transport=Logged(), max_retries=0)
        asyncio.run(client.health_check())
        with pytest.raises(EventLoopError, match="event loop"):
            asyncio.run(client.health_check())


def test_a_callers_mock_transport_moves_between_event_loops():
    transport = ReferenceServer().transport()
    client = RoundTableClient("k", "http://rt.test/api/v1", transport=transport)
    for _ in range(2):
        assert asyncio.run(client.health_check()).database == "connected"


def test_under_trio_the_async_client_says_it_needs_asyncio():
    import trio

    async def main() -> None:
        async with RoundTableClient("k", "http://127.0.0.1:9/api/v1") as client:
            with pytest.raises(EventLoopError, match="asyncio only"):
                await client.health_check()

    trio.run(main)  # the `async with` exit closes without a raw RuntimeError too
