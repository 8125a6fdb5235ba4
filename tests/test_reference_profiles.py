"""Issue 11: the reference server predicts production.

Every recorded exchange with today's Round Table server (fixtures/wire-samples.txt) is
replayed, in order, against the reference server's default profile: the same status and
the same body shape (keys and JSON types, all the way down; ids, times and tokens aside).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from roundtable.testing import ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

import wire

ALICE = {"email": "alice@example.com", "password": "password123"}
BOB = {"email": "bob@example.com", "password": "password456"}
ID = re.compile(r"\b(?:ws|sb|msg|col|usr)_[0-9a-f]{10}\b")
# Outside the contract: the service's root pages, the WebSocket admin routes and CORS.
NOT_THE_API = ("GET /\n", "GET /health", "GET /api/v1\n", "/ws/", "OPTIONS ")


# Objects the recording used but created off the record: made just before the exchange
# named, so that lists hold what they held then. (user, method, path, body, recorded id)
SEEDS: dict[str, list[tuple[str, str, str, dict[str, Any], str]]] = {
    "POST /workspaces (with settings + unknown field)": [
        (
            "alice",
            "POST",
            "/workspaces",
            {"name": "WS main", "description": "main"},
            "ws_c9490a50de",
        ),
    ],
    "POST sandbox (missing agent_config)": [
        (
            "alice",
            "POST",
            "/sandboxes/ws_c9490a50de/sandboxes",
            {"name": "Researcher", "agent_config": {"primary_agent": "researcher"}},
            "sb_94819a2c5f",
        ),
        (
            "alice",
            "POST",
            "/sandboxes/ws_c9490a50de/sandboxes",
            {"name": "Developer", "agent_config": {"primary_agent": "developer"}},
            "sb_8ace728357",
        ),
    ],
    "GET /messages/sandboxes/{sb}/messages": [
        (
            "alice",
            "POST",
            "/messages/sandboxes/sb_8ace728357/messages",
            {"to_sandbox_id": "sb_94819a2c5f", "content": {"reply": 1}, "message_type": "response"},
            "msg_2f8b81f549",
        ),
    ],
    "POST broadcast (workspace without sandboxes)": [
        ("alice", "POST", "/workspaces", {"name": "Empty"}, "ws_a1d93be60e"),
    ],
    "POST orchestrate (participant from other workspace)": [
        ("bob", "POST", "/workspaces", {"name": "Bob's"}, "ws_b0b0b0b0b0"),
        (
            "bob",
            "POST",
            "/sandboxes/ws_b0b0b0b0b0/sandboxes",
            {"name": "Bob's agent", "agent_config": {"primary_agent": "a"}},
            "sb_4db12d39bc",
        ),
    ],
    "GET /collaborations/collaborations/{id}": [
        (
            "alice",
            "POST",
            "/collaborations/workspaces/ws_c9490a50de/collaboration/orchestrate",
            {"task": "Build a REST API", "participants": ["sb_94819a2c5f"]},
            "col_2dfbc45b29",
        ),
    ],
}


def _replayable() -> list[wire.Exchange]:
    return [
        e
        for e in wire.exchanges()
        if e.url.startswith(wire.BASE)
        and not any(
            marker in f"{e.method} {e.url.removeprefix('http://localhost:8000')}\n"
            for marker in NOT_THE_API
        )
    ]


class Replay:
    """Sends the recorded requests, with the recorded ids and tokens mapped to this
    server's own."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.ids: dict[str, str] = {}
        self.tokens: dict[str, str] = {}

    async def sign_up_bob(self) -> None:
        answer = await self.http.post("/auth/register", json=BOB)
        self.tokens["bob"] = answer.json()["data"]["access_token"]

    async def seed(self, title: str) -> None:
        for user, method, path, body, recorded_id in SEEDS.get(title, []):
            answer = await self.http.request(
                method,
                self._map_ids(path),
                json=json.loads(self._map_ids(json.dumps(body))),
                headers={"Authorization": f"Bearer {self.tokens[user]}"},
            )
            assert answer.is_success, answer.text
            data = answer.json()["data"]
            kind = {"ws": "workspace", "sb": "sandbox", "msg": "message", "col": "collaboration"}
            self.ids[recorded_id] = data[kind[recorded_id.split("_")[0]] + "_id"]

    def _map_ids(self, text: str) -> str:
        return ID.sub(lambda match: self.ids.get(match.group(0), match.group(0)), text)

    def _authorization(self, exchange: wire.Exchange) -> str | None:
        curl = exchange.curl
        if "Authorization: Basic" in curl:
            return curl.split("Authorization: ", 1)[1].split(" http", 1)[0]
        if "Authorization: Bearer" not in curl:
            return None
        title = exchange.title
        if "garbage token" in title or "invalid token" in title:
            return "Bearer not-a-token"
        if "refresh token used as bearer" in title:
            return f"Bearer {self.tokens['alice_refresh']}"
        if "other user" in title or "B reads" in title:
            return f"Bearer {self.tokens['bob']}"
        return f"Bearer {self.tokens['alice']}"

    def _body(self, exchange: wire.Exchange) -> str | None:
        body = exchange.request_body
        if body is None:
            return None
        body = self._map_ids(body)
        if exchange.path == "/auth/refresh":
            token = "alice" if "access token instead" in exchange.title else "alice_refresh"
            body = body.replace("<jwt>", self.tokens[token])
        return body

    async def send(self, exchange: wire.Exchange) -> httpx.Response:
        headers = {}
        authorization = self._authorization(exchange)
        if authorization is not None:
            headers["Authorization"] = authorization
        body = self._body(exchange)
        if body is not None:
            json_body = "Content-Type: application/json" in exchange.curl
            headers["Content-Type"] = (
                "application/json" if json_body else "application/x-www-form-urlencoded"
            )
        url = self._map_ids(exchange.url.removeprefix(wire.BASE))
        answer = await self.http.request(exchange.method, url, headers=headers, content=body)
        self._learn(exchange, answer)
        return answer

    def _learn(self, exchange: wire.Exchange, answer: httpx.Response) -> None:
        """Ids the recording created, mapped to the ones this server created; tokens."""
        if exchange.method != "POST" or not answer.content or not 200 <= answer.status_code < 300:
            return  # ids are learnt from what creates them, not paired in lists
        recorded, replayed = exchange.json(), answer.json()
        if exchange.title.startswith(("POST /auth/register (new user A)", "POST /auth/login")):
            self.tokens["alice"] = replayed["data"]["access_token"]
            self.tokens["alice_refresh"] = replayed["data"]["refresh_token"]
        _pair_ids(recorded, replayed, self.ids)


