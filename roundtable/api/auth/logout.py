from typing import Any

from ..._operation import Operation
from ...models.logout_result import LogoutResult


def build_request() -> dict[str, Any]:
    """The request of `logout`: POST /auth/logout, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/logout",
    }

    return _kwargs


OPERATION = Operation(
    operation_id="logout",
    tag="auth",
    method="POST",
    path="/auth/logout",
    path_parameters=(),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=LogoutResult,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="Log out",
    build=build_request,
    parse=LogoutResult.from_dict,
)
