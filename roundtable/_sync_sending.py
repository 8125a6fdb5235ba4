"""The one send path: every facade call goes through `Requester.call`.

It adds the bearer token and the idempotency key, retries what is safe to retry,
renews an expired token once, logs, and turns the answer into a parsed model or an
exception of `roundtable.exceptions`. Nothing else in the SDK touches the network.

Each attempt is an `Exchange` (`_exchange.py`): bounded in time as a whole and in the
size of the body it reads, and safe to abandon at any moment.
"""

from __future__ import annotations

import contextvars
import copy
import json
import logging
import math
import os
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import error_from_response
from ._lenient import reread
from ._operation import Operation
from ._options import NO_OPTIONS, as_timeout, attempt_limit, checked_options, merged_options
from ._payload import PayloadError
from ._raw import RawResponse
from ._retry import (
    IDEMPOTENT_METHODS,
    RETRYABLE_STATUSES,
    SAFE_METHODS,
    RetryPolicy,
    server_requested_delay,
)
from ._sync_auth import Credentials
from ._sync_concurrency import current_loop, pause
from ._sync_exchange import AttemptTimeout, Exchange, InFlightLimit, UnreadableBody
from ._sync_pool import built_request, new_pool
from .exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    EventLoopError,
    InvalidRequestError,
    MalformedResponseError,
)

if TYPE_CHECKING:
    from ._options import TimeoutSetting

T = TypeVar("T")
U = TypeVar("U")

logger = logging.getLogger("roundtable")

IDEMPOTENCY_HEADER = "Idempotency-Key"
# A server that honours Idempotency-Key says so on its answers (the reference server
# does; today's Round Table server does not).
IDEMPOTENCY_SUPPORT_HEADER = "Idempotency-Supported"
MAX_IDEMPOTENCY_KEY_LENGTH = 255
_IDEMPOTENCY_LOWER = IDEMPOTENCY_HEADER.lower()
# When the calls made in this context must be over, on the retry policy's clock: a waiter
# sets it so that one poll (its attempts and the pauses between them) ends with the wait.
CALL_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "roundtable_call_deadline", default=None
)


# How many forks this process came through, counted as they happen: a pool made before the
# last one holds its parent's sockets. (Counted, rather than os.getpid() asked per call.)
_forks = 0


def _count_fork() -> None:
    global _forks
    _forks += 1


os.register_at_fork(after_in_child=_count_fork)


def from_another_loop(error: RuntimeError) -> bool:
    """Whether asyncio raised `error` for connections of another event loop ("Event loop is
    closed", "attached to a different loop")."""
    return "loop" in str(error)


class OutOfTime(APITimeoutError):
    """The deadline of `CALL_DEADLINE` came before the call could end (a waiter's)."""


@dataclass(frozen=True, slots=True)
class _Failure:
    """One failed attempt, and what it means for retrying."""

    error: APIError
    reached_server: bool
    server_declined: bool = False
    requested_delay: float | None = None
    # The same request would fail the same way: no retry.
    final: bool = False


