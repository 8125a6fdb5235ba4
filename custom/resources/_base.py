"""What every resource shares: the send path and the checks on plain-dict arguments."""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

from .._requester import Requester
from ..exceptions import InvalidRequestError
from ..types import UNSET, Unset

T = TypeVar("T")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


class Resource:
    def __init__(self, requester: Requester) -> None:
        self._requester = requester


P = TypeVar("P")
Item = TypeVar("Item")


async def paginate(
    fetch_page: Callable[[int, int], Awaitable[P]],
    items_of: Callable[[P], list[Item]],
    page_size: int,
) -> AsyncIterator[Item]:
    """Every item, page by page (limit/offset), until a page comes back short."""
    offset = 0
    while True:
        batch = items_of(await fetch_page(page_size, offset))
        for item in batch:
            yield item
        if len(batch) < page_size:
            return
        offset += len(batch)


def no_content(_payload: Any) -> None:
    """The parser of a 204 answer."""
    return None


def optional(value: T | None) -> T | Unset:
    """None means "not given": the field is left out of the body, never sent as null."""
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
    try:
        return model.from_dict(given)
    except KeyError as missing:
        name = f"{field}.{missing.args[0]}"
        raise InvalidRequestError(f"{name} is required", field=name) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"{field} is invalid: {exc}", field=field) from None


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
