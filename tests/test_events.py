"""Issue 23: `client.events.watch()`, against the reference server's default profile (today's
server: no event history, second stamps, a 100-row window), on the fixtures' clock: the
stream's pauses take no real time."""

from __future__ import annotations

import asyncio
import warnings

import httpx
import pytest

from roundtable import RetryPolicy, RoundTableClient
from roundtable.events import (
    CollaborationChanged,
    EventsMayBeMissedWarning,
    MessageReceived,
    SandboxAppeared,
    SandboxDisappeared,
    SandboxStatusChanged,
)
from roundtable.exceptions import InvalidRequestError, NotFoundError
from roundtable.testing import IN_PROCESS_BASE_URL, ReferenceServer


async def _workspace(client, sandboxes=5):
    workspace = await client.workspaces.create(name="watched")
    made = [
        await client.sandboxes.create(workspace.workspace_id, f"s{n}", {"primary_agent": "a"})
        for n in range(sandboxes)
    ]
    return workspace.workspace_id, [sandbox.sandbox_id for sandbox in made]


async def _take(stream, count):
    # Bounded in real time: a stream that never yields fails the test instead of hanging
    # it (its pauses are the fixture clock's, so it polls without end at full speed).
    return [await asyncio.wait_for(anext(stream), 10) for _ in range(count)]


async def test_200_messages_in_bursts_arrive_exactly_once_and_in_order(roundtable_client):
    client = roundtable_client
    workspace_id, sandboxes = await _workspace(client)
    sent: dict[str, list[str]] = {sandbox: [] for sandbox in sandboxes}
    got: list[MessageReceived] = []
    async with client.events.watch(workspace_id, types=[MessageReceived]) as stream:
        for burst_size in (1, 7, 33, 40, 2, 50, 17, 50):  # 200 in all, each burst in one second
            for n in range(burst_size):
                to = sandboxes[(len(got) + n) % 5]
                message = await client.messages.send(sandboxes[(n + 1) % 5], to, {"n": n})
                sent[to].append(message.message_id)
            # Take what has arrived: the next polls run within the same seconds (ties).
            got += await _take(stream, burst_size)
        assert stream.pending == 0
    assert len(got) == 200
    assert len({event.message.message_id for event in got}) == 200
    for sandbox in sandboxes:
        arrived = [event.message.message_id for event in got if event.sandbox_id == sandbox]
        assert arrived == sent[sandbox], sandbox  # each sandbox's in the order sent


async def test_every_status_change_arrives(roundtable_client):
    client = roundtable_client
    workspace_id, sandboxes = await _workspace(client, sandboxes=3)
    async with client.events.watch(workspace_id) as stream:
        for sandbox in sandboxes:
            await client.sandboxes.start(sandbox)
        started = await _take(stream, 3)
        await client.sandboxes.stop(sandboxes[0])
        added = await client.sandboxes.create(workspace_id, "late", {"primary_agent": "a"})
        await client.sandboxes.delete(sandboxes[1])
        later = await _take(stream, 3)
    assert [(type(e), e.sandbox_id, e.old_status, e.new_status) for e in started] == [
        (SandboxStatusChanged, sandbox, "provisioning", "running") for sandbox in sandboxes
    ]
    by_kind = {type(event): event for event in later}
    assert by_kind[SandboxStatusChanged].sandbox_id == sandboxes[0]
    assert by_kind[SandboxStatusChanged].new_status == "stopped"
    assert by_kind[SandboxAppeared].sandbox_id == added.sandbox_id
    assert by_kind[SandboxDisappeared].sandbox_id == sandboxes[1]
    assert by_kind[SandboxDisappeared].last_status == "running"


@pytest.mark.roundtable_profile("documented")
async def test_a_collaborations_completion_arrives(roundtable_client):
    # Today's server never advances a collaboration; the documented one completes it in
    # rounds, on the fixture's clock.
    client = roundtable_client
    workspace_id, sandboxes = await _workspace(client, sandboxes=2)
    async with client.events.watch(workspace_id, types=[CollaborationChanged]) as stream:
        started = await client.collaborations.orchestrate(workspace_id, "t", sandboxes)
        seen = []
        async for event in stream:
            seen.append(event)
            if event.new_status not in ("initializing", "pending", "running"):
                break
    assert {event.collaboration_id for event in seen} == {started.collaboration_id}
    assert seen[0].old_status is None
    assert seen[-1].new_status == "completed"
    assert seen[-1].collaboration.progress.percentage == 100.0


async def test_a_message_to_a_sandbox_deleted_before_the_poll_still_arrives(roundtable_client):
    client = roundtable_client
    workspace_id, (a, b) = await _workspace(client, sandboxes=2)
    async with client.events.watch(workspace_id) as stream:
        message = await client.messages.send(a, b, {"last": "words"})
        await client.sandboxes.delete(b)
        arrived, gone = await _take(stream, 2)
    assert isinstance(arrived, MessageReceived) and arrived.message.message_id == message.message_id
    assert isinstance(gone, SandboxDisappeared) and gone.sandbox_id == b


