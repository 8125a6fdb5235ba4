"""An in-memory Round Table server that implements `openapi.yaml`, for tests and demos.

    server = ReferenceServer()
    async with server.client() as client:          # in-process, no socket
        await client.workspaces.create(name="x")

    with server.serve() as base_url:                # uvicorn on 127.0.0.1, a free port
        ...

    server.faults.inject("status", status=503, count=2)   # misbehave on purpose

By default it behaves as today's Round Table server does, quirks included (naive
timestamps, messages left pending, collaborations that do not advance, a 100-row list
window...), so that a suite passing here predicts production; `profile="documented"`
plays the corrected behaviour the contract describes. See `Profile` for each difference.

Needs the `server` extra: `pip install 'roundtable-sdk[server]'`.
"""

from __future__ import annotations

try:
    import jsonschema  # type: ignore[import-untyped, unused-ignore]  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn
except ImportError as missing:  # pragma: no cover - depends on the installation
    raise ImportError(
        "roundtable.testing needs the 'server' extra: pip install 'roundtable-sdk[server]'"
    ) from missing

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from .._client import RoundTableClient

if TYPE_CHECKING:
    from .._sync_client import SyncRoundTableClient
from ._app import API_PREFIX, ConnectionDropped, ServerState, build_app
from ._faults import Fault, FaultPlan
from ._profile import DOCUMENTED, PROFILES, TODAY, Profile, profile_named
from ._routes import RULES
from ._state import World

__all__ = [
    "DEFAULT_API_KEY",
    "DOCUMENTED",
    "PROFILES",
    "TODAY",
    "Fault",
    "FaultPlan",
    "Profile",
    "ReferenceServer",
    "World",
    "serve_process",
]

DEFAULT_API_KEY = "rt-test-key"
IN_PROCESS_BASE_URL = "http://roundtable.test" + API_PREFIX


