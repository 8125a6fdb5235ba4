"""Contains some shared types for properties, and what the generated models and request
builders share (this file comes from the project's own template, `templates/types.py.jinja`)."""

import datetime
import enum
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define

from ._payload import PayloadError
from .exceptions import InvalidRequestError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_UTC = datetime.timezone.utc
_from_iso = datetime.datetime.fromisoformat
_SECOND_PRECISE = len("2026-11-26T06:37:25")


# Timestamps recently parsed, by their text. The server stamps to the second, so the
# objects of one answer share a few timestamps (created_at == updated_at == sent_at as a
# rule); datetimes are immutable, so one parsed object serves every equal text.
recent_datetimes: dict[str, datetime.datetime] = {}
_RECENT_DATETIMES_KEPT = 1024


def parse_datetime(value: str) -> datetime.datetime:
    """An aware UTC datetime from what `datetime.fromisoformat` reads ("+0000", "-05:00",
    a date alone...); text without an offset is UTC (as today's Round Table server sends it),
    never local time."""
    # The common forms, fast: "...Z", and a second-precise stamp without an offset (the
    # offset is added to the text, which costs a tenth of `.replace(tzinfo=...)`); both
    # give the `timezone.utc` singleton.
    try:
        if value[-1] == "Z":
            parsed = _from_iso(value)
        elif len(value) == _SECOND_PRECISE and value[16] == ":":
            parsed = _from_iso(value + "+00:00")
        else:
            parsed = _from_iso(value)
            parsed = (
                parsed.replace(tzinfo=_UTC)
                if parsed.tzinfo is None
                else parsed.astimezone(_UTC)
            )
    except (IndexError, TypeError, ValueError):
        shown = repr(value[:40]) if isinstance(value, str) else type(value).__name__
        raise ValueError(f"expected an ISO 8601 timestamp, got {shown}") from None
    if len(recent_datetimes) >= _RECENT_DATETIMES_KEPT:
        recent_datetimes.clear()
    recent_datetimes[value] = parsed
    return parsed


E = TypeVar("E", bound=enum.Enum)


def parse_open_enum(known: dict[str, E], value: str) -> E | str:
    """A known member, or the string itself for a value the contract does not know yet."""
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return known.get(value, value)


def as_list(value: list[Any]) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a JSON array, got {type(value).__name__}")
    return value


def as_dict(value: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def extras_key(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """How a model's unnamed properties compare: none made yet equals none at all."""
    return value or None


def redacted(_value: object) -> str:
    """The repr of a secret field."""
    return "'<redacted>'"


# Characters that, decoded by the server before routing, would change the route.
_NOT_IN_SEGMENT = frozenset("/\\?#") | frozenset(map(chr, [*range(0x20), 0x7F]))


def path_segment(value: str, name: str) -> str:
    """`value` quoted as one path segment; anything that could reach another route is refused
    before a request is built."""
    if not isinstance(value, str):
        raise InvalidRequestError(
            f"{name} must be a string, not {type(value).__name__}", field=name
        )
    if value in ("", ".", "..") or not _NOT_IN_SEGMENT.isdisjoint(value):
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise InvalidRequestError(
            f"{name} must be one non-empty path segment without '/', '\\', '?', '#' or "
            f"control characters, and not '.' or '..'; got {shown!r}",
            field=name,
        )
    return quote(value, safe="")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "PayloadError",
    "RequestFiles",
    "Response",
    "Unset",
    "as_dict",
    "as_list",
    "extras_key",
    "parse_datetime",
    "parse_open_enum",
    "recent_datetimes",
    "path_segment",
    "redacted",
]
