"""openapi.yaml: valid, complete against the wire contract, and true to the recorded wire."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import wire

# Every operation of wire-contract.md: method, path, operationId, success status.
OPERATIONS = [
    ("POST", "/auth/register", "register", 200),
    ("POST", "/auth/login", "login", 200),
    ("POST", "/auth/refresh", "refresh_access_token", 200),
    ("POST", "/auth/logout", "logout", 200),
    ("GET", "/auth/me", "get_current_user", 200),
    ("POST", "/auth/token", "issue_token", 200),
    ("GET", "/workspaces", "list_workspaces", 200),
    ("POST", "/workspaces", "create_workspace", 201),
    ("GET", "/workspaces/{workspace_id}", "get_workspace", 200),
    ("PUT", "/workspaces/{workspace_id}", "update_workspace", 200),
    ("DELETE", "/workspaces/{workspace_id}", "delete_workspace", 204),
    ("GET", "/workspaces/{workspace_id}/config", "get_workspace_config", 200),
    ("PUT", "/workspaces/{workspace_id}/config", "update_workspace_config", 200),
    ("GET", "/sandboxes/{workspace_id}/sandboxes", "list_sandboxes", 200),
    ("POST", "/sandboxes/{workspace_id}/sandboxes", "create_sandbox", 201),
    ("GET", "/sandboxes/{sandbox_id}", "get_sandbox", 200),
    ("DELETE", "/sandboxes/{sandbox_id}", "delete_sandbox", 204),
    ("POST", "/sandboxes/{sandbox_id}/start", "start_sandbox", 200),
    ("POST", "/sandboxes/{sandbox_id}/stop", "stop_sandbox", 200),
    ("GET", "/sandboxes/{sandbox_id}/status", "get_sandbox_status", 200),
    ("GET", "/sandboxes/{sandbox_id}/logs", "get_sandbox_logs", 200),
    ("GET", "/sandboxes/{sandbox_id}/metrics", "get_sandbox_metrics", 200),
    ("PUT", "/sandboxes/{sandbox_id}/config", "update_sandbox_config", 200),
    ("POST", "/messages/sandboxes/{sandbox_id}/messages", "send_message", 202),
    ("GET", "/messages/sandboxes/{sandbox_id}/messages", "list_messages", 200),
    ("GET", "/messages/messages/{message_id}", "get_message", 200),
    ("POST", "/messages/workspaces/{workspace_id}/broadcast", "broadcast_message", 202),
    (
        "POST",
        "/collaborations/workspaces/{workspace_id}/collaboration/orchestrate",
        "orchestrate_collaboration",
        202,
    ),
    ("GET", "/collaborations/collaborations/{collaboration_id}", "get_collaboration", 200),
    (
        "GET",
        "/collaborations/workspaces/{workspace_id}/agents/discover",
        "discover_agents",
        200,
    ),
    ("GET", "/system/health", "get_health", 200),
    ("GET", "/system/info", "get_system_info", 200),
    ("GET", "/system/workspaces/{workspace_id}/metrics/aggregate", "get_aggregate_metrics", 200),
]
NO_AUTH = {"register", "login", "refresh_access_token", "issue_token", "get_health"}


def _registry() -> Registry:
    return Registry().with_resource(
        "urn:spec", Resource.from_contents(wire.spec(), default_specification=DRAFT202012)
    )


def _validator(schema: dict) -> Draft202012Validator:
    def rebase(node):
        if isinstance(node, dict):
            return {
                key: ("urn:spec" + value if key == "$ref" else rebase(value))
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [rebase(item) for item in node]
        return node

    return Draft202012Validator(rebase(schema), registry=_registry())


def _responses(operation: dict) -> dict:
    resolved = {}
    for status, response in operation["responses"].items():
        if "$ref" in response:
            response = wire.spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
        resolved[status] = response
    return resolved


def test_the_spec_is_valid_openapi():
    validate(wire.spec())


def test_the_spec_has_exactly_the_operations_of_the_wire_contract():
    served = {
        (method.upper(), path)
        for path, item in wire.spec()["paths"].items()
        for method in item
        if method in {"get", "post", "put", "delete", "patch"}
    }
    assert served == {(method, path) for method, path, _, _ in OPERATIONS}


@pytest.mark.parametrize(("method", "path", "operation_id", "success"), OPERATIONS)
def test_each_operation_has_its_id_success_status_and_errors(method, path, operation_id, success):
    operation = wire.spec()["paths"][path][method.lower()]
    assert operation["operationId"] == operation_id
    assert operation["tags"], "every operation has a tag"
    responses = _responses(operation)
    assert [int(code) for code in responses if code.startswith("2")] == [success]
    # Every operation can be rate limited or fail; every authenticated one can be refused.
    assert {"429", "500"} <= set(responses)
    rate_limited_headers = set(responses["429"]["headers"])
    assert {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= (
        rate_limited_headers
    )
    if operation_id not in NO_AUTH | {"get_system_info"}:
        assert {"401", "403"} <= set(responses)
    if "requestBody" in operation or any(
        p.get("in") == "query" or "Offset" in p.get("$ref", "")
        for p in operation.get("parameters", [])
    ):
        assert "422" in responses
    if "{" in path:
        assert "404" in responses
    if success == 204:
        assert "content" not in responses["204"]
    # The 500 of today's server is text/plain; the documented one is JSON.
    assert set(responses["500"]["content"]) == {"application/json", "text/plain"}


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        (m, p, o)
        for m, p, o, _ in OPERATIONS
        if wire.spec()["paths"][p][m.lower()].get("requestBody")
    ],
)
def test_each_request_body_has_an_example_that_its_schema_accepts(method, path, operation_id):
    content = wire.spec()["paths"][path][method.lower()]["requestBody"]["content"]
    (media,) = content.values()
    assert "example" in media
    errors = list(_validator(media["schema"]).iter_errors(media["example"]))
    assert errors == []


SUCCESS_SAMPLES = [
    e
    for e in wire.exchanges()
    if 200 <= e.status < 300 and e.status != 204 and wire.operation_for(e.method, e.path)
]
ERROR_SAMPLES = [
    e
    for e in wire.exchanges()
    if e.status >= 400 and wire.operation_for(e.method, e.path) and e.status != 405
]


def test_the_recordings_cover_every_operation():
    recorded = {
        wire.operation_for(e.method, e.path)[1]["operationId"]
        for e in wire.exchanges()
        if 200 <= e.status < 300 and wire.operation_for(e.method, e.path)
    }
    assert recorded == {operation_id for _, _, operation_id, _ in OPERATIONS}


@pytest.mark.parametrize("exchange", SUCCESS_SAMPLES, ids=lambda e: e.title)
def test_every_recorded_success_matches_the_declared_response(exchange):
    # Formats are not asserted here: today's server leaves the UTC offset out of its
    # timestamps, which RFC 3339 `date-time` requires. The SDK reads both forms
    # (test_facade_calls parses these very bodies; the reference server sends "Z").
    _, operation = wire.operation_for(exchange.method, exchange.path)
    response = _responses(operation)[str(exchange.status)]
    schema = response["content"]["application/json"]["schema"]
    errors = [error.message for error in _validator(schema).iter_errors(exchange.json())]
    assert errors == []


@pytest.mark.parametrize("exchange", ERROR_SAMPLES, ids=lambda e: e.title)
def test_every_recorded_error_is_declared_with_its_body(exchange):
    _, operation = wire.operation_for(exchange.method, exchange.path)
    responses = _responses(operation)
    assert str(exchange.status) in responses
    content = responses[str(exchange.status)]["content"]
    if exchange.headers.get("content-type", "").startswith("text/plain"):
        assert "text/plain" in content
    else:
        schema = content["application/json"]["schema"]
        assert list(_validator(schema).iter_errors(exchange.json())) == []


@pytest.mark.parametrize(
    ("schema_name", "payload"),
    [
        ("Sandbox", "hibernating"),
        ("Collaboration", "paused"),
        ("Health", "maintenance"),
    ],
)
def test_status_fields_accept_values_the_server_may_add(schema_name, payload):
    schema = {"$ref": f"#/components/schemas/{schema_name}/properties/status"}
    assert list(_validator(schema).iter_errors(payload)) == []


def test_the_documented_error_envelope_is_an_error_body():
    body = {"success": False, "error": {"code": "NOT_FOUND", "message": "gone", "details": {}}}
    assert list(_validator({"$ref": "#/components/schemas/ErrorBody"}).iter_errors(body)) == []


def test_the_reference_server_ships_the_same_contract():
    from roundtable.testing._validation import contract

    assert contract() == json.loads(json.dumps(wire.spec()))
