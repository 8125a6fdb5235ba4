"""The reference server: real semantics, the contract's validation, and its switchable faults."""

from __future__ import annotations

import socket
import subprocess
import sys

import httpx
import pytest

from roundtable import RoundTableClient
from roundtable.exceptions import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
)
from roundtable.testing import ReferenceServer, serve_process

AGENT = {"primary_agent": "researcher"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def server(clock):
    # The server as documented; test_reference_profiles covers today's server's quirks.
    return ReferenceServer(clock=clock, collaboration_round_seconds=10, profile="documented")


@pytest.fixture
async def client(server):
    async with server.client() as client:
        yield client


@pytest.fixture
async def raw(server):
    """Plain httpx against the app, authenticated with the server's key."""
    async with httpx.AsyncClient(
        transport=server.transport(),
        base_url="http://rt.test/api/v1",
        headers={"Authorization": f"Bearer {server.api_key}"},
    ) as http:
        yield http


async def _workspace_with_two_sandboxes(client):
    workspace = await client.workspaces.create(name="w")
    first = await client.sandboxes.create(workspace.workspace_id, "a", AGENT)
    second = await client.sandboxes.create(workspace.workspace_id, "b", {"primary_agent": "coder"})
    return workspace.workspace_id, first.sandbox_id, second.sandbox_id


# ---- semantics ------------------------------------------------------------------------


async def test_workspaces_own_their_sandboxes(client):
    workspace_id, first, _ = await _workspace_with_two_sandboxes(client)
    assert (await client.workspaces.list()).workspaces[0].sandbox_count == 2
    await client.workspaces.delete(workspace_id)
    with pytest.raises(NotFoundError):
        await client.sandboxes.get(first)
    with pytest.raises(NotFoundError):
        await client.workspaces.delete(workspace_id)


async def test_start_and_stop_change_status_and_uptime(client, clock):
    _, sandbox_id, _ = await _workspace_with_two_sandboxes(client)
    assert (await client.sandboxes.status(sandbox_id)).uptime is None
    assert (await client.sandboxes.start(sandbox_id)).status == "running"
    clock.now += 42
    status = await client.sandboxes.status(sandbox_id)
    assert (status.status, status.uptime) == ("running", 42)
    assert (await client.sandboxes.metrics(sandbox_id)).uptime_seconds == 42
    assert (await client.sandboxes.stop(sandbox_id)).status == "stopped"
    status = await client.sandboxes.status(sandbox_id)
    assert (status.status, status.uptime) == ("stopped", None)
    logs = await client.sandboxes.logs(sandbox_id)
    assert [entry["message"] for entry in logs.logs] == [
        "Sandbox created",
        "Sandbox running",
        "Sandbox stopped",
    ]


async def test_messages_are_stored_listed_newest_first_and_counted(client):
    workspace_id, first, second = await _workspace_with_two_sandboxes(client)
    sent = [await client.messages.send(first, second, {"n": n}) for n in range(3)]
    reply = await client.messages.send(second, first, {"n": "reply"}, message_type="response")

    page = await client.messages.list(first)
    assert [m.message_id for m in page.messages] == [reply.message_id] + [
        m.message_id for m in reversed(sent)
    ]
    assert (await client.messages.get(sent[0].message_id)).content == {"n": 0}
    second_page = await client.messages.list(first, limit=2, offset=2)
    assert [m.content for m in second_page.messages] == [{"n": 1}, {"n": 0}]

    metrics = await client.sandboxes.metrics(first)
    assert (metrics.messages_sent, metrics.messages_received) == (3, 1)
    totals = await client.aggregate_metrics(workspace_id)
    assert (totals.total_sandboxes, totals.total_messages) == (2, 4)
    assert totals.messages.by_type["request"] == 3


async def test_broadcast_reaches_the_other_sandboxes_of_the_workspace(client):
    workspace_id, first, second = await _workspace_with_two_sandboxes(client)
    third = (await client.sandboxes.create(workspace_id, "c", AGENT)).sandbox_id
    result = await client.messages.broadcast(workspace_id, {"hello": 1}, from_sandbox_id=first)
    assert result.broadcast_to == 2
    for recipient in (second, third):
        (message,) = (await client.messages.list(recipient)).messages
        assert (message.from_sandbox_id, message.content) == (first, {"hello": 1})
    empty = await client.workspaces.create(name="empty")
    with pytest.raises(BadRequestError, match="No sandboxes"):
        await client.messages.broadcast(empty.workspace_id, {"x": 1})


async def test_a_collaboration_advances_through_its_rounds_to_completed(client, clock):
    workspace_id, first, second = await _workspace_with_two_sandboxes(client)
    started = await client.collaborations.orchestrate(
        workspace_id, "Build a REST API", [first, second], config={"max_rounds": 3}
    )
    assert (started.status, started.progress.current_step) == ("running", 1)
    assert (await client.aggregate_metrics(workspace_id)).collaborations.active == 1
    clock.now += 10
    middle = await client.collaborations.get_collaboration(started.collaboration_id)
    assert (middle.status, middle.progress.current_step, middle.result) == ("running", 2, None)
    clock.now += 20
    done = await client.collaborations.get_collaboration(started.collaboration_id)
    assert (done.status, done.progress.percentage) == ("completed", 100)
    assert done.result is not None and done.result["contributors"] == [first, second]
    assert (await client.aggregate_metrics(workspace_id)).collaborations.completed == 1


async def test_discover_lists_the_workspace_agents(client):
    workspace_id, first, second = await _workspace_with_two_sandboxes(client)
    agents = await client.collaborations.discover_agents(workspace_id)
    assert agents.count == 2
    assert [(a.sandbox_id, a.agent_type) for a in agents.agents] == [
        (first, "researcher"),
        (second, "coder"),
    ]


async def test_pagination_by_offset_and_limit(client):
    names = [f"w{n}" for n in range(7)]
    for name in names:
        await client.workspaces.create(name=name)
    pages = [await client.workspaces.list(limit=3, offset=offset) for offset in (0, 3, 6)]
    assert [[ws.name for ws in page.workspaces] for page in pages] == [
        names[:3],
        names[3:6],
        names[6:],
    ]
    assert [page.count for page in pages] == [3, 3, 1]


async def test_settings_are_replaced_and_limit_sandboxes(client):
    workspace = await client.workspaces.create(name="w", settings={"max_sandboxes": 1})
    await client.sandboxes.create(workspace.workspace_id, "a", AGENT)
    with pytest.raises(ConflictError, match="max_sandboxes"):
        await client.sandboxes.create(workspace.workspace_id, "b", AGENT)
    settings = await client.workspaces.update_config(workspace.workspace_id, {"retention_days": 7})
    assert (settings.max_sandboxes, settings.retention_days) == (10, 7)
    assert (await client.workspaces.get_config(workspace.workspace_id)).retention_days == 7


# ---- auth -------------------------------------------------------------------------------


async def test_register_login_refresh_and_token_lifetime(clock):
    server = ReferenceServer(clock=clock, access_token_lifetime=60)
    async with server.client() as anonymous:
        await anonymous.auth.register("bob@example.com", "password123", full_name="Bob")
        with pytest.raises(BadRequestError, match="already registered"):
            await anonymous.auth.register("bob@example.com", "password123")
        with pytest.raises(AuthenticationError):
            await anonymous.auth.login("bob@example.com", "wrong-password")
        tokens = await anonymous.auth.login("bob@example.com", "password123")
        form_tokens = await anonymous.auth.token("bob@example.com", "password123")
        assert form_tokens.access_token != tokens.access_token
    async with server.client(tokens.access_token) as bob:
        me = await bob.auth.me()
        assert (me.email, me.full_name) == ("bob@example.com", "Bob")
        assert (await bob.system_info()).email == "bob@example.com"
        clock.now += 61
        with pytest.raises(AuthenticationError, match="Could not validate credentials"):
            await bob.auth.me()
        renewed = await bob.auth.refresh(tokens.refresh_token)
        with pytest.raises(AuthenticationError, match="Invalid refresh token"):
            await bob.auth.refresh(tokens.access_token)
    async with server.client(renewed.access_token) as bob:
        assert (await bob.auth.me()).email == "bob@example.com"


async def test_other_users_resources_are_refused(server, client):
    workspace_id, sandbox_id, other = await _workspace_with_two_sandboxes(client)
    message = await client.messages.send(sandbox_id, other, {"x": 1})
    async with server.client() as anonymous:
        tokens = await anonymous.auth.register("eve@example.com", "password123")
    async with server.client(tokens.access_token) as eve:
        with pytest.raises(PermissionDeniedError, match="Not authorized to access this workspace"):
            await eve.workspaces.get(workspace_id)
        with pytest.raises(NotFoundError):
            await eve.sandboxes.list(workspace_id)
        with pytest.raises(PermissionDeniedError):
            await eve.sandboxes.start(sandbox_id)
        with pytest.raises(PermissionDeniedError):
            await eve.messages.get(message.message_id)
        with pytest.raises(NotFoundError):
            await eve.aggregate_metrics(workspace_id)
        assert (await eve.workspaces.list()).workspaces == []


async def test_missing_or_bad_credentials(raw):
    answer = await raw.get("/auth/me", headers={"Authorization": ""})
    assert answer.status_code in (401, 403)
    answer = await raw.get("/workspaces", headers={"Authorization": "Bearer nope"})
    assert (answer.status_code, answer.json()) == (
        401,
        {"detail": "Could not validate credentials"},
    )
    assert answer.headers["www-authenticate"] == "Bearer"


# ---- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body", "loc", "kind"),
    [
        ("POST", "/workspaces", {}, ["body", "name"], "missing"),
        ("POST", "/workspaces", {"name": ""}, ["body", "name"], "string_too_short"),
        ("POST", "/workspaces", {"name": "x" * 101}, ["body", "name"], "string_too_long"),
        (
            "POST",
            "/workspaces",
            {"name": "x", "settings": {"max_sandboxes": 1000}},
            ["body", "settings", "max_sandboxes"],
            "less_than_equal",
        ),
        ("PUT", "/workspaces/ws_x/config", [1, 2], ["body"], "dict_type"),
        (
            "POST",
            "/auth/register",
            {"email": "not-an-email", "password": "password123"},
            ["body", "email"],
            "value_error",
        ),
        (
            "POST",
            "/auth/register",
            {"email": "a@b.co", "password": "short"},
            ["body", "password"],
            "string_too_short",
        ),
        (
            "POST",
            "/messages/sandboxes/sb_x/messages",
            {"to_sandbox_id": "sb_y", "content": "hello"},
            ["body", "content"],
            "dict_type",
        ),
        (
            "POST",
            "/messages/sandboxes/sb_x/messages",
            {"to_sandbox_id": "sb_y", "content": {}, "message_type": "chat"},
            ["body", "message_type"],
            "string_pattern_mismatch",
        ),
        (
            "POST",
            "/collaborations/workspaces/ws_x/collaboration/orchestrate",
            {"task": "t", "participants": []},
            ["body", "participants"],
            "too_short",
        ),
        (
            "POST",
            "/collaborations/workspaces/ws_x/collaboration/orchestrate",
            {"task": "t", "participants": ["a"], "mode": "broadcast"},
            ["body", "mode"],
            "string_pattern_mismatch",
        ),
    ],
)
async def test_bodies_are_validated_against_the_contract(raw, method, path, body, loc, kind):
    answer = await raw.request(method, path, json=body)
    assert answer.status_code == 422
    assert {"loc": loc, "type": kind} in [
        {"loc": issue["loc"], "type": issue["type"]} for issue in answer.json()["detail"]
    ]


