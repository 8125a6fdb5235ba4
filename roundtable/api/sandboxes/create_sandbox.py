from typing import Any

from ..._operation import Operation
from ...models.sandbox import Sandbox
from ...models.sandbox_create import SandboxCreate
from ...types import path_segment


def build_request(
    workspace_id: str,
    *,
    body: SandboxCreate,
) -> dict[str, Any]:
    """The request of `create_sandbox`: POST /sandboxes/{workspace_id}/sandboxes, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandboxes/{workspace_id}/sandboxes".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="create_sandbox",
    tag="sandboxes",
    method="POST",
    path="/sandboxes/{workspace_id}/sandboxes",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=SandboxCreate,
    body_content_type="application/json",
    result=Sandbox,
    success_statuses=frozenset({201}),
    authenticated=True,
    enveloped=True,
    summary="Create a sandbox in a workspace",
    build=build_request,
    parse=Sandbox.from_dict,
)
