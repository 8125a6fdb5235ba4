from typing import Any

from ..._operation import Operation, no_content
from ...types import path_segment


def build_request(
    workspace_id: str,
) -> dict[str, Any]:
    """The request of `delete_workspace`: DELETE /workspaces/{workspace_id}, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/workspaces/{workspace_id}".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="delete_workspace",
    tag="workspaces",
    method="DELETE",
    path="/workspaces/{workspace_id}",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=None,
    success_statuses=frozenset({204}),
    authenticated=True,
    enveloped=False,
    summary="Delete a workspace",
    build=build_request,
    parse=no_content,
)
