"""The HTTP face of the reference server: a Starlette app that serves `openapi.yaml`.

Each route is one operation of the contract. A request passes, in order: rate limit,
injected faults ("before"), authentication, validation against the contract, the
idempotency record, the world's rules (`_state.py`), injected faults ("after"), and the
success envelope.
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from attrs import define, field
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .._operation import Operation
from ..api import OPERATIONS
from . import _examples, _validation
from ._faults import Fault, FaultPlan
from ._state import Problem, World

API_PREFIX = "/api/v1"
IDEMPOTENCY_HEADER = "Idempotency-Key"
IDEMPOTENCY_SUPPORT_HEADER = "Idempotency-Supported"


class ConnectionDropped(Exception):
    """Raised by the app to make the connection close without a complete answer."""


@define
class Call:
    """What a handler gets: the caller, the path, the validated query and body."""

    user_id: str | None
    path: dict[str, str]
    query: dict[str, Any]
    body: Any


Handler = Callable[[World, Call], Any]


@define
class _Answer:
    status: int
    body: bytes
    media_type: str | None = "application/json"
    headers: dict[str, str] = field(factory=dict)

    def response(self, extra_headers: dict[str, str]) -> Response:
        return Response(
            self.body,
            status_code=self.status,
            media_type=self.media_type,
            headers={**self.headers, **extra_headers},
        )


class _Done:
    """Set once, awaited from any event loop: the server may serve an in-process client
    and a socket (or two sync clients) on loops of their own, and an `asyncio.Event` wakes
    only the loop that made it."""

    __slots__ = ("_is_set", "_lock", "_waiters")

    def __init__(self) -> None:
        self._is_set = False
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def is_set(self) -> bool:
        return self._is_set

    def set(self) -> None:
        with self._lock:
            self._is_set = True
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            try:
                loop.call_soon_threadsafe(_wake, future)
            except RuntimeError:  # that loop is closed: nobody is waiting there any more
                pass

    async def wait(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._is_set:
                return
            future: asyncio.Future[None] = loop.create_future()
            self._waiters.append((loop, future))
        await future


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


@define
class _Replay:
    fingerprint: tuple[str, str, bytes]
    done: _Done = field(factory=_Done)
    answer: _Answer | None = None


def _json_answer(status: int, payload: Any, headers: dict[str, str] | None = None) -> _Answer:
    return _Answer(status, json.dumps(payload).encode(), headers=headers or {})


def _problem_answer(problem: Problem) -> _Answer:
    return _json_answer(problem.status, {"detail": problem.detail}, problem.headers)


class Endpoint:
    """One operation of the contract, served as a raw ASGI endpoint: its descriptor says
    what it takes and answers; `handler`, the world's rule for it, what it does."""

    def __init__(
        self, server: ServerState, operation: Operation[..., Any], handler: Handler
    ) -> None:
        self.server = server
        self.operation = operation
        self.method = operation.method
        self.op = _validation.operation(operation.path, operation.method)
        self.body_schema = _validation.body_schema_name(self.op)
        self.form_body = operation.body_content_type == "application/x-www-form-urlencoded"
        # The descriptor says whether a token is sent; the spec also says whether one is
        # merely accepted (`security: [{}, ...]`), which only a server needs to know.
        security = self.op.get("security", _validation.contract().get("security", []))
        self.auth = (
            ("optional" if {} in security else "required") if operation.authenticated else "none"
        )
        self.success = min(operation.success_statuses)
        self.enveloped = operation.enveloped
        self.result_schema = _examples.declared_result(operation)[0]
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        state = self.server
        echo = {}
        key = request.headers.get(IDEMPOTENCY_HEADER) if state.honour_idempotency else None
        if state.honour_idempotency:
            # Saying so on every answer is how a client learns that a POST whose answer
            # was lost may be sent again here.
            echo[IDEMPOTENCY_SUPPORT_HEADER] = "true"
        if key is not None and self.method != "GET":
            echo[IDEMPOTENCY_HEADER] = key

        limited = state.faults.rate_limited()
        if limited is not None:
            limit, wait = limited
            await _rate_limited(limit, wait, echo).__call__(scope, receive, send)
            return

        path = request.url.path
        fault = state.faults.draw(self.method, path, ("status", "drop", "delay"))
        if fault is not None and fault.when == "before":
            await _play_fault(fault, scope, receive, send, echo)
            if fault.kind != "delay":
                return
        # A "during" delay is slow processing: the idempotency key is held meanwhile.
        slow = fault.delay if fault is not None and fault.when == "during" else 0.0
        answer = await self._answer(request, key, slow)
        if fault is not None and fault.when == "after":
            await _play_fault(fault, scope, receive, send, echo)
            if fault.kind != "delay":
                return
        await answer.response(echo)(scope, receive, send)

    async def _answer(self, request: Request, key: str | None, slow: float = 0.0) -> _Answer:
        state = self.server
        try:
            user_id = self._authenticate(request)
        except Problem as problem:
            return _problem_answer(problem)
        raw = await request.body()
        if key is None or self.method == "GET":
            await asyncio.sleep(slow)
            return self._process(request, user_id, raw)
        record_key = (user_id or "", key)
        fingerprint = (self.method, request.url.path, raw)
        replay = state.idempotency.get(record_key)
        if replay is not None:
            if replay.fingerprint != fingerprint:
                return _json_answer(
                    409, {"detail": "Idempotency-Key was already used for a different request"}
                )
            if not replay.done.is_set():
                # The first request with this key is still being processed: wait for its
                # answer, but not for ever.
                try:
                    await asyncio.wait_for(replay.done.wait(), state.in_flight_wait)
                except TimeoutError:
                    return _json_answer(
                        409,
                        {"detail": "A request with this Idempotency-Key is still in progress"},
                        {"Retry-After": "1"},
                    )
            if replay.answer is not None:
                answer = replay.answer
                return _Answer(
                    answer.status,
                    answer.body,
                    answer.media_type,
                    {**answer.headers, "Idempotent-Replayed": "true"},
                )
            # The first request was abandoned before it was processed: this one goes ahead.
        replay = _Replay(fingerprint)
        state.idempotency[record_key] = replay
        try:
            await asyncio.sleep(slow)
            replay.answer = self._process(request, user_id, raw)
        finally:
            if replay.answer is None and state.idempotency.get(record_key) is replay:
                del state.idempotency[record_key]
            replay.done.set()  # waiters go on, whatever became of this request
        return replay.answer

    def _authenticate(self, request: Request) -> str | None:
        if self.auth == "none":
            return None
        header = request.headers.get("authorization")
        if header is None and self.auth == "required":
            raise self._not_authenticated()
        bearer = None
        if header is not None:
            scheme, _, credentials = header.partition(" ")
            if scheme.lower() != "bearer" or not credentials:
                if self.auth == "optional":
                    return None
                raise Problem(403, "Invalid authentication credentials")
            bearer = credentials.strip()
        if self.auth == "optional":
            try:
                return self.server.world.authenticate(bearer)
            except Problem:
                return None
        return self.server.world.authenticate(bearer)

    def _fails_inside(self, body: Any, issues: list[dict[str, Any]]) -> bool:
        """Today's server checks workspace settings only as it stores them: a well-formed
        object with a value out of range or of the wrong type fails there, as a 500."""
        return (
            self.operation.operation_id == "update_workspace_config"
            and isinstance(body, dict)
            and self.server.world.profile.config_range_error_status == 500
            and all(issue["loc"][:1] == ["body"] for issue in issues)
        )

    def _parses_its_own_body(self) -> bool:
        """Today's login and refresh read their body themselves: one that is not JSON is a
        400, not the 422 of the other operations."""
        return self.operation.operation_id in ("login", "refresh_access_token")

    def _not_authenticated(self) -> Problem:
        # Today's server answers 403 without credentials, except on aggregate metrics (401).
        status = self.server.world.profile.missing_credentials_status
        if self.operation.operation_id == "get_aggregate_metrics":
            status = 401
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return Problem(status, "Not authenticated", headers)

    def _process(self, request: Request, user_id: str | None, raw: bytes) -> _Answer:
        issues: list[dict[str, Any]] = []
        query, query_issues = _validation.parse_query(self.op, request.query_params)
        issues.extend(query_issues)
        body: Any = None
        if self.body_schema is not None:
            body, body_issues = self._body(request, raw)
            issues.extend(body_issues)
        if issues:
            if self._parses_its_own_body() and any(i["type"] == "json_invalid" for i in issues):
                return _problem_answer(Problem(400, "There was an error parsing the body"))
            if self._fails_inside(body, issues):
                try:  # it looks the workspace up first: a missing one is a 404 still
                    self.server.world.workspace(user_id or "", request.path_params["workspace_id"])
                except Problem as problem:
                    return _problem_answer(problem)
                return _Answer(500, b"Internal Server Error", "text/plain; charset=utf-8", {})
            return _json_answer(422, {"detail": issues})
        call = Call(user_id, dict(request.path_params), query, body)
        try:
            payload = self.handler(self.server.world, call)
        except Problem as problem:
            return _problem_answer(problem)
        if self.success == 204:
            return _Answer(204, b"", media_type=None)  # no body, so no content-type
        if self.result_schema is not None:
            payload = _examples.with_declared_values(payload, self.result_schema)
        if not self.enveloped:
            return _json_answer(self.success, payload)
        return _json_answer(self.success, {"success": True, "data": payload, "meta": None})

    def _body(self, request: Request, raw: bytes) -> tuple[Any, list[dict[str, Any]]]:
        assert self.body_schema is not None
        if self.form_body:
            body: Any = dict(parse_qsl(raw.decode("utf-8", "replace")))
        else:
            content_type = request.headers.get("content-type", "")
            if not content_type.startswith("application/json"):
                return None, [_missing_body()]
            try:
                body = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as exc:
                # As FastAPI words it: the position where decoding failed, and the
                # decoder's message without its line and column.
                decode_error = exc if isinstance(exc, json.JSONDecodeError) else None
                return None, [
                    {
                        "type": "json_invalid",
                        "loc": ["body", decode_error.pos if decode_error else 0],
                        "msg": "JSON decode error",
                        "input": {},
                        "ctx": {"error": decode_error.msg if decode_error else str(exc)},
                    }
                ]
        if self.server.world.profile.loose_types_coerced:
            body = _validation.coerced(self.body_schema, body)
        return body, _validation.validate_body(self.body_schema, body)


