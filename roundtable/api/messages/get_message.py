from typing import Any

from ..._operation import Operation
from ...models.message import Message
from ...types import path_segment


def build_request(
    message_id: str,
) -> dict[str, Any]:
    """The request of `get_message`: GET /messages/messages/{message_id}, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/messages/{message_id}".format(
            message_id=path_segment(message_id, "message_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_message",
    tag="messages",
    method="GET",
    path="/messages/messages/{message_id}",
    path_parameters=("message_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=Message,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Get a message",
    build=build_request,
    parse=Message.from_dict,
)
