"""Issue 10, point 1: what a method returns is a public model, and says so to a type checker."""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing
from pathlib import Path

import roundtable.models
from roundtable import RoundTableClient

HERE = Path(__file__).resolve().parent


def _facade_methods() -> list[tuple[str, object]]:
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


def _classes(annotation: object) -> list[type]:
    """The classes an annotation names, through unions and generics."""
    if isinstance(annotation, type) or annotation is typing.Any:
        return [annotation]
    return [cls for arg in typing.get_args(annotation) for cls in _classes(arg)]


def test_every_method_returns_classes_of_roundtable_models():
    methods = _facade_methods()
    assert len(methods) > 30
    for name, method in methods:
        module = vars(sys.modules[method.__module__])  # type: ignore[attr-defined]
        # Names imported for type checking only are looked up where users import them.
        names = {**vars(roundtable.models), **module}
        annotation = inspect.signature(method).return_annotation
        returned = eval(annotation, names) if isinstance(annotation, str) else annotation
        for cls in _classes(returned):
            if cls.__module__.startswith("roundtable"):
                assert getattr(roundtable.models, cls.__name__, None) is cls, (name, cls)
            else:
                # free-form JSON (dict[str, Any]) and plain values
                assert cls in (type(None), str, dict, list, typing.Any), (name, cls)


def test_user_code_annotated_with_public_names_passes_mypy_strict():
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(HERE / "typed" / "user_code.py")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