def _missing_body() -> dict[str, Any]:
    return {"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}


def _rate_limited(limit: int, wait: float, echo: dict[str, str]) -> Response:
    retry_after = max(1, math.ceil(wait))
    return JSONResponse(
        {
            "success": False,
            "error": {
                "code": "RATE_LIMIT_EXCEEDED",
                "message": f"Rate limit of {limit} requests exceeded; retry in {retry_after} s",
                "details": {"limit": limit},
            },
        },
        status_code=429,
        headers={
            "Retry-After": str(retry_after),
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(time.time() + wait) + 1),
            **echo,
        },
    )


async def _play_fault(
    fault: Fault, scope: Scope, receive: Receive, send: Send, echo: dict[str, str]
) -> None:
    if fault.kind == "delay":
        await asyncio.sleep(fault.delay)
        return
    if fault.kind == "drop":
        # Start an answer and break it off: over a socket the client sees the
        # connection close mid-response; in-process, the transport says the same.
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]}
        )
        raise ConnectionDropped
    headers = dict(echo)
    if fault.retry_after is not None:
        headers["Retry-After"] = fault.retry_after
    if fault.status >= 500:
        response: Response = PlainTextResponse(
            "Internal Server Error" if fault.status == 500 else f"Injected {fault.status}",
            status_code=fault.status,
            headers=headers,
        )
    else:
        response = JSONResponse({"detail": f"Injected {fault.status}"}, fault.status, headers)
    await response(scope, receive, send)


