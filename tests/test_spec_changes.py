"""Issue 10, point 6: a change to the contract reaches every result through generation.

A copy of openapi.yaml gains an optional property on every schema an answer can hold,
or loses a required one to a rename; the package generated from it shows the first on
every result and makes mypy reject code that uses the old name.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_changes import load_spec
from spec_copies import generate_from
from typecheck import mypy

ROOT = Path(__file__).resolve().parent.parent
PROBE = "probe_note"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"].rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def response_schemas(spec: dict[str, Any]) -> set[str]:
    """Every component schema an answer can hold, directly or nested."""
    schemas = spec["components"]["schemas"]
    found: set[str] = set()
    pending = [
        name
        for operations in spec["paths"].values()
        for operation in operations.values()
        if isinstance(operation, dict)
        for name in _refs(operation.get("responses", {}))
    ]
    while pending:
        name = pending.pop()
        if name in found or name not in schemas:
            continue
        found.add(name)
        pending.extend(_refs(schemas[name]))
    return found


def _generate(spec: dict[str, Any], folder: Path) -> Path:
    generated = generate_from(spec, folder)
    assert generated.returncode == 0, generated.stderr
    return folder


def _mypy_strict(
    user_code: str, package_folder: Path, where: Path
) -> subprocess.CompletedProcess[str]:
    """mypy --strict on `user_code`, importing the package generated in `package_folder`
    (a new path each time: its modules are checked anew, the libraries come from cache)."""
    source = where / "user_code.py"
    source.write_text(user_code)
    return mypy("--strict", str(source), cache="spec_changes", cwd=where, mypypath=package_folder)


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = load_spec((ROOT / "openapi.yaml").read_text())
    return loaded


def _with_result(spec: dict[str, Any], name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Add the schema `name` and its success envelope; the 200 answer that carries them."""
    schemas = spec["components"]["schemas"]
    schemas[name] = schema
    schemas[f"{name}Envelope"] = {
        "type": "object",
        "required": ["success", "data"],
        "properties": {
            "success": {"type": "boolean"},
            "data": {"$ref": f"#/components/schemas/{name}"},
        },
    }
    envelope = {"$ref": f"#/components/schemas/{name}Envelope"}
    return {"description": f"The {name}.", "content": {"application/json": {"schema": envelope}}}


