"""`client.collaborations`: multi-agent collaborations and agent discovery."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..api import discover_agents, get_collaboration, orchestrate_collaboration
from ..models.agent_directory import AgentDirectory
from ..models.collaboration import Collaboration
from ..models.collaboration_create import CollaborationCreate
from ..models.collaboration_mode import CollaborationMode
from ._base import Resource, enum_argument, json_object, request_body, string_list
from ._wait import DEFAULT_WAIT_TIMEOUT, FIRST_INTERVAL, poll

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


# The states a collaboration does not leave.
# The states in which a collaboration may still move on; any other (known or not, e.g.
# "aborted") ends a wait.
UNDER_WAY = frozenset({"initializing", "pending", "running"})


class Collaborations(Resource["CollaborationsWithRawResponse"]):
    """`client.collaborations`: multi-agent collaborations, and agent discovery."""

    __slots__ = ()

    def orchestrate(
        self,
        workspace_id: str,
        task: str,
        participants: Sequence[str],
        mode: CollaborationMode | str | None = None,
        config: Mapping[str, Any] | None = None,
        **options: Unpack[PostOptions],
    ) -> Collaboration:
        """Start a collaboration of sandboxes of one workspace on a task.

        Example:

            collaboration = client.collaborations.orchestrate(
                workspace.workspace_id,
                "Build a REST API",
                [sandbox.sandbox_id, other.sandbox_id],
                config={"max_rounds": 2},
            )

        Args:
            workspace_id: The workspace's id (`ws_...`).
            task: What to do, 1 character or more.
            participants: Sandbox ids of the workspace (one or more).
            mode: "orchestrated" (default), "peer_to_peer" or "swarm".
            config: Any JSON object, e.g. `{"max_rounds": 3}`.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The `Collaboration`, `running`.

        Raises:
            NotFoundError: No such workspace, or it is another user's (404).
            NotFoundError: A participant does not exist (404).
            BadRequestError: A participant is in another workspace (400).
            ValidationError: No participant, or an empty task (422).
            InvalidRequestError: `participants` is not a list of strings, or a bad `mode`.
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = request_body(
            CollaborationCreate,
            options,
            task=task,
            participants=string_list(participants, "participants"),
            mode=None if mode is None else enum_argument(CollaborationMode, mode, "mode"),
            config=None if config is None else json_object(config, "config"),
        )
        started = self._requester.call(
            orchestrate_collaboration,
            orchestrate_collaboration.build(workspace_id, body=body),
            options,
        )
        if isinstance(started, Collaboration):  # (not a raw response)
            # The server lists no collaborations: the workspace's event stream follows these.
            followed = self._requester.server.collaborations.setdefault(workspace_id, [])
            followed.append(started.collaboration_id)
        return started

    def get_collaboration(
        self, collaboration_id: str, **options: Unpack[RequestOptions]
    ) -> Collaboration:
        """A collaboration by id (also `get`).

        Example:

            current = client.collaborations.get_collaboration(collaboration.collaboration_id)

        Args:
            collaboration_id: The collaboration's id (`col_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The `Collaboration`.

        Raises:
            NotFoundError: No such collaboration (404).
            PermissionDeniedError: It is another user's (403).
            InvalidRequestError: `collaboration_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return self._requester.call(
            get_collaboration, get_collaboration.build(collaboration_id), options
        )

    def get(self, collaboration_id: str, **options: Unpack[RequestOptions]) -> Collaboration:
        """A collaboration by id: `get_collaboration`, by its shorter name.

        Example:

            current = client.collaborations.get(collaboration.collaboration_id)
            print(current.status, current.progress.percentage)

        Args:
            collaboration_id: The collaboration's id (`col_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The `Collaboration`.

        Raises:
            NotFoundError: No such collaboration (404).
            PermissionDeniedError: It is another user's (403).
            InvalidRequestError: `collaboration_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return self.get_collaboration(collaboration_id, **options)

    def wait(
        self,
        collaboration_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        interval: float = FIRST_INTERVAL,
        on_poll: Callable[[Collaboration], object] | None = None,
    ) -> Collaboration:
        """Poll a collaboration until it is no longer under way, and return it.

        It ends at `completed`, `failed`, or any state the SDK does not know as running
        (e.g. a server's `aborted`); `initializing`, `pending` and `running` go on.

        Polls at once.

        Example:

            try:
                done = client.collaborations.wait(collaboration.collaboration_id, timeout=120)
                print(done.status, done.result)
            except WaitTimeoutError as error:
                if error.last is not None:
                    print("still", error.last.status)

        Args:
            collaboration_id: The collaboration's id.
            timeout: Seconds to wait in all (on the retry policy's clock).
            interval: The first pause between polls; pauses grow by half to 5 s.
            on_poll: Called with each read (e.g. `lambda c: print(c.progress)`).

        Returns:
            The finished `Collaboration`.

        Raises:
            WaitTimeoutError: Not finished within `timeout` (always, on today's server, which
                never moves a collaboration on); `.last` is the last read.
            InvalidRequestError: A bad `timeout` or `interval`.
            APIError: A poll failed, as for `get`.
        """
        return poll(
            self._requester,
            lambda: self.get_collaboration(collaboration_id),
            lambda current: current.status not in UNDER_WAY,
            f"collaboration {collaboration_id} did not finish",
            timeout,
            interval,
            on_poll,
        )

    def discover_agents(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> AgentDirectory:
        """The agents of a workspace's sandboxes.

        Example:

            directory = client.collaborations.discover_agents(workspace.workspace_id)
            for agent in directory.agents:
                print(agent.name, agent.primary_agent, agent.status)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            An `AgentDirectory` (`.agents`, `.count`).

        Raises:
            NotFoundError: No such workspace, or it is another user's (404).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return self._requester.call(discover_agents, discover_agents.build(workspace_id), options)


from collections.abc import Callable  # noqa: E402
from typing import cast  # noqa: E402

from .._raw import RawResponse  # noqa: E402


class CollaborationsWithRawResponse:
    """`Collaborations`'s methods, each answering with the `RawResponse` of its result."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Collaborations) -> None:
        self._resource = resource

    def orchestrate(
        self,
        workspace_id: str,
        task: str,
        participants: Sequence[str],
        mode: CollaborationMode | str | None = None,
        config: Mapping[str, Any] | None = None,
        **options: Unpack[PostOptions],
    ) -> RawResponse[Collaboration]:
        """`Collaborations.orchestrate`, answering with its `RawResponse`."""
        method: Callable[..., object] = self._resource.orchestrate
        answer = method(
            workspace_id=workspace_id,
            task=task,
            participants=participants,
            mode=mode,
            config=config,
            **options,
        )
        return cast("RawResponse[Collaboration]", answer)

    def get_collaboration(
        self, collaboration_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[Collaboration]:
        """`Collaborations.get_collaboration`, answering with its `RawResponse`."""
        method: Callable[..., object] = self._resource.get_collaboration
        answer = method(collaboration_id=collaboration_id, **options)
        return cast("RawResponse[Collaboration]", answer)

    def get(
        self, collaboration_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[Collaboration]:
        """`Collaborations.get`, answering with its `RawResponse`."""
        method: Callable[..., object] = self._resource.get
        answer = method(collaboration_id=collaboration_id, **options)
        return cast("RawResponse[Collaboration]", answer)

    def discover_agents(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[AgentDirectory]:
        """`Collaborations.discover_agents`, answering with its `RawResponse`."""
        method: Callable[..., object] = self._resource.discover_agents
        answer = method(workspace_id=workspace_id, **options)
        return cast("RawResponse[AgentDirectory]", answer)
