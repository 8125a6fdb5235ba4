from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, leniently, scalar, wrong_scalar
from ..models.known_message_state import KnownMessageState
from ..types import (
    PayloadError,
    extras_key,
    parse_datetime,
    parse_open_enum,
    recent_datetimes,
)
from ._derived import DeliveryStatusDerived

T = TypeVar("T", bound="DeliveryStatus")

_KNOWNMESSAGESTATE = {member.value: member for member in KnownMessageState}
_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "status",
        "sent_at",
        "delivered_at",
        "failed_at",
        "error_message",
    }
)


@_attrs_define(eq=False)
class DeliveryStatus(DeliveryStatusDerived):
    """Where a message is on its way; equal to its status word (`message.status == "pending"`).

    Attributes:
        status (KnownMessageState | str): Known values `pending`, `sent`, `delivered`, `failed`; other strings must be accepted.
        sent_at (datetime.datetime | None): When it was sent, or null.
        delivered_at (datetime.datetime | None): When it was delivered, or null.
        failed_at (datetime.datetime | None): When delivery failed, or null.
        error_message (str | None): Why delivery failed, or null.
    """

    status: KnownMessageState | str
    sent_at: datetime.datetime | None = None
    delivered_at: datetime.datetime | None = None
    failed_at: datetime.datetime | None = None
    error_message: str | None = None
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
        field_dict["status"] = str(self.status)
        if self.sent_at is not None:
            field_dict["sent_at"] = self.sent_at.isoformat()
        if self.delivered_at is not None:
            field_dict["delivered_at"] = self.delivered_at.isoformat()
        if self.failed_at is not None:
            field_dict["failed_at"] = self.failed_at.isoformat()
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
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
            field = "status"
            status = d["status"]
            status = _KNOWNMESSAGESTATE.get(status) or parse_open_enum(
                _KNOWNMESSAGESTATE, status
            )
            field = "sent_at"
            try:
                sent_at = d["sent_at"]
            except KeyError:
                sent_at = None
                absent += 1
            if sent_at is not None:
                sent_at = recent_datetimes.get(sent_at) or parse_datetime(sent_at)
            field = "delivered_at"
            try:
                delivered_at = d["delivered_at"]
            except KeyError:
                delivered_at = None
                absent += 1
            if delivered_at is not None:
                delivered_at = recent_datetimes.get(delivered_at) or parse_datetime(
                    delivered_at
                )
            field = "failed_at"
            try:
                failed_at = d["failed_at"]
            except KeyError:
                failed_at = None
                absent += 1
            if failed_at is not None:
                failed_at = recent_datetimes.get(failed_at) or parse_datetime(failed_at)
            field = "error_message"
            try:
                error_message = d["error_message"]
            except KeyError:
                error_message = None
                absent += 1
            if error_message is not None:
                error_message = (
                    error_message
                    if error_message.__class__ is str
                    else wrong_scalar(error_message, str)
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.status = status
            _built.sent_at = sent_at
            _built.delivered_at = delivered_at
            _built.failed_at = failed_at
            _built.error_message = error_message
            _built._additional_properties = (
                None
                if len(d) + absent == 5
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("DeliveryStatus", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("DeliveryStatus", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "DeliveryStatus"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "status" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        status = _d.get("status")
        if status is None:
            lacking(_d, "status", _problems, _where + ".status")
        else:
            status = leniently(
                lambda: (
                    _KNOWNMESSAGESTATE.get(status)
                    or parse_open_enum(_KNOWNMESSAGESTATE, status)
                ),
                _problems,
                _where + ".status",
            )
        sent_at = _d.get("sent_at")
        if sent_at is not None:
            sent_at = leniently(
                lambda: recent_datetimes.get(sent_at) or parse_datetime(sent_at),
                _problems,
                _where + ".sent_at",
            )
        delivered_at = _d.get("delivered_at")
        if delivered_at is not None:
            delivered_at = leniently(
                lambda: (
                    recent_datetimes.get(delivered_at) or parse_datetime(delivered_at)
                ),
                _problems,
                _where + ".delivered_at",
            )
        failed_at = _d.get("failed_at")
        if failed_at is not None:
            failed_at = leniently(
                lambda: recent_datetimes.get(failed_at) or parse_datetime(failed_at),
                _problems,
                _where + ".failed_at",
            )
        error_message = _d.get("error_message")
        if error_message is not None:
            error_message = scalar(
                error_message, str, _problems, _where + ".error_message"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.status = status
        _built.sent_at = sent_at
        _built.delivered_at = delivered_at
        _built.failed_at = failed_at
        _built.error_message = error_message
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