async def test_both_agent_config_range_errors_are_reported(raw):
    workspace = (await raw.post("/workspaces", json={"name": "w"})).json()["data"]
    answer = await raw.post(
        f"/sandboxes/{workspace['workspace_id']}/sandboxes",
        json={
            "name": "x",
            "agent_config": {"primary_agent": "a", "temperature": 3, "max_tokens": 100},
        },
    )
    assert [issue["loc"] for issue in answer.json()["detail"]] == [
        ["body", "agent_config", "max_tokens"],
        ["body", "agent_config", "temperature"],
    ]


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("limit=101", "less_than_equal"),
        ("limit=0", "greater_than_equal"),
        ("offset=-1", "greater_than_equal"),
        ("limit=abc", "int_parsing"),
    ],
)
async def test_queries_are_validated(raw, query, kind):
    answer = await raw.get(f"/workspaces?{query}")
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["type"] == kind


async def test_malformed_json_missing_content_type_unknown_route_and_method(raw):
    bad_json = await raw.post(
        "/workspaces", content=b"{bad json", headers={"Content-Type": "application/json"}
    )
    assert (bad_json.status_code, bad_json.json()["detail"][0]["type"]) == (422, "json_invalid")
    no_type = await raw.post(
        "/workspaces", content=b'{"name": "x"}', headers={"Content-Type": "text/plain"}
    )
    assert no_type.status_code == 422
    unknown = await raw.get("/nope")
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "Not Found"})
    wrong_method = await raw.patch("/workspaces/ws_x", json={})
    assert wrong_method.status_code == 405
    assert wrong_method.json() == {"detail": "Method Not Allowed"}