class Requester:
    # A client holds one of these and each with_options copy another: slots keep them small.
    __slots__ = (
        "attempt_timeout",
        "base_url",
        "credentials",
        "defaults",
        "headers",
        "life",
        "pool",
        "max_response_size",
        "pool_transport",
        "raw",
        "retry",
        "server",
        "slots",
        "strict_responses",
        "timeout",
    )

    def __init__(
        self,
        http: httpx.Client,
        base_url: str,
        headers: Mapping[str, str],
        credentials: Credentials | None,
        retry: RetryPolicy[None],
        timeout: TimeoutSetting,
        attempt_timeout: float | None,
        max_in_flight: int,
        max_response_size: int,
        pool_transport: bool,
    ) -> None:
        self.pool = Pool(http)
        self.base_url = base_url.rstrip("/")
        self.headers = dict(headers)
        self.credentials = credentials
        self.retry = retry
        self.timeout = timeout
        # How long one attempt may take in all, however the server trickles its answer.
        self.attempt_timeout = attempt_timeout
        self.max_response_size = max_response_size
        # True when the transport is (or may be) httpcore's pool, where a request must not be
        # cancelled before a connection has it (encode/httpcore#1093).
        self.pool_transport = pool_transport
        self.slots = InFlightLimit(max_in_flight)
        self.server = ServerTraits()
        self.raw = False
        # Refuse an answer that breaks the contract, rather than read what fits and warn.
        self.strict_responses = False
        # Options for every call (from with_options); a call's own win.
        self.defaults: Mapping[str, Any] = NO_OPTIONS
        # This client's own: closing a with_options copy ends the copy, not what it shares.
        self.life = Lifetime()

    def call(
        self,
        operation: Operation[..., T],
        request: Mapping[str, Any],
        options: Mapping[str, Any] = NO_OPTIONS,
    ) -> T:
        """Send one logical call of `operation` (maybe several attempts) and parse its
        answer into the operation's result."""
        return self.call_as(operation, request, operation.parse, options)

    def call_as(
        self,
        operation: Operation[..., Any],
        request: Mapping[str, Any],
        parse: Callable[[Any], U],
        options: Mapping[str, Any] = NO_OPTIONS,
    ) -> U:
        """`call`, with the payload read by `parse` instead of the operation's model."""
        if options:
            checked_options(options)
        if self.defaults:
            options = merged_options(self.defaults, options)
        if options:
            request = _with_extras(request, options)
        authenticated, enveloped = operation.authenticated, operation.enveloped
        if self.raw:
            # with_raw_response: the caller gets the answer, and parses it when it wants.
            started = time.perf_counter()
            response, retries = self._send(request, authenticated, options)
            return RawResponse(  # type: ignore[return-value]
                response,
                lambda: _parsed(response, enveloped, parse, self.strict_responses),
                retries,
                time.perf_counter() - started,
            )
        response, retries = self._send(request, authenticated, options)
        return _parsed(response, enveloped, parse, self.strict_responses)

    @property
    def http(self) -> httpx.Client:
        return self.pool.http

    def on_this_loop(self) -> None:
        """Ready the pool for the running event loop and process. A client used on another
        loop than before (a second `asyncio.run`) cannot use the connections and locks of the
        first, nor a forked child the connections of its parent: they are made anew."""
        pool = self.pool
        if pool.forks != _forks:
            self._in_this_process()
        loop = current_loop()
        if loop is pool.loop:
            return
        if pool.loop is not None:
            if not pool.ours:
                raise EventLoopError(
                    "this client's http_client was used on another event loop, and an "
                    "httpx.AsyncClient cannot move between loops: make the client (and its "
                    "http_client) inside the event loop that uses it"
                )
            if pool.keeps_connections():
                raise EventLoopError(
                    "this client's transport was used on another event loop, and an "
                    "httpx.AsyncHTTPTransport keeps that loop's connections: make the client "
                    "(and its transport) inside the event loop that uses it"
                )
            pool.http = pool.rebuild(self.slots.limit)
            self.slots.reset()
        pool.loop = loop

    def _in_this_process(self) -> None:
        pool = self.pool
        if not pool.ours or pool.keeps_connections():
            raise EventLoopError(
                "this client's http_client or transport was used before the process forked, "
                "and its connections belong to the parent: make the client (and its "
                "http_client or transport) in the process that uses it"
            )
        # The parent's connections are left alone, not closed: closing a TLS connection
        # here would end the parent's session with the server too.
        pool.http = pool.rebuild(self.slots.limit)
        pool.loop = None
        pool.forks = _forks
        self.slots.reset()
        if self.credentials is not None:
            self.credentials.forked()

    def share(self, other: Requester) -> None:
        """Send through `other`'s pool, with its credentials, headers, in-flight limit and
        what it learned of the server: a `with_options` copy differs only in its options."""
        self.pool = other.pool
        self.credentials = other.credentials
        self.headers = other.headers
        self.slots = other.slots
        self.server = other.server
        self.pool_transport = other.pool_transport
        self.strict_responses = other.strict_responses

    def as_raw(self) -> Requester:
        """This requester, answering calls with `RawResponse`s."""
        raw = copy.copy(self)
        raw.raw = True
        return raw

    def _send(
        self, request: Mapping[str, Any], authenticated: bool, options: Mapping[str, Any]
    ) -> tuple[httpx.Response, int]:
        """The answer (a success) and how many retries it took."""
        pool = self.pool
        if self.life.closed or pool.http.is_closed:
            raise ClientClosedError("this client is closed; create a new one")
        if current_loop() is not pool.loop or pool.forks != _forks:
            self.on_this_loop()
        idempotency_key = options.get("idempotency_key")
        timeout, attempt_timeout = self.timeout, self.attempt_timeout
        if "timeout" in options:
            timeout = as_timeout(options["timeout"])
            attempt_timeout = attempt_limit(timeout)
        method = str(request["method"]).upper()
        url = self.base_url + str(request["url"])
        headers = merged_headers(self.headers, request.get("headers"))
        if method not in SAFE_METHODS:
            # One key per logical call, the same on every attempt: a server that honours
            # it acts once however often the call is sent (for DELETE, the retry of a
            # delete whose answer was lost gets the 204, not a 404). A key the caller set
            # (as idempotency_key=, or as a header) is the key.
            given = headers.pop(_IDEMPOTENCY_LOWER, None)
            if idempotency_key is None and given is not None:
                idempotency_key = given
            headers[_IDEMPOTENCY_LOWER] = (
                str(uuid.uuid4()) if idempotency_key is None else _checked_key(idempotency_key)
            )
        body = _body(request)
        retries_done = 0
        renewed = False
        started = time.monotonic()
        deadline = CALL_DEADLINE.get()
        # An earlier attempt may have been acted on, its answer lost on the way back.
        answer_lost = False
        while True:
            if deadline is not None:
                left = deadline - self.retry.clock()
                if left <= 0:
                    raise OutOfTime(f"{method} {url}: the wait this call serves ran out")
                if attempt_timeout is None or left < attempt_timeout:
                    attempt_timeout = left
            token = None
            if authenticated and self.credentials is not None:
                token = self.credentials.current() or self.credentials.token()
                headers["authorization"] = f"Bearer {token}"
            failure: _Failure
            try:
                response = self._attempt(method, url, headers, body, timeout, attempt_timeout)
            except RuntimeError as exc:
                if not from_another_loop(exc):
                    raise
                # A transport of the caller's (wrapping httpx's) kept another loop's connections.
                raise EventLoopError(
                    f"this client's transport failed on this event loop ({exc}): make the "
                    "client (and its transport) inside the event loop that uses it"
                ) from None
            except httpx.RequestError as exc:
                failure = _transport_failure(exc, method, url)
                answer_lost = answer_lost or failure.reached_server
            except UnreadableBody as unreadable:
                raise MalformedResponseError(
                    f"{method} {unreadable.response.request.url.path} answered "
                    f"{unreadable.response.status_code}, but {unreadable.reason}",
                    response=unreadable.response,
                ) from None
            except AttemptTimeout:
                error = APITimeoutError(
                    f"{method} {url} did not complete within {attempt_timeout:g} s"
                )
                failure = _Failure(error, reached_server=True)
                answer_lost = True
            else:
                if (
                    not self.server.honours_idempotency
                    and response.headers.get(IDEMPOTENCY_SUPPORT_HEADER) == "true"
                ):
                    self.server.honours_idempotency = True
                if 200 <= response.status_code < 300:
                    _log_done(method, url, response.status_code, retries_done, started)
                    return response, retries_done
                if response.status_code == 404 and method == "DELETE" and answer_lost:
                    # On a server that ignores Idempotency-Key, the lost answer was the 204:
                    # what the caller asked for is done.
                    logger.info(
                        "%s %s answered 404 on retry %d after an answer was lost: taken as "
                        "deleted by the earlier attempt",
                        method,
                        url,
                        retries_done,
                    )
                    return httpx.Response(204, request=response.request), retries_done
                if (
                    response.status_code == 401
                    and token is not None  # so credentials were used
                    and self.credentials is not None
                    and self.credentials.renewable
                    and not renewed
                ):
                    renewed = True
                    self.credentials.renew_after_rejection(token)
                    continue
                refused = error_from_response(response)
                if response.status_code == 401 and token is not None:
                    _explain_a_rejected_key(refused, self.credentials)
                failure = _status_failure(refused, response, self.retry.clock())

            delay = self._retry_delay(method, failure, retries_done)
            if delay is not None and deadline is not None:
                if self.retry.clock() + delay >= deadline:  # no time for the next attempt
                    raise OutOfTime(f"{method} {url}: the wait ends before a retry") from (
                        failure.error
                    )
            if delay is None:
                _log_done(method, url, _status_of(failure.error), retries_done, started)
                raise failure.error
            logger.info(
                "Retrying %s %s in %.2f s (retry %d of %d) after: %s",
                method,
                url,
                delay,
                retries_done + 1,
                self.retry.max_retries,
                _reason(failure.error),
            )
            pause(self.retry.sleep, delay)
            retries_done += 1

    def _attempt(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: dict[str, Any],
        timeout: TimeoutSetting,
        attempt_timeout: float | None,
    ) -> httpx.Response:
        """One attempt: the request sent and its answer read (in the async client a plain
        function giving the coroutine, so that a call in flight holds one coroutine less)."""
        http = self.pool.http
        try:
            request = built_request(http, method, url, headers, body, timeout)
        except (TypeError, ValueError) as exc:  # e.g. a query value httpx cannot encode
            raise InvalidRequestError(
                f"the request cannot be encoded: {exc}", field="params"
            ) from None
        exchange = Exchange(
            http,
            request,
            attempt_timeout,
            self.max_response_size,
            self.pool_transport,
            self.slots,
        )
        return exchange.run()

    def _retry_delay(self, method: str, failure: _Failure, retries_done: int) -> float | None:
        """Seconds to wait before the next attempt, or None when not to retry."""
        if retries_done >= self.retry.max_retries or failure.final:
            return None
        error = failure.error
        if isinstance(error, APIStatusError) and error.status_code not in RETRYABLE_STATUSES:
            return None
        if not self._safe_to_repeat(method, failure):
            return None
        if failure.requested_delay is not None:
            if failure.requested_delay > self.retry.max_retry_after:
                return None
            return failure.requested_delay
        return self.retry.backoff(retries_done)

    def _safe_to_repeat(self, method: str, failure: _Failure) -> bool:
        if method in IDEMPOTENT_METHODS:
            return True
        return (
            not failure.reached_server or failure.server_declined or self.server.honours_idempotency
        )


