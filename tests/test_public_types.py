"""Issue 10, point 1: what a method returns is a public model, and says so to a type checker."""

from __future__ import annotations

import inspect
import sys
import typing
from pathlib import Path

from public_api import classes, facade_methods
from typecheck import mypy

import roundtable.models

HERE = Path(__file__).resolve().parent


def test_every_method_returns_classes_of_roundtable_models():
    methods = facade_methods()
    assert len(methods) > 30
    for name, method in methods:
        module = vars(sys.modules[method.__module__])  # type: ignore[attr-defined]
        # Names imported for type checking only are looked up where users import them.
        names = {**vars(roundtable.models), **module}
        annotation = inspect.signature(method).return_annotation
        returned = eval(annotation, names) if isinstance(annotation, str) else annotation
        for cls in classes(returned):
            if cls.__module__.startswith("roundtable"):
                assert getattr(roundtable.models, cls.__name__, None) is cls, (name, cls)
            else:
                # free-form JSON (dict[str, Any]) and plain values
                assert cls in (type(None), str, dict, list, typing.Any), (name, cls)


def test_user_code_annotated_with_public_names_passes_mypy_strict():
    checked = mypy("--strict", str(HERE / "typed" / "user_code.py"), cache="public_types", cwd=HERE)
    assert checked.returncode == 0, checked.stdout
