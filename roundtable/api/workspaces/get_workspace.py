from typing import Any

from ..._operation import Operation
from ...models.workspace import Workspace
from ...types import path_segment


def build_request(
    workspace_id: str,
) -> dict[str, Any]:
    """The request of `get_workspace`: GET /workspaces/{workspace_id}, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_workspace",
    tag="workspaces",
    method="GET",
    path="/workspaces/{workspace_id}",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=Workspace,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Get a workspace",
    build=build_request,
    parse=Workspace.from_dict,
)
