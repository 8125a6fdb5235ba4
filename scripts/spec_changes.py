"""What a change of openapi.yaml means to users, classed by the CHANGELOG's SemVer policy.

`make generate` prints the changes from the committed spec and writes them into the
CHANGELOG's Unreleased section (between the markers below); `make check-generated` (and
the test that runs it) fails on a breaking change that is neither acknowledged under
"### Breaking" in that section, naming its subject, nor covered by a version bump.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

START = "<!-- spec-changes:start (written by make generate) -->"
END = "<!-- spec-changes:end -->"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def load_spec(text: str) -> Any:
    """openapi.yaml's text as data, read by libyaml where PyYAML has it: the pure-Python
    reader takes a fifth of a second, and generation and the tests read the spec often."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass(frozen=True)
class Change:
    subject: str  # what users name: an operationId, `Model.field`, `Enum value`
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"`{self.subject}`: {self.what}"


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change users can see, additive ones and breaking ones."""
    found = list(_operations(old, new))
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    requests = request_schemas(new) | request_schemas(old)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        found.append(Change(name, "model removed", True))
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        found.append(Change(name, "model added", False))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        found += _schema(name, old_schemas[name], new_schemas[name], name in requests)
    return found


def _operations(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before, after = _operation_ids(old), _operation_ids(new)
    for operation_id in sorted(before.keys() - after.keys()):
        yield Change(operation_id, f"operation removed ({before[operation_id]})", True)
    for operation_id in sorted(after.keys() - before.keys()):
        yield Change(operation_id, f"operation added ({after[operation_id]})", False)


def _operation_ids(spec: dict[str, Any]) -> dict[str, str]:
    return {
        operation["operationId"]: f"{method.upper()} {path}"
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in METHODS and "operationId" in operation
    }


def request_schemas(spec: dict[str, Any]) -> set[str]:
    """The schemas a request body uses, nested ones included."""
    schemas = spec.get("components", {}).get("schemas", {})
    pending = [
        media.get("schema", {})
        for item in spec.get("paths", {}).values()
        for method, operation in item.items()
        if method in METHODS
        for media in operation.get("requestBody", {}).get("content", {}).values()
    ]
    found: set[str] = set()
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    pending.append(schemas.get(name, {}))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def _schema(name: str, old: dict[str, Any], new: dict[str, Any], request: bool) -> list[Change]:
    found = []
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if isinstance(old_enum, list) and isinstance(new_enum, list):
        for value in old_enum:
            if value not in new_enum:
                found.append(Change(f"{name} {value}", "enum value removed", True))
        for value in new_enum:
            if value not in old_enum:
                found.append(Change(f"{name} {value}", "enum value added", False))
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    removed = sorted(old_props.keys() - new_props.keys())
    added = sorted(new_props.keys() - old_props.keys())
    for field in list(removed):  # a removed field and an added one of the same type: renamed
        twin = next((a for a in added if _type(new_props[a]) == _type(old_props[field])), None)
        if twin is not None and len(removed) == len(added) == 1:
            found.append(Change(f"{name}.{field}", f"renamed to `{twin}`", True))
            removed.remove(field)
            added.remove(twin)
    found += [Change(f"{name}.{field}", "field removed", True) for field in removed]
    for field in added:
        required = field in new_required
        what = "required request field added" if request and required else "field added"
        found.append(Change(f"{name}.{field}", what, request and required))
    for field in sorted(old_props.keys() & new_props.keys()):
        before, after = _type(old_props[field]), _type(new_props[field])
        if before != after:
            found.append(Change(f"{name}.{field}", f"type {before} -> {after}", True))
        if request and field in new_required - old_required:
            found.append(Change(f"{name}.{field}", "request field now required", True))
        if not request and field in old_required - new_required:
            found.append(Change(f"{name}.{field}", "may now be missing (no longer required)", True))
    return found


def _type(schema: dict[str, Any]) -> str:
    """A schema's type as users meet it: a model's name, or the JSON types."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(sorted(_type(branch) for branch in schema[key]))
    kinds = schema.get("type", "any")
    text = " | ".join(sorted(kinds)) if isinstance(kinds, list) else str(kinds)
    if text == "array" and isinstance(schema.get("items"), dict):
        return f"array of {_type(schema['items'])}"
    return text


def report(found: list[Change]) -> str:
    """The changes as a CHANGELOG block: breaking first."""
    if not found:
        return "No change of openapi.yaml that users can see."
    lines = []
    breaking = [change for change in found if change.breaking]
    additive = [change for change in found if not change.breaking]
    if breaking:
        lines.append("Breaking (acknowledge each under ### Breaking, or bump the major version):")
        lines += [f"- {change}" for change in breaking]
    if additive:
        lines.append("Additive:")
        lines += [f"- {change}" for change in additive]
    return "\n".join(lines)


def unacknowledged(
    found: list[Change], changelog: str, old_version: str, new_version: str
) -> list[Change]:
    """The breaking changes that neither a major version bump (minor while 0.x) nor a line
    under "### Breaking" in the CHANGELOG's Unreleased section covers."""
    if _major_bump(old_version, new_version):
        return []
    unreleased = changelog.split("## [Unreleased]", 1)[-1].split("\n## [", 1)[0]
    unreleased = re.sub(re.escape(START) + ".*?" + re.escape(END), "", unreleased, flags=re.S)
    breaking_section = (
        unreleased.split("### Breaking", 1)[1] if "### Breaking" in unreleased else ""
    )
    breaking_section = breaking_section.split("\n### ", 1)[0]
    return [
        change
        for change in found
        if change.breaking and f"`{change.subject}`" not in breaking_section
    ]


def _major_bump(old: str, new: str) -> bool:
    def parts(version: str) -> tuple[int, int]:
        numbers = re.findall(r"\d+", version)
        return (int(numbers[0]), int(numbers[1])) if len(numbers) >= 2 else (0, 0)

    (old_major, old_minor), (new_major, new_minor) = parts(old), parts(new)
    return new_major > old_major or (old_major == new_major == 0 and new_minor > old_minor)


def with_report(changelog: str, text: str) -> str:
    """The CHANGELOG with `text` between the markers of its Unreleased section (placed at
    its top the first time)."""
    block = f"{START}\nFrom openapi.yaml, since the last commit:\n\n{text}\n{END}"
    if START in changelog and END in changelog:
        return re.sub(
            re.escape(START) + ".*?" + re.escape(END), lambda _: block, changelog, flags=re.S
        )
    return changelog.replace("## [Unreleased]\n", f"## [Unreleased]\n\n{block}\n", 1)
