"""`PayloadError`: a JSON payload that breaks the contract, as the generated models report
it (`roundtable.types` re-exports it). A module of its own, without attrs, so that the
send path can catch it without importing the models' machinery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PayloadError(ValueError):
    """A JSON payload that does not match the contract; `location` names the place, e.g.
    `Workspace.created_at` or `Collaboration.progress.percentage`."""

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}")
        self.location = location
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.location, self.problem))

    @classmethod
    def at(cls, model: str, field: str, source: object, error: Exception) -> PayloadError:
        """The error `error` raised while reading `field` of a `model` from `source`."""
        if not isinstance(source, Mapping):
            return cls(model, f"expected a JSON object, got {type(source).__name__}")
        if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str):
            return cls(f"{model}.{error.args[0]}", "missing")
        location = f"{model}.{field}" if field else model
        value = source.get(field)
        if isinstance(error, TypeError) and isinstance(value, (list, dict)):
            # e.g. "unhashable type: 'list'" would say how it failed, not what was wrong
            kind = "array" if isinstance(value, list) else "object"
            return cls(location, f"unexpected JSON {kind}")
        return cls(location, str(error) or type(error).__name__)

    def inside(self, model: str, field: str) -> PayloadError:
        """This error, seen from the model that holds the one that failed."""
        inner = self.location.split(".", 1)[1] if "." in self.location else ""
        return PayloadError(".".join(part for part in (model, field, inner) if part), self.problem)
