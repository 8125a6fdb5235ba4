"""A seeded random walk over every method of the SDK, recorded from a real server and
replayed against the reference server (`tests/test_wire_walk.py`).

Record (contributors, by hand; never from `make test`):

    make record-walk BASE_URL=http://127.0.0.1:18777/api/v1

registers two fresh users on that server, walks `--steps` calls chosen at random (seeded)
among every method: right and wrong ids, another user's objects, deleted objects, bad
arguments and wrong states, and writes each step with what the SDK gave (`outcome`) to
`tests/fixtures/wire-walk.jsonl`.

Replay: the same calls, at the same moments (a `TestClock` set to each step's recorded
time), on a fresh reference server in its default profile; each outcome must equal the
recorded one once the environment's own facts are masked (ENVIRONMENT below).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import enum
import json
import math
import random
import re
import sys
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs

from roundtable import APIStatusError, RoundTableClient, RoundTableError
from roundtable.exceptions import ValidationError

ROOT = Path(__file__).resolve().parent.parent
RECORDING = ROOT / "tests" / "fixtures" / "wire-walk.jsonl"
PASSWORD = "walk-password-1"
# What differs between two runs of the same calls on any server, and so is masked before
# outcomes are compared: the values, never the field names or their presence.
ENVIRONMENT = {
    "ids": "every id a server made (ws_, sb_, msg_, col_, usr_): named by first appearance",
    "times": "timestamps (kept: whether one falls in the second of its call) and durations",
    "tokens": "access and refresh tokens",
    "versions": "server version, Python version, platform, environment name",
    "server identity": "the name and description system_info gives",
    "error wording": "an error's message text (its class, status and field are compared)",
}
ID = re.compile(r"\b(?:ws|sb|msg|col|usr)_[0-9a-f]{6,}\b")
TIME_FIELDS = {
    "created_at",
    "updated_at",
    "timestamp",
    "started_at",
    "completed_at",
    "sent_at",
    "delivered_at",
    "read_at",
    "uptime",
    "uptime_seconds",
    "expires_in",
}
TOKEN_FIELDS = {"access_token", "refresh_token"}
VERSION_FIELDS = {"version", "python_version", "platform", "environment"}
IDENTITY_FIELDS = {"SystemInfo": {"name", "description"}}


@dataclass
class Step:
    user: str  # "a", "b" (two registered users) or "anonymous"
    call: str  # a method of the client: "workspaces.get", "health_check"
    args: list[Any]
    kwargs: dict[str, Any]
    at: float = 0.0  # seconds after the walk began
    outcome: Any = None

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> Step:
        return cls(**json.loads(line))


@dataclass
class Symbols:
    """Server-made ids named by their order of first appearance (`$ws1`), so that two runs
    compare equal and a recorded step's arguments find this run's objects."""

    names: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)

    def name(self, real: str) -> str:
        if real not in self.names:
            prefix = real.split("_", 1)[0]
            count = sum(1 for name in self.ids if name.startswith(f"${prefix}"))
            symbol = f"${prefix}{count + 1}"
            self.names[real], self.ids[symbol] = symbol, real
        return self.names[real]

    def resolve(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith("$"):
            return self.ids.get(value, value)
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        if isinstance(value, dict):
            return {key: self.resolve(item) for key, item in value.items()}
        return value


# A result model's fields, by model: what the SDK that recorded a walk could show.
ModelFields = dict[str, list[str]]


def model_fields() -> ModelFields:
    """The fields of every result model of the SDK in use (kept in a recording's header)."""
    import roundtable.models

    models = (getattr(roundtable.models, name) for name in roundtable.models.__all__)
    return {
        model.__name__: sorted(_fields_of(model))
        for model in models
        if isinstance(model, type) and attrs.has(model)
    }


def _fields_of(model: type) -> list[str]:
    return [
        f.name
        for f in attrs.fields(model)
        if not f.name.startswith("_") and f.name != "additional_properties"
    ]


def masked(
    value: Any, symbols: Symbols, moment: float, key: str = "", known: ModelFields | None = None
) -> Any:
    """A result as JSON with the environment's facts masked (numbers keep int or float).

    A timestamp becomes "<now>" when it falls in the second the call was made (the server
    set it during the call, or in an earlier call of that second), else "<before>".

    With `known` (the recording SDK's fields), a field that SDK did not have is left out
    while it is None: the server did not send it (had it, the recording would show it
    among the extra properties), and a spec that gained it since changes nothing there.
    """
    if attrs.has(type(value)):
        model = type(value).__name__
        identity = IDENTITY_FIELDS.get(model, set())
        recorded = None if known is None or model not in known else set(known[model])
        fields = {
            name: getattr(value, name)
            for name in _fields_of(type(value))
            if recorded is None or name in recorded or getattr(value, name) is not None
        }
        fields.update(getattr(value, "additional_properties", {}))
        return {
            name: "<identity>" if name in identity else masked(item, symbols, moment, name, known)
            for name, item in fields.items()
        }
    if isinstance(value, dict):
        return {k: masked(v, symbols, moment, k, known) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [masked(item, symbols, moment, key, known) for item in value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, datetime.datetime):
        return "<now>" if int(value.timestamp()) >= int(moment) else "<before>"
    if key in TIME_FIELDS:
        return "<time>"
    if key in TOKEN_FIELDS:
        return "<token>"
    if key in VERSION_FIELDS:
        return "<version>"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return ID.sub(lambda found: symbols.name(found.group(0)), str(value))
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return value


def outcome_of_error(error: RoundTableError) -> dict[str, Any]:
    found: dict[str, Any] = {"raises": type(error).__name__}
    if isinstance(error, APIStatusError):
        found["status"] = error.status_code
    if isinstance(error, ValidationError):
        found["fields"] = sorted({issue.field for issue in error.issues})
    field_name = getattr(error, "field", None)
    if field_name is not None:
        found["field"] = field_name
    return found


class Player:
    """Plays steps on a server through one client per user."""

    def __init__(
        self, clients: dict[str, RoundTableClient], known: ModelFields | None = None
    ) -> None:
        self.clients = clients
        self.symbols = Symbols()
        # The recording SDK's model fields, when replaying a recording.
        self.known = known

    async def play(self, step: Step, moment: float) -> Any:
        """The step's outcome; `moment` is the time (epoch seconds) it is made at."""
        method: Any = self.clients[step.user]
        for part in step.call.split("."):
            method = getattr(method, part)
        args = self.symbols.resolve(step.args)
        kwargs = self.symbols.resolve(step.kwargs)
        try:
            result = await method(*args, **kwargs)
        except RoundTableError as error:
            return outcome_of_error(error)
        return {"result": masked(result, self.symbols, moment, known=self.known)}


# ---- choosing the steps (recording only) -------------------------------------------------------


# A story of steps: it yields a Step (and is sent its outcome) or a pause in seconds.
Scenario = Generator["Step | float", Any, None]


@dataclass
class World:
    """What the walk has made, by symbol, to choose arguments from."""

    workspaces: dict[str, str] = field(default_factory=dict)  # symbol: owner
    sandboxes: dict[str, str] = field(default_factory=dict)  # symbol: its workspace
    messages: list[str] = field(default_factory=list)
    collaborations: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


MISSING = {
    "ws": "ws_00000000000",
    "sb": "sb_00000000000",
    "msg": "msg_00000000000",
    "col": "col_00000000000",
}
NAMES = ["Alpha", "", "x" * 101, "Beta team", "  padded  "]
SETTINGS = [
    {"max_sandboxes": 3},
    {"max_sandboxes": "5"},
    {"max_sandboxes": 1000},
    {"auto_cleanup": "yes"},
    {"auto_cleanup": True, "cleanup_timeout": 60},
    {"max_sandboxes": 2.0},
    {"log_retention_days": 0},
]
AGENT_CONFIGS = [
    {"primary_agent": "researcher"},
    {"primary_agent": "analyst", "temperature": 0.2, "max_tokens": 500},
    {"primary_agent": "coder", "temperature": "0.5"},
    {"primary_agent": "writer", "max_tokens": "500"},
    {"primary_agent": "x", "temperature": 3},
    {},
]
LIMITS = [None, {"cpu": 1.0, "memory_mb": 256}, {"cpu": "2", "memory_mb": 512}, {"cpu": 100}]
SANDBOX_CONFIGS = [{"log_level": "debug"}, {"timeout": "30"}, {"verbose": "yes"}, {}]


class Chooser:
    def __init__(self, rng: random.Random, nonce: str) -> None:
        self.rng = rng
        self.nonce = nonce
        self.world = World()

    def pick(self, items: list[Any] | dict[str, Any], missing: str) -> Any:
        pool = list(items)
        roll = self.rng.random()
        if not pool or roll < 0.08:
            return missing
        if roll < 0.16 and self.world.deleted:
            return self.rng.choice(self.world.deleted)
        return self.rng.choice(pool)

    def workspace(self, user: str) -> str:
        own = [ws for ws, owner in self.world.workspaces.items() if owner == user]
        if own and self.rng.random() < 0.85:
            return self.rng.choice(own)
        return self.pick(self.world.workspaces, MISSING["ws"])

    def sandbox(self, user: str, workspace: str | None = None) -> str:
        """Mostly one of `user`'s sandboxes (of `workspace` when given), sometimes any."""
        own = [
            sandbox
            for sandbox, home in self.world.sandboxes.items()
            if self.world.workspaces.get(home) == user and workspace in (None, home)
        ]
        if own and self.rng.random() < 0.85:
            return self.rng.choice(own)
        return self.pick(self.world.sandboxes, MISSING["sb"])

    def sibling(self, user: str, sandbox: str) -> str:
        return self.sandbox(user, self.world.sandboxes.get(sandbox))

    def some(self, items: list[Any]) -> Any:
        """Mostly the first item (the plain case), else any."""
        return items[0] if self.rng.random() < 0.6 else self.rng.choice(items)

    def email(self, tag: str) -> str:
        return f"walk-{self.nonce}-{tag}@Example.COM"

    def next_step(self) -> Step:
        rng, user = self.rng, "a" if self.rng.random() < 0.8 else "b"
        choices: list[tuple[float, Callable[[], Step]]] = [
            (
                6,
                lambda: Step(
                    user,
                    "workspaces.create",
                    [self.some(NAMES)],
                    {"settings": self.some([None, *SETTINGS])},
                ),
            ),
            (4, lambda: Step(user, "workspaces.get", [self.workspace(user)], {})),
            (
                2,
                lambda: Step(
                    user,
                    "workspaces.list",
                    [],
                    {"limit": self.some([None, 2, 0, 101]), "offset": self.some([None, 1, -1])},
                ),
            ),
            (
                2,
                lambda: Step(
                    user,
                    "workspaces.update",
                    [self.workspace(user)],
                    {"name": rng.choice(NAMES), "is_active": rng.choice([None, False])},
                ),
            ),
            (1, lambda: Step(user, "workspaces.delete", [self.workspace(user)], {})),
            (2, lambda: Step(user, "workspaces.get_config", [self.workspace(user)], {})),
            (
                3,
                lambda: Step(
                    user,
                    "workspaces.update_config",
                    [self.workspace(user), self.some(SETTINGS)],
                    {},
                ),
            ),
            (
                8,
                lambda: Step(
                    user,
                    "sandboxes.create",
                    [self.workspace(user), self.some(["Worker", *NAMES]), self.some(AGENT_CONFIGS)],
                    {"resource_limits": self.some(LIMITS)},
                ),
            ),
            (4, lambda: Step(user, "sandboxes.get", [self.sandbox(user)], {})),
            (2, lambda: Step(user, "sandboxes.list", [self.workspace(user)], {})),
            (5, lambda: Step(user, "sandboxes.start", [self.sandbox(user)], {})),
            (3, lambda: Step(user, "sandboxes.stop", [self.sandbox(user)], {})),
            (4, lambda: Step(user, "sandboxes.status", [self.sandbox(user)], {})),
            (2, lambda: Step(user, "sandboxes.metrics", [self.sandbox(user)], {})),
            (1, lambda: Step(user, "sandboxes.logs", [self.sandbox(user)], {})),
            (
                2,
                lambda: Step(
                    user,
                    "sandboxes.update_config",
                    [self.sandbox(user), self.some(SANDBOX_CONFIGS)],
                    {},
                ),
            ),
            (1, lambda: Step(user, "sandboxes.delete", [self.sandbox(user)], {})),
            (10, lambda: self.send(user)),
            (
                3,
                lambda: Step(
                    user, "messages.get", [self.pick(self.world.messages, MISSING["msg"])], {}
                ),
            ),
            (
                6,
                lambda: Step(
                    user, "messages.list", [self.sandbox(user)], {"limit": rng.choice([None, 1, 3])}
                ),
            ),
            (2, lambda: Step(user, "messages.broadcast", [self.workspace(user), {"all": 1}], {})),
            (2, lambda: self.orchestrate(user)),
            (
                2,
                lambda: Step(
                    user,
                    "collaborations.get",
                    [self.pick(self.world.collaborations, MISSING["col"])],
                    {},
                ),
            ),
            (1, lambda: Step(user, "collaborations.discover_agents", [self.workspace(user)], {})),
            (1, lambda: Step(user, "aggregate_metrics", [self.workspace(user)], {})),
            (1, lambda: Step("anonymous", "health_check", [], {})),
            (1, lambda: Step(user, "system_info", [], {})),
            (1, lambda: Step(user, "auth.me", [], {})),
            (
                1,
                lambda: Step(
                    "anonymous", "auth.register", [self.email(f"u{rng.randrange(4)}"), PASSWORD], {}
                ),
            ),
            (
                1,
                lambda: Step(
                    user,
                    "collaborations.get_collaboration",
                    [self.pick(self.world.collaborations, MISSING["col"])],
                    {},
                ),
            ),
            (
                1,
                lambda: Step(
                    "anonymous",
                    "auth.token",
                    [self.email("a"), rng.choice([PASSWORD, "wrong-password"])],
                    {},
                ),
            ),
            (0.5, lambda: Step("anonymous", "auth.refresh", ["not-a-refresh-token"], {})),
            (0.5, lambda: Step(user, "auth.logout", [], {})),
            (
                1,
                lambda: Step(
                    "anonymous",
                    "auth.login",
                    [
                        rng.choice([self.email("u1"), self.email("u1").lower(), self.email("a")]),
                        rng.choice([PASSWORD, "wrong-password"]),
                    ],
                    {},
                ),
            ),
        ]
        weights = [weight for weight, _ in choices]
        return rng.choices([make for _, make in choices], weights)[0]()

    def send(self, user: str) -> Step:
        sender = self.sandbox(user)
        content = {"n": self.rng.randrange(100)}
        return Step(user, "messages.send", [sender, self.sibling(user, sender), content], {})

    def orchestrate(self, user: str) -> Step:
        workspace = self.workspace(user)
        count = self.some([2, 1, 0, 3])
        participants = [self.sandbox(user, workspace) for _ in range(count)]
        task = self.some(["Plan the release", ""])
        return Step(user, "collaborations.orchestrate", [workspace, task, participants], {})

    def scenarios(self) -> list[Scenario]:
        """The multi-step stories where today's server was seen to differ; they open the
        walk, the random steps follow."""
        return [
            self.ties_within_one_second(),
            self.beyond_max_sandboxes(),
            self.second_start(),
            self.email_case(),
            self.loose_types(),
            self.range_error_on_a_missing_workspace(),
        ]

    def _new_workspace(self, name: str, **options: Any) -> Step:
        return Step("a", "workspaces.create", [name], options)

    def _new_sandbox(self, workspace: str, name: str) -> Step:
        return Step("a", "sandboxes.create", [workspace, name, {"primary_agent": "r"}], {})

    def ties_within_one_second(self) -> Scenario:
        ws = (yield self._new_workspace("Ties"))["result"]["workspace_id"]
        one = (yield self._new_sandbox(ws, "One"))["result"]["sandbox_id"]
        two = (yield self._new_sandbox(ws, "Two"))["result"]["sandbox_id"]
        yield 1.0 - (time.time() % 1.0) + 0.02  # three sends in one second
        for n, (sender, recipient) in enumerate([(one, two), (two, one), (one, two)]):
            yield Step("a", "messages.send", [sender, recipient, {"n": n}], {})
        yield Step("a", "messages.list", [one], {})
        yield Step("a", "messages.list", [two], {})
        yield Step("a", "messages.list", [two], {"limit": 2})

    def beyond_max_sandboxes(self) -> Scenario:
        ws = (yield self._new_workspace("Full", settings={"max_sandboxes": 2}))["result"]
        for n in range(3):
            yield self._new_sandbox(ws["workspace_id"], f"S{n}")
        yield Step("a", "sandboxes.list", [ws["workspace_id"]], {})

    def second_start(self) -> Scenario:
        ws = (yield self._new_workspace("Uptime"))["result"]["workspace_id"]
        sandbox = (yield self._new_sandbox(ws, "Runner"))["result"]["sandbox_id"]
        yield Step("a", "sandboxes.start", [sandbox], {})
        yield 2.2
        yield Step("a", "sandboxes.status", [sandbox], {})
        yield Step("a", "sandboxes.start", [sandbox], {})
        yield Step("a", "sandboxes.status", [sandbox], {})
        yield Step("a", "sandboxes.stop", [sandbox], {})
        yield 1.2
        yield Step("a", "sandboxes.stop", [sandbox], {})

    def email_case(self) -> Scenario:
        mixed = self.email("Case")
        yield Step("anonymous", "auth.register", [mixed, PASSWORD], {})
        yield Step("anonymous", "auth.register", [mixed.lower(), PASSWORD], {})
        yield Step("anonymous", "auth.login", [mixed.lower(), PASSWORD], {})
        yield Step("anonymous", "auth.login", [mixed.upper(), PASSWORD], {})
        yield Step("anonymous", "auth.token", [mixed, PASSWORD], {})
        yield Step("anonymous", "auth.token", [mixed.split("@")[0] + "@example.com", PASSWORD], {})
        yield Step("a", "auth.me", [], {})

    def loose_types(self) -> Scenario:
        settings = {"max_sandboxes": "5", "auto_cleanup": "yes", "retention_days": 7.0}
        ws = (yield self._new_workspace("Loose", settings=settings))["result"]["workspace_id"]
        for config in ({"max_sandboxes": 4.0}, {"auto_cleanup": 1}, {"max_sandboxes": "x"}):
            yield Step("a", "workspaces.update_config", [ws, config], {})
        agent = {"primary_agent": "r", "temperature": "0.5", "max_tokens": "500"}
        limits = {"max_cpu_cores": 2, "max_memory_mb": "512"}
        yield Step("a", "sandboxes.create", [ws, "Loose", agent], {"resource_limits": limits})
        yield Step(
            "a", "sandboxes.create", [ws, "Whole", {"primary_agent": "r", "temperature": 1}], {}
        )
        yield Step("a", "workspaces.update", [ws], {"is_active": "false"})

    def range_error_on_a_missing_workspace(self) -> Scenario:
        yield Step("a", "workspaces.update_config", [MISSING["ws"], {"max_sandboxes": 1000}], {})
        yield Step("b", "workspaces.update_config", [MISSING["ws"], {"max_sandboxes": "x"}], {})
        yield Step("anonymous", "health_check", [], {})

    def learn(self, step: Step) -> None:
        """Add what a step made, or remove what it deleted, to the world."""
        result = step.outcome.get("result") if isinstance(step.outcome, dict) else None
        if not isinstance(result, dict):
            return
        if step.call == "workspaces.create":
            self.world.workspaces[result["workspace_id"]] = step.user
        elif step.call == "sandboxes.create":
            self.world.sandboxes[result["sandbox_id"]] = result["workspace_id"]
        elif step.call == "messages.send":
            self.world.messages.append(result["message_id"])
        elif step.call == "collaborations.orchestrate":
            self.world.collaborations.append(result["collaboration_id"])
        elif step.call in ("workspaces.delete", "sandboxes.delete"):
            target = step.args[0]
            self.world.workspaces.pop(target, None)
            self.world.sandboxes.pop(target, None)
            for sandbox, workspace in list(self.world.sandboxes.items()):
                if workspace == target:
                    del self.world.sandboxes[sandbox]
                    self.world.deleted.append(sandbox)
            self.world.deleted.append(target)


def _seconds_left_in_this_second() -> float:
    return 1.0 - (time.time() % 1.0)


async def record(base_url: str, steps: int, seed: int, out: Path) -> None:
    nonce = uuid.uuid4().hex[:8]
    chooser = Chooser(random.Random(seed), nonce)
    users = {"a": chooser.email("a"), "b": chooser.email("b")}
    async with RoundTableClient.anonymous(base_url) as anonymous:
        for email in users.values():
            await anonymous.auth.register(email, PASSWORD)
        clients = {
            name: RoundTableClient(email=email, password=PASSWORD, base_url=base_url)
            for name, email in users.items()
        }
        clients["anonymous"] = anonymous
        player = Player(clients)
        started = time.time()
        recorded: list[Step] = []

        async def take(step: Step) -> Any:
            # A step starts and ends within one second of the clock, so that the replay,
            # which stamps at the recorded moment, puts it in the same second.
            if _seconds_left_in_this_second() < 0.15:
                await asyncio.sleep(_seconds_left_in_this_second() + 0.01)
            step.at = round(time.time() - started, 3)
            step.outcome = await player.play(step, started + step.at)
            if step.outcome.get("raises") in ("APIConnectionError", "APITimeoutError"):
                # The network's doing, not the server's behaviour: not worth recording.
                raise SystemExit(f"step {len(recorded)}: {step.outcome['raises']}; record again")
            chooser.learn(step)
            recorded.append(step)
            return step.outcome

        for scenario in chooser.scenarios():
            outcome = None
            while True:
                try:
                    item = scenario.send(outcome)
                except StopIteration:
                    break
                if isinstance(item, Step):
                    outcome = await take(item)
                else:
                    await asyncio.sleep(item)
                    outcome = None
        while len(recorded) < steps:
            await take(chooser.next_step())
        for client in clients.values():
            if client is not anonymous:
                await client.close()
    header = {
        "users": users,
        "password": PASSWORD,
        "seed": seed,
        "base_url": "<recorded>",
        "recorded": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "started": started,
        "model_fields": model_fields(),
    }
    lines = [json.dumps(header, sort_keys=True)] + [step.to_json() for step in recorded]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_recording(path: Path = RECORDING) -> tuple[dict[str, Any], list[Step]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return json.loads(lines[0]), [Step.from_json(line) for line in lines[1:]]


def differences(recorded: Any, replayed: Any, where: str = "") -> Iterator[str]:
    """Where two outcomes differ, path by path (int and float apart: 1 is not 1.0)."""
    if isinstance(recorded, dict) and isinstance(replayed, dict):
        for key in sorted(set(recorded) | set(replayed)):
            if key not in replayed or key not in recorded:
                left, right = recorded.get(key, "<absent>"), replayed.get(key, "<absent>")
                yield f"{where}.{key}: {left!r} != {right!r}"
            else:
                yield from differences(recorded[key], replayed[key], f"{where}.{key}")
    elif (
        isinstance(recorded, list) and isinstance(replayed, list) and len(recorded) == len(replayed)
    ):
        for index, (left, right) in enumerate(zip(recorded, replayed, strict=True)):
            yield from differences(left, right, f"{where}[{index}]")
    elif json.dumps(recorded) != json.dumps(replayed):
        yield f"{where}: {recorded!r} != {replayed!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=RECORDING)
    options = parser.parse_args()
    asyncio.run(record(options.base_url, options.steps, options.seed, options.out))
    print(f"recorded {options.steps} steps to {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
