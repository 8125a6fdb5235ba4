"""Issue 20, round three: the test kit (findings 17-19)."""

from __future__ import annotations

import threading
import time

import pytest

from roundtable import RetryPolicy
from roundtable.exceptions import RateLimitError
from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock


@pytest.mark.parametrize(
    ("kind", "options", "named"),
    [
        ("status", {"when": "Before"}, "when"),
        ("status", {"when": "afterwards"}, "when"),
        ("stauts", {}, "kind"),
        ("status", {"method": "get "}, "method"),
        ("status", {"method": "FETCH"}, "method"),
        ("status", {"status": 99}, "status"),
        ("status", {"status": 600}, "status"),
        ("status", {"status": "503"}, "status"),
        ("status", {"count": 0}, "count"),
        ("status", {"rate": 1.5}, "rate"),
        ("delay", {"delay": -1}, "delay"),
    ],
)
def test_a_fault_that_could_never_happen_is_refused(kind, options, named):
    server = ReferenceServer()
    with pytest.raises(ValueError, match=named):
        server.faults.inject(kind, **options)
    assert server.faults.faults == []


def test_a_fault_by_method_takes_any_case():
    server = ReferenceServer()
    assert server.faults.inject("status", method="post").method == "POST"


@pytest.mark.parametrize(("limit", "window"), [(0, 1.0), (2, 0), (2, -1.0), ("2", 1.0)])
def test_a_rate_limit_that_makes_no_sense_is_refused(limit, window):
    with pytest.raises(ValueError):
        ReferenceServer().faults.limit_rate(limit, window)


async def test_the_rate_limit_counts_on_the_fixtures_clock():
    """A client that waits, on the same TestClock, as long as the 429 says, is let in."""
    clock = TestClock(start=1_800_000_000.0)
    server = ReferenceServer(clock=clock)
    server.faults.limit_rate(2, window=60.0)
    policy = RetryPolicy(max_retries=3, sleep=clock.async_sleep, clock=clock)
    async with server.client(retry_policy=policy) as client:
        for _ in range(3):
            await client.health_check()
    assert clock.slept and clock.slept[0] == pytest.approx(60.0, abs=1.0)
    strict = RetryPolicy(max_retries=0, sleep=clock.async_sleep, clock=clock)
    async with server.client(retry_policy=strict) as client:
        await client.health_check()  # the window moved on with the clock: one more in it
        with pytest.raises(RateLimitError):
            await client.health_check()


def test_one_idempotency_key_in_flight_from_two_event_loops_does_not_stall():
    """Two sync clients: each in-process transport runs the app on a loop of its own."""
    server = ReferenceServer(profile="documented")  # honours Idempotency-Key
    server.faults.inject("delay", when="during", delay=0.4, method="POST")
    outcomes: dict[str, object] = {}

    def create(name: str) -> None:
        with server.sync_client() as client:
            outcomes[name] = client.workspaces.create(name="once", idempotency_key="key-1")

    started = time.monotonic()
    first = threading.Thread(target=create, args=("first",))
    first.start()
    time.sleep(0.1)  # the first holds the key now
    create("second")
    first.join()
    elapsed = time.monotonic() - started
    assert elapsed < 3.0, elapsed  # not the 10 s an unwoken waiter sits out
    assert outcomes["first"] == outcomes["second"]
    assert len(server.world.workspaces) == 1
