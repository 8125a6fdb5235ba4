from typing import Any

from ..._operation import Operation
from ...models.message_list import MessageList
from ...types import UNSET, Unset, path_segment


def build_request(
    sandbox_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:
    """The request of `list_messages`: GET /messages/sandboxes/{sandbox_id}/messages, as httpx takes it."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/sandboxes/{sandbox_id}/messages".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = Operation(
    operation_id="list_messages",
    tag="messages",
    method="GET",
    path="/messages/sandboxes/{sandbox_id}/messages",
    path_parameters=("sandbox_id",),
    query_parameters=(
        "offset",
        "limit",
    ),
    body=None,
    body_content_type=None,
    result=MessageList,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Messages a sandbox sent or received, newest first",
    build=build_request,
    parse=MessageList.from_dict,
)
