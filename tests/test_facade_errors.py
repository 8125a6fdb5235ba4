"""Every failure a user can meet becomes a typed exception with a readable message."""

from __future__ import annotations

import httpx
import pytest

from roundtable.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RoundTableError,
    ValidationError,
)

import wire

BY_STATUS = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, ValidationError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("status", "error_class"), BY_STATUS)
async def test_fastapi_detail_form(status, error_class, client, httpx_mock):
    httpx_mock.add_response(status_code=status, json={"detail": "Workspace ws_x not found"})
    with pytest.raises(error_class) as caught:
        await client.workspaces.get("ws_x")
    error = caught.value
    assert error.status_code == status
    assert error.message == "Workspace ws_x not found"
    assert error.response.status_code == status
    said = f"{status} on GET /api/v1/workspaces/ws_x: Workspace ws_x not found"
    # A static key refused: the SDK adds what works instead (Round Table's tokens expire).
    assert (error.hint is not None) == (status == 401)
    assert str(error) == (f"{said} ({error.hint})" if status == 401 else said)


@pytest.mark.parametrize(("status", "error_class"), BY_STATUS)
async def test_documented_envelope_form(status, error_class, client, httpx_mock):
    body = {
        "success": False,
        "error": {"code": "SOME_CODE", "message": "It went wrong", "details": {"hint": 1}},
    }
    httpx_mock.add_response(status_code=status, json=body)
    with pytest.raises(error_class) as caught:
        await client.sandboxes.get("sb_1")
    assert caught.value.message == "It went wrong"
    assert caught.value.code == "SOME_CODE"
    assert caught.value.details == {"hint": 1}
    assert caught.value.body == body


RECORDED_ERRORS = [
    e for e in wire.exchanges() if e.status >= 400 and e.url.startswith(wire.BASE + "/")
]
CLASS_OF = dict(BY_STATUS) | {405: APIStatusError}


@pytest.mark.parametrize("exchange", RECORDED_ERRORS, ids=lambda e: e.title)
async def test_every_recorded_error_of_the_real_server(exchange, client, httpx_mock):
    httpx_mock.add_response(
        status_code=exchange.status,
        content=exchange.body.encode(),
        headers={"content-type": exchange.headers.get("content-type", "application/json")},
    )
    with pytest.raises(APIStatusError) as caught:
        await client.workspaces.get("ws_any")
    error = caught.value
    assert type(error) is CLASS_OF[exchange.status]
    if exchange.body.startswith('{"detail":"'):
        assert error.message == exchange.json()["detail"]
    elif exchange.body.startswith('{"detail":['):
        assert [issue.msg for issue in error.issues] == [
            i["msg"] for i in exchange.json()["detail"]
        ]
    else:
        assert error.message == "Internal Server Error"


async def test_validation_error_names_each_field(client, httpx_mock):
    sample = wire.sample("POST sandbox (temperature 3, max_tokens 100)")
    httpx_mock.add_response(status_code=422, content=sample.body.encode())
    with pytest.raises(ValidationError) as caught:
        await client.sandboxes.create("ws_1", "x", {"primary_agent": "a", "temperature": 3})
    error = caught.value
    assert [issue.field for issue in error.issues] == [
        "agent_config.max_tokens",
        "agent_config.temperature",
    ]
    assert "agent_config.temperature: Input should be less than or equal to 2" in str(error)


async def test_rate_limit_error_carries_retry_after(client, httpx_mock):
    httpx_mock.add_response(
        status_code=429,
        headers={"Retry-After": "7", "X-RateLimit-Remaining": "0"},
        json={"success": False, "error": {"code": "RATE_LIMIT_EXCEEDED", "message": "slow down"}},
    )
    with pytest.raises(RateLimitError) as caught:
        await client.workspaces.list()
    assert caught.value.retry_after == 7.0
    assert caught.value.code == "RATE_LIMIT_EXCEEDED"


