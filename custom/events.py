"""What `client.events.watch()` yields: one immutable event per thing that happened in a
workspace, each with the `cursor` to resume after it.

    async with client.events.watch(workspace.workspace_id) as stream:
        async for event in stream:
            match event:
                case MessageReceived(sandbox_id=to, message=message):
                    print(to, "got", message.content)
                case SandboxStatusChanged(sandbox_id=sandbox, new_status=status):
                    print(sandbox, "is", status)
            save(event.cursor)  # a plain string: watch(..., after=it) resumes here
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from .models import Collaboration, Message, SandboxSummary

__all__ = [
    "CollaborationChanged",
    "Event",
    "EventsMayBeMissedWarning",
    "MessageReceived",
    "SandboxAppeared",
    "SandboxDisappeared",
    "SandboxStatusChanged",
    "UnknownEvent",
]


@frozen(kw_only=True)
class Event:
    """What every event has.

    Attributes:
        cursor: Where the stream stands once this event is taken: give it as
            `watch(..., after=cursor)` to resume right after this event, in this process
            or another.
        workspace_id: The workspace watched.
    """

    cursor: str
    workspace_id: str


@frozen(kw_only=True)
class MessageReceived(Event):
    """A message arrived for a sandbox.

    Attributes:
        sandbox_id: The sandbox it was sent to.
        message: The message, as `messages.get` gives it.
    """

    sandbox_id: str
    message: Message


@frozen(kw_only=True)
class SandboxAppeared(Event):
    """A sandbox was created in the workspace.

    Attributes:
        sandbox_id: Its id.
        status: Its status when first seen.
        sandbox: The sandbox, as `sandboxes.list` gives it.
    """

    sandbox_id: str
    status: str
    sandbox: SandboxSummary


@frozen(kw_only=True)
class SandboxStatusChanged(Event):
    """A sandbox's status changed (it started, stopped, failed...).

    Attributes:
        sandbox_id: Its id.
        old_status: The status it had.
        new_status: The status it has now.
        sandbox: The sandbox, as `sandboxes.list` gives it.
    """

    sandbox_id: str
    old_status: str
    new_status: str
    sandbox: SandboxSummary


@frozen(kw_only=True)
class SandboxDisappeared(Event):
    """A sandbox was deleted.

    Attributes:
        sandbox_id: Its id.
        last_status: The status it had when last seen.
    """

    sandbox_id: str
    last_status: str


@frozen(kw_only=True)
class CollaborationChanged(Event):
    """A collaboration's status or progress changed, or one the stream follows was first
    seen (`old_status` None).

    Attributes:
        collaboration_id: Its id.
        old_status: The status it had, or None when first seen.
        new_status: Its status now (`running`, `completed`, `failed`, ...).
        collaboration: The collaboration, with its `progress`.
    """

    collaboration_id: str
    old_status: str | None
    new_status: str
    collaboration: Collaboration


@frozen(kw_only=True)
class UnknownEvent(Event):
    """Something happened that this version of the SDK cannot classify (a push transport
    may send kinds a later SDK knows).

    Attributes:
        kind: What the source called it.
        data: What the source said of it, as JSON.
    """

    kind: str
    data: dict[str, Any]


class EventsMayBeMissedWarning(UserWarning):
    """The server's 100-row window may have hidden something from the stream: more than
    100 messages of one sandbox between two polls, or more than 100 sandboxes in the
    workspace. Issued once per stream; a shorter `max_interval` makes it rarer."""
