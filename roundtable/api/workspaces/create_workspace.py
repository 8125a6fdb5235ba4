from typing import Any

from ..._operation import Operation
from ...models.workspace import Workspace
from ...models.workspace_create import WorkspaceCreate


def build_request(
    *,
    body: WorkspaceCreate,
) -> dict[str, Any]:
    """The request of `create_workspace`: POST /workspaces, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="create_workspace",
    tag="workspaces",
    method="POST",
    path="/workspaces",
    path_parameters=(),
    query_parameters=(),
    body=WorkspaceCreate,
    body_content_type="application/json",
    result=Workspace,
    success_statuses=frozenset({201}),
    authenticated=True,
    enveloped=True,
    summary="Create a workspace",
    build=build_request,
    parse=Workspace.from_dict,
)