def _client(server: ReferenceServer, clock) -> RoundTableClient:
    policy = RetryPolicy(sleep=clock.async_sleep, clock=clock)
    return RoundTableClient(
        server.api_key, IN_PROCESS_BASE_URL, transport=server.transport(), retry_policy=policy
    )


async def test_resuming_from_a_stored_cursor_yields_exactly_the_rest(
    roundtable_server, roundtable_clock
):
    first = _client(roundtable_server, roundtable_clock)
    workspace_id, (a, b, c) = await _workspace(first, sandboxes=3)
    async with first.events.watch(workspace_id) as stream:
        for n in range(10):
            await first.messages.send(a, b, {"n": n})
        taken = await _take(stream, 4)
        stored = taken[-1].cursor  # what a user writes to disk
        assert stream.pending == 6  # read from the server, never taken
    for n in range(10, 15):
        await first.messages.send(c, b, {"n": n})
    await first.sandboxes.start(c)
    await first.close()

    # Another client (another process, as far as the stream knows), from the stored text.
    second = _client(roundtable_server, roundtable_clock)
    async with second.events.watch(workspace_id, after=str(stored)) as stream:
        rest = await _take(stream, 12)
        assert stream.pending == 0
    await second.close()
    numbers = [e.message.content["n"] for e in taken + rest if isinstance(e, MessageReceived)]
    assert numbers == list(range(15))
    assert [type(e) for e in rest if not isinstance(e, MessageReceived)] == [SandboxStatusChanged]


