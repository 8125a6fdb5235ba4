from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    as_dict,
    parse_datetime,
)

T = TypeVar("T", bound="Message")

_KNOWN_FIELDS = frozenset(
    {
        "message_id",
        "from_sandbox_id",
        "workspace_id",
        "content",
        "message_type",
        "status",
        "created_at",
        "updated_at",
        "to_sandbox_id",
    }
)


@_attrs_define()
class Message:
    """
    Attributes:
        message_id (str)
        from_sandbox_id (str)
        workspace_id (str)
        content (dict[str, Any]): Any JSON object.
        message_type (str): One of the MessageType values (broadcasts may carry others).
        status (DeliveryStatus)
        created_at (datetime.datetime)
        updated_at (datetime.datetime)
        to_sandbox_id (str | None)
    """

    message_id: str
    from_sandbox_id: str
    workspace_id: str
    content: dict[str, Any]
    message_type: str
    status: DeliveryStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    to_sandbox_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message_id"] = self.message_id
        field_dict["from_sandbox_id"] = self.from_sandbox_id
        field_dict["workspace_id"] = self.workspace_id
        field_dict["content"] = dict(self.content)
        field_dict["message_type"] = self.message_type
        field_dict["status"] = self.status.to_dict()
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["updated_at"] = self.updated_at.isoformat()
        if self.to_sandbox_id is not None:
            field_dict["to_sandbox_id"] = self.to_sandbox_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "message_id"
            message_id = d["message_id"]
            field = "from_sandbox_id"
            from_sandbox_id = d["from_sandbox_id"]
            field = "workspace_id"
            workspace_id = d["workspace_id"]
            field = "content"
            content = as_dict(d["content"])
            field = "message_type"
            message_type = d["message_type"]
            field = "status"
            status = DeliveryStatus.from_dict(d["status"])
            field = "created_at"
            created_at = parse_datetime(d["created_at"])
            field = "updated_at"
            updated_at = parse_datetime(d["updated_at"])
            field = "to_sandbox_id"
            to_sandbox_id = d.get("to_sandbox_id")
            field = ""
            message = cls(
                message_id,
                from_sandbox_id,
                workspace_id,
                content,
                message_type,
                status,
                created_at,
                updated_at,
                to_sandbox_id,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                message.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("Message", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("Message", field, src_dict, error) from error
        return message

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


# The models refer to each other: imported once the class exists (not on every call).
from ..models.delivery_status import DeliveryStatus  # noqa: E402
