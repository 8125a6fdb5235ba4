from typing import Any

from ..._operation import Operation
from ...models.broadcast_create import BroadcastCreate
from ...models.broadcast_result import BroadcastResult
from ...types import path_segment


def build_request(
    workspace_id: str,
    *,
    body: BroadcastCreate,
) -> dict[str, Any]:
    """The request of `broadcast_message`: POST /messages/workspaces/{workspace_id}/broadcast, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/workspaces/{workspace_id}/broadcast".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="broadcast_message",
    tag="messages",
    method="POST",
    path="/messages/workspaces/{workspace_id}/broadcast",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=BroadcastCreate,
    body_content_type="application/json",
    result=BroadcastResult,
    success_statuses=frozenset({202}),
    authenticated=True,
    enveloped=True,
    summary="Broadcast to every sandbox of a workspace",
    build=build_request,
    parse=BroadcastResult.from_dict,
)
