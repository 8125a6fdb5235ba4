"""Every error the SDK raises.

```
RoundTableError
├── ConfigurationError            the client cannot be built as asked (e.g. no API key)
├── InvalidRequestError           an argument is wrong before anything is sent
└── APIError
    ├── APIConnectionError        no usable answer came back
    │   └── APITimeoutError
    ├── MalformedResponseError    a 2xx answer that does not match the contract
    └── APIStatusError            the server answered with an error status
        ├── BadRequestError         400
        ├── AuthenticationError     401
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── ConflictError           409
        ├── ValidationError         422
        ├── RateLimitError          429
        └── InternalServerError     >= 500
```
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FieldIssue",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RoundTableError",
    "ValidationError",
]


class RoundTableError(Exception):
    """The root of every error this SDK raises."""


class ConfigurationError(RoundTableError):
    """The client was built without something it needs, such as an API key."""


class InvalidRequestError(RoundTableError, ValueError):
    """An argument was refused before any request was sent; `field` names it."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


class APIError(RoundTableError):
    """A request was made and did not succeed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before an answer."""


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout; `__cause__` holds httpx's exception."""


class MalformedResponseError(APIError):
    """A success answer whose body does not match the contract."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


@dataclass(frozen=True)
class FieldIssue:
    """One field-level problem of a 422, e.g. `loc=("body", "name")`."""

    loc: tuple[str | int, ...]
    msg: str
    type: str | None = None
    input: Any = None

    @property
    def field(self) -> str:
        """The dotted field path without its location prefix, e.g. `agent_config.temperature`."""
        parts = self.loc[1:] if self.loc and self.loc[0] in ("body", "query", "path") else self.loc
        return ".".join(str(part) for part in parts) or "(request)"

    def __str__(self) -> str:
        return f"{self.field}: {self.msg}"


class APIStatusError(APIError):
    """The server answered with an error status.

    `message` is the server's own words (from `detail` or `error.message`), `code` the
    documented error code when the server sent one, `details` whatever else it sent.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        details: Any = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.details = details
        self.body = body

    def __str__(self) -> str:
        request = self.response.request
        return f"{self.status_code} on {request.method} {request.url.path}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the request was understood and refused."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed (or, on older servers, not authenticated)."""


class NotFoundError(APIStatusError):
    """404: no such resource, or one that belongs to somebody else."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class ValidationError(APIStatusError):
    """422: the server refused some fields; `issues` lists each of them."""

    @property
    def issues(self) -> Sequence[FieldIssue]:
        return self.details if isinstance(self.details, list) else []


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the wait the server asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the server failed."""