# ---- switchable behaviours -----------------------------------------------------------------


async def test_rate_limiting_answers_429_with_its_headers(server, raw):
    server.faults.limit_rate(2, window=60)
    assert [(await raw.get("/workspaces")).status_code for _ in range(2)] == [200, 200]
    limited = await raw.get("/workspaces")
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "RATE_LIMIT_EXCEEDED"
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.headers["x-ratelimit-limit"] == "2"
    assert limited.headers["x-ratelimit-remaining"] == "0"
    assert int(limited.headers["x-ratelimit-reset"]) > 0


async def test_injected_statuses_apply_to_the_next_n_matching_requests(server, raw):
    server.faults.inject("status", status=503, count=2, retry_after="3", method="GET")
    statuses = [(await raw.get("/workspaces")) for _ in range(3)]
    assert [s.status_code for s in statuses] == [503, 503, 200]
    assert statuses[0].headers["retry-after"] == "3"


async def test_a_status_after_processing_stores_the_object(server, raw):
    server.faults.inject("status", status=500, when="after")
    answer = await raw.post("/workspaces", json={"name": "stored anyway"})
    assert answer.status_code == 500
    assert [ws["name"] for ws in server.world.workspaces.values()] == ["stored anyway"]


async def test_dropped_connections_before_and_after_processing(server, raw):
    server.faults.inject("drop", when="before")
    with pytest.raises(httpx.RemoteProtocolError):
        await raw.post("/workspaces", json={"name": "never"})
    server.faults.inject("drop", when="after")
    with pytest.raises(httpx.RemoteProtocolError):
        await raw.post("/workspaces", json={"name": "kept"})
    assert [ws["name"] for ws in server.world.workspaces.values()] == ["kept"]


