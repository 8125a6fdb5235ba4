"""Request validation driven by the contract itself (`openapi.json`, made from openapi.yaml).

The reference server checks bodies and query parameters against the very schemas the
SDK is generated from, so the two cannot drift apart. Refusals are reported the way the
Round Table server reports them: FastAPI-style issues with a `loc` such as
`["body", "agent_config", "temperature"]`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

# A host project may lack jsonschema's stubs (types-jsonschema): its mypy --strict passes.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    ValidationError as SchemaError,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

_SPEC_URI = "urn:roundtable:openapi"
Issue = dict[str, Any]


@cache
def contract() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(contract(), DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
    return registry


@cache
def _validator(schema_name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{_SPEC_URI}#/components/schemas/{schema_name}"},
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def operation(path_template: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = contract()["paths"][path_template][method.lower()]
    return op


def body_schema_name(op: Mapping[str, Any]) -> str | None:
    content = op.get("requestBody", {}).get("content", {})
    for media in content.values():
        ref = media.get("schema", {}).get("$ref", "")
        return str(ref.rsplit("/", 1)[-1]) if ref else None
    return None


# The words pydantic's lax mode reads as a flag.
_FLAGS = {
    **dict.fromkeys(("0", "off", "f", "false", "n", "no"), False),
    **dict.fromkeys(("1", "on", "t", "true", "y", "yes"), True),
}


def coerced(schema_name: str, body: Any) -> Any:
    """`body` as today's server reads it (pydantic's lax mode): `"5"` or `5.0` for an
    integer becomes 5, `"0.5"` or `1` for a number 0.5 or 1.0, `"yes"` or `1` for a flag
    True. What cannot be read so is left for the validator to refuse."""
    return _coerce({"$ref": f"#/components/schemas/{schema_name}"}, body)


def _coerce(schema: Mapping[str, Any], value: Any) -> Any:
    schema = _resolved(schema)
    if value is None:
        return None
    for alternatives in ("anyOf", "oneOf"):
        for branch in schema.get(alternatives, []):
            candidate = _coerce(branch, value)
            if _fits(_resolved(branch), candidate):
                return candidate
    kinds = schema.get("type", [])
    kind = next((k for k in ([kinds] if isinstance(kinds, str) else kinds) if k != "null"), None)
    if kind == "object" and isinstance(value, dict):
        properties = schema.get("properties", {})
        others = schema.get("additionalProperties")
        return {
            key: _coerce(properties[key], item)
            if key in properties
            else (_coerce(others, item) if isinstance(others, dict) else item)
            for key, item in value.items()
        }
    if kind == "array" and isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_coerce(schema["items"], item) for item in value]
    return _coerce_scalar(kind, value)


def _coerce_scalar(kind: str | None, value: Any) -> Any:
    text = value.strip() if isinstance(value, str) else None
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "integer":
        if number and float(value).is_integer():
            return int(value)
        if text is not None and text.lstrip("+-").isdigit():
            return int(text)
    if kind == "number":
        if number:
            return float(value)
        if text is not None:
            try:
                parsed = float(text)
            except ValueError:
                return value
            return parsed if math.isfinite(parsed) else value
    if kind == "boolean":
        if text is not None and text.lower() in _FLAGS:
            return _FLAGS[text.lower()]
        if number and value in (0, 1):
            return bool(value)
    return value


def _resolved(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = contract()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if len(schema.get("allOf", [])) == 1:
        return _resolved(schema["allOf"][0])
    return schema


# Python's types for the JSON types a schema names.
_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
    "null": type(None),
}


def _fits(schema: Mapping[str, Any], value: Any) -> bool:
    """Whether `value` has a type the (resolved) schema names: how an alternative is picked."""
    kinds = schema.get("type")
    if kinds is None:
        return "anyOf" not in schema and "oneOf" not in schema
    names = [kinds] if isinstance(kinds, str) else kinds
    return any(
        isinstance(value, _PYTHON_TYPES[name])
        and not (isinstance(value, bool) and name != "boolean")
        for name in names
        if name in _PYTHON_TYPES
    )


def validate_body(schema_name: str, body: Any) -> list[Issue]:
    errors = sorted(_validator(schema_name).iter_errors(body), key=lambda e: list(e.path))
    return [issue for error in errors for issue in _issues(error, body)]


def parse_query(
    op: Mapping[str, Any], query: Mapping[str, str]
) -> tuple[dict[str, Any], list[Issue]]:
    """Coerce and check the query parameters the operation declares; apply defaults."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    for parameter in _parameters(op):
        if parameter.get("in") != "query":
            continue
        name = parameter["name"]
        schema = parameter.get("schema", {})
        raw = query.get(name)
        if raw is None:
            if "default" in schema:
                values[name] = schema["default"]
            continue
        if schema.get("type") == "integer":
            try:
                value: Any = int(raw)
            except ValueError:
                issues.append(
                    _issue(
                        "int_parsing",
                        ["query", name],
                        "Input should be a valid integer, unable to parse string as an integer",
                        raw,
                    )
                )
                continue
        else:
            value = raw
        for error in Draft202012Validator(schema).iter_errors(value):
            issues.extend(_issues(error, value, prefix=["query", name], input_override=raw))
        values[name] = value
    return values, issues


