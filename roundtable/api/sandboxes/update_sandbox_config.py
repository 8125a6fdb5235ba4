from typing import Any

from ..._operation import Operation
from ...models.free_form_object import FreeFormObject
from ...types import path_segment


def build_request(
    sandbox_id: str,
    *,
    body: FreeFormObject,
) -> dict[str, Any]:
    """The request of `update_sandbox_config`: PUT /sandboxes/{sandbox_id}/config, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sandboxes/{sandbox_id}/config".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="update_sandbox_config",
    tag="sandboxes",
    method="PUT",
    path="/sandboxes/{sandbox_id}/config",
    path_parameters=("sandbox_id",),
    query_parameters=(),
    body=FreeFormObject,
    body_content_type="application/json",
    result=FreeFormObject,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Send configuration to a sandbox",
    build=build_request,
    parse=FreeFormObject.from_dict,
)
