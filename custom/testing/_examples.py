"""Answers made from the contract's own schemas, for what no handwritten rule knows yet.

An operation added to openapi.yaml is served at once, Prism-style: its declared example,
or a value built from its response schema. A rule's answer gains the optional properties
the contract declares with a default or an example that the rule does not set, so a field
added to the spec appears in the reference server's answers without a code change.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._operation import Operation
from ._validation import contract

# A schema that refers to itself is built this deep, then left empty.
_MAX_DEPTH = 8
_STRING_FORMATS = {
    "date-time": "2026-01-01T00:00:00",
    "date": "2026-01-01",
    "email": "user@example.com",
    "uri": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def declared_result(operation: Operation[..., Any]) -> tuple[Mapping[str, Any] | None, Any]:
    """The JSON schema of the operation's result (the envelope's `data`, where it has one;
    None for an answer without a body) and the example the contract declares for it (None
    where it declares none)."""
    op = contract()["paths"][operation.path][operation.method.lower()]
    response = resolved(op["responses"][str(min(operation.success_statuses))])
    media = response.get("content", {}).get("application/json")
    if media is None:
        return None, None
    schema, example = media.get("schema", {}), media.get("example")
    if operation.enveloped:
        schema = resolved(schema).get("properties", {}).get("data", {})
        example = example.get("data") if isinstance(example, dict) else None
    return schema, example


def example_of(schema: Mapping[str, Any], depth: int = 0) -> Any:
    """A value that the schema accepts: its example or default where it declares one."""
    schema = resolved(schema)
    for key in ("example", "default", "const"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if schema.get("examples"):
        return copy.deepcopy(schema["examples"][0])
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [branch for branch in schema[key] if resolved(branch).get("type") != "null"]
            return example_of(branches[0], depth) if branches else None
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for branch in schema["allOf"]:
            part = example_of(branch, depth)
            if isinstance(part, dict):
                merged.update(part)
        return merged
    kind = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if depth > _MAX_DEPTH:
        return {} if kind == "object" else [] if kind == "array" else None
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: example_of(sub, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        return [example_of(schema.get("items", {}), depth + 1)]
    if kind == "string":
        text = _STRING_FORMATS.get(schema.get("format", ""), "string")
        return text.ljust(schema.get("minLength", 0), "x")
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    return None


def with_declared_values(value: Any, schema: Mapping[str, Any], depth: int = 0) -> Any:
    """`value`, with every property the schema declares with a default or an example and
    `value` lacks added, at every depth. `value` is not changed: what gains a property is
    a copy (a rule may answer with the world's own records)."""
    schema = resolved(schema)
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        defaults, nested = _declared_values(schema)
        changed = {
            name: filled
            for name, sub in nested.items()
            if name in value
            and (filled := with_declared_values(value[name], sub, depth + 1)) is not value[name]
        }
        missing = {name: copy.deepcopy(v) for name, v in defaults.items() if name not in value}
        return {**value, **changed, **missing} if changed or missing else value
    if isinstance(value, list) and "items" in schema:
        items = [with_declared_values(item, schema["items"], depth + 1) for item in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value


Filling = tuple[dict[str, Any], dict[str, Mapping[str, Any]]]
# By the id of a schema of the contract (whose dicts live as long as the process).
_FILLINGS: dict[int, Filling] = {}


def _declared_values(schema: Mapping[str, Any]) -> Filling:
    """An object schema's properties with a declared value, and those to look into."""
    known = _FILLINGS.get(id(schema))
    if known is not None:
        return known
    defaults: dict[str, Any] = {}
    nested: dict[str, Mapping[str, Any]] = {}
    for name, sub in schema.get("properties", {}).items():
        if "default" in sub:
            defaults[name] = sub["default"]
        elif "example" in sub:
            defaults[name] = sub["example"]
        target = resolved(sub)
        for branch in target.get("anyOf", ()):
            if resolved(branch).get("type") != "null":
                target = resolved(branch)
                break
        if "properties" in target or "items" in target:
            nested[name] = target
    _FILLINGS[id(schema)] = (defaults, nested)
    return defaults, nested


def resolved(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema a local `$ref` points at (followed to the end), or the schema itself."""
    seen = 0
    while "$ref" in schema and seen < 16:
        ref = schema["$ref"]
        node: Any = contract()
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        schema = node
        seen += 1
    return schema
