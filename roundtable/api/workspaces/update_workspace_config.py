from typing import Any

from ..._operation import Operation
from ...models.workspace_settings import WorkspaceSettings
from ...types import path_segment


def build_request(
    workspace_id: str,
    *,
    body: WorkspaceSettings,
) -> dict[str, Any]:
    """The request of `update_workspace_config`: PUT /workspaces/{workspace_id}/config, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workspaces/{workspace_id}/config".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="update_workspace_config",
    tag="workspaces",
    method="PUT",
    path="/workspaces/{workspace_id}/config",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=WorkspaceSettings,
    body_content_type="application/json",
    result=WorkspaceSettings,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Replace a workspace's settings",
    build=build_request,
    parse=WorkspaceSettings.from_dict,
)