async def test_refused_connections_and_delays(server, raw):
    server.faults.inject("refuse")
    with pytest.raises(httpx.ConnectError):
        await raw.get("/workspaces")
    server.faults.inject("delay", delay=0.3)
    with pytest.raises(httpx.ReadTimeout):
        await raw.get("/workspaces", timeout=httpx.Timeout(1, read=0.05))
    assert (await raw.get("/workspaces")).status_code == 200


async def test_a_fraction_of_requests_fails_reproducibly():
    outcomes = []
    for _ in range(2):
        server = ReferenceServer(fault_seed=7)
        server.faults.inject("status", status=502, rate=0.25)
        async with httpx.AsyncClient(
            transport=server.transport(), base_url="http://rt.test/api/v1"
        ) as http:
            outcomes.append([(await http.get("/system/health")).status_code for _ in range(400)])
    assert outcomes[0] == outcomes[1]
    assert 60 < outcomes[0].count(502) < 140


async def test_idempotency_key_replays_the_first_answer_and_creates_nothing(server, raw):
    headers = {"Idempotency-Key": "k-1"}
    first = await raw.post("/workspaces", json={"name": "once"}, headers=headers)
    replay = await raw.post("/workspaces", json={"name": "once"}, headers=headers)
    assert first.headers["idempotency-key"] == "k-1"
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == first.json()
    assert len(server.world.workspaces) == 1
    reused = await raw.post("/workspaces", json={"name": "other"}, headers=headers)
    assert reused.status_code == 409


# ---- ways to run it ------------------------------------------------------------------------


async def test_served_over_a_real_socket_on_loopback():
    server = ReferenceServer()
    with server.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with RoundTableClient(server.api_key, base_url) as client:
            workspace = await client.workspaces.create(name="socket")
            assert (await client.workspaces.get(workspace.workspace_id)).name == "socket"


def test_the_command_prints_its_url_and_key_and_serves():
    with serve_process() as (base_url, key):
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1")
        assert len(key) > 16
        answer = httpx.get(base_url + "/workspaces", headers={"Authorization": f"Bearer {key}"})
        assert answer.json()["data"]["workspaces"] == []
        refused = httpx.get(base_url + "/workspaces", headers={"Authorization": "Bearer other"})
        assert refused.status_code == 401
        # Today's server by default: no credentials at all is a 403.
        assert httpx.get(base_url + "/workspaces").status_code == 403