@pytest.mark.parametrize(
    ("status", "content", "content_type", "error_class", "message"),
    [
        (
            500,
            b"Internal Server Error",
            "text/plain; charset=utf-8",
            InternalServerError,
            "Internal Server Error",
        ),
        (
            502,
            b"<html><body>Bad gateway</body></html>",
            "text/html",
            InternalServerError,
            "<html><body>Bad gateway</body></html>",
        ),
        (503, b"", "text/plain", InternalServerError, "Service Unavailable"),
        (418, b"{not json", "application/json", APIStatusError, "{not json"),
        (599, b"", "", InternalServerError, "HTTP 599"),
        (
            400,
            b'{"detail": {"odd": "shape"}}',
            "application/json",
            BadRequestError,
            "{'odd': 'shape'}",
        ),
        (404, b"[1, 2]", "application/json", NotFoundError, "[1, 2]"),
    ],
)
async def test_odd_error_bodies_still_give_typed_errors(
    status, content, content_type, error_class, message, client, httpx_mock
):
    httpx_mock.add_response(
        status_code=status, content=content, headers={"content-type": content_type}
    )
    with pytest.raises(error_class) as caught:
        await client.messages.get("msg_1")
    assert type(caught.value) is error_class
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html>not json</html>", "not JSON"),
        (b'{"workspace_id": "ws_1"}', "without the success envelope"),
        (b'{"success": true, "data": [1, 2], "meta": null}', "cannot read"),
    ],
)
async def test_a_success_answer_that_breaks_the_contract_is_a_malformed_response(
    content, reason, client, httpx_mock
):
    httpx_mock.add_response(status_code=200, content=content)
    with pytest.raises(MalformedResponseError) as caught:
        await client.workspaces.get("ws_1")
    assert reason in str(caught.value)
    assert caught.value.status_code == 200


async def test_unknown_status_values_and_extra_fields_parse(client, httpx_mock):
    body = wire.sample("GET /sandboxes/{id}").json()
    body["data"]["status"] = "hibernating"
    body["data"]["brand_new_field"] = {"x": 1}
    body["data"]["health"]["status"] = "odd"
    httpx_mock.add_response(json=body)
    sandbox = await client.sandboxes.get("sb_94819a2c5f")
    assert sandbox.status == "hibernating"
    assert sandbox["brand_new_field"] == {"x": 1}


async def test_unknown_message_and_collaboration_states_parse(client, httpx_mock):
    message = wire.sample("GET /messages/messages/{id}").json()
    message["data"]["status"]["status"] = "queued_for_review"
    collaboration = wire.sample("GET /collaborations/collaborations/{id}").json()
    collaboration["data"]["status"] = "paused"
    httpx_mock.add_response(json=message)
    httpx_mock.add_response(json=collaboration)
    assert str((await client.messages.get("msg_1")).status) == "queued_for_review"
    assert (await client.collaborations.get_collaboration("col_1")).status == "paused"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (
            lambda c: c.sandboxes.create("ws_1", "x", {"model": "gpt-4"}),
            "agent_config.primary_agent",
        ),
        (lambda c: c.sandboxes.create("ws_1", "x", "researcher"), "agent_config"),
        (lambda c: c.messages.send("sb_1", "sb_2", "hello"), "content"),
        (lambda c: c.messages.send("sb_1", "sb_2", {}, message_type="chat"), "message_type"),
        (lambda c: c.collaborations.orchestrate("ws_1", "t", "sb_1"), "participants"),
        (lambda c: c.collaborations.orchestrate("ws_1", "t", ["sb_1"], mode="broadcast"), "mode"),
        (lambda c: c.workspaces.update_config("ws_1", [1, 2]), "config"),
    ],
)
async def test_bad_arguments_are_refused_before_sending_and_name_the_field(
    call, field, client, httpx_mock
):
    with pytest.raises(InvalidRequestError) as caught:
        await call(client)
    assert caught.value.field == field
    assert field in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert httpx_mock.get_requests() == []


async def test_connection_failure_is_a_connection_error(client, httpx_mock):
    httpx_mock.add_exception(httpx.ConnectError("Connection refused"))
    with pytest.raises(APIConnectionError) as caught:
        await client.health_check()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert isinstance(caught.value, RoundTableError)


async def test_timeout_is_a_timeout_error_carrying_its_cause(client, httpx_mock):
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"))
    with pytest.raises(APITimeoutError) as caught:
        await client.workspaces.list()
    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