class Lifetime:
    """Whether a client (and the raw twins made from it) was closed."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


class Pool:
    """The httpx client every copy of a client shares, and the event loop and process it
    serves."""

    __slots__ = ("forks", "http", "loop", "ours", "transport")

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.loop: object = None
        # A forked child inherits the pool's sockets: used from two processes, one would
        # read answers meant for the other.
        self.forks = _forks
        # Ours to make anew on another event loop (not so an http_client of the caller's).
        self.ours = False
        self.transport: httpx.BaseTransport | None = None

    def owned(self, transport: httpx.BaseTransport | None) -> None:
        self.ours = True
        self.transport = transport

    def keeps_connections(self) -> bool:
        """Whether the caller's own transport holds connections (bound to the event loop and
        process that opened them); a mock or in-process transport holds none."""
        return isinstance(self.transport, httpx.HTTPTransport)

    def rebuild(self, max_connections: int) -> httpx.Client:
        """A pool like this one, with no connection yet."""
        return new_pool(self.transport, self.http.headers, self.http.timeout, max_connections)


@dataclass(slots=True)
class ServerTraits:
    """What the answers have told about the server, shared by `with_options` copies."""

    # Once true, a POST whose answer was lost may be sent again: the server will not
    # act on the same Idempotency-Key twice.
    honours_idempotency: bool = False
    # The collaborations this client started, by workspace: the server lists none, so a
    # workspace's event stream follows these.
    collaborations: dict[str, list[str]] = field(default_factory=dict)


def _checked_key(key: str) -> str:
    if not isinstance(key, str) or not key:
        raise InvalidRequestError(
            "idempotency_key must be a non-empty string", field="idempotency_key"
        )
    if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH or not (key.isascii() and key.isprintable()):
        raise InvalidRequestError(
            f"idempotency_key must be at most {MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII "
            "characters",
            field="idempotency_key",
        )
    return key


def _parsed(
    response: httpx.Response, enveloped: bool, parse: Callable[[Any], T], strict: bool
) -> T:
    payload = _payload(response, enveloped)
    try:
        return parse(payload)
    except PayloadError as exc:
        result, problems = reread(parse, payload, strict)
        if result is None:
            raise unreadable(response, exc, problems) from exc
        return result


# The problems a MalformedResponseError's message lists (all are in its `problems`).
_PROBLEMS_SHOWN = 5


def unreadable(
    response: httpx.Response, problem: Exception, problems: Sequence[str] = ()
) -> MalformedResponseError:
    """The error for a successful answer whose body does not fit its model."""
    said = str(problem)
    if problems:
        said = "; ".join(problems[:_PROBLEMS_SHOWN])
        if len(problems) > _PROBLEMS_SHOWN:
            said += f"; and {len(problems) - _PROBLEMS_SHOWN} more (see .problems)"
    return MalformedResponseError(
        f"{response.request.method} {response.request.url.path} answered "
        f"{response.status_code} with a body the SDK cannot read: {said}",
        response=response,
        problems=problems,
    )


def _explain_a_rejected_key(error: APIStatusError, credentials: Credentials | None) -> None:
    """A static key the server refuses is, on Round Table, most often an access token that
    expired (30 minutes): say what works, without the key."""
    if credentials is None or credentials.renewable:
        return
    error.hint = (
        "the client's key is a fixed access token, and Round Table's expire after 30 "
        "minutes: pass email= and password=, or set ROUND_TABLE_EMAIL and "
        "ROUND_TABLE_PASSWORD, and the client logs in and renews its token"
    )


def merged_headers(*layers: Mapping[str, str] | None) -> dict[str, str]:
    """The layers' headers, a later one's replacing an earlier one's of any case: HTTP
    names are case-insensitive, and a name sent twice (`Authorization` and
    `authorization`) reaches the server as two headers, of which it reads one."""
    merged: dict[str, str] = {}
    for layer in layers:
        if layer:
            for name, value in layer.items():
                merged[name.lower()] = value
    return merged


def _with_extras(request: Mapping[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """The request with the call's extra headers, query parameters and body properties."""
    merged = dict(request)
    if "extra_headers" in options:
        merged["headers"] = {**(request.get("headers") or {}), **options["extra_headers"]}
    if "extra_query" in options:
        merged["params"] = {**(request.get("params") or {}), **options["extra_query"]}
    if "extra_body" in options:
        target = "data" if "data" in request else "json"
        current = request.get(target)
        if current is None:
            current = {}
        if not isinstance(current, dict):
            raise InvalidRequestError(
                "extra_body needs a call whose body is a JSON object", field="extra_body"
            )
        merged[target] = {**current, **options["extra_body"]}
        if target not in request:  # a body of its own now: say what it is
            merged["headers"] = {"Content-Type": "application/json", **merged.get("headers", {})}
    return merged


