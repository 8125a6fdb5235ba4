from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BroadcastResult")


@_attrs_define
class BroadcastResult:
    """
    Attributes:
        workspace_id (str):
        broadcast_to (int): How many sandboxes the broadcast reached.
        message_type (str):
    """

    workspace_id: str
    broadcast_to: int
    message_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        broadcast_to = self.broadcast_to

        message_type = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "broadcast_to": broadcast_to,
                "message_type": message_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        broadcast_to = d.pop("broadcast_to")

        message_type = d.pop("message_type")

        broadcast_result = cls(
            workspace_id=workspace_id,
            broadcast_to=broadcast_to,
            message_type=message_type,
        )

        broadcast_result.additional_properties = d
        return broadcast_result

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
