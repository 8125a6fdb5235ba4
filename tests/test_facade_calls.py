"""Every facade method: the request it sends and the attributes the quick-start reads.

Answers are the recorded bodies of the real server (fixtures/wire-samples.txt).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

import pytest
from mocked import BASE_URL, SECRET_KEY
from refusal import refused_before_sending

from roundtable import RoundTableClient

import wire


def _body(title: str) -> dict:
    return wire.sample(title).json()


class Case(NamedTuple):
    """One facade call: what it sends, the recorded answer it gets, and what it reads."""

    name: str
    call: Callable[[RoundTableClient], Awaitable[Any]]
    method: str
    path: str
    query: dict[str, str]
    sent: Any  # the JSON body sent, or None for no body
    sample: str  # the title of the recorded exchange answered
    status: int
    got: Callable[[Any], Any]  # what is read from the result...
    want: Any  # ...and what it must be


CASES = [
    Case(
        name="workspaces.create",
        call=lambda c: c.workspaces.create(
            name="My Project", description="A workspace for my agents"
        ),
        method="POST",
        path="/workspaces",
        query={},
        sent={"name": "My Project", "description": "A workspace for my agents"},
        sample="POST /workspaces (name+description)",
        status=201,
        got=lambda r: (r.workspace_id, r.status, r.name),
        want=("ws_34658c3b4d", "active", "Demo Project"),
    ),
    Case(
        name="workspaces.create without description",
        call=lambda c: c.workspaces.create(
            name="x", settings={"max_sandboxes": 5, "auto_cleanup": None}
        ),
        method="POST",
        path="/workspaces",
        query={},
        sent={"name": "x", "settings": {"max_sandboxes": 5}},
        sample="POST /workspaces (name+description)",
        status=201,
        got=lambda r: r.settings.max_sandboxes,
        want=10,
    ),
    Case(
        name="workspaces.list",
        call=lambda c: c.workspaces.list(limit=50),
        method="GET",
        path="/workspaces",
        query={"limit": "50"},
        sent=None,
        sample="GET /workspaces (list)",
        status=200,
        got=lambda r: ([ws.name for ws in r.workspaces], r.workspaces[0].workspace_id),
        want=(["Demo Project", "WS main", "With settings"], "ws_34658c3b4d"),
    ),
    Case(
        name="workspaces.get",
        call=lambda c: c.workspaces.get("ws_c9490a50de"),
        method="GET",
        path="/workspaces/ws_c9490a50de",
        query={},
        sent=None,
        sample="GET /workspaces/{id}",
        status=200,
        got=lambda r: (r.name, r.status, str(r.created_at)),
        want=("WS main", "active", "2026-11-26 06:37:25+00:00"),
    ),
    Case(
        name="workspaces.update",
        call=lambda c: c.workspaces.update(
            "ws_c9490a50de", name="Updated Name", description="New description"
        ),
        method="PUT",
        path="/workspaces/ws_c9490a50de",
        query={},
        sent={"name": "Updated Name", "description": "New description"},
        sample="PUT /workspaces/{id} (name, description)",
        status=200,
        got=lambda r: r.name,
        want="Updated Name",
    ),
    Case(
        name="workspaces.update is_active",
        call=lambda c: c.workspaces.update("ws_c9490a50de", is_active=False),
        method="PUT",
        path="/workspaces/ws_c9490a50de",
        query={},
        sent={"is_active": False},
        sample="PUT /workspaces/{id} (is_active=false, settings)",
        status=200,
        got=lambda r: r.status,
        want="inactive",
    ),
    Case(
        name="workspaces.delete",
        call=lambda c: c.workspaces.delete("ws_c9490a50de"),
        method="DELETE",
        path="/workspaces/ws_c9490a50de",
        query={},
        sent=None,
        sample="DELETE /workspaces/{id}",
        status=204,
        got=lambda r: r,
        want=None,
    ),
    Case(
        name="workspaces.get_config",
        call=lambda c: c.workspaces.get_config("ws_c9490a50de"),
        method="GET",
        path="/workspaces/ws_c9490a50de/config",
        query={},
        sent=None,
        sample="GET /workspaces/{id}/config",
        status=200,
        got=lambda r: (r.max_sandboxes, r.retention_days),
        want=(3, 30),
    ),
    Case(
        name="workspaces.update_config",
        call=lambda c: c.workspaces.update_config(
            "ws_c9490a50de", {"max_sandboxes": 20, "retention_days": 10}
        ),
        method="PUT",
        path="/workspaces/ws_c9490a50de/config",
        query={},
        sent={"max_sandboxes": 20, "retention_days": 10},
        sample="PUT /workspaces/{id}/config",
        status=200,
        got=lambda r: (r.max_sandboxes, r.retention_days),
        want=(20, 10),
    ),
    Case(
        name="sandboxes.create",
        call=lambda c: c.sandboxes.create(
            workspace_id="ws_c9490a50de",
            name="Research Agent",
            description="Research specialist",
            agent_config={
                "primary_agent": "researcher",
                "model": "gpt-4",
                "temperature": 0.7,
                "max_tokens": 2000,
            },
        ),
        method="POST",
        path="/sandboxes/ws_c9490a50de/sandboxes",
        query={},
        sent={
            "name": "Research Agent",
            "description": "Research specialist",
            "agent_config": {
                "primary_agent": "researcher",
                "model": "gpt-4",
                "temperature": 0.7,
                "max_tokens": 2000,
            },
        },
        sample="POST /sandboxes/{ws}/sandboxes (seed-style",
        status=201,
        got=lambda r: (r.sandbox_id, r.status),
        want=("sb_d8ba8b05f3", "provisioning"),
    ),
    Case(
        name="sandboxes.create omits unset agent fields",
        call=lambda c: c.sandboxes.create(
            "ws_c9490a50de", "rl", {"primary_agent": "a", "temperature": None, "max_tokens": None}
        ),
        method="POST",
        path="/sandboxes/ws_c9490a50de/sandboxes",
        query={},
        sent={"name": "rl", "agent_config": {"primary_agent": "a"}},
        sample="POST sandbox (resource_limits given)",
        status=201,
        got=lambda r: r.agent_config.max_tokens,
        want=4096,
    ),
    Case(
        name="sandboxes.list",
        call=lambda c: c.sandboxes.list(workspace_id="ws_c9490a50de", limit=50),
        method="GET",
        path="/sandboxes/ws_c9490a50de/sandboxes",
        query={"limit": "50"},
        sent=None,
        sample="GET /sandboxes/{ws}/sandboxes",
        status=200,
        got=lambda r: [(sb.name, str(sb.status)) for sb in r.sandboxes][0],
        want=("Research Agent", "provisioning"),
    ),
    Case(
        name="sandboxes.get",
        call=lambda c: c.sandboxes.get("sb_94819a2c5f"),
        method="GET",
        path="/sandboxes/sb_94819a2c5f",
        query={},
        sent=None,
        sample="GET /sandboxes/{id}",
        status=200,
        got=lambda r: (r.name, r.resource_limits.max_memory_mb),
        want=("Researcher", 1024),
    ),
    Case(
        name="sandboxes.start",
        call=lambda c: c.sandboxes.start("sb_94819a2c5f"),
        method="POST",
        path="/sandboxes/sb_94819a2c5f/start",
        query={},
        sent=None,
        sample="POST /sandboxes/{id}/start",
        status=200,
        got=lambda r: r.status,
        want="running",
    ),
    Case(
        name="sandboxes.stop",
        call=lambda c: c.sandboxes.stop("sb_94819a2c5f"),
        method="POST",
        path="/sandboxes/sb_94819a2c5f/stop",
        query={},
        sent=None,
        sample="POST /sandboxes/{id}/stop",
        status=200,
        got=lambda r: r.status,
        want="stopped",
    ),
    Case(
        name="sandboxes.status",
        call=lambda c: c.sandboxes.status("sb_94819a2c5f"),
        method="GET",
        path="/sandboxes/sb_94819a2c5f/status",
        query={},
        sent=None,
        sample="GET /sandboxes/{id}/status (provisioning)",
        status=200,
        got=lambda r: (r.status, r.uptime),
        want=("provisioning", None),
    ),
    Case(
        name="sandboxes.metrics",
        call=lambda c: c.sandboxes.metrics("sb_94819a2c5f"),
        method="GET",
        path="/sandboxes/sb_94819a2c5f/metrics",
        query={},
        sent=None,
        sample="GET /sandboxes/{id}/metrics",
        status=200,
        got=lambda r: (r.messages_sent, r.messages_received, r.cpu_usage),
        want=(None, None, 0.0),
    ),
    Case(
        name="sandboxes.logs",
        call=lambda c: c.sandboxes.logs("sb_94819a2c5f", limit=1000, offset=0),
        method="GET",
        path="/sandboxes/sb_94819a2c5f/logs",
        query={"limit": "1000", "offset": "0"},
        sent=None,
        sample="GET /sandboxes/{id}/logs",
        status=200,
        got=lambda r: (r.logs, r.limit),
        want=([], 1000),
    ),
    Case(
        name="sandboxes.update_config",
        call=lambda c: c.sandboxes.update_config("sb_94819a2c5f", {"anything": "goes", "n": 1}),
        method="PUT",
        path="/sandboxes/sb_94819a2c5f/config",
        query={},
        sent={"anything": "goes", "n": 1},
        sample="PUT /sandboxes/{id}/config",
        status=200,
        got=lambda r: r,
        want={"anything": "goes", "n": 1},
    ),
    Case(
        name="sandboxes.delete",
        call=lambda c: c.sandboxes.delete("sb_8ace728357"),
        method="DELETE",
        path="/sandboxes/sb_8ace728357",
        query={},
        sent=None,
        sample="DELETE /sandboxes/{id}",
        status=204,
        got=lambda r: r,
        want=None,
    ),
    Case(
        name="messages.send",
        call=lambda c: c.messages.send(
            from_sandbox_id="sb_94819a2c5f",
            to_sandbox_id="sb_8ace728357",
            content={"type": "request", "action": "analyze", "data": {"key": "value"}},
        ),
        method="POST",
        path="/messages/sandboxes/sb_94819a2c5f/messages",
        query={},
        sent={
            "to_sandbox_id": "sb_8ace728357",
            "content": {"type": "request", "action": "analyze", "data": {"key": "value"}},
        },
        sample="POST /messages/sandboxes/{sb}/messages (seed content)",
        status=202,
        got=lambda r: (r.message_id, str(r.status), r.content),
        want=(
            "msg_3b5acc45c6",
            "pending",
            {"type": "request", "action": "analyze", "data": {"key": "value"}},
        ),
    ),
    Case(
        name="messages.list",
        call=lambda c: c.messages.list(sandbox_id="sb_94819a2c5f", limit=100),
        method="GET",
        path="/messages/sandboxes/sb_94819a2c5f/messages",
        query={"limit": "100"},
        sent=None,
        sample="GET /messages/sandboxes/{sb}/messages",
        status=200,
        got=lambda r: ([m.from_sandbox_id for m in r.messages], r.messages[0].content),
        want=(["sb_94819a2c5f", "sb_94819a2c5f", "sb_8ace728357"], {"self": True}),
    ),
    Case(
        name="messages.get",
        call=lambda c: c.messages.get("msg_2f8b81f549"),
        method="GET",
        path="/messages/messages/msg_2f8b81f549",
        query={},
        sent=None,
        sample="GET /messages/messages/{id}",
        status=200,
        got=lambda r: (f"{r.status}", r.status.sent_at is not None, r.content),
        want=("pending", True, {"reply": 1}),
    ),
    Case(
        name="messages.broadcast",
        call=lambda c: c.messages.broadcast(
            workspace_id="ws_c9490a50de",
            from_sandbox_id="sb_94819a2c5f",
            content={"type": "announcement", "message": "Hello everyone!"},
        ),
        method="POST",
        path="/messages/workspaces/ws_c9490a50de/broadcast",
        query={},
        sent={
            "content": {"type": "announcement", "message": "Hello everyone!"},
            "from_sandbox_id": "sb_94819a2c5f",
        },
        sample="POST /messages/workspaces/{ws}/broadcast",
        status=202,
        got=lambda r: r.broadcast_to,
        want=4,
    ),
    Case(
        name="collaborations.orchestrate",
        call=lambda c: c.collaborations.orchestrate(
            workspace_id="ws_c9490a50de",
            task="Analyze Q4 sales data",
            participants=["sb_94819a2c5f", "sb_8ace728357"],
            mode="orchestrated",
            config={"max_duration": 300, "timeout": 30, "max_rounds": 10},
        ),
        method="POST",
        path="/collaborations/workspaces/ws_c9490a50de/collaboration/orchestrate",
        query={},
        sent={
            "task": "Analyze Q4 sales data",
            "participants": ["sb_94819a2c5f", "sb_8ace728357"],
            "mode": "orchestrated",
            "config": {"max_duration": 300, "timeout": 30, "max_rounds": 10},
        },
        sample="POST orchestrate (seed style)",
        status=202,
        got=lambda r: (r.collaboration_id, r.status),
        want=("col_0b591dd7a2", "running"),
    ),
    Case(
        name="collaborations.get_collaboration",
        call=lambda c: c.collaborations.get_collaboration("col_2dfbc45b29"),
        method="GET",
        path="/collaborations/collaborations/col_2dfbc45b29",
        query={},
        sent=None,
        sample="GET /collaborations/collaborations/{id}",
        status=200,
        got=lambda r: (r.status, r.progress.percentage, str(r.progress)),
        want=("running", 10.0, "10% (step 1 of 2: Collaboration started)"),
    ),
    Case(
        name="collaborations.discover_agents",
        call=lambda c: c.collaborations.discover_agents("ws_c9490a50de"),
        method="GET",
        path="/collaborations/workspaces/ws_c9490a50de/agents/discover",
        query={},
        sent=None,
        sample="GET /collaborations/workspaces/{ws}/agents/discover",
        status=200,
        got=lambda r: (r.count, [(a.name, a.agent_type) for a in r.agents][2]),
        want=(4, ("Developer", "developer")),
    ),
    Case(
        name="health_check",
        call=lambda c: c.health_check(),
        method="GET",
        path="/system/health",
        query={},
        sent=None,
        sample="GET /api/v1/system/health",
        status=200,
        got=lambda r: (r.status, r.version),
        want=("degraded", "0.1.0-alpha"),
    ),
    Case(
        name="system_info",
        call=lambda c: c.system_info(),
        method="GET",
        path="/system/info",
        query={},
        sent=None,
        sample="GET /system/info (auth)",
        status=200,
        got=lambda r: (r.version, r.environment, r.email),
        want=("0.1.0-alpha", "development", "alice@example.com"),
    ),
    Case(
        name="aggregate_metrics",
        call=lambda c: c.aggregate_metrics("ws_c9490a50de"),
        method="GET",
        path="/system/workspaces/ws_c9490a50de/metrics/aggregate",
        query={},
        sent=None,
        sample="GET /system/workspaces/{ws}/metrics/aggregate",
        status=200,
        got=lambda r: ((r.total_sandboxes, r.total_messages), r.sandboxes_by_status["running"]),
        want=((4, 3), 2),
    ),
    Case(
        name="auth.register",
        call=lambda c: c.auth.register("alice@example.com", "password123", full_name="Alice"),
        method="POST",
        path="/auth/register",
        query={},
        sent={"email": "alice@example.com", "password": "password123", "full_name": "Alice"},
        sample="POST /auth/register (new user A)",
        status=200,
        got=lambda r: (r.token_type, r.expires_in, r.refresh_token),
        want=("bearer", 1800, "<jwt>"),
    ),
    Case(
        name="auth.login",
        call=lambda c: c.auth.login("alice@example.com", "password123"),
        method="POST",
        path="/auth/login",
        query={},
        sent={"email": "alice@example.com", "password": "password123"},
        sample="POST /auth/login (ok)",
        status=200,
        got=lambda r: r.access_token,
        want="<jwt>",
    ),
    Case(
        name="auth.refresh",
        call=lambda c: c.auth.refresh("rt-refresh"),
        method="POST",
        path="/auth/refresh",
        query={},
        sent={"refresh_token": "rt-refresh"},
        sample="POST /auth/refresh (refresh token)",
        status=200,
        got=lambda r: r.expires_in,
        want=1800,
    ),
    Case(
        name="auth.me",
        call=lambda c: c.auth.me(),
        method="GET",
        path="/auth/me",
        query={},
        sent=None,
        sample="GET /auth/me (ok)",
        status=200,
        got=lambda r: (r.user_id, r.email),
        want=("usr_acb8e38366", "alice@example.com"),
    ),
    Case(
        name="auth.logout",
        call=lambda c: c.auth.logout(),
        method="POST",
        path="/auth/logout",
        query={},
        sent=None,
        sample="POST /auth/logout",
        status=200,
        got=lambda r: r.message,
        want="Successfully logged out",
    ),
]
UNAUTHENTICATED = {"health_check", "auth.register", "auth.login", "auth.refresh"}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_facade_call(case: Case, client, httpx_mock):
    sample = wire.sample(case.sample)
    assert sample.status == case.status
    httpx_mock.add_response(
        status_code=case.status,
        content=sample.body.encode(),
        headers={"content-type": "application/json"} if sample.body else {},
    )

    result = await case.call(client)

    read = case.got(result)
    assert read == case.want, f"{case.name}: the result reads {read!r}, not {case.want!r}"
    (request,) = httpx_mock.get_requests()
    assert (request.method, request.url.path) == (case.method, "/api/v1" + case.path)
    assert dict(request.url.params) == case.query
    if case.sent is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        # Unset fields are left out, never null.
        assert json.loads(request.content) == case.sent
    if case.name in UNAUTHENTICATED:
        assert "authorization" not in request.headers
    else:
        assert request.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert request.headers["user-agent"].startswith("roundtable-sdk-python/")
    if case.method == "GET":
        assert "idempotency-key" not in request.headers
    else:
        assert request.headers["idempotency-key"]


async def test_oauth2_token_is_form_encoded_and_not_enveloped(client, httpx_mock):
    sample = wire.sample("POST /auth/token (OAuth2 form ok)")
    httpx_mock.add_response(
        content=sample.body.encode(), headers={"content-type": "application/json"}
    )
    tokens = await client.auth.token("alice@example.com", "password123")
    assert tokens.refresh_token == "<jwt>"
    (request,) = httpx_mock.get_requests()
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"username=alice%40example.com&password=password123"


async def test_sandbox_status_uptime_counts_from_the_start_when_not_served(client, httpx_mock):
    body = wire.sample("GET /sandboxes/{id}/status (running)").json()
    body["data"]["updated_at"] = "2000-01-01T00:00:00"
    httpx_mock.add_response(json=body)
    status = await client.sandboxes.status("sb_94819a2c5f")
    assert status.status == "running"
    assert status.uptime is not None and status.uptime > 26 * 365 * 24 * 3600


async def test_served_uptime_and_message_counters_win(client, httpx_mock):
    status_body = wire.sample("GET /sandboxes/{id}/status (running)").json()
    status_body["data"]["uptime_seconds"] = 12.5
    metrics_body = wire.sample("GET /sandboxes/{id}/metrics").json()
    metrics_body["data"]["metrics"].update(messages_sent=3, messages_received=4)
    httpx_mock.add_response(json=status_body)
    httpx_mock.add_response(json=metrics_body)
    assert (await client.sandboxes.status("sb_94819a2c5f")).uptime == 12.5
    metrics = await client.sandboxes.metrics("sb_94819a2c5f")
    assert (metrics.messages_sent, metrics.messages_received) == (3, 4)


async def test_an_idempotency_key_given_by_the_caller_is_sent(client, httpx_mock):
    httpx_mock.add_response(
        status_code=201, json=wire.sample("POST /workspaces (name+description)").json()
    )
    await client.workspaces.create(name="x", idempotency_key="my-key-1")
    assert httpx_mock.get_request().headers["idempotency-key"] == "my-key-1"


async def test_default_headers_are_sent_and_base_url_comes_from_the_argument(httpx_mock):
    httpx_mock.add_response(json=wire.sample("GET /api/v1/system/health").json())
    async with RoundTableClient("k", BASE_URL + "/", default_headers={"X-Team": "blue"}) as client:
        await client.health_check()
    request = httpx_mock.get_request()
    assert request.url == BASE_URL + "/system/health"
    assert request.headers["x-team"] == "blue"


@pytest.mark.parametrize(
    ("call", "field", "suggestion"),
    [
        (
            lambda c: c.sandboxes.create("ws_1", "A", {"primary_agent": "r", "temprature": 0.2}),
            "agent_config.temprature",
            "temperature",
        ),
        (
            lambda c: c.workspaces.create(name="W", settings={"max_sandbox": 5}),
            "settings.max_sandbox",
            "max_sandboxes",
        ),
        (
            lambda c: c.sandboxes.create(
                "ws_1", "A", {"primary_agent": "r"}, resource_limits={"max_memory": 512}
            ),
            "resource_limits.max_memory",
            "max_memory_mb",
        ),
    ],
)
async def test_a_typo_in_a_dict_argument_is_refused_naming_it_and_the_closest_key(
    call, field, suggestion
):
    refused = await refused_before_sending(call)
    assert refused.field == field
    assert f"did you mean {suggestion!r}" in str(refused) and "extra_body" in str(refused)
