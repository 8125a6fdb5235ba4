"""Per-call options, accepted as keyword arguments by every method of the client.

await client.workspaces.get(ws_id, timeout=5, extra_headers={"X-Trace": "1"})
await client.sandboxes.start(sb_id, idempotency_key="start-sb-1")
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

if TYPE_CHECKING:
    from typing import TypeAlias

    from httpx._client import UseClientDefault  # the type of httpx.USE_CLIENT_DEFAULT

    # A request's timeout: its own, or the pool's.
    TimeoutSetting: TypeAlias = httpx.Timeout | UseClientDefault

from ._checks import header_value_problem
from .exceptions import InvalidRequestError

# Never "no timeout": a stalled server must not hang a caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


class RequestOptions(TypedDict, total=False):
    """What any call accepts besides its own arguments."""

    #: Seconds (or an `httpx.Timeout`) for this call's every attempt, as a whole.
    timeout: float | httpx.Timeout
    #: Headers sent with this call only (they win over the client's).
    extra_headers: Mapping[str, str]
    #: Query parameters added to this call (they win over the method's).
    extra_query: Mapping[str, Any]
    #: JSON properties added to this call's body (a JSON object; they win over the method's).
    extra_body: Mapping[str, Any]


class PostOptions(RequestOptions, total=False):
    """What a call that creates or changes something accepts besides."""

    #: The Idempotency-Key this call carries on every attempt (default: a fresh UUID).
    idempotency_key: str


NO_OPTIONS: RequestOptions = {}
_KNOWN = frozenset(PostOptions.__annotations__) | frozenset(RequestOptions.__annotations__)


def as_timeout(timeout: float | httpx.Timeout, name: str = "timeout") -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise InvalidRequestError(
            f"{name} must be a positive number of seconds, got {timeout!r}", field=name
        )
    return httpx.Timeout(timeout, connect=min(timeout, DEFAULT_TIMEOUT.connect or timeout))


def attempt_limit(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take in all: the longest of its phases' timeouts. httpx's
    timeouts bound each read, so without this a trickling answer would never end."""
    phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(phases) if phases else None


def checked_options(options: Mapping[str, Any], per_call: bool = True) -> Mapping[str, Any]:
    """The options, refused with InvalidRequestError naming the one that is wrong."""
    for name, value in options.items():
        if name not in _KNOWN or (name == "idempotency_key" and not per_call):
            raise InvalidRequestError(f"unexpected keyword argument {name!r}", field=name)
        if name in ("extra_headers", "extra_query", "extra_body") and not isinstance(
            value, Mapping
        ):
            raise InvalidRequestError(
                f"{name} must be a mapping, not {type(value).__name__}", field=name
            )
    for header, value in options.get("extra_headers", {}).items():
        problem = None if isinstance(header, str) and header else "has an invalid name"
        problem = problem or header_value_problem(value)
        if problem is not None:
            raise InvalidRequestError(f"extra_headers[{header!r}] {problem}", field="extra_headers")
    return options


def merged_options(defaults: Mapping[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """`options` over `defaults`; extra headers, query and body merge key by key."""
    merged = {**defaults, **options}
    for name in ("extra_headers", "extra_query", "extra_body"):
        if name in defaults and name in options:
            merged[name] = {**defaults[name], **options[name]}
    return merged
