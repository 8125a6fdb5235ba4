"""Generation from a changed copy of openapi.yaml, for the tests of spec changes."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def generate_from(spec: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    """Write `spec` to `folder`/openapi.yaml and generate `folder`/roundtable from it."""
    spec_path = folder / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--spec",
            str(spec_path),
            "--output",
            str(folder / "roundtable"),
        ],
        capture_output=True,
        text=True,
    )


# The changes of a spec that users make, as the issue tried them: three additive ones and four
# breaking ones, each applied in place to a loaded copy of openapi.yaml.


def schemas(spec):
    return spec["components"]["schemas"]


def optional_field(spec, name="archived_at", description=None):
    field = {"type": "string"}
    if description is not None:
        field["description"] = description
    schemas(spec)["Workspace"]["properties"][name] = field


def enum_value(spec, value="hibernating"):
    schemas(spec)["KnownSandboxState"]["enum"].append(value)


def endpoint(spec, name="stats"):
    item = spec["paths"]["/workspaces/{workspace_id}"]
    spec["paths"][f"/workspaces/{{workspace_id}}/{name}"] = {
        **({"parameters": copy.deepcopy(item["parameters"])} if "parameters" in item else {}),
        "get": {**copy.deepcopy(item["get"]), "operationId": f"get_workspace_{name}"},
    }


def required_request_field(spec):
    body = schemas(spec)["WorkspaceCreate"]
    body["properties"]["owner"] = {"type": "string"}
    body["required"] = [*body.get("required", []), "owner"]


def removed_operation(spec):
    del spec["paths"]["/workspaces/{workspace_id}/config"]["get"]


def renamed_field(spec):
    workspace = schemas(spec)["Workspace"]
    workspace["properties"]["enabled"] = workspace["properties"].pop("is_active")
    workspace["required"] = ["enabled" if f == "is_active" else f for f in workspace["required"]]


def changed_type(spec):
    schemas(spec)["Workspace"]["properties"]["name"] = {"type": "integer"}


ADDITIVE_CHANGES = {
    "optional_field": optional_field,
    "enum_value": enum_value,
    "endpoint": endpoint,
}

# A new operation has no recording of the real server yet: taking one is the contributor's
# next step (CONTRIBUTING.md), which a test cannot take for them.
NEEDS_A_RECORDING = [
    "--deselect",
    "tests/test_contract.py::test_the_recordings_cover_every_operation",
]
