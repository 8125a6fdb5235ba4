"""What every resource shares: the send path and the checks on plain-dict arguments."""

from __future__ import annotations

import datetime
import enum
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, Self, TypeVar

import attrs

from .._lenient import BUILDING_REQUEST
from .._sending import Requester
from ..exceptions import InvalidRequestError
from ..types import UNSET, PayloadError, Unset

T = TypeVar("T")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


R = TypeVar("R")


class Resource(Generic[R]):
    """A resource of the client. `R` is its raw twin, `<Name>WithRawResponse`, which
    `make generate` derives from the resource's methods and sets beside it: the same
    methods, each answering with the `RawResponse` of its result."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @property
    def with_raw_response(self) -> R:
        """This resource's methods, answering with a `RawResponse` (status code, headers,
        elapsed time, retries taken, the httpx response, and `.parse()` for the result).

        Example:

            raw = await client.workspaces.with_raw_response.get(workspace.workspace_id)
            print(raw.status_code, raw.headers["content-type"], raw.retries_taken)
            fetched = raw.parse()
        """
        module = sys.modules[type(self).__module__]
        twin: Callable[[Resource[R]], R] = getattr(module, type(self).__name__ + RAW_TWIN_SUFFIX)
        return twin(type(self)(self._requester.as_raw()))


# The name of a resource's raw twin is its own and this; scripts/generate.py reads it.
RAW_TWIN_SUFFIX = "WithRawResponse"
# Methods that make more than one request, and so have no one answer to give: they get no
# raw twin (scripts/generate.py reads this set).
NOT_ONE_REQUEST = frozenset({"iterate", "wait", "wait_for_status"})


def no_content(_payload: Any) -> None:
    """The parser of a 204 answer."""
    return None


def query(value: T | None) -> T | Unset:
    """A query parameter of a generated request builder: None leaves it out."""
    return UNSET if value is None else value


def model_argument(model: type[M], value: M | Mapping[str, Any], field: str) -> M:
    """Accept a generated model or a plain dict for `field`; None entries count as unset."""
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise InvalidRequestError(
            f"{field} must be a dict (or {model.__name__}), not {type(value).__name__}",
            field=field,
        )
    given = {key: item for key, item in value.items() if item is not None}
    _refuse_unknown_keys(model, given, field)
    building = BUILDING_REQUEST.set(True)
    try:
        return model.from_dict(given)
    except PayloadError as error:
        # "AgentConfig.primary_agent" -> "agent_config.primary_agent"
        inner = error.location.partition(".")[2]
        name = f"{field}.{inner}" if inner else field
        problem = "is required" if error.problem == "missing" else f"is invalid: {error.problem}"
        raise InvalidRequestError(f"{name} {problem}", field=name) from None
    finally:
        BUILDING_REQUEST.reset(building)


B = TypeVar("B", bound=attrs.AttrsInstance)


def request_body(model: type[B], options: Mapping[str, Any], **fields: Any) -> B:
    """The request model `model` of `fields`. A field the spec requires and this method does
    not take (a spec newer than the SDK's methods) comes from the call's `extra_body`, which
    is sent as given; without it, the call is refused by the field's name, not with a
    `TypeError` from the model."""
    extra = options.get("extra_body") or {}
    for wanted in attrs.fields(model):
        if not wanted.init or wanted.default is not attrs.NOTHING or wanted.name in fields:
            continue
        if wanted.name not in extra:
            raise InvalidRequestError(
                f"{model.__name__} requires {wanted.name!r}, which this method does not "
                f"take yet: pass it as extra_body={{{wanted.name!r}: ...}}",
                field=wanted.name,
            )
        fields[wanted.name] = _as_field_value(model, wanted.name, extra[wanted.name])
    return model(**fields)


def _as_field_value(model: type[Any], name: str, value: Any) -> Any:
    """A JSON value of `extra_body` as the model's field holds it (its model, its datetime),
    so that the model can write it out; `extra_body` then sends the value as given."""
    import typing

    hint = typing.get_type_hints(model).get(name)
    for kind in typing.get_args(hint) or (hint,):
        from_dict = getattr(kind, "from_dict", None)
        if from_dict is not None and isinstance(value, Mapping):
            return from_dict(value)
        if kind is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value)
    return value


def _refuse_unknown_keys(model: type[Any], given: Mapping[str, Any], field: str) -> None:
    """A key the model does not have is most often a typo, which would otherwise go unseen
    (the server ignores it, and its default applies): refused, naming the closest key."""
    known: frozenset[str] = getattr(sys.modules[model.__module__], "_KNOWN_FIELDS", frozenset())
    for key in given:
        if key not in known:
            import difflib  # here: only a refused key needs it

            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise InvalidRequestError(
                f"{field} has no key {key!r}{hint} (its keys: {', '.join(sorted(known))}; "
                "extra_body= carries what the spec does not have yet)",
                field=f"{field}.{key}",
            )


E = TypeVar("E", bound=enum.Enum)


def enum_argument(choices: type[E], value: E | str, field: str) -> E:
    """`value` as a member of `choices`; any other value is refused, naming the field."""
    try:
        return choices(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in choices)
        raise InvalidRequestError(
            f"{field} must be one of {allowed}, not {value!r}", field=field
        ) from None


def json_object(value: Mapping[str, Any], field: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidRequestError(
            f"{field} must be a dict (a JSON object), not {type(value).__name__}", field=field
        )
    return dict(value)


def string_list(value: Sequence[str], field: str) -> list[str]:
    """A list of strings; a lone string or anything else is refused, naming the field."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InvalidRequestError(
            f"{field} must be a list of strings, not {type(value).__name__}", field=field
        )
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise InvalidRequestError(
                f"{field}[{index}] must be a string, not {type(item).__name__}",
                field=f"{field}[{index}]",
            )
    return list(value)


def payload_object(data: Any) -> dict[str, Any]:
    """The parser of a free-form JSON object answer."""
    if not isinstance(data, dict):
        raise PayloadError("data", f"expected a JSON object, got {type(data).__name__}")
    return data