class _Held(httpx.AsyncBaseTransport):
    """The server's transport, holding message listings until released."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.hold = False
        self.started = 0
        self.ended = 0
        self.waiting = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.started += 1
        try:
            if self.hold and "/messages" in request.url.path and request.method == "GET":
                self.waiting.set()
                await asyncio.Event().wait()  # until cancelled
            return await self.inner.handle_async_request(request)
        finally:
            self.ended += 1


async def test_cancelling_mid_poll_leaves_no_task_and_no_request(
    roundtable_server, roundtable_clock
):
    transport = _Held(roundtable_server.transport())
    policy = RetryPolicy(sleep=roundtable_clock.async_sleep, clock=roundtable_clock)
    async with RoundTableClient(
        roundtable_server.api_key, IN_PROCESS_BASE_URL, transport=transport, retry_policy=policy
    ) as client:
        workspace_id, _ = await _workspace(client, sandboxes=2)
        before = asyncio.all_tasks()
        stream = client.events.watch(workspace_id)
        await stream.__aenter__()
        transport.hold = True
        consumer = asyncio.create_task(anext(stream))
        await transport.waiting.wait()  # a poll is in flight
        consumer.cancel()
        with pytest.raises(asyncio.CancelledError):
            await consumer
        assert asyncio.all_tasks() == before  # nothing left running
        assert transport.started == transport.ended  # no request in flight
        requests = transport.started
        await stream.__aexit__(None, None, None)
        with pytest.raises(StopAsyncIteration):
            await anext(stream)
        assert transport.started == requests  # a closed stream sends nothing


async def test_a_deleted_workspace_ends_the_stream_with_its_error(roundtable_client):
    client = roundtable_client
    workspace_id, (a, b) = await _workspace(client, sandboxes=2)
    async with client.events.watch(workspace_id) as stream:
        await client.workspaces.delete(workspace_id)
        with pytest.raises(NotFoundError):
            await anext(stream)
        with pytest.raises(StopAsyncIteration):  # ended: not retried for ever
            await anext(stream)


async def test_another_users_workspace_is_refused_at_once(roundtable_server, roundtable_client):
    workspace_id, _ = await _workspace(roundtable_client, sandboxes=1)
    other = roundtable_server.client(await _other_users_key(roundtable_server), max_retries=0)
    async with other:
        with pytest.raises(NotFoundError):
            async with other.events.watch(workspace_id):
                pass


async def _other_users_key(server: ReferenceServer) -> str:
    async with server.client() as anyone:
        tokens = await anyone.auth.register("other@example.com", "password123", "Other")
        return tokens.access_token


async def test_a_slow_consumer_keeps_at_most_one_polls_events(roundtable_client):
    client = roundtable_client
    workspace_id, (a, b) = await _workspace(client, sandboxes=2)
    async with client.events.watch(workspace_id, types=[MessageReceived]) as stream:
        most = 0
        for round_ in range(6):
            for n in range(30):
                await client.messages.send(a, b, {"n": round_ * 30 + n})
            polls = stream.polls
            for _ in range(30):
                await anext(stream)
                most = max(most, stream.pending)
                # No poll while events wait to be taken: the buffer never grows past a poll.
                if stream.pending:
                    assert stream.polls == polls + 1
        assert most == 29


@pytest.mark.parametrize("same_second", [True, False], ids=["same second", "next second"])
async def test_more_than_the_window_between_polls_is_said_once(
    roundtable_client, roundtable_clock, same_second
):
    client = roundtable_client
    workspace_id, (a, b) = await _workspace(client, sandboxes=2)
    async with client.events.watch(workspace_id, types=[MessageReceived]) as stream:
        roundtable_clock.advance(1 - roundtable_clock() % 1)  # at the start of a second
        await client.messages.send(a, b, {"n": 0})
        await anext(stream)  # polled 0.5 s later: the same second
        if not same_second:
            roundtable_clock.advance(1)
        for n in range(120):
            await client.messages.send(a, b, {"n": n + 1})
        # Today's server lists a second's messages oldest first, then cuts at 100: the
        # window holds the oldest 100 of the second, and the rest can never be listed.
        visible = list(range(1, 100)) if same_second else list(range(1, 101))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = await _take(stream, len(visible))
        said = [w for w in caught if issubclass(w.category, EventsMayBeMissedWarning)]
        assert stream.pending == 0
    assert len(said) == 1 and "more than 100 messages" in str(said[0].message)
    assert [event.message.content["n"] for event in got] == visible


async def test_a_poll_costs_one_request_per_sandbox_plus_one(roundtable_client):
    client = roundtable_client
    workspace_id, sandboxes = await _workspace(client, sandboxes=4)
    async with client.events.watch(workspace_id) as stream:
        requests, polls = stream.requests, stream.polls
        await client.sandboxes.start(sandboxes[0])
        await anext(stream)
        per_poll = (stream.requests - requests) / (stream.polls - polls)
    assert per_poll == 1 + len(sandboxes)


async def test_filters_by_type_and_sandbox(roundtable_client):
    client = roundtable_client
    workspace_id, (a, b, c) = await _workspace(client, sandboxes=3)
    async with client.events.watch(
        workspace_id, types=[MessageReceived], sandbox_ids=[b]
    ) as stream:
        await client.sandboxes.start(b)
        await client.messages.send(a, c, {"to": "c"})
        await client.messages.send(a, b, {"to": "b"})
        (event,) = await _take(stream, 1)
    assert event.sandbox_id == b and event.message.content == {"to": "b"}


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"types": [str]}, "types"),
        ({"types": MessageReceived}, "types"),
        ({"sandbox_ids": "sb_1"}, "sandbox_ids"),
        ({"after": "not a cursor"}, "after"),
        ({"after": "rtw1.bm90IGpzb24"}, "after"),
        ({"min_interval": 0}, "min_interval"),
        ({"min_interval": 5, "max_interval": 1}, "max_interval"),
    ],
)
def test_bad_arguments_are_refused_by_name(arguments, field):
    client = RoundTableClient("k", "http://rt.test")
    with pytest.raises(InvalidRequestError) as caught:
        client.events.watch("ws_1", **arguments)
    assert caught.value.field == field


async def test_a_cursor_of_another_workspace_is_refused(roundtable_client):
    workspace_id, (a, b) = await _workspace(roundtable_client, sandboxes=2)
    async with roundtable_client.events.watch(workspace_id) as stream:
        await roundtable_client.messages.send(a, b, {})
        cursor = (await anext(stream)).cursor
    with pytest.raises(InvalidRequestError, match="cursor of workspace"):
        roundtable_client.events.watch("ws_other", after=cursor)


def test_the_sync_twin_delivers_the_same_scenario(roundtable_server, roundtable_clock):
    from roundtable import SyncRoundTableClient

    policy = RetryPolicy(sleep=roundtable_clock.sleep, clock=roundtable_clock)
    with roundtable_server.sync_client(retry_policy=policy) as client:
        assert isinstance(client, SyncRoundTableClient)
        workspace = client.workspaces.create(name="sync")
        ids = [
            client.sandboxes.create(
                workspace.workspace_id, f"s{n}", {"primary_agent": "a"}
            ).sandbox_id
            for n in range(3)
        ]
        sent = []
        with client.events.watch(workspace.workspace_id) as stream:
            for n in range(30):
                sent.append(client.messages.send(ids[n % 3], ids[(n + 1) % 3], {"n": n}))
            client.sandboxes.start(ids[0])
            got = [next(stream) for _ in range(31)]
            cursor = got[9].cursor
        with client.events.watch(workspace.workspace_id, after=cursor) as resumed:
            rest = [next(resumed) for _ in range(21)]
    messages = [e.message.message_id for e in got if isinstance(e, MessageReceived)]
    assert sorted(messages) == sorted(m.message_id for m in sent)
    assert [type(e) for e in got if not isinstance(e, MessageReceived)] == [SandboxStatusChanged]
    assert [e.cursor for e in rest] == [e.cursor for e in got[10:]]