def _parameters(op: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    for parameter in op.get("parameters", []):
        ref = parameter.get("$ref")
        if ref:
            yield contract()["components"]["parameters"][ref.rsplit("/", 1)[-1]]
        else:
            yield parameter


_TYPE_ISSUES = {
    "string": ("string_type", "Input should be a valid string"),
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "object": ("dict_type", "Input should be a valid dictionary"),
    "array": ("list_type", "Input should be a valid list"),
}


def _issues(
    error: SchemaError,
    document: Any,
    prefix: list[Any] | None = None,
    input_override: Any = None,
) -> list[Issue]:
    loc = (prefix or ["body"]) + list(error.absolute_path)
    value = error.instance if input_override is None else input_override
    kind = error.validator
    limit: Any = error.validator_value
    if kind in ("anyOf", "oneOf") and error.context:
        branch = _matching_branch(error.context)
        if branch:
            return [
                issue for sub in branch for issue in _issues(sub, document, prefix, input_override)
            ]
    if kind == "required":
        present = error.instance if isinstance(error.instance, Mapping) else {}
        return [
            _issue("missing", [*loc, name], "Field required", error.instance)
            for name in limit
            if name not in present
        ]
    if kind == "type":
        expected = limit if isinstance(limit, str) else next(t for t in limit if t != "null")
        issue_type, message = _TYPE_ISSUES.get(expected, ("type_error", error.message))
        return [_issue(issue_type, loc, message, value)]
    if kind == "minLength":
        plural = "" if limit == 1 else "s"
        return [
            _issue(
                "string_too_short",
                loc,
                f"String should have at least {limit} character{plural}",
                value,
                {"min_length": limit},
            )
        ]
    if kind == "maxLength":
        plural = "" if limit == 1 else "s"
        return [
            _issue(
                "string_too_long",
                loc,
                f"String should have at most {limit} character{plural}",
                value,
                {"max_length": limit},
            )
        ]
    if kind == "minimum":
        return [
            _issue(
                "greater_than_equal",
                loc,
                f"Input should be greater than or equal to {limit}",
                value,
                {"ge": limit},
            )
        ]
    if kind == "maximum":
        return [
            _issue(
                "less_than_equal",
                loc,
                f"Input should be less than or equal to {limit}",
                value,
                {"le": limit},
            )
        ]
    if kind == "minItems":
        actual = len(value) if isinstance(value, list) else 0
        plural = "" if limit == 1 else "s"
        return [
            _issue(
                "too_short",
                loc,
                f"List should have at least {limit} item{plural} after validation, not {actual}",
                value,
                {"field_type": "List", "min_length": limit, "actual_length": actual},
            )
        ]
    if kind == "enum" and all(isinstance(choice, str) for choice in limit):
        # The server checks these strings with a pattern, and says so.
        pattern = "^(" + "|".join(limit) + ")$"
        return [
            _issue(
                "string_pattern_mismatch",
                loc,
                f"String should match pattern '{pattern}'",
                value,
                {"pattern": pattern},
            )
        ]
    if kind == "enum":
        choices = " or ".join(repr(choice) for choice in limit)
        return [_issue("enum", loc, f"Input should be {choices}", value, {"expected": choices})]
    if kind == "format" and limit == "email":
        reason = "The email address is not valid. It must have exactly one @-sign."
        message = f"value is not a valid email address: {reason}"
        return [_issue("value_error", loc, message, value, {"reason": reason})]
    if kind == "format":
        return [_issue("value_error", loc, f"value is not a valid {limit}", value)]
    return [_issue("value_error", loc, error.message, value)]


def _matching_branch(errors: list[SchemaError]) -> list[SchemaError]:
    """The errors of the alternative whose type fits (e.g. the object, not the null)."""
    branches: dict[Any, list[SchemaError]] = {}
    for error in errors:
        branches.setdefault(error.relative_schema_path[0], []).append(error)
    for branch in branches.values():
        if not any(e.validator == "type" and not e.relative_path for e in branch):
            return branch
    return []


def _issue(
    kind: str, loc: list[Any], msg: str, value: Any, ctx: dict[str, Any] | None = None
) -> Issue:
    issue: Issue = {"type": kind, "loc": loc, "msg": msg, "input": value}
    if ctx is not None:
        issue["ctx"] = ctx
    if kind not in _NO_DOCUMENTATION_URL:
        issue["url"] = f"https://errors.pydantic.dev/2.5/v/{kind}"
    return issue


# Pydantic links each error type to its documentation, except errors raised by a
# validator function (value_error) and undecodable JSON.
_NO_DOCUMENTATION_URL = frozenset({"value_error", "json_invalid"})
