"""Every facade method: the request it sends and the attributes the quick-start reads.

Answers are the recorded bodies of the real server (fixtures/wire-samples.txt).
"""

from __future__ import annotations

import json

import pytest
from refusal import refused_before_sending

from roundtable import RoundTableClient

import wire
from conftest import BASE_URL, SECRET_KEY


def _body(title: str) -> dict:
    return wire.sample(title).json()


# (name, call, method, path, query, json body sent, sample answered, status, check)
CASES = [
    (
        "workspaces.create",
        lambda c: c.workspaces.create(name="My Project", description="A workspace for my agents"),
        "POST",
        "/workspaces",
        {},
        {"name": "My Project", "description": "A workspace for my agents"},
        "POST /workspaces (name+description)",
        201,
        lambda r: (r.workspace_id, r.status, r.name) == ("ws_34658c3b4d", "active", "Demo Project"),
    ),
    (
        "workspaces.create without description",
        lambda c: c.workspaces.create(
            name="x", settings={"max_sandboxes": 5, "auto_cleanup": None}
        ),
        "POST",
        "/workspaces",
        {},
        {"name": "x", "settings": {"max_sandboxes": 5}},
        "POST /workspaces (name+description)",
        201,
        lambda r: r.settings.max_sandboxes == 10,
    ),
    (
        "workspaces.list",
        lambda c: c.workspaces.list(limit=50),
        "GET",
        "/workspaces",
        {"limit": "50"},
        None,
        "GET /workspaces (list)",
        200,
        lambda r: (
            [ws.name for ws in r.workspaces] == ["Demo Project", "WS main", "With settings"]
            and r.workspaces[0].workspace_id == "ws_34658c3b4d"
        ),
    ),
    (
        "workspaces.get",
        lambda c: c.workspaces.get("ws_c9490a50de"),
        "GET",
        "/workspaces/ws_c9490a50de",
        {},
        None,
        "GET /workspaces/{id}",
        200,
        lambda r: (
            (r.name, r.status, str(r.created_at))
            == ("WS main", "active", "2026-11-26 06:37:25+00:00")
        ),
    ),
    (
        "workspaces.update",
        lambda c: c.workspaces.update(
            "ws_c9490a50de", name="Updated Name", description="New description"
        ),
        "PUT",
        "/workspaces/ws_c9490a50de",
        {},
        {"name": "Updated Name", "description": "New description"},
        "PUT /workspaces/{id} (name, description)",
        200,
        lambda r: r.name == "Updated Name",
    ),
    (
        "workspaces.update is_active",
        lambda c: c.workspaces.update("ws_c9490a50de", is_active=False),
        "PUT",
        "/workspaces/ws_c9490a50de",
        {},
        {"is_active": False},
        "PUT /workspaces/{id} (is_active=false, settings)",
        200,
        lambda r: r.status == "inactive",
    ),
    (
        "workspaces.delete",
        lambda c: c.workspaces.delete("ws_c9490a50de"),
        "DELETE",
        "/workspaces/ws_c9490a50de",
        {},
        None,
        "DELETE /workspaces/{id}",
        204,
        lambda r: r is None,
    ),
    (
        "workspaces.get_config",
        lambda c: c.workspaces.get_config("ws_c9490a50de"),
        "GET",
        "/workspaces/ws_c9490a50de/config",
        {},
        None,
        "GET /workspaces/{id}/config",
        200,
        lambda r: (r.max_sandboxes, r.retention_days) == (3, 30),
    ),
    (
        "workspaces.update_config",
        lambda c: c.workspaces.update_config(
            "ws_c9490a50de", {"max_sandboxes": 20, "retention_days": 10}
        ),
        "PUT",
        "/workspaces/ws_c9490a50de/config",
        {},
        {"max_sandboxes": 20, "retention_days": 10},
        "PUT /workspaces/{id}/config",
        200,
        lambda r: (r.max_sandboxes, r.retention_days) == (20, 10),
    ),
    (
        "sandboxes.create",
        lambda c: c.sandboxes.create(
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
        "POST",
        "/sandboxes/ws_c9490a50de/sandboxes",
        {},
        {
            "name": "Research Agent",
            "description": "Research specialist",
            "agent_config": {
                "primary_agent": "researcher",
                "model": "gpt-4",
                "temperature": 0.7,
                "max_tokens": 2000,
            },
        },
        "POST /sandboxes/{ws}/sandboxes (seed-style",
        201,
        lambda r: (r.sandbox_id, r.status) == ("sb_d8ba8b05f3", "provisioning"),
    ),
    (
        "sandboxes.create omits unset agent fields",
        lambda c: c.sandboxes.create(
            "ws_c9490a50de", "rl", {"primary_agent": "a", "temperature": None, "max_tokens": None}
        ),
        "POST",
        "/sandboxes/ws_c9490a50de/sandboxes",
        {},
        {"name": "rl", "agent_config": {"primary_agent": "a"}},
        "POST sandbox (resource_limits given)",
        201,
        lambda r: r.agent_config.max_tokens == 4096,
    ),
    (
        "sandboxes.list",
        lambda c: c.sandboxes.list(workspace_id="ws_c9490a50de", limit=50),
        "GET",
        "/sandboxes/ws_c9490a50de/sandboxes",
        {"limit": "50"},
        None,
        "GET /sandboxes/{ws}/sandboxes",
        200,
        lambda r: (
            [(sb.name, str(sb.status)) for sb in r.sandboxes][0]
            == ("Research Agent", "provisioning")
        ),
    ),
    (
        "sandboxes.get",
        lambda c: c.sandboxes.get("sb_94819a2c5f"),
        "GET",
        "/sandboxes/sb_94819a2c5f",
        {},
        None,
        "GET /sandboxes/{id}",
        200,
        lambda r: r.name == "Researcher" and r.resource_limits.max_memory_mb == 1024,
    ),
    (
        "sandboxes.start",
        lambda c: c.sandboxes.start("sb_94819a2c5f"),
        "POST",
        "/sandboxes/sb_94819a2c5f/start",
        {},
        None,
        "POST /sandboxes/{id}/start",
        200,
        lambda r: r.status == "running",
    ),
    (
        "sandboxes.stop",
        lambda c: c.sandboxes.stop("sb_94819a2c5f"),
        "POST",
        "/sandboxes/sb_94819a2c5f/stop",
        {},
        None,
        "POST /sandboxes/{id}/stop",
        200,
        lambda r: r.status == "stopped",
    ),
    (
        "sandboxes.status",
        lambda c: c.sandboxes.status("sb_94819a2c5f"),
        "GET",
        "/sandboxes/sb_94819a2c5f/status",
        {},
        None,
        "GET /sandboxes/{id}/status (provisioning)",
        200,
        lambda r: r.status == "provisioning" and r.uptime is None,
    ),
    (
        "sandboxes.metrics",
        lambda c: c.sandboxes.metrics("sb_94819a2c5f"),
        "GET",
        "/sandboxes/sb_94819a2c5f/metrics",
        {},
        None,
        "GET /sandboxes/{id}/metrics",
        200,
        lambda r: (r.messages_sent, r.messages_received, r.cpu_usage) == (None, None, 0.0),
    ),
    (
        "sandboxes.logs",
        lambda c: c.sandboxes.logs("sb_94819a2c5f", limit=1000, offset=0),
        "GET",
        "/sandboxes/sb_94819a2c5f/logs",
        {"limit": "1000", "offset": "0"},
        None,
        "GET /sandboxes/{id}/logs",
        200,
        lambda r: (r.logs, r.limit) == ([], 1000),
    ),
    (
        "sandboxes.update_config",
        lambda c: c.sandboxes.update_config("sb_94819a2c5f", {"anything": "goes", "n": 1}),
        "PUT",
        "/sandboxes/sb_94819a2c5f/config",
        {},
        {"anything": "goes", "n": 1},
        "PUT /sandboxes/{id}/config",
        200,
        lambda r: r == {"anything": "goes", "n": 1},
    ),
    (
        "sandboxes.delete",
        lambda c: c.sandboxes.delete("sb_8ace728357"),
        "DELETE",
        "/sandboxes/sb_8ace728357",
        {},
        None,
        "DELETE /sandboxes/{id}",
        204,
        lambda r: r is None,
    ),
    (
        "messages.send",
        lambda c: c.messages.send(
            from_sandbox_id="sb_94819a2c5f",
            to_sandbox_id="sb_8ace728357",
            content={"type": "request", "action": "analyze", "data": {"key": "value"}},
        ),
        "POST",
        "/messages/sandboxes/sb_94819a2c5f/messages",
        {},
        {
            "to_sandbox_id": "sb_8ace728357",
            "content": {"type": "request", "action": "analyze", "data": {"key": "value"}},
        },
        "POST /messages/sandboxes/{sb}/messages (seed content)",
        202,
        lambda r: (
            r.message_id == "msg_3b5acc45c6"
            and str(r.status) == "pending"
            and r.content == {"type": "request", "action": "analyze", "data": {"key": "value"}}
        ),
    ),
    (
        "messages.list",
        lambda c: c.messages.list(sandbox_id="sb_94819a2c5f", limit=100),
        "GET",
        "/messages/sandboxes/sb_94819a2c5f/messages",
        {"limit": "100"},
        None,
        "GET /messages/sandboxes/{sb}/messages",
        200,
        lambda r: (
            [m.from_sandbox_id for m in r.messages]
            == ["sb_94819a2c5f", "sb_94819a2c5f", "sb_8ace728357"]
            and r.messages[0].content == {"self": True}
        ),
    ),
    (
        "messages.get",
        lambda c: c.messages.get("msg_2f8b81f549"),
        "GET",
        "/messages/messages/msg_2f8b81f549",
        {},
        None,
        "GET /messages/messages/{id}",
        200,
        lambda r: (
            f"{r.status}" == "pending"
            and r.status.sent_at is not None
            and r.content == {"reply": 1}
        ),
    ),
    (
        "messages.broadcast",
        lambda c: c.messages.broadcast(
            workspace_id="ws_c9490a50de",
            from_sandbox_id="sb_94819a2c5f",
            content={"type": "announcement", "message": "Hello everyone!"},
        ),
        "POST",
        "/messages/workspaces/ws_c9490a50de/broadcast",
        {},
        {
            "content": {"type": "announcement", "message": "Hello everyone!"},
            "from_sandbox_id": "sb_94819a2c5f",
        },
        "POST /messages/workspaces/{ws}/broadcast",
        202,
        lambda r: r.broadcast_to == 4,
    ),
    (
        "collaborations.orchestrate",
        lambda c: c.collaborations.orchestrate(
            workspace_id="ws_c9490a50de",
            task="Analyze Q4 sales data",
            participants=["sb_94819a2c5f", "sb_8ace728357"],
            mode="orchestrated",
            config={"max_duration": 300, "timeout": 30, "max_rounds": 10},
        ),
        "POST",
        "/collaborations/workspaces/ws_c9490a50de/collaboration/orchestrate",
        {},
        {
            "task": "Analyze Q4 sales data",
            "participants": ["sb_94819a2c5f", "sb_8ace728357"],
            "mode": "orchestrated",
            "config": {"max_duration": 300, "timeout": 30, "max_rounds": 10},
        },
        "POST orchestrate (seed style)",
        202,
        lambda r: r.collaboration_id == "col_0b591dd7a2" and r.status == "running",
    ),
    (
        "collaborations.get_collaboration",
        lambda c: c.collaborations.get_collaboration("col_2dfbc45b29"),
        "GET",
        "/collaborations/collaborations/col_2dfbc45b29",
        {},
        None,
        "GET /collaborations/collaborations/{id}",
        200,
        lambda r: (
            r.status == "running"
            and r.progress.percentage == 10.0
            and str(r.progress) == "10% (step 1 of 2: Collaboration started)"
        ),
    ),
    (
        "collaborations.discover_agents",
        lambda c: c.collaborations.discover_agents("ws_c9490a50de"),
        "GET",
        "/collaborations/workspaces/ws_c9490a50de/agents/discover",
        {},
        None,
        "GET /collaborations/workspaces/{ws}/agents/discover",
        200,
        lambda r: (
            r.count == 4
            and [(a.name, a.agent_type) for a in r.agents][2] == ("Developer", "developer")
        ),
    ),
    (
        "health_check",
        lambda c: c.health_check(),
        "GET",
        "/system/health",
        {},
        None,
        "GET /api/v1/system/health",
        200,
        lambda r: r.status == "degraded" and r.version == "0.1.0-alpha",
    ),
    (
        "system_info",
        lambda c: c.system_info(),
        "GET",
        "/system/info",
        {},
        None,
        "GET /system/info (auth)",
        200,
        lambda r: (
            (r.version, r.environment, r.email)
            == ("0.1.0-alpha", "development", "alice@example.com")
        ),
    ),
    (
        "aggregate_metrics",
        lambda c: c.aggregate_metrics("ws_c9490a50de"),
        "GET",
        "/system/workspaces/ws_c9490a50de/metrics/aggregate",
        {},
        None,
        "GET /system/workspaces/{ws}/metrics/aggregate",
        200,
        lambda r: (
            (r.total_sandboxes, r.total_messages) == (4, 3)
            and r.sandboxes_by_status["running"] == 2
        ),
    ),
    (
        "auth.register",
        lambda c: c.auth.register("alice@example.com", "password123", full_name="Alice"),
        "POST",
        "/auth/register",
        {},
        {"email": "alice@example.com", "password": "password123", "full_name": "Alice"},
        "POST /auth/register (new user A)",
        200,
        lambda r: (r.token_type, r.expires_in, r.refresh_token) == ("bearer", 1800, "<jwt>"),
    ),
    (
        "auth.login",
        lambda c: c.auth.login("alice@example.com", "password123"),
        "POST",
        "/auth/login",
        {},
        {"email": "alice@example.com", "password": "password123"},
        "POST /auth/login (ok)",
        200,
        lambda r: r.access_token == "<jwt>",
    ),
    (
        "auth.refresh",
        lambda c: c.auth.refresh("rt-refresh"),
        "POST",
        "/auth/refresh",
        {},
        {"refresh_token": "rt-refresh"},
        "POST /auth/refresh (refresh token)",
        200,
        lambda r: r.expires_in == 1800,
    ),
    (
        "auth.me",
        lambda c: c.auth.me(),
        "GET",
        "/auth/me",
        {},
        None,
        "GET /auth/me (ok)",
        200,
        lambda r: (r.user_id, r.email) == ("usr_acb8e38366", "alice@example.com"),
    ),
    (
        "auth.logout",
        lambda c: c.auth.logout(),
        "POST",
        "/auth/logout",
        {},
        None,
        "POST /auth/logout",
        200,
        lambda r: r.message == "Successfully logged out",
    ),
]
UNAUTHENTICATED = {"health_check", "auth.register", "auth.login", "auth.refresh"}


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
async def test_facade_call(case, client, httpx_mock):
    name, call, method, path, query, sent, sample_title, status, check = case
    sample = wire.sample(sample_title)
    assert sample.status == status
    httpx_mock.add_response(
        status_code=status,
        content=sample.body.encode(),
        headers={"content-type": "application/json"} if sample.body else {},
    )

    result = await call(client)

    assert check(result)
    (request,) = httpx_mock.get_requests()
    assert request.method == method
    assert request.url.path == "/api/v1" + path
    assert dict(request.url.params) == query
    if sent is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == sent  # unset fields are left out, never null
    if name in UNAUTHENTICATED:
        assert "authorization" not in request.headers
    else:
        assert request.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert request.headers["user-agent"].startswith("roundtable-sdk-python/")
    if method == "GET":
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
