from typing import Any

from ..._operation import Operation
from ...models.sandbox_logs import SandboxLogs
from ...types import UNSET, Unset, path_segment


def build_request(
    sandbox_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """The request of `get_sandbox_logs`: GET /sandboxes/{sandbox_id}/logs, as httpx takes it."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sandboxes/{sandbox_id}/logs".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_sandbox_logs",
    tag="sandboxes",
    method="GET",
    path="/sandboxes/{sandbox_id}/logs",
    path_parameters=("sandbox_id",),
    query_parameters=(
        "offset",
        "limit",
    ),
    body=None,
    body_content_type=None,
    result=SandboxLogs,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="A sandbox's logs",
    build=build_request,
    parse=SandboxLogs.from_dict,
)