def _body(request: Mapping[str, Any]) -> dict[str, Any]:
    """The body and query of a built request as httpx takes them; JSON is encoded here,
    once for every attempt, and refused with the path of the value that is not JSON."""
    body = {key: request[key] for key in ("data", "params") if key in request}
    if "json" in request:
        try:
            body["content"] = json.dumps(
                request["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode()
        except (TypeError, ValueError, RecursionError) as exc:
            field, problem = _not_json(request["json"], ())
            if not field:  # not found by the walk: say what failed rather than nothing
                field, problem = "body", f"cannot be encoded as JSON ({type(exc).__name__})"
            raise InvalidRequestError(f"{field} {problem}", field=field) from None
    for name, value in (request.get("params") or {}).items():
        unsendable = _text_problem(value) if isinstance(value, str) else None
        if unsendable is not None:
            raise InvalidRequestError(f"{name} {unsendable}", field=str(name))
    return body


def _not_json(value: Any, path: tuple[str, ...]) -> tuple[str, str]:
    """Where in `value` the first thing that JSON cannot carry is, and what it is."""
    here = _dotted(path)
    if len(path) > 200:
        return _dotted(path[:3]), "is nested too deeply (or refers to itself)"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return here, f"has a key that is not a string: {key!r}"
            key_problem = _text_problem(key)
            if key_problem is not None:
                return here, f"has a key that {key_problem}"
            found = _not_json(item, (*path, key))
            if found[0]:
                return found
        return "", ""
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _not_json(item, (*path, f"[{index}]"))
            if found[0]:
                return found
        return "", ""
    if isinstance(value, float) and not math.isfinite(value):
        return here, f"is {value}, which JSON cannot carry"
    if isinstance(value, str):
        problem = _text_problem(value)
        return (here, problem) if problem is not None else ("", "")
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            str(value)
        except ValueError:
            return here, "is an integer with more digits than Python writes out (4,300)"
        return "", ""
    if value is None or isinstance(value, float):
        return "", ""
    return here, f"is a {type(value).__name__}, which JSON cannot carry"


def _text_problem(text: str) -> str | None:
    """Why `text` cannot be sent as UTF-8 (a lone surrogate: a file name read with
    `surrogateescape`, or text cut inside an emoji), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (
            f"has a lone surrogate ({text[exc.start]!a} at index {exc.start}), which UTF-8 "
            "cannot carry"
        )
    return None


def _dotted(path: tuple[str, ...]) -> str:
    """("content", "items", "[2]") -> "content.items[2]"."""
    text = "".join(part if part.startswith("[") else f".{part}" for part in path).lstrip(".")
    return text or "body"


def _transport_failure(exc: httpx.RequestError, method: str, url: str) -> _Failure:
    """What an exchange that got no answer means, above all: may the server have acted?"""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx attached no request (e.g. a mock transport raised it)
        request = None
    if isinstance(exc, httpx.LocalProtocolError):
        # Neither httpx's words nor its exception as the cause: they quote the offending
        # header, which may hold a secret.
        refused = APIConnectionError(
            f"cannot send {method} {url}: the HTTP layer refused the request as malformed "
            "(LocalProtocolError)",
            request=request,
        )
        return _Failure(refused, reached_server=False, final=True)
    reason = str(exc)
    if isinstance(exc, httpx.TimeoutException):
        error: APIError = APITimeoutError(f"{method} {url} timed out", request=request)
        # Nothing was sent if the connection never opened.
        reached = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
    elif isinstance(exc, httpx.ConnectError):
        error = APIConnectionError(f"cannot connect for {method} {url}: {reason}", request=request)
        reached = False
    else:
        error = APIConnectionError(
            f"connection lost during {method} {url}: {type(exc).__name__}: {reason}",
            request=request,
        )
        reached = True
    error.__cause__ = exc
    return _Failure(error, reached_server=reached)


def _status_failure(error: APIStatusError, response: httpx.Response, now: float) -> _Failure:
    requested = server_requested_delay(response.headers, error.status_code, now)
    declined = error.status_code == 429 or (
        error.status_code == 503 and "retry-after" in response.headers
    )
    return _Failure(error, reached_server=True, server_declined=declined, requested_delay=requested)


def _payload(response: httpx.Response, enveloped: bool) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise MalformedResponseError(
            f"{response.request.method} {response.request.url.path} answered "
            f"{response.status_code} with a body that is not JSON (or nests too deeply)",
            response=response,
        ) from exc
    if not enveloped:
        return body
    if not isinstance(body, dict) or "data" not in body:
        raise MalformedResponseError(
            f"{response.request.method} {response.request.url.path} answered "
            f"{response.status_code} without the success envelope",
            response=response,
        )
    return body["data"]


def _status_of(error: APIError) -> int | str:
    return error.status_code if isinstance(error, APIStatusError) else type(error).__name__


def _reason(error: APIError) -> str:
    if isinstance(error, APIStatusError):
        return f"{error.status_code} {error.response.reason_phrase}".strip()
    return error.message


def _log_done(method: str, url: str, outcome: int | str, retries: int, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s (%d attempt%s, %.1f ms)",
            method,
            url,
            outcome,
            retries + 1,
            "" if retries == 0 else "s",
            (time.monotonic() - started) * 1000,
        )
