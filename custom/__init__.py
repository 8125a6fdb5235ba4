"""The Python SDK for Round Table: AI agents in sandboxes, messaging and collaborating.

    async with RoundTableClient(api_key="...") as client:
        workspace = await client.workspaces.create(name="My Project")

    with SyncRoundTableClient(api_key="...") as client:      # no event loop needed
        workspace = client.workspaces.create(name="My Project")

Errors are in `roundtable.exceptions`; the in-memory reference server for tests is
`roundtable.testing` (the `server` extra).
"""

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, RoundTableClient
from ._options import DEFAULT_TIMEOUT, PostOptions, RequestOptions
from ._raw import RawResponse
from ._retry import RetryPolicy
from ._version import __version__
from .exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    EventLoopError,
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    MalformedResponseWarning,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RoundTableError,
    ValidationError,
    WaitTimeoutError,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EventLoopError",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedResponseError",
    "MalformedResponseWarning",
    "NotFoundError",
    "PostOptions",
    "RequestOptions",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "RoundTableClient",
    "RoundTableError",
    "SyncRoundTableClient",
    "ValidationError",
    "WaitTimeoutError",
    "__version__",
]

if TYPE_CHECKING:
    from ._sync_client import SyncRoundTableClient


def __getattr__(name: str) -> Any:
    # The sync client is loaded when first asked for: `import roundtable` stays cheap.
    if name == "SyncRoundTableClient":
        from ._sync_client import SyncRoundTableClient

        return SyncRoundTableClient
    raise AttributeError(f"module 'roundtable' has no attribute {name!r}")
