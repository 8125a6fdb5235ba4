from typing import Any

from ..._operation import Operation
from ...models.health import Health


def build_request() -> dict[str, Any]:
    """The request of `get_health`: GET /system/health, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/health",
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_health",
    tag="system",
    method="GET",
    path="/system/health",
    path_parameters=(),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=Health,
    success_statuses=frozenset({200}),
    authenticated=False,
    enveloped=True,
    summary="Server health",
    build=build_request,
    parse=Health.from_dict,
)