def test_the_command_s_url_can_be_used_the_moment_it_is_printed():
    """Seen under load (the whole suite after an additive spec change): the URL was printed
    before uvicorn listened, and a client quick to use it was refused."""
    command = [sys.executable, "-m", "roundtable.testing", "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            url = httpx.URL(process.stdout.readline().rsplit(" ", 1)[-1].strip())
            with socket.create_connection((url.host, url.port), timeout=5):
                pass  # accepted (into the backlog), not refused
        finally:
            process.terminate()
            process.wait(10)


def test_a_bound_socket_listens_at_once():
    from roundtable.testing import bind_socket

    sock = bind_socket("127.0.0.1", 0)
    with sock:
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) == 1


def test_the_command_plays_the_documented_server_when_asked():
    with serve_process("--profile", "documented") as (base_url, key):
        assert httpx.get(base_url + "/workspaces").status_code == 401
        created = httpx.post(
            base_url + "/workspaces",
            json={"name": "w"},
            headers={"Authorization": f"Bearer {key}"},
        )
        assert created.json()["data"]["created_at"].endswith("Z")


def test_an_unknown_profile_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown profile 'tomorrow'; choose one of: today"):
        ReferenceServer(profile="tomorrow")


async def test_a_one_round_collaboration_completes(client, clock):
    workspace_id, first, _ = await _workspace_with_two_sandboxes(client)
    started = await client.collaborations.orchestrate(
        workspace_id, "quick", [first], config={"max_rounds": 1}
    )
    assert started.progress.total_steps == 1 and started.status == "running"
    clock.now += 10
    done = await client.collaborations.get(started.collaboration_id)
    assert (done.status, done.progress.percentage, done.progress.current_step) == (
        "completed",
        100,
        1,
    )


def test_importing_the_sdk_does_not_import_the_server():
    code = "import sys, roundtable; print(any(m.startswith('roundtable.testing') or m.startswith('starlette') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


async def test_the_pytest_fixtures_users_import(roundtable_server, roundtable_client):
    workspace = await roundtable_client.workspaces.create(name="from the fixture")
    assert list(roundtable_server.world.workspaces) == [workspace.workspace_id]


@pytest.mark.parametrize("path", ["/auth/login", "/auth/refresh"])
async def test_login_and_refresh_answer_400_to_a_body_that_is_not_json(path):
    """Observed on today's server (wire-contract, second survey); register answers 422."""
    server = ReferenceServer()
    async with httpx.AsyncClient(
        transport=server.transport(), base_url="http://rt.test/api/v1"
    ) as http:
        answer = await http.post(
            path, content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert (answer.status_code, answer.json()) == (
            400,
            {"detail": "There was an error parsing the body"},
        )
        register = await http.post(
            "/auth/register", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert register.status_code == 422


async def test_a_password_in_any_script_is_compared_not_a_500():
    """Found by the contract fuzzer: a non-ASCII password made the login rule raise."""
    server = ReferenceServer()
    async with RoundTableClient.anonymous(
        "http://roundtable.test/api/v1", transport=server.transport()
    ) as client:
        await client.auth.register("ünï@example.com", "pässwörd-123")
        pair = await client.auth.login("ünï@example.com", "pässwörd-123")
        assert pair.access_token
        with pytest.raises(AuthenticationError):
            await client.auth.login("ünï@example.com", "\x80" * 8)


def test_a_rule_s_answer_gains_what_the_contract_declares_a_value_for():
    """A property added to the spec with a default or an example appears in the answers of
    the handwritten rules too, at any depth, without touching the world's records."""
    from roundtable.testing._examples import with_declared_values

    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "integer"},
            "new": {"type": "string", "example": "x"},
            "nested": {
                "type": "object",
                "properties": {"flag": {"type": "boolean", "default": True}},
            },
            "items": {
                "type": "array",
                "items": {"type": "object", "properties": {"n": {"type": "integer", "default": 0}}},
            },
        },
    }
    record = {"a": 1, "nested": {}, "items": [{}, {"n": 5}]}
    filled = with_declared_values(record, schema)
    assert filled == {"a": 1, "new": "x", "nested": {"flag": True}, "items": [{"n": 0}, {"n": 5}]}
    assert record == {"a": 1, "nested": {}, "items": [{}, {"n": 5}]}


def test_the_command_says_in_one_line_that_its_port_is_taken(capsys):
    import socket

    from roundtable.testing.__main__ import main

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        with pytest.raises(SystemExit) as caught:
            main(["--port", str(port)])
    finally:
        taken.close()
    message = str(caught.value.code)
    assert message.startswith(f"cannot serve on 127.0.0.1:{port}: ")
    assert "--port 0" in message and "Traceback" not in capsys.readouterr().err
