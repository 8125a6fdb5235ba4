"""Every public class, method and exception of the SDK documented: a summary line, and
`Args:`, `Returns:` and `Raises:` sections where they apply (Google style, as the API
reference renders them), every argument of the classes users build named in their
`Args:`, and an `Example:` on every method of the clients and their resources
(tests/test_doc_examples.py runs each). Exits non-zero naming each gap; `make docs` and
the tests run it."""

from __future__ import annotations

import dataclasses
import inspect
import re
import sys
from collections.abc import Iterator

import roundtable
import roundtable.api
import roundtable.exceptions
import roundtable.resources.system
import roundtable.testing
from roundtable import RoundTableClient, SyncRoundTableClient
from roundtable.testing import FaultPlan, ReferenceServer
from roundtable.testing.pytest_plugin import TestClock

# A resource per tag of the spec; the `system` tag's operations are the client's own methods.
RESOURCES = sorted({operation.tag for operation in roundtable.api.OPERATIONS} - {"system"})
# The client's attributes that group methods: the resources, and the workspace event streams.
GROUPS = [*RESOURCES, "events"]
CLIENTS = ("RoundTableClient.", "SyncRoundTableClient.")
# The classes users build: each argument of theirs is named in an Args section.
CONSTRUCTED = {
    "RoundTableClient",
    "SyncRoundTableClient",
    "RetryPolicy",
    "testing.ReferenceServer",
    "testing.TestClock",
}
KIT = {
    ReferenceServer: ["transport", "sync_transport", "client", "sync_client", "serve"],
    FaultPlan: ["inject", "inject_mix", "limit_rate", "clear"],
    TestClock: ["advance", "sleep", "async_sleep"],
}
# The client's own methods for the `system` tag's operations: the functions of
# resources/system.py, which they call.
SYSTEM_METHODS = sorted(
    name
    for name, function in vars(roundtable.resources.system).items()
    if inspect.iscoroutinefunction(function)
    and function.__module__ == roundtable.resources.system.__name__
    and not name.startswith("_")
)
# The client's own methods that send a request.
REQUESTING = {"call", "request", *SYSTEM_METHODS}


def public_callables() -> Iterator[tuple[str, object]]:
    for client_class in (RoundTableClient, SyncRoundTableClient):
        client = client_class("k", "http://rt.test")
        yield client_class.__name__, client_class
        for name, member in inspect.getmembers(client_class):
            if name.startswith("_") or isinstance(member, property):
                continue
            if name in GROUPS:
                resource = getattr(client, name)
                yield f"{client_class.__name__}.{name}", type(resource)
                for method_name, method in inspect.getmembers(resource, inspect.ismethod):
                    if not method_name.startswith("_"):
                        yield f"{client_class.__name__}.{name}.{method_name}", method
            elif callable(member):
                yield f"{client_class.__name__}.{name}", member
    for name in roundtable.__all__:
        member = getattr(roundtable, name)
        if inspect.isclass(member):
            yield name, member
    for name, member in inspect.getmembers(roundtable.exceptions, inspect.isclass):
        if member.__module__ == "roundtable.exceptions":
            yield f"exceptions.{name}", member
    for name in roundtable.testing.__all__:
        member = getattr(roundtable.testing, name)
        if inspect.isclass(member):
            yield f"testing.{name}", member
    # The test kit users call: the server, its faults, the fixtures' clock.
    for kit_class, methods in KIT.items():
        if kit_class.__name__ not in roundtable.testing.__all__:  # not yielded above
            yield f"testing.{kit_class.__name__}", kit_class
        for name in methods:
            yield f"{kit_class.__name__}.{name}", getattr(kit_class, name)


def problems(name: str, target: object) -> list[str]:
    doc = inspect.getdoc(target)
    if not doc or (dataclasses.is_dataclass(target) and doc.startswith(f"{target.__name__}(")):
        return [f"{name}: no docstring"]  # a dataclass's own is only its signature
    found = []
    if name in CONSTRUCTED and inspect.isclass(target):
        documented = set(re.findall(r"^    (\w+):", doc.partition("Args:")[2], re.M))
        found += [
            f"{name}: argument {parameter} not in its Args section"
            for parameter in inspect.signature(target).parameters
            if not parameter.startswith("_") and parameter not in documented
        ]
    if not inspect.isclass(target) and callable(target):
        try:
            signature = inspect.signature(target)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return found
        parameters = [
            p
            for p in signature.parameters.values()
            if p.name not in ("self", "cls") and p.kind is not p.VAR_KEYWORD
        ]
        if parameters and "Args:" not in doc:
            found.append(f"{name}: no Args section")
        returns = signature.return_annotation
        if inspect.isgeneratorfunction(getattr(target, "__wrapped__", None)):
            returns = "Iterator"  # a context manager: it yields
        if returns not in (None, "None", inspect.Signature.empty) and not (
            "Returns:" in doc or "Yields:" in doc
        ):
            found.append(f"{name}: no Returns section")
        resource_method = name.startswith(CLIENTS) and name.count(".") == 2
        makes_requests = resource_method or name.rsplit(".", 1)[-1] in REQUESTING
        if makes_requests and "Raises:" not in doc:
            found.append(f"{name}: no Raises section")
        if name.startswith(CLIENTS) and "\nExample:\n" not in doc:
            found.append(f"{name}: no Example section")
    return found


def main() -> int:
    gaps = [gap for name, target in public_callables() for gap in problems(name, target)]
    for gap in gaps:
        print(gap)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
