from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject


T = TypeVar("T", bound="BroadcastCreate")


@_attrs_define
class BroadcastCreate:
    """
    Attributes:
        content (FreeFormObject): Any JSON object.
        message_type (str | Unset): Free text. Default: 'notification'.
        exclude_sender (bool | Unset):  Default: True.
        from_sandbox_id (str | Unset): The sender; accepted and ignored by today's server.
    """

    content: FreeFormObject
    message_type: str | Unset = "notification"
    exclude_sender: bool | Unset = True
    from_sandbox_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        message_type = self.message_type

        exclude_sender = self.exclude_sender

        from_sandbox_id = self.from_sandbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if exclude_sender is not UNSET:
            field_dict["exclude_sender"] = exclude_sender
        if from_sandbox_id is not UNSET:
            field_dict["from_sandbox_id"] = from_sandbox_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        d = dict(src_dict)
        content = FreeFormObject.from_dict(d.pop("content"))

        message_type = d.pop("message_type", UNSET)

        exclude_sender = d.pop("exclude_sender", UNSET)

        from_sandbox_id = d.pop("from_sandbox_id", UNSET)

        broadcast_create = cls(
            content=content,
            message_type=message_type,
            exclude_sender=exclude_sender,
            from_sandbox_id=from_sandbox_id,
        )

        broadcast_create.additional_properties = d
        return broadcast_create

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
