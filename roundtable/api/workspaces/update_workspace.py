from typing import Any

from ..._operation import Operation
from ...models.workspace import Workspace
from ...models.workspace_update import WorkspaceUpdate
from ...types import path_segment


def build_request(
    workspace_id: str,
    *,
    body: WorkspaceUpdate,
) -> dict[str, Any]:
    """The request of `update_workspace`: PUT /workspaces/{workspace_id}, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workspaces/{workspace_id}".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="update_workspace",
    tag="workspaces",
    method="PUT",
    path="/workspaces/{workspace_id}",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=WorkspaceUpdate,
    body_content_type="application/json",
    result=Workspace,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Update a workspace",
    build=build_request,
    parse=Workspace.from_dict,
)
