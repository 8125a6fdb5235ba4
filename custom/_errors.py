"""Turn an error answer into the matching exception of `roundtable.exceptions`.

Both body forms are understood: FastAPI's `{"detail": ...}` and the documented
`{"success": false, "error": {code, message, details}}`; anything else (plain text,
HTML from a proxy, an empty body) still gives a typed error with a readable message.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

import httpx

from ._retry import server_requested_delay
from .exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldIssue,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)

_ERROR_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}
_MAX_TEXT = 300


def error_from_response(response: httpx.Response) -> APIStatusError:
    status = response.status_code
    body = _json_body(response)
    message, code, details = _describe(body, response)
    error_class = _ERROR_BY_STATUS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else APIStatusError
    if error_class is RateLimitError:
        return RateLimitError(
            message,
            retry_after=server_requested_delay(response.headers, status),
            response=response,
            code=code,
            details=details,
            body=body,
        )
    return error_class(message, response=response, code=code, details=details, body=body)


def _json_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None


def _describe(body: Any, response: httpx.Response) -> tuple[str, str | None, Any]:
    if isinstance(body, Mapping):
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail, None, None
        if isinstance(detail, list):
            issues = [_field_issue(item) for item in detail]
            return _join_issues(issues), None, issues
        error = body.get("error")
        if isinstance(error, Mapping):
            code = error.get("code") if isinstance(error.get("code"), str) else None
            details = error.get("details")
            if isinstance(details, list) and all(isinstance(item, Mapping) for item in details):
                details = [_field_issue(item) for item in details]
            message = error.get("message")
            if not isinstance(message, str) or not message:
                message = code or _fallback_message(response)
            return message, code, details
        if detail is not None:
            return str(detail), None, None
    return _fallback_message(response), None, None


def _field_issue(item: Any) -> FieldIssue:
    if not isinstance(item, Mapping):
        return FieldIssue(loc=(), msg=str(item))
    loc = item.get("loc")
    if not isinstance(loc, list | tuple):
        loc = [loc] if loc is not None else []
    return FieldIssue(
        loc=tuple(part if isinstance(part, str | int) else str(part) for part in loc),
        msg=str(item.get("msg", "invalid")),
        type=item.get("type") if isinstance(item.get("type"), str) else None,
        input=item.get("input"),
    )


def _join_issues(issues: list[FieldIssue]) -> str:
    if not issues:
        return "validation failed"
    return "; ".join(str(issue) for issue in issues)


def _fallback_message(response: httpx.Response) -> str:
    text = response.text.strip() if response.content else ""
    if text:
        return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "…"
    return response.reason_phrase or f"HTTP {response.status_code}"


def for_this_waiter(error: BaseException) -> BaseException:
    """`error` for one more of those who waited on a shared piece of work (a renewal): a copy
    of its own, so that each waiter's traceback holds its own frames alone (one object
    raised in many threads or tasks gathers all of their frames)."""
    try:
        own = copy.copy(error)
    except Exception:  # an exception that cannot be copied is raised as it is
        return error
    own.__traceback__ = None
    own.__cause__, own.__context__ = error.__cause__, error.__context__
    own.__suppress_context__ = error.__suppress_context__
    return own
