from typing import Any

from ..._operation import Operation
from ...models.workspace_list import WorkspaceList
from ...types import UNSET, Unset


def build_request(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """The request of `list_workspaces`: GET /workspaces, as httpx takes it."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces",
        "params": params,
    }

    return _kwargs


OPERATION = Operation(
    operation_id="list_workspaces",
    tag="workspaces",
    method="GET",
    path="/workspaces",
    path_parameters=(),
    query_parameters=(
        "offset",
        "limit",
    ),
    body=None,
    body_content_type=None,
    result=WorkspaceList,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="List the caller's workspaces",
    build=build_request,
    parse=WorkspaceList.from_dict,
)
