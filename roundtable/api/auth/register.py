from typing import Any

from ..._operation import Operation
from ...models.register_request import RegisterRequest
from ...models.token_pair import TokenPair


def build_request(
    *,
    body: RegisterRequest,
) -> dict[str, Any]:
    """The request of `register`: POST /auth/register, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="register",
    tag="auth",
    method="POST",
    path="/auth/register",
    path_parameters=(),
    query_parameters=(),
    body=RegisterRequest,
    body_content_type="application/json",
    result=TokenPair,
    success_statuses=frozenset({200}),
    authenticated=False,
    enveloped=True,
    summary="Register a user",
    build=build_request,
    parse=TokenPair.from_dict,
)
