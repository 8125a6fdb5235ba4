from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_message_state import KnownMessageState
from ..types import (
    PayloadError,
    parse_datetime,
    parse_open_enum,
)
from ._derived import DeliveryStatusDerived

T = TypeVar("T", bound="DeliveryStatus")

_KNOWNMESSAGESTATE = {member.value: member for member in KnownMessageState}
_KNOWN_FIELDS = frozenset(
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
    """
    Attributes:
        status (KnownMessageState | str): Known values `pending`, `sent`, `delivered`, `failed`; other strings must be accepted.
        sent_at (datetime.datetime | None)
        delivered_at (datetime.datetime | None)
        failed_at (datetime.datetime | None)
        error_message (str | None)
    """

    status: KnownMessageState | str
    sent_at: datetime.datetime | None = None
    delivered_at: datetime.datetime | None = None
    failed_at: datetime.datetime | None = None
    error_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        field = ""
        try:
            field = "status"
            status = parse_open_enum(_KNOWNMESSAGESTATE, d["status"])
            field = "sent_at"
            sent_at = d.get("sent_at")
            if sent_at is not None:
                sent_at = parse_datetime(sent_at)
            field = "delivered_at"
            delivered_at = d.get("delivered_at")
            if delivered_at is not None:
                delivered_at = parse_datetime(delivered_at)
            field = "failed_at"
            failed_at = d.get("failed_at")
            if failed_at is not None:
                failed_at = parse_datetime(failed_at)
            field = "error_message"
            error_message = d.get("error_message")
            field = ""
            delivery_status = cls(
                status,
                sent_at,
                delivered_at,
                failed_at,
                error_message,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                delivery_status.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("DeliveryStatus", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("DeliveryStatus", field, src_dict, error) from error
        return delivery_status

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
