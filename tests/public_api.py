"""The client's public methods and the classes their annotations name, for the tests of
public types and of the docs."""

from __future__ import annotations

import inspect
import typing

from roundtable import RoundTableClient


def facade_methods() -> list[tuple[str, object]]:
    client = RoundTableClient("k", "http://rt.test")
    methods = [
        (name, getattr(client, name))
        for name in ("health_check", "system_info", "aggregate_metrics")
    ]
    for resource in ("auth", "workspaces", "sandboxes", "messages", "collaborations"):
        group = getattr(client, resource)
        methods += [
            (f"{resource}.{name}", method)
            for name, method in inspect.getmembers(group, inspect.ismethod)
            if not name.startswith("_")
        ]
    return methods


def classes(annotation: object) -> list[type]:
    """The classes an annotation names, through unions and generics."""
    if isinstance(annotation, type) or annotation is typing.Any:
        return [annotation]
    return [cls for arg in typing.get_args(annotation) for cls in classes(arg)]
