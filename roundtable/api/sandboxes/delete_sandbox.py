from typing import Any

from ..._operation import Operation, no_content
from ...types import path_segment


def build_request(
    sandbox_id: str,
) -> dict[str, Any]:
    """The request of `delete_sandbox`: DELETE /sandboxes/{sandbox_id}, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sandboxes/{sandbox_id}".format(
            sandbox_id=path_segment(sandbox_id, "sandbox_id"),
        ),
    }

    return _kwargs


OPERATION = Operation(
    operation_id="delete_sandbox",
    tag="sandboxes",
    method="DELETE",
    path="/sandboxes/{sandbox_id}",
    path_parameters=("sandbox_id",),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=None,
    success_statuses=frozenset({204}),
    authenticated=True,
    enveloped=False,
    summary="Delete a sandbox",
    build=build_request,
    parse=no_content,
)