@pytest.fixture(scope="module")
def with_probe(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    spec = _spec()
    changed = set()
    for name in response_schemas(spec):
        schema = spec["components"]["schemas"][name]
        if schema.get("type") == "object" and "properties" in schema:
            schema["properties"][PROBE] = {"type": "string"}
            changed.add(name)
    return _generate(spec, tmp_path_factory.mktemp("probe")), changed


# Runs every method of the client against the reference server, with the new property
# added to every object of every answer, and reports which model classes showed it.
WALK = """
import asyncio, json, sys, attrs, httpx
sys.path[:0] = sys.argv[1:]
import roundtable
assert roundtable.__file__.startswith(sys.argv[1]), roundtable.__file__
import every_call

def add_probe(node):
    if isinstance(node, dict):
        for value in node.values():
            add_probe(value)
        node["probe_note"] = "seen"
    elif isinstance(node, list):
        for value in node:
            add_probe(value)

class Probe(httpx.AsyncBaseTransport):
    def __init__(self, inner):
        self.inner = inner
    async def handle_async_request(self, request):
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        if not body:
            return response
        payload = json.loads(body)
        enveloped = isinstance(payload, dict) and "data" in payload
        add_probe(payload["data"] if enveloped else payload)  # auth.token's answer is bare
        return httpx.Response(response.status_code, json=payload)

results = asyncio.run(every_call.every_result(Probe))
shown, missing = set(), set()
for name, result in results:
    for value in every_call.object_graph(result):
        if attrs.has(type(value)):
            seen = getattr(value, "probe_note", None) == "seen"
            (shown if seen else missing).add(type(value).__name__)
methods = every_call.method_names(roundtable.RoundTableClient("k", "http://rt.test"))
walked = [name for name, _ in results]
print(json.dumps({"shown": sorted(shown), "missing": sorted(missing), "walked": walked, "methods": methods}))
"""


def test_a_new_optional_property_appears_on_every_result(with_probe):
    folder, changed = with_probe
    assert len(changed) >= 30  # the contract's answers, nested objects included
    walked = subprocess.run(
        [sys.executable, "-c", WALK, str(folder), str(ROOT / "tests"), str(ROOT / "scripts")],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(walked.stdout)
    assert sorted(report["walked"]) == report["methods"] and len(report["methods"]) > 30
    assert report["missing"] == []
    # Every class the walk met is a changed schema: nothing slipped past the generator.
    assert set(report["shown"]) <= changed
    assert {"Message", "DeliveryStatus", "Collaboration", "Agent", "Workspace"} <= set(
        report["shown"]
    )


def test_renaming_a_required_property_fails_type_checking_of_code_using_it(tmp_path):
    spec = _spec()
    message = spec["components"]["schemas"]["Message"]
    message["properties"]["sender_sandbox_id"] = message["properties"].pop("from_sandbox_id")
    message["required"] = [
        "sender_sandbox_id" if name == "from_sandbox_id" else name for name in message["required"]
    ]
    folder = _generate(spec, tmp_path)
    checked = _mypy_strict(
        "from roundtable.models import Message\n\n\n"
        "def sender(message: Message) -> str:\n"
        "    return message.from_sandbox_id\n",
        folder,
        tmp_path,
    )
    assert checked.returncode == 1, checked.stdout
    assert '"Message" has no attribute "from_sandbox_id"' in checked.stdout


# An operation the clients have no method for: reached through call() and request().
NEW_OPERATION = """
import asyncio, json, sys, httpx
sys.path.insert(0, sys.argv[1])
import roundtable
from roundtable import RoundTableClient, SyncRoundTableClient
from roundtable.api.system import get_uptime

answers = []
def answer(request):
    answers.append(request)
    if len(answers) % 2:  # every first attempt fails: the SDK's retries apply
        return httpx.Response(503, headers={"Retry-After": "0"})
    return httpx.Response(200, json={"success": True, "data": {"seconds": 5.5}, "meta": None})

async def main():
    async with RoundTableClient("k", "http://rt.test", transport=httpx.MockTransport(answer)) as c:
        uptime = await c.call(get_uptime)
        raw = await c.request("GET", "/system/uptime")
    with SyncRoundTableClient("k", "http://rt.test", transport=httpx.MockTransport(answer)) as c:
        sync_uptime = c.call(get_uptime)
    return uptime, raw, sync_uptime

uptime, raw, sync_uptime = asyncio.run(main())
print(json.dumps({
    "type": type(uptime).__name__, "seconds": uptime.seconds, "raw": raw,
    "sync_type": type(sync_uptime).__name__, "attempts": len(answers),
    "auth": answers[-1].headers["authorization"],
}))
"""


def test_an_operation_added_to_the_spec_is_reachable_through_call_and_request(tmp_path):
    spec = _spec()
    uptime = {
        "type": "object",
        "required": ["seconds"],
        "properties": {"seconds": {"type": "number"}},
    }
    spec["paths"]["/system/uptime"] = {
        "get": {
            "tags": ["system"],
            "operationId": "get_uptime",
            "summary": "How long the server has been up",
            "responses": {
                "200": _with_result(spec, "Uptime", uptime),
                "500": {"$ref": "#/components/responses/InternalError"},
            },
        }
    }
    folder = _generate(spec, tmp_path)
    ran = subprocess.run(
        [sys.executable, "-c", NEW_OPERATION, str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(ran.stdout)
    assert report == {
        "type": "Uptime",
        "seconds": 5.5,
        "raw": {"seconds": 5.5},
        "sync_type": "Uptime",
        "attempts": 6,
        "auth": "Bearer k",
    }


# Issue 18: what adding an endpoint takes. Before any method exists, the operation is in the
# registry, the reference server answers it from the spec and client.call returns its model
# (typed as it); then one resource method is all the facade needs.
STATS_PATH = "/workspaces/{workspace_id}/stats"

STATS_METHOD = '''
    async def stats(self, workspace_id: str, **options: Unpack[RequestOptions]) -> WorkspaceStats:
        """A workspace's counts.

        Example:

            stats = await client.workspaces.stats(workspace.workspace_id)

        Args:
            workspace_id: The workspace's id.
            **options: Per-call options (see `RequestOptions`).

        Returns:
            Its `WorkspaceStats`.

        Raises:
            APIError: Any failure once the safe retries are spent.
        """
        return await self._requester.call(
            get_workspace_stats, get_workspace_stats.build(workspace_id), options
        )
'''

STATS_USE = """
import asyncio, json, sys
sys.path.insert(0, sys.argv[1])
import roundtable.api
from roundtable.testing import ReferenceServer

async def main():
    server = ReferenceServer()
    async with server.client() as client:
        workspace = await client.workspaces.create(name="w")
        via_call = await client.call(roundtable.api.get_workspace_stats, workspace_id=workspace.workspace_id)
        via_method = None
        if hasattr(client.workspaces, "stats"):
            via_method = (await client.workspaces.stats(workspace.workspace_id)).to_dict()
            with server.sync_client() as sync:
                assert sync.workspaces.stats(workspace.workspace_id).to_dict() == via_method
        return type(via_call).__name__, via_call.to_dict(), via_method

name, via_call, via_method = asyncio.run(main())
print(json.dumps({"type": name, "call": via_call, "method": via_method,
    "registered": roundtable.api.get_workspace_stats.path}))
"""

STATS_TYPES = """
from roundtable import RoundTableClient
from roundtable.api import get_workspace_stats


async def check(client: RoundTableClient) -> None:
    reveal_type(await client.call(get_workspace_stats, workspace_id="ws"))
    reveal_type(await client.workspaces.stats("ws"))
    reveal_type(await client.workspaces.with_raw_response.get("ws"))
"""


def _with_stats(spec: dict[str, Any]) -> dict[str, Any]:
    stats = {
        "type": "object",
        "required": ["sandboxes", "messages"],
        "properties": {
            "sandboxes": {"type": "integer", "example": 3},
            "messages": {"type": "integer"},
        },
    }
    spec["paths"][STATS_PATH] = {
        "get": {
            "tags": ["workspaces"],
            "operationId": "get_workspace_stats",
            "summary": "A workspace's counts",
            "parameters": [
                {
                    "name": "workspace_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": _with_result(spec, "WorkspaceStats", stats),
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }
    return spec


def _use(folder: Path) -> dict[str, Any]:
    ran = subprocess.run(
        [sys.executable, "-c", STATS_USE, str(folder)], capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    report: dict[str, Any] = json.loads(ran.stdout)
    return report


def test_adding_an_endpoint_takes_the_spec_and_one_resource_method(tmp_path):
    spec = _with_stats(_spec())
    # The spec alone: registered, served from the spec, reachable and typed through call().
    (tmp_path / "spec_only").mkdir()
    spec_only = _generate(spec, tmp_path / "spec_only")
    report = _use(spec_only)
    assert report == {
        "type": "WorkspaceStats",
        "call": {"sandboxes": 3, "messages": 0},
        "method": None,
        "registered": STATS_PATH,
    }
    # Plus one resource method, in a copy of custom/: the sync client gets it too.
    custom = tmp_path / "custom"
    shutil.copytree(ROOT / "custom", custom, ignore=shutil.ignore_patterns("__pycache__"))
    resource = custom / "resources" / "workspaces.py"
    source = resource.read_text()
    source = source.replace(
        "from ..models.workspace import Workspace\n",
        "from ..api import get_workspace_stats\nfrom ..models.workspace import Workspace\n"
        "from ..models.workspace_stats import WorkspaceStats\n",
    )
    marker = "    async def get_config("
    resource.write_text(source.replace(marker, STATS_METHOD.lstrip("\n") + "\n" + marker))
    with_method = tmp_path / "with_method"
    with_method.mkdir()
    spec_path = with_method / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            *("--spec", str(spec_path), "--output", str(with_method / "roundtable")),
            *("--custom", str(custom)),
        ],
        check=True,
        capture_output=True,
    )
    report = _use(with_method)
    assert report["method"] == report["call"] == {"sandboxes": 3, "messages": 0}
    # And the types: the call's result, the method's, a raw response's.
    checked = _mypy_strict(STATS_TYPES, with_method, tmp_path)
    revealed = [
        line.split("Revealed type is ")[1]
        for line in checked.stdout.splitlines()
        if "Revealed type" in line
    ]
    assert revealed == [
        '"roundtable.models.workspace_stats.WorkspaceStats"',
        '"roundtable.models.workspace_stats.WorkspaceStats"',
        '"roundtable._raw.RawResponse[roundtable.models.workspace.Workspace]"',
    ], checked.stdout