def _pair_ids(recorded: Any, replayed: Any, ids: dict[str, str]) -> None:
    if isinstance(recorded, dict) and isinstance(replayed, dict):
        for key, value in recorded.items():
            if key in replayed:
                _pair_ids(value, replayed[key], ids)
    elif isinstance(recorded, list) and isinstance(replayed, list):
        for one, other in zip(recorded, replayed, strict=False):
            _pair_ids(one, other, ids)
    elif isinstance(recorded, str) and isinstance(replayed, str) and ID.fullmatch(recorded):
        ids.setdefault(recorded, replayed)


def shape(value: Any) -> Any:
    """Keys and JSON types all the way down. A list's items in no particular order: today's
    server orders rows stamped in the same second as they come."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((shape(item) for item in value), key=json.dumps)
    return (
        "number"
        if isinstance(value, int | float) and not isinstance(value, bool)
        else (type(value).__name__)
    )


@pytest.fixture(scope="module")
def replayed() -> dict[str, tuple[wire.Exchange, httpx.Response]]:
    import asyncio

    async def replay_all() -> dict[str, tuple[wire.Exchange, httpx.Response]]:
        server = ReferenceServer()  # the default profile: today's server
        async with httpx.AsyncClient(
            transport=server.transport(), base_url="http://rt.test/api/v1"
        ) as http:
            replay = Replay(http)
            await replay.sign_up_bob()
            answers = {}
            for exchange in _replayable():
                await replay.seed(exchange.title)
                answers[exchange.title] = (exchange, await replay.send(exchange))
            return answers

    return asyncio.run(replay_all())


def test_every_recorded_api_exchange_is_replayed(replayed):
    assert len(replayed) == len(_replayable()) >= 120


@pytest.mark.parametrize("title", [e.title for e in _replayable()])
def test_the_default_profile_answers_as_today_s_server_did(replayed, title):
    exchange, answer = replayed[title]
    assert answer.status_code == exchange.status, answer.text
    recorded_type = exchange.headers.get("content-type", "")
    assert answer.headers.get("content-type", "").split(";")[0] == recorded_type.split(";")[0]
    if recorded_type.startswith("application/json") and exchange.body:
        assert shape(answer.json()) == shape(json.loads(exchange.body))
        # The values too, wherever the server decides them.
        assert decided(answer.json()) == decided(json.loads(exchange.body))


TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+Z?$")
# What the recording machine said of itself rather than what the server decided: its
# build and platform, and the health of its database and message bus at that moment.
ENVIRONMENT = {"version", "python_version", "platform"}
TOKENS = {"access_token", "refresh_token", "token"}


def decided(value: Any, key: str = "") -> Any:
    """A body with what differs between any two runs set aside: ids (each its own run's),
    times, tokens, the machine's environment, and the order of a list's items (rows made in
    the same second come in no fixed order)."""
    if key in TOKENS or key in ENVIRONMENT:
        return key
    if isinstance(value, dict):
        if "python_version" in value:  # system info: the reference server names itself
            value = {**value, "name": "", "description": "", "environment": ""}
        return {name: decided(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return sorted((decided(item) for item in value), key=json.dumps)
    if isinstance(value, str):
        return "time" if TIMESTAMP.match(value) else ID.sub("id", value)
    return value


# ---- through the SDK: one view of both servers ---------------------------------------------

# Every difference a user of the SDK can see between the two servers, each with the words
# the README's profile table gives it. Paths: step, then fields (`[]` for any list item).
DOCUMENTED_DIFFERENCES = {
    "messages.send.status.status": "messages stay `pending`",
    "messages.send.status.delivered_at": "messages stay `pending`",
    "messages.get.status.status": "messages stay `pending`",
    "messages.get.status.delivered_at": "messages stay `pending`",
    "messages.list.messages[].status.status": "messages stay `pending`",
    "messages.list.messages[].status.delivered_at": "messages stay `pending`",
    "aggregate_metrics.messages.by_status": "messages stay `pending`",
    "sandboxes.status.uptime_seconds": "no `uptime_seconds`",
    "sandboxes.metrics.metrics.messages_sent": "`messages_sent`/`messages_received` are `None`",
    "sandboxes.metrics.metrics.messages_received": (
        "`messages_sent`/`messages_received` are `None`"
    ),
    "messages.broadcast then list.messages": "broadcasts are not stored",
    "messages.iterate": "broadcasts are not stored",
    "aggregate_metrics.messages.by_type": "broadcasts are not stored",
    "collaborations.orchestrate.created_at": "collaborations do not advance",
    "collaborations.orchestrate.updated_at": "collaborations do not advance",
    "collaborations.orchestrate.progress.last_update": "collaborations do not advance",
    "collaborations.get after its rounds.status": "collaborations do not advance",
    "collaborations.get after its rounds.result": "collaborations do not advance",
    "collaborations.get after its rounds.progress.last_update": "collaborations do not advance",
    "collaborations.get after its rounds.updated_at": "collaborations do not advance",
    "collaborations.get after its rounds.created_at": "collaborations do not advance",
    "sandboxes.logs.logs": "sandbox logs are empty",
    "workspaces.iterate over 101": "100-row window",
    "sandboxes.get after its workspace was deleted": "deleting a workspace leaves",
    "workspaces.update_config out of range": "`InternalServerError` (500, text/plain)",
    "messages.send after a lost answer": "`Idempotency-Key`",
    "health_check.status": '`status: "degraded"`',
}


def view(value: Any) -> Any:
    """What a user's code can tell apart: field names, Python types (numbers as one),
    tz-awareness, the words statuses compare equal to, how many items."""
    import datetime
    import enum

    import attrs

    if attrs.has(type(value)):
        return {
            field.name: view(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if not field.name.startswith("_")
        }
    if isinstance(value, dict):
        return {key: view(item) for key, item in value.items()}
    if isinstance(value, list):
        return [view(item) for item in value]
    if isinstance(value, datetime.datetime):
        return f"datetime, {'aware UTC' if value.tzinfo is datetime.UTC else 'naive'}"
    if isinstance(value, enum.Enum) or (
        isinstance(value, str) and type(value).__name__.startswith("Known")
    ):
        return f"status {value}"
    if isinstance(value, str) and value.startswith("raises "):
        return value  # the outcome of a call that failed
    if isinstance(value, bool) or value is None:
        return type(value).__name__
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def differences(today: Any, documented: Any, path: str) -> set[str]:
    if isinstance(today, dict) and isinstance(documented, dict):
        if set(today) != set(documented) and not all(
            isinstance(v, dict) for v in (*today.values(), *documented.values())
        ):
            return {path}
        return {
            found
            for key in today.keys() & documented.keys()
            for found in differences(today[key], documented[key], f"{path}.{key}")
        } | ({path} if set(today) != set(documented) else set())
    if isinstance(today, list) and isinstance(documented, list):
        if len(today) != len(documented):
            return {path}
        return {
            found
            for one, other in zip(today, documented, strict=True)
            for found in differences(one, other, f"{path}[]")
        }
    return set() if today == documented else {path}


async def _outcome(call: Any) -> Any:
    from roundtable import RoundTableError

    try:
        return await call
    except RoundTableError as error:
        return f"raises {type(error).__name__}"


async def user_scenario(profile: str) -> dict[str, Any]:
    """The quick-start's calls and a pagination run, as a user's code sees their results."""
    from roundtable import RetryPolicy

    clock = TestClock(start=1_800_000_000.0)
    server = ReferenceServer(profile=profile, clock=clock, collaboration_round_seconds=5)

    async def no_sleep(_seconds: float) -> None:
        return None

    seen: dict[str, Any] = {}
    async with server.client(retry_policy=RetryPolicy(sleep=no_sleep)) as client:
        ws = await client.workspaces.create(name="Demo Project", description="d")
        seen["workspaces.create"] = ws
        seen["workspaces.get"] = await client.workspaces.get(ws.workspace_id)
        a = await client.sandboxes.create(ws.workspace_id, "Researcher", {"primary_agent": "r"})
        b = await client.sandboxes.create(ws.workspace_id, "Developer", {"primary_agent": "d"})
        seen["sandboxes.start"] = await client.sandboxes.start(a.sandbox_id)
        await client.sandboxes.start(b.sandbox_id)
        seen["sandboxes.status"] = await client.sandboxes.status(a.sandbox_id)
        seen["sandboxes.status.uptime"] = seen["sandboxes.status"].uptime
        seen["messages.send"] = await client.messages.send(a.sandbox_id, b.sandbox_id, {"k": 1})
        seen["messages.get"] = await client.messages.get(seen["messages.send"].message_id)
        seen["messages.list"] = await client.messages.list(a.sandbox_id)
        seen["messages.broadcast"] = await client.messages.broadcast(
            ws.workspace_id, {"hello": 1}, from_sandbox_id=a.sandbox_id
        )
        seen["messages.broadcast then list"] = await client.messages.list(b.sandbox_id)
        seen["sandboxes.metrics"] = await client.sandboxes.metrics(a.sandbox_id)
        seen["sandboxes.logs"] = await client.sandboxes.logs(a.sandbox_id)
        collaboration = await client.collaborations.orchestrate(
            ws.workspace_id, "Build a REST API", [a.sandbox_id, b.sandbox_id]
        )
        seen["collaborations.orchestrate"] = collaboration
        seen["collaborations.discover_agents"] = await client.collaborations.discover_agents(
            ws.workspace_id
        )
        seen["aggregate_metrics"] = await client.aggregate_metrics(ws.workspace_id)
        clock.now += 60
        seen["collaborations.get after its rounds"] = await client.collaborations.get(
            collaboration.collaboration_id
        )
        seen["messages.iterate"] = [m async for m in client.messages.iterate(a.sandbox_id, 1)]
        seen["health_check"] = await client.health_check()
        seen["workspaces.update_config out of range"] = await _outcome(
            client.workspaces.update_config(ws.workspace_id, {"max_sandboxes": 1000})
        )
        server.faults.inject("drop", when="after", count=1, method="POST")
        seen["messages.send after a lost answer"] = view(
            await _outcome(client.messages.send(a.sandbox_id, b.sandbox_id, {"k": 2}))
        )
        for sandbox in (a, b):
            await client.sandboxes.stop(sandbox.sandbox_id)
        await client.workspaces.delete(ws.workspace_id)
        seen["sandboxes.get after its workspace was deleted"] = await _outcome(
            client.sandboxes.get(a.sandbox_id)
        )
        for n in range(101):
            await client.workspaces.create(name=f"w{n}")
        seen["workspaces.iterate over 101"] = [
            w async for w in client.workspaces.iterate(page_size=40)
        ]
    return {step: view(result) for step, result in seen.items()}


@pytest.fixture(scope="module")
def views() -> dict[str, dict[str, Any]]:
    import asyncio

    return {profile: asyncio.run(user_scenario(profile)) for profile in ("today", "documented")}


def test_both_servers_look_the_same_through_the_sdk_but_for_documented_differences(views):
    today, documented = views["today"], views["documented"]
    assert today.keys() == documented.keys()
    found = {
        difference
        for step in today
        for difference in differences(today[step], documented[step], step)
    }
    assert found == set(DOCUMENTED_DIFFERENCES)


def test_what_is_the_same_on_both_servers(views):
    for profile_views in views.values():
        assert profile_views["workspaces.get"]["created_at"] == "datetime, aware UTC"
        assert profile_views["sandboxes.start"]["status"] == "status running"
        assert profile_views["sandboxes.status.uptime"] == "number"  # derived on today's
        assert profile_views["messages.iterate"][-1]["content"] == {"k": "number"}
        assert profile_views["collaborations.orchestrate"]["status"] == "status running"


def test_every_difference_is_named_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    table = readme.split("### Testing your code", 1)[1].split("\n## ", 1)[0]
    for path, words in DOCUMENTED_DIFFERENCES.items():
        assert words in table, (path, words)


@pytest.mark.parametrize(("profile", "answered"), [("today", 1024), ("documented", 2048)])
async def test_only_the_documented_server_keeps_the_resource_limits_asked_for(profile, answered):
    """Recorded on the wire: today's server checks the limits, then answers its defaults."""
    from roundtable.exceptions import ValidationError

    server = ReferenceServer(profile=profile)
    async with server.client() as client:
        ws = await client.workspaces.create(name="limits")
        sandbox = await client.sandboxes.create(
            ws.workspace_id, "a", {"primary_agent": "a"}, resource_limits={"max_memory_mb": 2048}
        )
        assert sandbox.resource_limits is not None
        assert sandbox.resource_limits.max_memory_mb == answered
        with pytest.raises(ValidationError) as refused:  # the ranges hold on both
            await client.sandboxes.create(
                ws.workspace_id, "b", {"primary_agent": "a"}, resource_limits={"max_memory_mb": 64}
            )
    assert refused.value.issues[0].loc == ("body", "resource_limits", "max_memory_mb")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert "a sandbox answers the default `resource_limits`" in readme


@pytest.mark.parametrize(
    ("profile", "broadcast_to", "active"), [("today", 2, 0), ("documented", 1, 1)]
)
async def test_the_broadcast_sender_and_active_collaborations_as_each_server_counts_them(
    profile, broadcast_to, active
):
    server = ReferenceServer(profile=profile)
    async with server.client() as client:
        ws = await client.workspaces.create(name="counts")
        a, _ = [
            await client.sandboxes.create(ws.workspace_id, name, {"primary_agent": name})
            for name in ("a", "b")
        ]
        sent = await client.messages.broadcast(ws.workspace_id, {"hi": 1}, a.sandbox_id)
        assert sent.broadcast_to == broadcast_to
        await client.collaborations.orchestrate(ws.workspace_id, "t", [a.sandbox_id])
        metrics = await client.aggregate_metrics(ws.workspace_id)
        assert metrics.collaborations.active == active
    table = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert "a broadcast's `from_sandbox_id` is ignored" in table
    assert "aggregate metrics count no collaboration as `active`" in table
