"""`client.collaborations`: multi-agent collaborations and agent discovery."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._results import AgentDirectory, Collaboration
from ..api.collaborations import discover_agents, get_collaboration, orchestrate_collaboration
from ..exceptions import InvalidRequestError
from ..models.agent_directory import AgentDirectory as AgentDirectoryModel
from ..models.collaboration import Collaboration as CollaborationModel
from ..models.collaboration_create import CollaborationCreate
from ..models.collaboration_mode import CollaborationMode
from ..models.free_form_object import FreeFormObject
from ._base import Resource, enum_argument, json_object, optional


class Collaborations(Resource):
    async def orchestrate(
        self,
        workspace_id: str,
        task: str,
        participants: Sequence[str],
        mode: CollaborationMode | str | None = None,
        config: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> Collaboration:
        """Start a collaboration of `participants` (sandbox ids of the workspace) on `task`."""
        if isinstance(participants, str):
            raise InvalidRequestError(
                "participants must be a list of sandbox ids, not a string", field="participants"
            )
        body = CollaborationCreate(
            task=task,
            participants=list(participants),
            mode=optional(None if mode is None else enum_argument(CollaborationMode, mode, "mode")),
            config=optional(
                None if config is None else FreeFormObject.from_dict(json_object(config, "config"))
            ),
        )
        return await self._requester.call(
            orchestrate_collaboration._get_kwargs(workspace_id, body=body),
            _collaboration,
            idempotency_key=idempotency_key,
        )

    async def get_collaboration(self, collaboration_id: str) -> Collaboration:
        return await self._requester.call(
            get_collaboration._get_kwargs(collaboration_id), _collaboration
        )

    get = get_collaboration

    async def discover_agents(self, workspace_id: str) -> AgentDirectory:
        return await self._requester.call(
            discover_agents._get_kwargs(workspace_id),
            lambda data: AgentDirectory.from_model(AgentDirectoryModel.from_dict(data)),
        )


def _collaboration(data: Any) -> Collaboration:
    return Collaboration.from_model(CollaborationModel.from_dict(data))
