from typing import Any

from ..._operation import Operation
from ...models.access_token import AccessToken
from ...models.refresh_request import RefreshRequest


def build_request(
    *,
    body: RefreshRequest,
) -> dict[str, Any]:
    """The request of `refresh_access_token`: POST /auth/refresh, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/refresh",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="refresh_access_token",
    tag="auth",
    method="POST",
    path="/auth/refresh",
    path_parameters=(),
    query_parameters=(),
    body=RefreshRequest,
    body_content_type="application/json",
    result=AccessToken,
    success_statuses=frozenset({200}),
    authenticated=False,
    enveloped=True,
    summary="Exchange a refresh token for a new access token",
    build=build_request,
    parse=AccessToken.from_dict,
)
