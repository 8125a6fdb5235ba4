"""Every error the SDK raises.

```
RoundTableError
├── ConfigurationError            the client cannot be built as asked (e.g. no API key)
├── ClientClosedError             the client was used after close()
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

Every error pickles and unpickles (to cross a process boundary) without its secrets: the
request it carries loses its credentials and body, only an error answer keeps its body, and
a credential the server echoed back (a 422's `input`) is redacted wherever it appears.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .models import Collaboration, SandboxStatus

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "FieldIssue",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedResponseError",
    "MalformedResponseWarning",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RoundTableError",
    "ValidationError",
]


class RoundTableError(Exception):
    """The root of every error this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default would call __init__ with the message alone (keyword-only arguments
        # are lost) and would carry the request's Authorization header along.
        state = {
            key: _without_echoed_secrets(_without_secrets(value))
            for key, value in self.__dict__.items()
        }
        return (_restore, (type(self), self.args, state))


def _restore(cls: type[RoundTableError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


# Request headers that carry credentials.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})


def _without_secrets(value: Any) -> Any:
    if isinstance(value, httpx.Response):
        return httpx.Response(
            value.status_code,
            headers=[(k, v) for k, v in value.headers.items() if k.lower() != "set-cookie"],
            # A success body may hold tokens (a login's); an error body is the server's words.
            content=_without_echoed_content(_content(value)) if value.is_error else b"",
            request=_without_secrets(value.request) if _has_request(value) else None,
        )
    if isinstance(value, httpx.Request):
        return httpx.Request(
            value.method,
            value.url.copy_with(username=None, password=None),
            headers=[(k, v) for k, v in value.headers.items() if k.lower() not in _SECRET_HEADERS],
        )
    return value


# Names of fields whose values are credentials: a server echoing a refused body back (a
# 422's `input`) would otherwise carry a password into every log and pickle of the error.
_SECRET_WORDS = ("password", "token", "secret", "api_key", "apikey", "credential")
REDACTED = "<redacted>"


def _is_secret_name(name: object) -> bool:
    return isinstance(name, str) and any(word in name.lower() for word in _SECRET_WORDS)


def _without_echoed_secrets(value: Any) -> Any:
    """`value` with every credential-named field's value, and the `input` of an issue
    about such a field, replaced by REDACTED."""
    if isinstance(value, FieldIssue):
        secret = bool(value.loc) and _is_secret_name(value.loc[-1])
        hidden = REDACTED if secret else _without_echoed_secrets(value.input)
        return FieldIssue(value.loc, value.msg, value.type, hidden)
    if isinstance(value, dict):
        loc = value.get("loc")
        about_secret = isinstance(loc, list | tuple) and bool(loc) and _is_secret_name(loc[-1])
        return {
            key: REDACTED
            if _is_secret_name(key) or (about_secret and key == "input")
            else _without_echoed_secrets(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(_without_echoed_secrets(item) for item in value)
    return value


def _without_echoed_content(content: bytes) -> bytes:
    import json

    try:
        document = json.loads(content)
    except ValueError:
        return content
    cleaned = _without_echoed_secrets(document)
    return content if cleaned == document else json.dumps(cleaned).encode()


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when there is none
    except RuntimeError:
        return False
    return True


class ConfigurationError(RoundTableError):
    """The client was built without something it needs, such as an API key."""


class ClientClosedError(RoundTableError):
    """The client was used after `close()` (or after its `async with` block ended)."""


class EventLoopError(RoundTableError, RuntimeError):
    """A client cannot run where it was used: an async client outside asyncio (under trio),
    or its `http_client` or `transport` of yours used on a second event loop or in a forked
    process."""


class WaitTimeoutError(RoundTableError, TimeoutError):
    """A waiter's deadline passed before the state it waits for; `last` is the last
    result seen: the `SandboxStatus` of `sandboxes.wait_for_status`, the `Collaboration`
    of `collaborations.wait`, or None if no poll answered."""

    def __init__(self, message: str, *, last: SandboxStatus | Collaboration | None = None) -> None:
        super().__init__(message)
        self.last: SandboxStatus | Collaboration | None = last


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
    """A success answer whose body does not match the contract. `problems` names each
    value that does not fit, with its place (`WorkspaceList.workspaces[3].created_at: null`)."""

    def __init__(
        self, message: str, *, response: httpx.Response, problems: Sequence[str] = ()
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.problems = tuple(problems)


class MalformedResponseWarning(UserWarning):
    """An answer broke the contract, and the client read it anyway (the default; see
    `strict_responses`): the values that did not fit are None, or converted without loss.
    Issued once per place (`WorkspaceList.workspaces[].created_at`) and process; make it an
    error with `warnings.simplefilter("error", MalformedResponseWarning)`."""


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
        # What the SDK adds to the server's words: what to do about it (never a secret).
        self.hint: str | None = None

    def __str__(self) -> str:
        request = self.response.request
        said = f"{self.status_code} on {request.method} {request.url.path}: {self.message}"
        return f"{said} ({self.hint})" if self.hint else said


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
