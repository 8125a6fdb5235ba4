"""Reading an answer that breaks the contract, field by field (the models' `_lenient`).

Why: a server ahead of the spec (or a broken one) may send null, leave a key out or send
the wrong type. A model's `from_dict` is the fast path and stops at the first such value;
this slow path, taken only then, reads everything it can, writes down each problem with
its place (`WorkspaceList.workspaces[3].created_at: null`), and lets the client decide:
warn and go on (the default), or refuse the answer (`strict_responses=True`).
"""

from __future__ import annotations

import contextvars
import re
import threading
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._payload import PayloadError
from .exceptions import MalformedResponseWarning

T = TypeVar("T")

# The exceptions a conversion of a JSON value raises when the value is not what it should be.
_NOT_READABLE = (PayloadError, KeyError, TypeError, ValueError, AttributeError, IndexError)

_JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


# True while a model is built from a caller's dict for a request: a value of a loose type
# ("5" for an integer) is sent as given, and the server decides (today's reads it as 5).
BUILDING_REQUEST: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "roundtable_building_request", default=False
)


def wrong_scalar(value: Any, kind: type) -> Any:
    """The fast path's verdict on a value of the wrong JSON type."""
    if BUILDING_REQUEST.get():
        return value
    raise TypeError(f"expected {_JSON_NAMES[kind]}, got {_json_type(value)}")


def lacking(d: Mapping[str, Any], key: str, problems: list[str], where: str) -> None:
    """A promised value the payload lacks: its place and how it is lacking."""
    problems.append(f"{where}: {'null' if key in d else 'missing'}")


def leniently(read: Callable[[], T], problems: list[str], where: str) -> T | None:
    """`read()`, or None with the problem written down."""
    try:
        return read()
    except _NOT_READABLE as error:
        problems.append(f"{where}: {_problem(error)}")
        return None


def scalar(value: Any, kind: type, problems: list[str], where: str) -> Any:
    """`value` as a `kind` (str, int, float, bool). A value of another JSON type that says
    the same without loss ("12" for 12, "false" for False) is converted, and noted; any
    other is None, and noted."""
    if type(value) is kind or (kind is float and type(value) is int):
        return value
    converted = _converted(value, kind)
    if converted is None:
        problems.append(f"{where}: expected {_JSON_NAMES[kind]}, got {_json_type(value)}")
    else:
        problems.append(
            f"{where}: expected {_JSON_NAMES[kind]}, got {_json_type(value)} (converted)"
        )
    return converted


def items(
    value: Any, read: Callable[[Any, str], T | None], problems: list[str], where: str
) -> list[T] | None:
    """The items of a JSON array, each read by `read(item, its place)`; an item that cannot
    be read at all is left out (the rest of the page stays)."""
    if not isinstance(value, list):
        problems.append(f"{where}: expected a JSON array, got {_json_type(value)}")
        return None
    kept: list[T] = []
    for index, item in enumerate(value):
        place = f"{where}[{index}]"
        before = len(problems)
        read_item = None if item is None else read(item, place)
        if read_item is None:
            if len(problems) == before:
                problems.append(f"{place}: null")
            problems[-1] += " (item left out)"
            continue
        kept.append(read_item)
    return kept


def _converted(value: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if type(value) is int and value in (0, 1):
            return bool(value)
        return None
    if kind is int:
        if type(value) is float and value.is_integer():
            return int(value)
        if isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                return None
        return None
    if kind is float:
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                return None
        return None
    if kind is str and type(value) in (int, float):
        return str(value)
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"  # not its text: the field may hold a credential
    if isinstance(value, list):
        return "a JSON array"
    if isinstance(value, dict):
        return "a JSON object"
    return type(value).__name__


def _problem(error: BaseException) -> str:
    if isinstance(error, PayloadError):
        return error.problem
    if isinstance(error, KeyError):
        return f"missing {error.args[0]!r}" if error.args else "missing"
    return str(error) or type(error).__name__


def reread(parse: Callable[[Any], T], payload: Any, strict: bool) -> tuple[T | None, list[str]]:
    """The payload that `parse` (a model's `from_dict`) refused, read by the model's
    `_lenient`: the result (None when strict, or when nothing could be read) and every
    problem found, each with its place."""
    lenient = getattr(getattr(parse, "__self__", None), "_lenient", None)
    if lenient is None:
        return None, []
    problems: list[str] = []
    result: T | None = lenient(payload, problems)
    if strict or result is None or not problems:
        return None, problems
    _warn_once(problems)
    return result, problems


# The places already warned about, without item indices: one warning per kind of fault, not
# one per item of every page.
_warned: set[str] = set()
_warned_lock = threading.Lock()
_INDEX = re.compile(r"\[\d+\]")


def _warn_once(problems: list[str]) -> None:
    for problem in problems:
        place = _INDEX.sub("[]", problem.partition(":")[0])
        with _warned_lock:
            if place in _warned:
                continue
            _warned.add(place)
        warnings.warn(
            f"the server's answer breaks the contract, read anyway: {problem}",
            MalformedResponseWarning,
            stacklevel=2,
        )
