from typing import Any

from ..._operation import Operation
from ...models.sandbox import Sandbox
from ...types import path_segment


def build_request(
    sandbox_id: str,
) -> dict[str, Any]:
    """The request of `stop_sandbox`: POST /sandboxes/{sandbox_id}/stop, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandboxes/{sandbox_id}/stop".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="stop_sandbox",
    tag="sandboxes",
    method="POST",
    path="/sandboxes/{sandbox_id}/stop",
    path_parameters=("sandbox_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=Sandbox,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Stop a sandbox",
    build=build_request,
    parse=Sandbox.from_dict,
)
