"""`make bench`: what the SDK costs over raw httpx, as ratios measured in one run.

Each comparison alternates SDK and raw rounds and reports the median round. Costs are
the client process's CPU time per call (the server's time and loopback waits would blur
the SDK's own cost on a small machine); wall time is shown beside it. Nothing here fails
a build: it prints.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import list_body, workspace_body  # noqa: E402

from roundtable import RetryPolicy, RoundTableClient  # noqa: E402
from roundtable.testing import serve_process  # noqa: E402

BASE = "http://bench.test/api/v1"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "9"))
CALLS = int(os.environ.get("BENCH_CALLS", "200"))
Call = Callable[[], Awaitable[object]]


async def _measure(call: Call, calls: int, concurrency: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) per call."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    if concurrency == 1:
        for _ in range(calls):
            await call()
    else:
        for _ in range(calls // concurrency):
            await asyncio.gather(*(call() for _ in range(concurrency)))
    return (time.process_time() - cpu) / calls, (time.perf_counter() - wall) / calls


async def _compare(
    sdk: Call, raw: Call, calls: int, concurrency: int
) -> tuple[float, float, float]:
    """Median ratios (CPU, wall) over alternating rounds, and the raw CPU µs per call."""
    for call in (sdk, raw):  # warm up pools and caches
        await _measure(call, max(concurrency, 20), concurrency)
    cpu_ratios, wall_ratios, raw_cpu = [], [], []
    for round_number in range(ROUNDS):
        order = [(sdk, "sdk"), (raw, "raw")]
        if round_number % 2:
            order.reverse()
        result = {}
        for call, name in order:
            result[name] = await _measure(call, calls, concurrency)
        cpu_ratios.append(result["sdk"][0] / result["raw"][0])
        wall_ratios.append(result["sdk"][1] / result["raw"][1])
        raw_cpu.append(result["raw"][0])
    return (
        statistics.median(cpu_ratios),
        statistics.median(wall_ratios),
        statistics.median(raw_cpu) * 1e6,
    )


def _canned(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if request.method == "POST":
        return httpx.Response(201, content=workspace_body())
    if path.endswith("/messages"):
        return httpx.Response(200, content=list_body())
    return httpx.Response(200, content=workspace_body())


def _cases(client: RoundTableClient, raw: httpx.AsyncClient, base: str, ids: dict[str, str]):
    workspace_id, sandbox_id = ids["workspace"], ids["sandbox"]
    auth = {"Authorization": f"Bearer {ids['key']}"}

    async def raw_get() -> object:
        return (await raw.get(f"{base}/workspaces/{workspace_id}", headers=auth)).json()

    async def raw_create() -> object:
        response = await raw.post(
            f"{base}/workspaces", json={"name": "bench", "description": "d"}, headers=auth
        )
        return response.json()

    async def raw_list() -> object:
        url = f"{base}/messages/sandboxes/{sandbox_id}/messages"
        return (await raw.get(url, params={"limit": 100}, headers=auth)).json()

    return [
        ("single-object GET", lambda: client.workspaces.get(workspace_id), raw_get),
        (
            "create with a body",
            lambda: client.workspaces.create(name="bench", description="d"),
            raw_create,
        ),
        ("100-item list", lambda: client.messages.list(sandbox_id, limit=100), raw_list),
    ]


async def per_call_in_process(rows: list[tuple[str, ...]]) -> None:
    transport = httpx.MockTransport(_canned)
    async with (
        RoundTableClient(
            "k", BASE, transport=transport, retry_policy=RetryPolicy(max_retries=0)
        ) as client,
        httpx.AsyncClient(transport=transport) as raw,
    ):
        ids = {"workspace": "ws_1", "sandbox": "sb_1", "key": "k"}
        for name, sdk, raw_call in _cases(client, raw, BASE, ids):
            for concurrency in (1, 50):
                cpu, wall, raw_us = await _compare(sdk, raw_call, CALLS, concurrency)
                rows.append(
                    (
                        "in-process",
                        name,
                        str(concurrency),
                        f"{cpu:.2f}",
                        f"{wall:.2f}",
                        f"{raw_us:.0f}",
                    )
                )


async def per_call_through_your_http_client(rows: list[tuple[str, ...]]) -> None:
    """The SDK over an httpx.AsyncClient of the user's (proxies, mTLS), against that same
    kind of client used raw. Both keep httpx's cookie jar; the SDK's direct send reads
    for cookies only an answer that sets one (these set none), as its own pool keeps no
    jar at all."""
    transport = httpx.MockTransport(_canned)
    async with (
        httpx.AsyncClient(transport=transport) as yours,
        httpx.AsyncClient(transport=transport) as raw,
    ):
        client = RoundTableClient(
            "k", BASE, http_client=yours, retry_policy=RetryPolicy(max_retries=0)
        )
        ids = {"workspace": "ws_1", "sandbox": "sb_1", "key": "k"}
        for name, sdk, raw_call in _cases(client, raw, BASE, ids):
            cpu, wall, raw_us = await _compare(sdk, raw_call, CALLS, 1)
            where = "in-process, your http_client"
            rows.append((where, name, "1", f"{cpu:.2f}", f"{wall:.2f}", f"{raw_us:.0f}"))


def per_call_sync_in_process(rows: list[tuple[str, ...]]) -> None:
    """SyncRoundTableClient against httpx.Client, both on the same MockTransport."""
    from roundtable import SyncRoundTableClient

    transport = httpx.MockTransport(_canned)
    policy = RetryPolicy(max_retries=0)
    with (
        SyncRoundTableClient("k", BASE, transport=transport, retry_policy=policy) as client,
        httpx.Client(transport=transport) as raw,
    ):
        auth = {"Authorization": "Bearer k"}
        cases = [
            (
                "single-object GET",
                lambda: client.workspaces.get("ws_1"),
                lambda: raw.get(f"{BASE}/workspaces/ws_1", headers=auth).json(),
            ),
            (
                "100-item list",
                lambda: client.messages.list("sb_1", limit=100),
                lambda: raw.get(
                    f"{BASE}/messages/sandboxes/sb_1/messages", params={"limit": 100}, headers=auth
                ).json(),
            ),
        ]
        for name, sdk, raw_call in cases:
            for call in (sdk, raw_call):  # warm up
                for _ in range(20):
                    call()
            cpu_ratios, raw_cpu = [], []
            for round_number in range(ROUNDS):
                order = [("sdk", sdk), ("raw", raw_call)]
                if round_number % 2:
                    order.reverse()
                cost = {}
                for label, call in order:
                    gc.collect()
                    started = time.process_time()
                    for _ in range(CALLS):
                        call()
                    cost[label] = (time.process_time() - started) / CALLS
                cpu_ratios.append(cost["sdk"] / cost["raw"])
                raw_cpu.append(cost["raw"])
            ratio = statistics.median(cpu_ratios)
            raw_us = statistics.median(raw_cpu) * 1e6
            rows.append(("sync, in-process", name, "1", f"{ratio:.2f}", "-", f"{raw_us:.0f}"))


async def per_call_over_loopback(rows: list[tuple[str, ...]]) -> None:
    with serve_process() as (base_url, key):
        async with RoundTableClient(key, base_url) as client, httpx.AsyncClient() as raw:
            workspace = await client.workspaces.create(name="bench")
            sender = await client.sandboxes.create(
                workspace.workspace_id, "a", {"primary_agent": "a"}
            )
            recipient = await client.sandboxes.create(
                workspace.workspace_id, "b", {"primary_agent": "b"}
            )
            for n in range(100):
                await client.messages.send(sender.sandbox_id, recipient.sandbox_id, {"n": n})
            ids = {"workspace": workspace.workspace_id, "sandbox": sender.sandbox_id, "key": key}
            for name, sdk, raw_call in _cases(client, raw, base_url, ids):
                for concurrency in (1, 50):
                    calls = CALLS // 4 if name == "100-item list" else CALLS
                    cpu, wall, raw_us = await _compare(sdk, raw_call, calls, concurrency)
                    rows.append(
                        (
                            "loopback",
                            name,
                            str(concurrency),
                            f"{cpu:.2f}",
                            f"{wall:.2f}",
                            f"{raw_us:.0f}",
                        )
                    )


def parse_cost(rows: list[tuple[str, ...]]) -> None:
    from roundtable.models import MessageList

    body = list_body()

    def sdk() -> None:
        MessageList.from_dict(json.loads(body)["data"])

    def raw() -> None:
        json.loads(body)

    ratios = []
    raw_times = []
    for _ in range(ROUNDS):
        timings = {}
        for name, function in (("sdk", sdk), ("raw", raw)):
            start = time.process_time()
            for _ in range(100):
                function()
            timings[name] = (time.process_time() - start) / 100
        ratios.append(timings["sdk"] / timings["raw"])
        raw_times.append(timings["raw"])
    median = statistics.median(ratios)
    rows.append(
        (
            "parse",
            "100-item list into models vs json.loads",
            "1",
            f"{median:.2f}",
            "-",
            f"{statistics.median(raw_times) * 1e6:.0f}",
        )
    )


async def _no_sleep(_seconds: float) -> None:
    return None


EVENT_SANDBOXES = 5
EVENT_MESSAGES = 200


async def event_stream_cost(rows: list[tuple[str, ...]]) -> None:
    """`events.watch` delivering 200 messages among 5 sandboxes, against a raw httpx loop
    that sends the same requests and only decodes their JSON: what the stream adds per
    delivered event (in-process: the server's work is in both)."""
    from roundtable.events import MessageReceived
    from roundtable.testing import IN_PROCESS_BASE_URL, ReferenceServer

    server = ReferenceServer()
    policy = RetryPolicy(max_retries=0, sleep=_no_sleep)
    async with server.client(retry_policy=policy) as client:
        raw = httpx.AsyncClient(
            transport=server.transport(),
            base_url=IN_PROCESS_BASE_URL,
            headers={"Authorization": f"Bearer {server.api_key}"},
        )
        ratios, raw_times, per_poll = [], [], []
        for _ in range(ROUNDS):
            # A workspace of its own each round: a sandbox's listing holds its newest 100.
            workspace = await client.workspaces.create(name="bench")
            ids = [
                (
                    await client.sandboxes.create(
                        workspace.workspace_id, f"s{n}", {"primary_agent": "a"}
                    )
                ).sandbox_id
                for n in range(EVENT_SANDBOXES)
            ]
            stream = client.events.watch(
                workspace.workspace_id,
                types=[MessageReceived],
                min_interval=1e-3,
                max_interval=1e-3,
            )
            async with stream:
                for n in range(EVENT_MESSAGES):
                    await client.messages.send(ids[n % 5], ids[(n + 1) % 5], {"n": n})
                requests, polls = stream.requests, stream.polls
                start = time.process_time()
                for _ in range(EVENT_MESSAGES):
                    await anext(stream)
                sdk = (time.process_time() - start) / EVENT_MESSAGES
                polls, requests = stream.polls - polls, stream.requests - requests
            start = time.process_time()
            for _ in range(polls):
                listed = await raw.get(f"/sandboxes/{workspace.workspace_id}/sandboxes?limit=100")
                listed.json()
                for sandbox_id in ids:
                    (await raw.get(f"/messages/sandboxes/{sandbox_id}/messages?limit=100")).json()
            plain = (time.process_time() - start) / EVENT_MESSAGES
            ratios.append(sdk / plain)
            raw_times.append(plain)
            per_poll.append(requests / polls)
        await raw.aclose()
    rows.append(
        (
            "events, in-process",
            f"watch: {EVENT_MESSAGES} messages, {EVENT_SANDBOXES} sandboxes, "
            f"{statistics.median(per_poll):g} requests per poll",
            "1",
            f"{statistics.median(ratios):.2f}",
            "-",
            f"{statistics.median(raw_times) * 1e6:.0f} per event",
        )
    )


IMPORT_SDK = "import roundtable; roundtable.RoundTableClient('k')"
IMPORT_RAW = "import httpx; httpx.AsyncClient()"
TIMED = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def import_cost(rows: list[tuple[str, ...]]) -> None:
    ratios, raw_times = [], []
    for round_number in range(ROUNDS):
        timings = {}
        order = [("sdk", IMPORT_SDK), ("raw", IMPORT_RAW)]
        if round_number % 2:
            order.reverse()
        for name, code in order:
            output = subprocess.run(
                [sys.executable, "-c", TIMED.format(code=code)],
                capture_output=True,
                text=True,
                check=True,
            )
            timings[name] = float(output.stdout)
        ratios.append(timings["sdk"] / timings["raw"])
        raw_times.append(timings["raw"])
    rows.append(
        (
            "import",
            "import + construct a client",
            "1",
            "-",
            f"{statistics.median(ratios):.2f}",
            f"{statistics.median(raw_times) * 1e6:.0f}",
        )
    )


async def memory(rows: list[tuple[str, ...]]) -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return _canned(request)

    def idle(make: Callable[[], object]) -> int:
        gc.collect()
        tracemalloc.start()
        kept = make()
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del kept
        return size

    def make_sdk() -> object:
        return RoundTableClient("k", BASE, transport=httpx.MockTransport(_canned))

    def make_raw() -> object:
        return httpx.AsyncClient(transport=httpx.MockTransport(_canned))

    # One of each first: what the first client of a process fills once (isinstance and
    # regex caches) is not memory a client keeps.
    make_sdk(), make_raw()
    sdk_idle = idle(make_sdk)
    raw_idle = idle(make_raw)
    rows.append(
        (
            "memory",
            "one idle client",
            "-",
            "-",
            f"{sdk_idle / raw_idle:.2f}",
            f"{raw_idle // 1024} KiB raw",
        )
    )

    async def peak(calls: Callable[[], list[Awaitable[object]]]) -> int:
        gc.collect()
        tracemalloc.start()
        await asyncio.gather(*calls())
        size = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return size

    transport = httpx.MockTransport(slow)
    async with (
        RoundTableClient("k", BASE, transport=transport, max_connections=1000) as client,
        httpx.AsyncClient(transport=transport) as raw,
    ):
        sdk_peak = await peak(lambda: [client.workspaces.get("ws_1") for _ in range(1000)])
        raw_peak = await peak(lambda: [raw.get(f"{BASE}/workspaces/ws_1") for _ in range(1000)])
    rows.append(
        (
            "memory",
            "1,000 calls in flight (peak)",
            "1000",
            "-",
            f"{sdk_peak / raw_peak:.2f}",
            f"{raw_peak // 1024} KiB raw",
        )
    )


def main() -> None:
    rows: list[tuple[str, ...]] = []
    asyncio.run(per_call_in_process(rows))
    asyncio.run(per_call_through_your_http_client(rows))
    per_call_sync_in_process(rows)
    asyncio.run(per_call_over_loopback(rows))
    parse_cost(rows)
    asyncio.run(event_stream_cost(rows))
    import_cost(rows)
    asyncio.run(memory(rows))
    header = ("where", "what", "concurrency", "CPU ratio", "wall ratio", "raw per call (µs)")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print(
        f"SDK ÷ raw httpx, median of {ROUNDS} alternating rounds; "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, {platform.machine()}"
    )
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print(
            "| "
            + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            + " |"
        )


if __name__ == "__main__":
    main()
