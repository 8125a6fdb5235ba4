from typing import Any

from ..._operation import Operation
from ...models.agent_directory import AgentDirectory
from ...types import path_segment


def build_request(
    workspace_id: str,
) -> dict[str, Any]:
    """The request of `discover_agents`: GET /collaborations/workspaces/{workspace_id}/agents/discover, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collaborations/workspaces/{workspace_id}/agents/discover".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="discover_agents",
    tag="collaborations",
    method="GET",
    path="/collaborations/workspaces/{workspace_id}/agents/discover",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=AgentDirectory,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="The agents of a workspace",
    build=build_request,
    parse=AgentDirectory.from_dict,
)
