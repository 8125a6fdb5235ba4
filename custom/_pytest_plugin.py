"""Pytest fixtures for testing code that uses the SDK, registered by installing
`roundtable-sdk[testing]` (a `pytest11` entry point: nothing to import or configure).

The entry point comes with every install of the SDK, extras or not: this module imports
nothing that the SDK alone lacks, so that pytest starts whatever is installed; a fixture
used without the `testing` extra says what to install.

    import pytest

    @pytest.mark.asyncio                      # pytest-asyncio's strict mode, its default
    async def test_my_agent(roundtable_client):
        workspace = await roundtable_client.workspaces.create(name="t")
        assert workspace.status == "active"

    def test_my_script(roundtable_sync_client):
        assert roundtable_sync_client.workspaces.list().count == 0

The server behaves as today's Round Table server; mark a test
`@pytest.mark.roundtable_profile("documented")` for the documented behaviour. Time is
the fixture's own (`roundtable_clock`): a client's retry backoff and a waiter's pauses
advance it at once instead of sleeping, and so do collaborations' rounds on the server.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._client import RoundTableClient
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._sync_client import SyncRoundTableClient
    from .testing import ReferenceServer

try:
    import pytest_asyncio
except ImportError:  # the async fixture needs it; the others do not
    pytest_asyncio = None  # type: ignore[assignment]


class TestClock:
    """Seconds since the epoch that pass only when something sleeps on this clock.

    The `roundtable_clock` fixture is one, shared by the fixtures' server and clients:
    backoff, a waiter's pauses and collaboration rounds pass at once, and `slept` records
    each pause. Outside the fixtures, give it to a server as its `clock` and to a client
    through `RetryPolicy(sleep=..., clock=...)`.

    Example:

        clock = TestClock()
        server = ReferenceServer(clock=clock)
        policy = RetryPolicy(sleep=clock.async_sleep, clock=clock)
        async with server.client(retry_policy=policy) as client:
            server.faults.inject("status", status=503, count=2)
            await client.health_check()
        assert len(clock.slept) == 2

    Args:
        start: The time it starts at (default: now).
    """

    __test__ = False  # not a test class, whatever its name

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the time on without a sleep (e.g. to expire a token).

        Args:
            seconds: How far.
        """
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        """The sync client's sleep: no real wait.

        Args:
            seconds: The pause asked for; recorded in `slept`, and the clock moves on.
        """
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        """The async client's sleep: no real wait, but a turn for other tasks.

        Args:
            seconds: The pause asked for; recorded in `slept`, and the clock moves on.
        """
        import asyncio

        self.sleep(seconds)
        await asyncio.sleep(0)


# The copy of the SDK these fixtures serve ("roundtable", or a vendored copy's own name):
# two copies registering the same fixture names would otherwise replace each other unseen.
SDK_COPY = __name__.rpartition(".")[0]


def pytest_configure(config: pytest.Config) -> None:
    copies = sorted(
        {
            copy
            for plugin in config.pluginmanager.get_plugins()
            if isinstance(copy := getattr(plugin, "SDK_COPY", None), str)
        }
    )
    if len(copies) > 1:
        raise pytest.UsageError(
            "two copies of the Round Table SDK register the same fixtures (roundtable_client, "
            f"roundtable_server, ...): {', '.join(copies)}. Keep one: `-p no:roundtable` (or "
            "`addopts = -p no:roundtable` in your pytest configuration) stops the installed "
            "package's, or drop the copy's from `pytest_plugins`."
        )
    config.addinivalue_line(
        "markers",
        "roundtable_profile(name): the reference server's profile for this test "
        "('today', the default, or 'documented')",
    )


@pytest.fixture
def roundtable_clock() -> TestClock:
    """The reference server's clock and the clients' sleep: time passes without waiting."""
    return TestClock()


@pytest.fixture
def roundtable_server(
    request: pytest.FixtureRequest, roundtable_clock: TestClock
) -> ReferenceServer:
    """A fresh in-memory reference server (profile from `@pytest.mark.roundtable_profile`)."""
    from .testing import ReferenceServer  # says which extra to install when it is missing

    marker = request.node.get_closest_marker("roundtable_profile")
    profile = marker.args[0] if marker is not None else "today"
    return ReferenceServer(clock=roundtable_clock, profile=profile)


async def _roundtable_client(
    roundtable_server: ReferenceServer, roundtable_clock: TestClock
) -> AsyncIterator[RoundTableClient]:
    """A `RoundTableClient` connected in-process to `roundtable_server`."""
    policy = RetryPolicy(sleep=roundtable_clock.async_sleep, clock=roundtable_clock)
    async with roundtable_server.client(retry_policy=policy) as client:
        yield client


if pytest_asyncio is not None:
    roundtable_client: Any = pytest_asyncio.fixture(_roundtable_client, name="roundtable_client")
else:

    @pytest.fixture(name="roundtable_client")
    def _needs_pytest_asyncio() -> None:
        """The async client fixture needs pytest-asyncio: pip install 'roundtable-sdk[testing]'."""
        pytest.fail("roundtable_client needs pytest-asyncio: pip install 'roundtable-sdk[testing]'")


@pytest.fixture
def roundtable_sync_client(
    roundtable_server: ReferenceServer, roundtable_clock: TestClock
) -> Iterator[SyncRoundTableClient]:
    """A `SyncRoundTableClient` connected in-process to `roundtable_server`."""
    policy = RetryPolicy(sleep=roundtable_clock.sleep, clock=roundtable_clock)
    with roundtable_server.sync_client(retry_policy=policy) as client:
        yield client