@define
class ServerState:
    world: World
    faults: FaultPlan
    # False plays today's Round Table server, which ignores Idempotency-Key.
    honour_idempotency: bool = True
    # How long a request waits for another one with its Idempotency-Key to finish.
    in_flight_wait: float = 10.0
    idempotency: dict[tuple[str, str], _Replay] = field(factory=dict)


def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown routes and methods answer in FastAPI's JSON form, as the real server does."""
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)


def build_app(state: ServerState, rules: Mapping[str, Handler]) -> Starlette:
    """The app serving every operation of the registry: by its rule where `rules` has one
    (by operationId), else with an answer made from the contract (`_examples.py`)."""
    endpoints: dict[str, dict[str, Endpoint]] = {}
    for operation in OPERATIONS:
        handler = rules.get(operation.operation_id) or _answer_from_contract(operation)
        endpoints.setdefault(operation.path, {})[operation.method] = Endpoint(
            state, operation, handler
        )
    starlette_routes = [
        Route(API_PREFIX + path, _ByMethod(by_method), methods=list(by_method))
        for path, by_method in endpoints.items()
    ]
    starlette_routes.append(Route("/openapi.json", _serve_contract, methods=["GET"]))
    return Starlette(routes=starlette_routes, exception_handlers={HTTPException: _http_error})


def _answer_from_contract(operation: Operation[..., Any]) -> Handler:
    """The rule of an operation no handwritten rule knows: its declared example, or a
    value its response schema accepts (the envelope's `data`, where it has one)."""
    schema, example = _examples.declared_result(operation)

    def answer(_world: World, _call: Call) -> Any:
        if schema is None:
            return None
        return copy.deepcopy(example) if example is not None else _examples.example_of(schema)

    return answer


def _serve_contract(request: Request) -> Response:
    """The contract this server implements, where FastAPI apps serve theirs."""
    return JSONResponse(_validation.contract())


class _ByMethod:
    """An ASGI endpoint (not a function, so Starlette passes scope/receive/send through)."""

    def __init__(self, endpoints: dict[str, Endpoint]) -> None:
        self.endpoints = endpoints

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = "GET" if scope["method"] == "HEAD" else scope["method"]
        await self.endpoints[method](scope, receive, send)
