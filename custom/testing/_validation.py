"""Request validation driven by the contract itself (`openapi.json`, made from openapi.yaml).

The reference server checks bodies and query parameters against the very schemas the
SDK is generated from, so the two cannot drift apart. Refusals are reported the way the
Round Table server reports them: FastAPI-style issues with a `loc` such as
`["body", "agent_config", "temperature"]`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
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
