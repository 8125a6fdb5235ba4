from typing import Any

from ..._operation import Operation
from ...models.sandbox_metrics import SandboxMetrics
from ...types import path_segment


def build_request(
    sandbox_id: str,
) -> dict[str, Any]:
    """The request of `get_sandbox_metrics`: GET /sandboxes/{sandbox_id}/metrics, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sandboxes/{sandbox_id}/metrics".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_sandbox_metrics",
    tag="sandboxes",
    method="GET",
    path="/sandboxes/{sandbox_id}/metrics",
    path_parameters=("sandbox_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=SandboxMetrics,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="A sandbox's resource metrics",
    build=build_request,
    parse=SandboxMetrics.from_dict,
)
