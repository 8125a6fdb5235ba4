from typing import Any

from ..._operation import Operation
from ...models.message import Message
from ...models.message_create import MessageCreate
from ...types import path_segment


def build_request(
    sandbox_id: str,
    *,
    body: MessageCreate,
) -> dict[str, Any]:
    """The request of `send_message`: POST /messages/sandboxes/{sandbox_id}/messages, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/sandboxes/{sandbox_id}/messages".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="send_message",
    tag="messages",
    method="POST",
    path="/messages/sandboxes/{sandbox_id}/messages",
    path_parameters=("sandbox_id",),
    query_parameters=(),
    body=MessageCreate,
    body_content_type="application/json",
    result=Message,
    success_statuses=frozenset({202}),
    authenticated=True,
    enveloped=True,
    summary="Send a message from the sandbox in the path",
    build=build_request,
    parse=Message.from_dict,
)
