from typing import Any

from ..._operation import Operation
from ...models.system_info import SystemInfo


def build_request() -> dict[str, Any]:
    """The request of `get_system_info`: GET /system/info, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/info",
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_system_info",
    tag="system",
    method="GET",
    path="/system/info",
    path_parameters=(),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=SystemInfo,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Server information",
    build=build_request,
    parse=SystemInfo.from_dict,
)