class ReferenceServer:
    """One in-memory Round Table: its state (`world`), its misbehaviour (`faults`), its app,
    and which server it plays (`profile`).

    Example:

        server = ReferenceServer(profile="documented")
        async with server.client() as client:
            health = await client.health_check()

    Args:
        api_keys: The keys it accepts as access tokens; the first is `api_key`.
        access_token_lifetime: Seconds until a token it issues expires.
        collaboration_round_seconds: Seconds per round of a collaboration (on the
            documented profile; today's server never moves one on).
        clock: Its wall clock, seconds since the epoch (a test's `TestClock`).
        fault_seed: The seed of the random faults (`faults.inject(..., rate=...)`).
        profile: "today" (the default: as today's Round Table server behaves) or
            "documented" (as the quick-start describes it).
        honour_idempotency: Overrides what the profile says of Idempotency-Key.
    """

    def __init__(
        self,
        api_keys: Iterable[str] = (DEFAULT_API_KEY,),
        *,
        access_token_lifetime: float = 1800.0,
        collaboration_round_seconds: float = 5.0,
        clock: Callable[[], float] = time.time,
        fault_seed: int = 0,
        profile: str | Profile = TODAY,
        honour_idempotency: bool | None = None,
    ) -> None:
        self.profile = profile_named(profile)
        if honour_idempotency is None:
            honour_idempotency = self.profile.honours_idempotency
        self.world = World(
            clock=clock,
            profile=self.profile,
            access_token_lifetime=access_token_lifetime,
            collaboration_round_seconds=collaboration_round_seconds,
        )
        self.api_keys = tuple(api_keys)
        for key in self.api_keys:
            self.world.add_api_key(key)
        # The server's clock: a client that waits on the same TestClock as told is let in.
        self.faults = FaultPlan(seed=fault_seed, clock=clock)
        self.state = ServerState(self.world, self.faults, honour_idempotency=honour_idempotency)
        self.app = build_app(self.state, RULES)

    @property
    def api_key(self) -> str:
        return self.api_keys[0]

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport that calls the app in-process, faults included.

        Returns:
            An `httpx.AsyncBaseTransport` for `RoundTableClient(transport=...)`.
        """
        return InProcessTransport(self)

    def sync_transport(self) -> httpx.BaseTransport:
        """An httpx transport for the sync client, calling the app in-process (on an event
        loop of its own thread, stopped when the transport closes).

        Returns:
            An `httpx.BaseTransport` for `SyncRoundTableClient(transport=...)`.
        """
        return SyncInProcessTransport(self)

    def sync_client(self, api_key: str | None = None, **options: Any) -> SyncRoundTableClient:
        """A `SyncRoundTableClient` talking to this server in-process.

        Args:
            api_key: As for `client`.
            **options: Any other `SyncRoundTableClient` argument.

        Returns:
            The client (use it with `with`).
        """
        from .._sync_client import SyncRoundTableClient

        return SyncRoundTableClient(
            self._key(api_key, options),
            IN_PROCESS_BASE_URL,
            transport=self.sync_transport(),
            **options,
        )

    def client(self, api_key: str | None = None, **options: Any) -> RoundTableClient:
        """A `RoundTableClient` talking to this server in-process.

        Args:
            api_key: The key to use (default: the server's first); leave it out when giving
                `email`/`password` or `refresh_token`.
            **options: Any other `RoundTableClient` argument.

        Returns:
            The client (use it with `async with`).
        """
        return RoundTableClient(
            self._key(api_key, options), IN_PROCESS_BASE_URL, transport=self.transport(), **options
        )

    def _key(self, api_key: str | None, options: dict[str, Any]) -> str | None:
        """The key a client of this server uses: the one given, else the server's first,
        unless the client logs in instead."""
        if "email" in options or "refresh_token" in options:
            return api_key
        return api_key or self.api_key

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve over a real socket (uvicorn in a thread) until the block ends.

        Args:
            host: The address to bind (keep 127.0.0.1 in tests).
            port: 0 picks a free port.

        Yields:
            The base URL, e.g. `http://127.0.0.1:51234/api/v1`.
        """
        sock = bind_socket(host, port)
        bound_port = sock.getsockname()[1]
        server = uvicorn_server(self)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the reference server did not start")
            time.sleep(0.01)
        try:
            yield f"http://{host}:{bound_port}{API_PREFIX}"
        finally:
            server.should_exit = True
            thread.join(10)
            sock.close()


@contextmanager
def serve_process(*options: str, host: str = "127.0.0.1") -> Iterator[tuple[str, str]]:
    """Run this package's server (`python -m roundtable.testing`) in its own process until
    the block ends.

    Yields (base URL, API key). Another process, not a thread: a server sharing the
    client's interpreter shares its GIL, which distorts timing under load. A vendored
    copy runs its own server (`python -m acme._vendor.roundtable.testing`), never an
    installed roundtable's.
    """
    top = sys.modules[__name__.partition(".")[0]]
    # The folder the copy's top-level package is found in, first on the child's path.
    root = str(Path(str(top.__file__)).resolve().parent.parent)
    path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    command = [sys.executable, "-m", __name__, "--host", host, "--port", "0"]
    process = subprocess.Popen(
        [*command, *options],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().rsplit(" ", 1)[-1].strip()
        api_key = process.stdout.readline().partition(":")[2].strip()
        if not base_url.startswith("http://"):
            raise RuntimeError("the reference server did not start")
        yield base_url, api_key
    finally:
        process.terminate()
        process.wait(10)


def uvicorn_server(reference: ReferenceServer) -> uvicorn.Server:
    config = uvicorn.Config(
        reference.app, log_level="critical", lifespan="off", timeout_graceful_shutdown=1
    )
    return uvicorn.Server(config)


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0: a free one) for uvicorn to serve on."""
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are
    # TCP, and without it every keep-alive answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening from here on, not once uvicorn has started: the URL is told before that,
    # and a client quick to use it would be refused. Connections wait in the backlog.
    sock.listen(_BACKLOG)
    return sock


# uvicorn's own default.
_BACKLOG = 2048


def new_api_key() -> str:
    return "rt-" + secrets.token_urlsafe(18)


class InProcessTransport(httpx.AsyncBaseTransport):
    """Calls the ASGI app directly and behaves like a socket where faults need it.

    Refused connections and dropped answers surface as httpx's connection errors, and
    the read timeout is honoured: the app goes on processing after the client gave up,
    as a real server would.
    """

    def __init__(self, server: ReferenceServer) -> None:
        self._server = server
        self._asgi = httpx.ASGITransport(app=server.app)
        self._in_flight: set[asyncio.Task[httpx.Response]] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._server.faults.draw(request.method, request.url.path, ("refuse",)):
            raise httpx.ConnectError("Connection refused (injected)", request=request)
        task = asyncio.ensure_future(self._asgi.handle_async_request(request))
        self._in_flight.add(task)
        task.add_done_callback(self._finished)
        read_timeout = request.extensions.get("timeout", {}).get("read")
        try:
            return await asyncio.wait_for(asyncio.shield(task), read_timeout)
        except TimeoutError:
            raise httpx.ReadTimeout("Read timed out (in-process)", request=request) from None
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a complete response", request=request
            ) from None

    def _finished(self, task: asyncio.Task[httpx.Response]) -> None:
        self._in_flight.discard(task)
        if not task.cancelled():
            task.exception()  # consumed: a dropped answer is not an unhandled error

    async def aclose(self) -> None:
        for task in list(self._in_flight):
            task.cancel()
        await self._asgi.aclose()


class SyncInProcessTransport(httpx.BaseTransport):
    """`InProcessTransport` for the sync client: each request is handed to an event loop
    running in a thread of its own, which stops when the transport is closed."""

    def __init__(self, server: ReferenceServer) -> None:
        self._inner = InProcessTransport(server)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="roundtable-reference-server", daemon=True
        )
        self._thread.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.read(),
            extensions=request.extensions,
        )
        return asyncio.run_coroutine_threadsafe(self._send(inner), self._loop).result()

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        # As sent: a body still encoded stays so (the client decodes it).
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        return httpx.Response(response.status_code, headers=response.headers, content=raw)

    def close(self) -> None:
        if self._loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(self._inner.aclose(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
