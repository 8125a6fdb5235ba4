from typing import Any

from ..._operation import Operation
from ...models.collaboration import Collaboration
from ...models.collaboration_create import CollaborationCreate
from ...types import path_segment


def build_request(
    workspace_id: str,
    *,
    body: CollaborationCreate,
) -> dict[str, Any]:
    """The request of `orchestrate_collaboration`: POST /collaborations/workspaces/{workspace_id}/collaboration/orchestrate, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collaborations/workspaces/{workspace_id}/collaboration/orchestrate".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="orchestrate_collaboration",
    tag="collaborations",
    method="POST",
    path="/collaborations/workspaces/{workspace_id}/collaboration/orchestrate",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=CollaborationCreate,
    body_content_type="application/json",
    result=Collaboration,
    success_statuses=frozenset({202}),
    authenticated=True,
    enveloped=True,
    summary="Start a collaboration on a task",
    build=build_request,
    parse=Collaboration.from_dict,
)
