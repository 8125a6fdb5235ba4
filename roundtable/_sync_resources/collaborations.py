"""`client.collaborations`: multi-agent collaborations and agent discovery."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..api.collaborations import discover_agents, get_collaboration, orchestrate_collaboration
from ..models.agent_directory import AgentDirectory
from ..models.collaboration import Collaboration
from ..models.collaboration_create import CollaborationCreate
from ..models.collaboration_mode import CollaborationMode
from ._base import Resource, enum_argument, json_object, string_list
from ._wait import DEFAULT_WAIT_TIMEOUT, FIRST_INTERVAL, poll

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


# The states a collaboration does not leave.
FINISHED = frozenset({"completed", "failed", "cancelled"})


class Collaborations(Resource):
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
        """Start a collaboration of `participants` (sandbox ids of the workspace) on `task`."""
        body = CollaborationCreate(
            task=task,
            participants=string_list(participants, "participants"),
            mode=None if mode is None else enum_argument(CollaborationMode, mode, "mode"),
            config=None if config is None else json_object(config, "config"),
        )
        return self._requester.call(
            orchestrate_collaboration._get_kwargs(workspace_id, body=body),
            Collaboration.from_dict,
            options=options,
        )

    def get_collaboration(
        self, collaboration_id: str, **options: Unpack[RequestOptions]
    ) -> Collaboration:
        return self._requester.call(
            get_collaboration._get_kwargs(collaboration_id),
            Collaboration.from_dict,
            options=options,
        )

    get = get_collaboration

    def wait(
        self,
        collaboration_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        interval: float = FIRST_INTERVAL,
        on_poll: Callable[[Collaboration], object] | None = None,
    ) -> Collaboration:
        """Poll the collaboration until it is completed, failed or cancelled; return it.

        Polls at once, then with pauses growing from `interval` to 5 s; `on_poll` sees each
        read (e.g. `lambda c: print(c.progress)`). Past `timeout` seconds raises
        `WaitTimeoutError`, whose `last` is the last read. Cancellable at any time. Today's
        Round Table server never moves a collaboration on: there the wait times out.
        """
        return poll(
            self._requester,
            lambda: self.get_collaboration(collaboration_id),
            lambda current: current.status in FINISHED,
            f"collaboration {collaboration_id} did not finish",
            timeout,
            interval,
            on_poll,
        )

    def discover_agents(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> AgentDirectory:
        return self._requester.call(
            discover_agents._get_kwargs(workspace_id),
            AgentDirectory.from_dict,
            options=options,
        )
