from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_status import DeliveryStatus
    from ..models.free_form_object import FreeFormObject


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        message_id (str):
        from_sandbox_id (str):
        workspace_id (str):
        content (FreeFormObject): Any JSON object.
        message_type (str): One of the MessageType values (broadcasts may carry others).
        status (DeliveryStatus):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        to_sandbox_id (None | str | Unset):
    """

    message_id: str
    from_sandbox_id: str
    workspace_id: str
    content: FreeFormObject
    message_type: str
    status: DeliveryStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    to_sandbox_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        from_sandbox_id = self.from_sandbox_id

        workspace_id = self.workspace_id

        content = self.content.to_dict()

        message_type = self.message_type

        status = self.status.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        to_sandbox_id: None | str | Unset
        if isinstance(self.to_sandbox_id, Unset):
            to_sandbox_id = UNSET
        else:
            to_sandbox_id = self.to_sandbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "from_sandbox_id": from_sandbox_id,
                "workspace_id": workspace_id,
                "content": content,
                "message_type": message_type,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if to_sandbox_id is not UNSET:
            field_dict["to_sandbox_id"] = to_sandbox_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_status import DeliveryStatus  # noqa: PLC0415
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("message_id")

        from_sandbox_id = d.pop("from_sandbox_id")

        workspace_id = d.pop("workspace_id")

        content = FreeFormObject.from_dict(d.pop("content"))

        message_type = d.pop("message_type")

        status = DeliveryStatus.from_dict(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_to_sandbox_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_sandbox_id = _parse_to_sandbox_id(d.pop("to_sandbox_id", UNSET))

        message = cls(
            message_id=message_id,
            from_sandbox_id=from_sandbox_id,
            workspace_id=workspace_id,
            content=content,
            message_type=message_type,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            to_sandbox_id=to_sandbox_id,
        )

        message.additional_properties = d
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
