"""`Operation`: everything the contract says about one operation, in one typed value.

Each module of `roundtable.api` defines its `OPERATION` (generated from openapi.yaml, never
written by hand) beside `build_request`, its request builder; `roundtable.api.OPERATIONS`
lists them all. The facade, `client.call`, the reference server's router, the tests and
the docs' checks read these descriptors instead of restating routes, tokens or envelopes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

from ._retry import IDEMPOTENT_METHODS, SAFE_METHODS

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True, slots=True, eq=False)
class Operation(Generic[P, T]):
    """One operation of the contract.

    `build(...)` makes the request (method, url, query, headers and body, as httpx takes
    them) from the operation's own arguments; `parse(payload)` reads a success's payload,
    the envelope's `data` already taken out where `enveloped` says there is one.
    """

    #: The spec's `operationId`, e.g. "get_workspace"; also the module's name.
    operation_id: str
    #: The spec's tag: the resource it belongs to (e.g. "workspaces").
    tag: str
    #: The HTTP method, upper case.
    method: str
    #: The path template under the API root, e.g. "/workspaces/{workspace_id}".
    path: str
    #: The path template's parameters, in order.
    path_parameters: tuple[str, ...]
    #: The query parameters the operation takes.
    query_parameters: tuple[str, ...]
    #: The request body's model, or None for an operation without a body.
    body: type | None
    #: The body's content type ("application/json", a form), or None.
    body_content_type: str | None
    #: The model of the result (the envelope's `data`), or None for an answer without one.
    result: type | None
    #: The statuses that mean success.
    success_statuses: frozenset[int]
    #: False where the spec says `security: []`: no token is sent.
    authenticated: bool
    #: True where a success body is the envelope `{"success", "data", "meta"}`.
    enveloped: bool
    #: The spec's one-line summary.
    summary: str
    build: Callable[P, dict[str, Any]]
    parse: Callable[[Any], T]

    @property
    def idempotent(self) -> bool:
        """Whether repeating it leaves the server as one call would (so a failed attempt
        is retried even when the server does not honour Idempotency-Key)."""
        return self.method in IDEMPOTENT_METHODS

    @property
    def sends_idempotency_key(self) -> bool:
        """Whether a call carries an Idempotency-Key (every method that changes state)."""
        return self.method not in SAFE_METHODS

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"


def no_content(_payload: Any) -> None:
    """The parse of an answer without a body (204)."""
    return None


def json_payload(payload: Any) -> Any:
    """The parse of a result the contract gives no model: its JSON as it is."""
    return payload


def _unlisted_request() -> dict[str, Any]:
    raise TypeError("an unlisted operation has no request builder: build its request by hand")


#: What `client.request()` sends: a path the contract does not list. A token is sent, and the
#: answer is taken as it comes (its envelope unwrapped by the caller's parse).
UNLISTED: Operation[[], Any] = Operation(
    operation_id="request",
    tag="",
    method="",
    path="",
    path_parameters=(),
    query_parameters=(),
    body=None,
    body_content_type=None,
    result=None,
    success_statuses=frozenset(range(200, 300)),
    authenticated=True,
    enveloped=False,
    summary="A request the contract does not list",
    build=_unlisted_request,
    parse=json_payload,
)
