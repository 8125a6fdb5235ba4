from typing import Any

from ..._operation import Operation
from ...models.login_request import LoginRequest
from ...models.token_pair import TokenPair


def build_request(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    """The request of `login`: POST /auth/login, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="login",
    tag="auth",
    method="POST",
    path="/auth/login",
    path_parameters=(),
    query_parameters=(),
    body=LoginRequest,
    body_content_type="application/json",
    result=TokenPair,
    success_statuses=frozenset({200}),
    authenticated=False,
    enveloped=True,
    summary="Log in with email and password",
    build=build_request,
    parse=TokenPair.from_dict,
)
