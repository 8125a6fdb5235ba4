from typing import Any

from ..._operation import Operation
from ...models.token_form import TokenForm
from ...models.token_pair import TokenPair


def build_request(
    *,
    body: TokenForm,
) -> dict[str, Any]:
    """The request of `issue_token`: POST /auth/token, as httpx takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/token",
    }

    _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    operation_id="issue_token",
    tag="auth",
    method="POST",
    path="/auth/token",
    path_parameters=(),
    query_parameters=(),
    body=TokenForm,
    body_content_type="application/x-www-form-urlencoded",
    result=TokenPair,
    success_statuses=frozenset({200}),
    authenticated=False,
    enveloped=False,
    summary="OAuth2 password flow (form-encoded)",
    build=build_request,
    parse=TokenPair.from_dict,
)
