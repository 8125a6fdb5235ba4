from typing import Any

from ..._operation import Operation
from ...models.sandbox_list import SandboxList
from ...types import UNSET, Unset, path_segment


def build_request(
    workspace_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """The request of `list_sandboxes`: GET /sandboxes/{workspace_id}/sandboxes, as httpx takes it."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sandboxes/{workspace_id}/sandboxes".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = Operation(
    operation_id="list_sandboxes",
    tag="sandboxes",
    method="GET",
    path="/sandboxes/{workspace_id}/sandboxes",
    path_parameters=("workspace_id",),
    query_parameters=(
        "offset",
        "limit",
    ),
    body=None,
    body_content_type=None,
    result=SandboxList,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="List a workspace's sandboxes",
    build=build_request,
    parse=SandboxList.from_dict,
)
