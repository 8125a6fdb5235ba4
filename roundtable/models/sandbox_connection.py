from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import leniently, scalar, wrong_scalar
from ..types import (
    PayloadError,
    extras_key,
    parse_datetime,
    recent_datetimes,
    redacted,
)

T = TypeVar("T", bound="SandboxConnection")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "endpoint",
        "token",
        "websocket_url",
        "expires_at",
    }
)


@_attrs_define()
class SandboxConnection:
    """How to reach a running sandbox directly (null on today's server).

    Attributes:
        endpoint (str | None): Its HTTP endpoint.
        token (str | None): The token for that endpoint (kept out of reprs).
        websocket_url (str | None): Its WebSocket URL.
        expires_at (datetime.datetime | None): When the token expires.
    """

    endpoint: str | None = None
    token: str | None = _attrs_field(default=None, repr=redacted)
    websocket_url: str | None = None
    expires_at: datetime.datetime | None = None
    # Properties the contract does not name (a newer server's); made on first use, since
    # almost every object has none (an empty dict per object is a tenth of its parse time).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=extras_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Properties the contract does not name yet, as the server sent them."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        if self.endpoint is not None:
            field_dict["endpoint"] = self.endpoint
        if self.token is not None:
            field_dict["token"] = self.token
        if self.websocket_url is not None:
            field_dict["websocket_url"] = self.websocket_url
        if self.expires_at is not None:
            field_dict["expires_at"] = self.expires_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        # Set before each conversion only: a missing key names itself (`KeyError`).
        field = ""
        # Known keys that `d` lacks: with them, `len(d)` tells whether `d` holds unknown keys
        # (cheaper than comparing key sets on every object). Servers send optional keys as
        # null rather than leave them out, so indexing is the fast path (`d.get` costs twice
        # as much) and a missing key the slow one.
        absent = 0
        try:
            field = "endpoint"
            try:
                endpoint = d["endpoint"]
            except KeyError:
                endpoint = None
                absent += 1
            if endpoint is not None:
                endpoint = (
                    endpoint
                    if endpoint.__class__ is str
                    else wrong_scalar(endpoint, str)
                )
            field = "token"
            try:
                token = d["token"]
            except KeyError:
                token = None
                absent += 1
            if token is not None:
                token = token if token.__class__ is str else wrong_scalar(token, str)
            field = "websocket_url"
            try:
                websocket_url = d["websocket_url"]
            except KeyError:
                websocket_url = None
                absent += 1
            if websocket_url is not None:
                websocket_url = (
                    websocket_url
                    if websocket_url.__class__ is str
                    else wrong_scalar(websocket_url, str)
                )
            field = "expires_at"
            try:
                expires_at = d["expires_at"]
            except KeyError:
                expires_at = None
                absent += 1
            if expires_at is not None:
                expires_at = recent_datetimes.get(expires_at) or parse_datetime(
                    expires_at
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.endpoint = endpoint
            _built.token = token
            _built.websocket_url = websocket_url
            _built.expires_at = expires_at
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SandboxConnection", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "SandboxConnection", field, src_dict, error
            ) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "SandboxConnection"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        endpoint = _d.get("endpoint")
        if endpoint is not None:
            endpoint = scalar(endpoint, str, _problems, _where + ".endpoint")
        token = _d.get("token")
        if token is not None:
            token = scalar(token, str, _problems, _where + ".token")
        websocket_url = _d.get("websocket_url")
        if websocket_url is not None:
            websocket_url = scalar(
                websocket_url, str, _problems, _where + ".websocket_url"
            )
        expires_at = _d.get("expires_at")
        if expires_at is not None:
            expires_at = leniently(
                lambda: recent_datetimes.get(expires_at) or parse_datetime(expires_at),
                _problems,
                _where + ".expires_at",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.endpoint = endpoint
        _built.token = token
        _built.websocket_url = websocket_url
        _built.expires_at = expires_at
        _extras = {key: value for key, value in _d.items() if key not in _KNOWN_FIELDS}
        _built._additional_properties = _extras or None
        return _made

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
