from typing import Any

from ..._operation import Operation
from ...models.aggregate_metrics import AggregateMetrics
from ...types import path_segment


def build_request(
    workspace_id: str,
) -> dict[str, Any]:
    """The request of `get_aggregate_metrics`: GET /system/workspaces/{workspace_id}/metrics/aggregate, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/workspaces/{workspace_id}/metrics/aggregate".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_aggregate_metrics",
    tag="system",
    method="GET",
    path="/system/workspaces/{workspace_id}/metrics/aggregate",
    path_parameters=("workspace_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=AggregateMetrics,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Totals for a workspace",
    build=build_request,
    parse=AggregateMetrics.from_dict,
)
