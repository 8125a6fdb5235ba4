"""Issue 11: the reference server predicts production.

Every recorded exchange with today's Round Table server (fixtures/wire-samples.txt) is
replayed, in order, against the reference server's default profile: the same status and
the same body shape (keys and JSON types, all the way down; ids, times and tokens aside).
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from roundtable.testing import ReferenceServer

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
