from typing import Any

from ..._operation import Operation
from ...models.user import User


def build_request() -> dict[str, Any]:
    """The request of `get_current_user`: GET /auth/me, as httpx takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/me",
    }

    return _kwargs


OPERATION = Operation(
    operation_id="get_current_user",
    tag="auth",
    method="GET",
    path="/auth/me",
    path_parameters=(),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=User,
    success_statuses=frozenset({200}),
    authenticated=True,
    enveloped=True,
    summary="The user the token belongs to",
    build=build_request,
    parse=User.from_dict,
)
