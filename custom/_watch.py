"""`client.events.watch()`: what happens in a workspace, as a typed, resumable stream.

Today's Round Table server keeps no event history and pushes nothing, so the stream polls
what it does serve and tells apart what changed: the workspace's sandboxes (one request,
its 100-row window), each sandbox's newest 100 messages (one request per sandbox), and each
collaboration followed until it ends (one request each). Messages are stamped to the
second, so a sandbox's place is its newest stamp and the ids seen at that stamp: a message
is new when it is newer, or of that second and not yet seen. The stream polls only when
its consumer has taken every event of the last poll, so a slow consumer holds one poll's
events at most, and no task runs behind the consumer's back. The sync client's copy of
this module is generated from this one (`make generate`).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import warnings
from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ._concurrency import pause
from .events import (
    CollaborationChanged,
    Event,
    EventsMayBeMissedWarning,
    MessageReceived,
    SandboxAppeared,
    SandboxDisappeared,
    SandboxStatusChanged,
)
from .exceptions import InvalidRequestError, NotFoundError
from .resources._pages import SERVER_LIST_WINDOW as WINDOW
from .resources._wait import checked_seconds
from .resources.collaborations import UNDER_WAY

if TYPE_CHECKING:
    from types import TracebackType

    from ._client import RoundTableClient
    from .models import Collaboration, Message, SandboxSummary

CURSOR_PREFIX = "rtw1."
E = TypeVar("E", bound=Event)
# A change the stream saw: applied to its state in order, then the event it makes (with
# the cursor after it), if any.
Change = tuple[Callable[[], None], Callable[[str], Event] | None]
DEFAULT_MIN_INTERVAL = 0.5
DEFAULT_MAX_INTERVAL = 5.0


class Events:
    """`client.events`: streams of what happens in a workspace."""

    __slots__ = ("_owner",)

    def __init__(self, client: RoundTableClient) -> None:
        self._owner = client

    @overload
    def watch(
        self,
        workspace_id: str,
        *,
        types: None = None,
        sandbox_ids: Iterable[str] | None = None,
        collaboration_ids: Iterable[str] = (),
        after: str | None = None,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
    ) -> EventStream[Event]: ...

    @overload
    def watch(
        self,
        workspace_id: str,
        *,
        types: Iterable[type[E]],
        sandbox_ids: Iterable[str] | None = None,
        collaboration_ids: Iterable[str] = (),
        after: str | None = None,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
    ) -> EventStream[E]: ...

    def watch(
        self,
        workspace_id: str,
        *,
        types: Iterable[type[Any]] | None = None,
        sandbox_ids: Iterable[str] | None = None,
        collaboration_ids: Iterable[str] = (),
        after: str | None = None,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
    ) -> EventStream[Any]:
        """A stream of what happens in a workspace from now on (or from `after`): messages
        arriving, sandboxes appearing, changing status and disappearing, collaborations
        progressing and ending.

        Each poll costs one request for the sandboxes, one per sandbox for its messages and
        one per collaboration followed; polls come every `min_interval` seconds after
        activity, slowing to `max_interval` when nothing happens. Every request has the
        client's retries, timeout and token renewal.

        Example:

            from roundtable.events import MessageReceived

            watched = client.events.watch(workspace.workspace_id, types=[MessageReceived])
            async with watched as stream:
                await client.messages.send(sandbox.sandbox_id, other.sandbox_id, {"hi": 1})
                async for event in stream:
                    print(event.sandbox_id, event.message.content, event.cursor[:12])
                    break

        Args:
            workspace_id: The workspace's id (`ws_...`).
            types: Event classes to yield (e.g. `[MessageReceived]`: the stream is then
                typed as yielding them); None for all.
            sandbox_ids: Yield only the events of these sandboxes (messages by their
                recipient); collaboration events pass when one of these takes part.
            collaboration_ids: Collaborations to follow besides those this client starts
                in the workspace (the server lists none).
            after: A cursor from an event of an earlier stream: resume right after it.
            min_interval: Seconds between polls right after activity.
            max_interval: The longest pause between polls when nothing happens.

        Returns:
            The stream, for `async with` and `async for` (an `EventStream`).

        Raises:
            InvalidRequestError: A filter, cursor or interval that cannot be used, naming
                it (nothing is sent).
        """
        return EventStream(
            self._owner,
            workspace_id,
            types=_checked_types(types),
            sandbox_ids=_checked_ids(sandbox_ids, "sandbox_ids"),
            collaboration_ids=_checked_ids(collaboration_ids, "collaboration_ids") or set(),
            state=None if after is None else _State.from_cursor(after, workspace_id),
            intervals=_checked_intervals(min_interval, max_interval),
        )


class EventStream(Generic[E]):
    """The events of one workspace, in the order they happened (per sandbox, exactly once).

    Leaving `async with`, breaking out of `async for` or cancelling the consuming task
    stops it at once: it runs nothing in the background. An error that outlasts the
    client's retries (a deleted workspace's 404, a 403, a 401 after renewal) ends the
    stream with that error; resume with the last event's cursor.
    """

    def __init__(
        self,
        client: RoundTableClient,
        workspace_id: str,
        *,
        types: tuple[type[Event], ...] | None,
        sandbox_ids: set[str] | None,
        collaboration_ids: set[str],
        state: _State | None,
        intervals: tuple[float, float],
    ) -> None:
        self._owner = client
        self._workspace_id = workspace_id
        self._types = types
        self._sandbox_ids = sandbox_ids
        self._asked_collaborations = collaboration_ids
        self._state = state
        self._min_interval, self._max_interval = intervals
        self._interval = self._min_interval
        self._buffer: deque[E] = deque()
        self._closed = False
        self._warned = False
        self.polls = 0
        self.requests = 0

    @property
    def pending(self) -> int:
        """Events read from the server and not yet yielded (one poll's at most)."""
        return len(self._buffer)

    @property
    def cursor(self) -> str | None:
        """Where the stream stands: after every event it has read (None before it starts)."""
        return None if self._state is None else self._state.cursor()

    async def __aenter__(self) -> EventStream[E]:
        if self._state is None:
            await self._take_baseline()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop: the stream yields nothing more and sends nothing more."""
        self._closed = True
        self._buffer.clear()

    def __aiter__(self) -> EventStream[E]:
        return self

    async def __anext__(self) -> E:
        if self._state is None and not self._closed:
            await self._take_baseline()
        while not self._buffer:
            if self._closed:
                raise StopAsyncIteration
            await pause(self._owner._requester.retry.sleep, self._interval)
            if self._closed:
                raise StopAsyncIteration
            try:
                found = await self._poll()
            except BaseException:
                self.close()
                raise
            # Faster right after activity, slower while nothing happens.
            self._interval = (
                self._min_interval if found else min(self._interval * 2, self._max_interval)
            )
        return self._buffer.popleft()

    # -- polling ------------------------------------------------------------------------

    async def _take_baseline(self) -> None:
        """The workspace as it is now: what the stream yields is what happens after."""
        sandboxes, messages = await self._read_workspace()
        state = _State(self._workspace_id)
        for sandbox_id, sandbox in sandboxes.items():
            state.sandboxes[sandbox_id] = _Place(str(sandbox.status))
            for message in _oldest_first(messages.get(sandbox_id, [])):
                state.sandboxes[sandbox_id].take(message)
        for collaboration_id in self._followed(state):
            collaboration = await self._read_collaboration(collaboration_id)
            state.collaborations[collaboration_id] = _progress_of(collaboration)
        self._state = state

    async def _read_workspace(self) -> tuple[dict[str, SandboxSummary], dict[str, list[Message]]]:
        client = self._owner
        self.polls += 1
        page = await client.sandboxes.list(self._workspace_id, limit=WINDOW)
        self.requests += 1
        if len(page.sandboxes) >= WINDOW:
            self._warn_once(f"the workspace lists {WINDOW} sandboxes, the server's window")
        sandboxes = {sandbox.sandbox_id: sandbox for sandbox in page.sandboxes}
        messages: dict[str, list[Message]] = {}
        for sandbox_id in list(sandboxes):
            try:
                listed = await client.messages.list(sandbox_id, limit=WINDOW)
            except NotFoundError:
                del sandboxes[sandbox_id]  # deleted since the listing: gone this poll
                continue
            finally:
                self.requests += 1
            messages[sandbox_id] = listed.messages
        return sandboxes, messages

    async def _read_collaboration(self, collaboration_id: str) -> Collaboration:
        self.requests += 1
        return await self._owner.collaborations.get_collaboration(collaboration_id)

    def _followed(self, state: _State) -> list[str]:
        started = self._owner._requester.server.collaborations.get(self._workspace_id, ())
        wanted = self._asked_collaborations | set(started)
        return sorted(wanted - set(state.collaborations))

    async def _poll(self) -> bool:
        """One poll: the events it finds go to the buffer; True when anything happened."""
        assert self._state is not None
        state = self._state
        sandboxes, messages = await self._read_workspace()
        changes: list[Change] = []

        for sandbox_id, sandbox in sandboxes.items():
            changes += self._sandbox_changes(state, sandbox_id, sandbox)
        # (stamp, order found, sandbox, message): each sandbox's new messages, sent or
        # received, oldest first; the received ones are events.
        arrivals: list[tuple[datetime.datetime, int, str, Message]] = []
        for sandbox_id, listed in messages.items():
            place = state.sandboxes.get(sandbox_id) or _Place("")
            if len(listed) >= WINDOW and place.may_have_lost(listed):
                self._warn_once(f"more than {WINDOW} messages of {sandbox_id} since last poll")
            arrivals += [
                (m.created_at, len(arrivals) + n, sandbox_id, m)
                for n, m in enumerate(place.fresh(_oldest_first(listed)))
            ]
        gone = [sandbox_id for sandbox_id in state.sandboxes if sandbox_id not in sandboxes]
        for sandbox_id in gone:
            # Its last messages are still in their senders' lists.
            seen: set[str] = set()
            place = state.sandboxes[sandbox_id]
            for listed in messages.values():
                received = [m for m in listed if m.to_sandbox_id == sandbox_id]
                for message in place.fresh(_oldest_first(received)):
                    if message.message_id not in seen:
                        seen.add(message.message_id)
                        arrivals.append((message.created_at, len(arrivals), sandbox_id, message))
        # Across sandboxes by time; each sandbox's own in the server's order.
        for _, _, sandbox_id, message in sorted(arrivals, key=lambda item: (item[0], item[1])):
            changes.append(self._arrival(state, sandbox_id, message))
        for sandbox_id in gone:
            changes.append(self._departure(state, sandbox_id))
        for collaboration_id in [
            *(c for c, progress in state.collaborations.items() if progress[0] in UNDER_WAY),
            *self._followed(state),
        ]:
            collaboration = await self._read_collaboration(collaboration_id)
            changes += self._collaboration_changes(state, collaboration_id, collaboration)

        for apply, make in changes:
            apply()
            if make is None:  # a message the sandbox sent: its place moves, no event
                continue
            event = make(state.cursor())
            if self._wanted(event):
                self._buffer.append(event)  # type: ignore[arg-type]  # `types` chose E
        return bool(changes)

    def _sandbox_changes(
        self, state: _State, sandbox_id: str, sandbox: SandboxSummary
    ) -> list[Change]:
        status = str(sandbox.status)
        place = state.sandboxes.get(sandbox_id)
        workspace_id = self._workspace_id
        if place is None:

            def appear() -> None:
                state.sandboxes[sandbox_id] = _Place(status)

            return [
                (
                    appear,
                    lambda cursor: SandboxAppeared(
                        cursor=cursor,
                        workspace_id=workspace_id,
                        sandbox_id=sandbox_id,
                        status=status,
                        sandbox=sandbox,
                    ),
                )
            ]
        if place.status == status:
            return []
        old = place.status

        def change() -> None:
            place.status = status

        return [
            (
                change,
                lambda cursor: SandboxStatusChanged(
                    cursor=cursor,
                    workspace_id=workspace_id,
                    sandbox_id=sandbox_id,
                    old_status=old,
                    new_status=status,
                    sandbox=sandbox,
                ),
            )
        ]

    def _arrival(self, state: _State, sandbox_id: str, message: Message) -> Change:
        workspace_id = self._workspace_id

        def take() -> None:
            # A sandbox new in this poll has its place: its appearance is applied first.
            state.sandboxes[sandbox_id].take(message)

        if message.to_sandbox_id != sandbox_id:
            return take, None
        return take, lambda cursor: MessageReceived(
            cursor=cursor, workspace_id=workspace_id, sandbox_id=sandbox_id, message=message
        )

    def _departure(self, state: _State, sandbox_id: str) -> Change:
        last_status = state.sandboxes[sandbox_id].status
        workspace_id = self._workspace_id

        def leave() -> None:
            del state.sandboxes[sandbox_id]

        return leave, lambda cursor: SandboxDisappeared(
            cursor=cursor, workspace_id=workspace_id, sandbox_id=sandbox_id, last_status=last_status
        )

    def _collaboration_changes(
        self, state: _State, collaboration_id: str, collaboration: Collaboration
    ) -> list[Change]:
        progress = _progress_of(collaboration)
        before = state.collaborations.get(collaboration_id)
        if before == progress:
            return []
        workspace_id = self._workspace_id

        def change() -> None:
            state.collaborations[collaboration_id] = progress

        return [
            (
                change,
                lambda cursor: CollaborationChanged(
                    cursor=cursor,
                    workspace_id=workspace_id,
                    collaboration_id=collaboration_id,
                    old_status=None if before is None else before[0],
                    new_status=progress[0],
                    collaboration=collaboration,
                ),
            )
        ]

    def _wanted(self, event: Event) -> bool:
        if self._types is not None and not isinstance(event, self._types):
            return False
        if self._sandbox_ids is None:
            return True
        if isinstance(event, CollaborationChanged):
            return not self._sandbox_ids.isdisjoint(event.collaboration.participants or ())
        return getattr(event, "sandbox_id", None) in self._sandbox_ids

    def _warn_once(self, what: str) -> None:
        if self._warned:
            return
        self._warned = True
        warnings.warn(
            f"{what}: events beyond it may be missed (a shorter max_interval polls before "
            "the window fills)",
            EventsMayBeMissedWarning,
            stacklevel=3,
        )


def _oldest_first(messages: list[Message]) -> list[Message]:
    """A listing's messages, oldest first. Today's server lists the newest second first and
    a second's messages oldest first: a stable sort by stamp keeps that order within a
    second."""
    return sorted(messages, key=lambda message: message.created_at)


def _progress_of(collaboration: Collaboration) -> tuple[str, int | None, float | None]:
    progress = collaboration.progress
    return (
        str(collaboration.status),
        None if progress is None else progress.current_step,
        None if progress is None else progress.percentage,
    )


class _Place:
    """Where a sandbox stands: its status, and how far its listing of messages (sent and
    received) has been read: the newest stamp, and the ids seen at that stamp."""

    __slots__ = ("ids", "stamp", "status")

    def __init__(
        self, status: str, stamp: datetime.datetime | None = None, ids: Iterable[str] = ()
    ) -> None:
        self.status = status
        self.stamp = stamp
        self.ids = list(ids)

    def fresh(self, received: list[Message]) -> list[Message]:
        """The messages (oldest first) not taken yet."""
        stamp, ids = self.stamp, self.ids
        if stamp is None:
            return received
        return [
            m
            for m in received
            if m.created_at > stamp or (m.created_at == stamp and m.message_id not in ids)
        ]

    def take(self, message: Message) -> None:
        if self.stamp is None or message.created_at > self.stamp:
            self.stamp, self.ids = message.created_at, [message.message_id]
        elif message.created_at == self.stamp and message.message_id not in self.ids:
            self.ids.append(message.message_id)

    def may_have_lost(self, listed: list[Message]) -> bool:
        """Whether a full listing (in the server's order) may have cut off a message not
        taken yet. It ends where the window ends: in a second that is not older than this
        place, what the window left out of that second may be new (today's server lists a
        second oldest first, so a cut inside it hides that second's newest)."""
        return self.stamp is None or listed[-1].created_at >= self.stamp


class _State:
    """What the stream has seen; its cursor is this, as text."""

    __slots__ = ("collaborations", "sandboxes", "workspace_id")

    def __init__(self, workspace_id: str) -> None:
        self.workspace_id = workspace_id
        self.sandboxes: dict[str, _Place] = {}
        self.collaborations: dict[str, tuple[str, int | None, float | None]] = {}

    def cursor(self) -> str:
        data = {
            "w": self.workspace_id,
            "s": {
                sandbox_id: [
                    place.status,
                    None if place.stamp is None else place.stamp.isoformat(),
                    place.ids,
                ]
                for sandbox_id, place in self.sandboxes.items()
            },
            "c": {key: list(value) for key, value in self.collaborations.items()},
        }
        text = json.dumps(data, separators=(",", ":"))
        return CURSOR_PREFIX + base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

    @classmethod
    def from_cursor(cls, cursor: object, workspace_id: str) -> _State:
        if not isinstance(cursor, str) or not cursor.startswith(CURSOR_PREFIX):
            raise InvalidRequestError(
                f"after must be the cursor of an event (a string starting with {CURSOR_PREFIX!r})",
                field="after",
            )
        encoded = cursor[len(CURSOR_PREFIX) :]
        try:
            data: Any = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
            state = cls(str(data["w"]))
            for sandbox_id, (status, stamp, ids) in data["s"].items():
                moment = None if stamp is None else datetime.datetime.fromisoformat(stamp)
                state.sandboxes[str(sandbox_id)] = _Place(str(status), moment, map(str, ids))
            for collaboration_id, (status, step, percentage) in data["c"].items():
                state.collaborations[str(collaboration_id)] = (str(status), step, percentage)
        except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
            raise InvalidRequestError(
                "after is not a cursor this SDK wrote (cut or edited?)", field="after"
            ) from None
        if state.workspace_id != workspace_id:
            raise InvalidRequestError(
                f"after is a cursor of workspace {state.workspace_id}, not {workspace_id}",
                field="after",
            )
        return state


def _checked_types(types: Iterable[type[Event]] | None) -> tuple[type[Event], ...] | None:
    if types is None:
        return None
    if isinstance(types, type | str):
        raise InvalidRequestError(
            f"types must be a list of event classes, e.g. [MessageReceived], not {types!r}",
            field="types",
        )
    checked = tuple(types)
    for kind in checked:
        if not (isinstance(kind, type) and issubclass(kind, Event)):
            raise InvalidRequestError(
                f"types must hold event classes of roundtable.events, not {kind!r}",
                field="types",
            )
    return checked


def _checked_ids(ids: Iterable[str] | None, field: str) -> set[str] | None:
    if ids is None:
        return None
    if isinstance(ids, str | bytes):
        raise InvalidRequestError(f"{field} must be a list of ids, not one string", field=field)
    checked = set()
    for value in ids:
        if not isinstance(value, str) or not value:
            raise InvalidRequestError(f"{field} must hold ids, not {value!r}", field=field)
        checked.add(value)
    return checked


def _checked_intervals(min_interval: float, max_interval: float) -> tuple[float, float]:
    shortest = checked_seconds(min_interval, "min_interval")
    longest = checked_seconds(max_interval, "max_interval")
    if longest < shortest:
        raise InvalidRequestError(
            f"max_interval ({longest:g} s) is shorter than min_interval ({shortest:g} s)",
            field="max_interval",
        )
    return shortest, longest
